package io.suanzhang.extract.number;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * The 角 and 分 that follow the 元 of an amount in Chinese numerals, and the 整 or 正 that closes it:
 * 柒元捌角玖分, 伍元零伍分, 三元五角, 叁佰圆整. Cheques and contracts in reports write amounts this way.
 *
 * <p>Only one digit each, 角 before 分, and 零 only where it stands for a missing 角 (伍元零伍分): any
 * other shape is not read, since a wrong cent is still a wrong amount.
 */
final class YuanFractions {

  private YuanFractions() {}

  /**
   * What a tail reads as: {@code end} is where it stops (after 整/正 if written), {@code value} the
   * whole amount in 元 with one decimal place per written unit (角 → 1, 分 → 2).
   */
  record Tail(int end, BigDecimal value) {}

  /**
   * The tail after an amount of {@code whole} 元 whose 元 (or 圆) ends at {@code from}; with no 角
   * or 分 there, only a closing 整/正 is taken, and the value is {@code whole} as it is. Null when a
   * tail starts there but has no shape that reads.
   */
  static @Nullable Tail afterYuan(TextView v, int from, BigDecimal whole) {
    Tail fraction = whole.scale() == 0 ? fraction(v, from, whole.toBigIntegerExact(), true) : null;
    if (fraction != null) {
      return fraction;
    }
    if (startsFraction(v, from)) {
      return null; // 三元五角五, 三点五元五角: a tail of no shape, and 三元 alone would be wrong
    }
    return new Tail(closing(v, from), whole);
  }

  /** A digit before 角 or 分, or 零 before a digit and 分: what only a tail of 角 and 分 starts with. */
  private static boolean startsFraction(TextView v, int at) {
    int d = digit(v.at(at), true);
    if (d < 0) {
      return false;
    }
    char next = v.at(at + 1);
    return next == '角' || next == '分' || (d == 0 && digit(v.at(at + 1), true) >= 0);
  }

  /**
   * An amount below one 元 written in financial numerals alone, such as 捌角 or 捌角玖分, starting at
   * {@code from}; null if there is none. 三角 and 一角 are words (a triangle, a corner), so plain
   * numerals never start one.
   */
  static @Nullable Tail belowYuan(TextView v, int from) {
    if (digit(v.at(from), false) < 1 || v.at(from + 1) != '角') {
      return null;
    }
    return fraction(v, from, BigInteger.ZERO, false);
  }

  /** Whether a numeral uses the financial forms 壹贰叁…拾佰仟, which nothing but an amount uses. */
  static boolean isFinancial(CharSequence numeral) {
    for (int i = 0; i < numeral.length(); i++) {
      if ("壹贰叁肆伍陆柒捌玖拾佰仟圆".indexOf(numeral.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable Tail fraction(
      TextView v, int from, BigInteger whole, boolean plainDigits) {
    int k = from;
    int jiao = 0;
    int fen = -1;
    int d = digit(v.at(k), plainDigits);
    if (d >= 1 && v.at(k + 1) == '角') {
      jiao = d;
      k += 2;
      int f = digit(v.at(k), plainDigits);
      if (f >= 1 && v.at(k + 1) == '分') {
        fen = f;
        k += 2;
      }
    } else if (d >= 1 && v.at(k + 1) == '分') {
      fen = d; // 五元五分: with no 角 between, the 零 that should stand for it is often left out
      k += 2;
    } else if (d == 0 && v.at(k + 1) != '角') {
      // 伍元零伍分: 零 holds the place of the 角 that is not there.
      int f = digit(v.at(k + 1), plainDigits);
      if (f < 1 || v.at(k + 2) != '分') {
        return null;
      }
      fen = f;
      k += 3;
    } else {
      return null;
    }
    if (ChineseNumerals.isNumeralChar(v.at(k)) || v.at(k) == '角' || v.at(k) == '分') {
      return null; // 三元五角五, 伍角陆角: not an amount of one shape
    }
    BigDecimal value =
        fen < 0
            ? new BigDecimal(whole.multiply(BigInteger.TEN).add(BigInteger.valueOf(jiao)), 1)
            : new BigDecimal(
                whole.multiply(BigInteger.valueOf(100)).add(BigInteger.valueOf(jiao * 10L + fen)), 2);
    return new Tail(closing(v, k), value);
  }

  /**
   * After a 整 or 正 that closes the amount (叁佰圆整); 整 or 正 starting a word (元整合, 元正在) is not
   * one.
   */
  private static int closing(TextView v, int at) {
    char c = v.at(at);
    if ((c == '整' || c == '正') && !TextView.isCjk(v.at(at + 1))) {
      return at + 1;
    }
    return at;
  }

  /** 0..9 for a digit of a 角 or 分 (零 included), -1 otherwise; plain 一…九 only when allowed. */
  private static int digit(char c, boolean plainDigits) {
    int financial = "零壹贰叁肆伍陆柒捌玖".indexOf(c);
    if (financial >= 0) {
      return financial;
    }
    int plain = plainDigits ? "〇一二三四五六七八九".indexOf(c) : -1;
    if (plain >= 0) {
      return plain;
    }
    return plainDigits && c == '两' ? 2 : -1;
  }
}
