package io.suanzhang.extract.number;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes Chinese numerals such as 一亿二千万, 三点五, 二〇二三 and 壹仟零伍.
 *
 * <p>{@link #parse} is strict about structure: units must descend, 零 must mark a real gap and only
 * there, and the only abbreviations accepted are a leading 十 (十五) and the colloquial trailing
 * digit (三万二 = 32000). Anything else is rejected rather than guessed at, because a misread amount
 * is worse than a missed one. {@link #format} writes the same standard form back, so the two
 * round-trip.
 */
public final class ChineseNumerals {

  // No real numeral comes near this; the bound also keeps the recursion over nested 亿 shallow.
  private static final int MAX_LENGTH = 256;

  // Token codes: 0..9 are digits (0 doubles as the 零 gap marker); units are minus their exponent.
  private static final int LIANG = 10;
  private static final int SHI = -1;
  private static final int BAI = -2;
  private static final int QIAN = -3;
  private static final int WAN = -4;
  private static final int YI = -8;
  private static final int POINT = -100;
  private static final int NOT_NUMERAL = -200;

  private static final BigInteger TEN_4 = BigInteger.TEN.pow(4);
  private static final BigInteger TEN_7 = BigInteger.TEN.pow(7);
  private static final BigInteger TEN_8 = BigInteger.TEN.pow(8);
  private static final int[] POWERS = {1, 10, 100, 1000};

  private static final Style PLAIN = new Style("零一二三四五六七八九", "十百千", true);
  // Financial writing spells out 壹拾 so that nothing can be prepended to the amount.
  private static final Style FINANCIAL = new Style("零壹贰叁肆伍陆柒捌玖", "拾佰仟", false);

  private ChineseNumerals() {}

  /**
   * The value of a whole numeral, or empty if the text is not one well-formed numeral. Integers
   * have scale 0; a decimal keeps one place per written digit (三点五零 has scale 2). A decimal may
   * end in 万, 亿 or 万亿 (十二点五亿 = 1250000000). Never throws.
   */
  public static Optional<BigDecimal> parse(CharSequence numeral) {
    if (numeral.length() == 0 || numeral.length() > 2 * MAX_LENGTH) {
      return Optional.empty();
    }
    int[] t = numeral.codePoints().map(ChineseNumerals::token).toArray();
    if (t.length > MAX_LENGTH || indexOf(t, 0, t.length, NOT_NUMERAL) >= 0) {
      return Optional.empty();
    }
    int point = indexOf(t, 0, t.length, POINT);
    if (point < 0) {
      BigInteger value = integer(t, 0, t.length, true);
      return value == null ? Optional.empty() : Optional.of(new BigDecimal(value));
    }
    return Optional.ofNullable(decimal(t, point));
  }

  /**
   * Whether the code point can occur in a numeral. 点 is excluded: it is far more often a word of
   * its own, so callers decide when it joins two numerals.
   */
  public static boolean isNumeralChar(int codePoint) {
    int token = token(codePoint);
    return token != NOT_NUMERAL && token != POINT;
  }

  /**
   * The standard reading form, e.g. 32000 → 三万二千, 1010 → 一千零一十, 3.5 → 三点五. Every decimal place of
   * the value's scale is written (3.50 → 三点五零).
   *
   * @throws IllegalArgumentException if the value is negative
   */
  public static String format(BigDecimal value) {
    return render(value, PLAIN);
  }

  /** As {@link #format}, in the financial forms 壹贰叁…拾佰仟, e.g. 1005 → 壹仟零伍, 15 → 壹拾伍. */
  public static String formatFinancial(BigDecimal value) {
    return render(value, FINANCIAL);
  }

  // ---- parsing ----

  private static int token(int codePoint) {
    return switch (codePoint) {
      case '零', '〇' -> 0;
      case '一', '壹' -> 1;
      case '二', '贰' -> 2;
      case '三', '叁' -> 3;
      case '四', '肆' -> 4;
      case '五', '伍' -> 5;
      case '六', '陆' -> 6;
      case '七', '柒' -> 7;
      case '八', '捌' -> 8;
      case '九', '玖' -> 9;
      case '两' -> LIANG;
      case '十', '拾' -> SHI;
      case '百', '佰' -> BAI;
      case '千', '仟' -> QIAN;
      case '万', '萬' -> WAN;
      case '亿', '億' -> YI;
      case '点' -> POINT;
      default -> NOT_NUMERAL;
    };
  }

  private static @Nullable BigDecimal decimal(int[] t, int point) {
    // A trailing 万, 亿 or 万亿 scales the whole decimal: 三点五万 = 35000.
    int end = t.length;
    int exponent = 0;
    if (end > point + 1 && t[end - 1] == YI) {
      exponent += 8;
      end--;
    }
    if (end > point + 1 && t[end - 1] == WAN) {
      exponent += 4;
      end--;
    }
    if (end == point + 1 || indexOf(t, point + 1, t.length, POINT) >= 0) {
      return null;
    }
    StringBuilder fraction = new StringBuilder(end - point - 1);
    for (int i = point + 1; i < end; i++) {
      if (!isDigit(t[i])) {
        return null;
      }
      fraction.append((char) ('0' + t[i]));
    }
    if (exponent > 0 && (indexOf(t, 0, point, WAN) >= 0 || indexOf(t, 0, point, YI) >= 0)) {
      return null;
    }
    // The colloquial trailing digit would be ambiguous next to a decimal part.
    BigInteger whole = integer(t, 0, point, false);
    if (whole == null) {
      return null;
    }
    BigInteger unscaled = new BigInteger(whole.toString() + fraction);
    return new BigDecimal(unscaled, fraction.length()).movePointRight(exponent);
  }

  private static @Nullable BigInteger integer(int[] t, int from, int to, boolean colloquial) {
    if (from >= to) {
      return null;
    }
    if (!containsUnit(t, from, to)) {
      return digits(t, from, to);
    }
    if (colloquial) {
      BigInteger value = colloquial(t, from, to);
      if (value != null) {
        return value;
      }
    }
    return number(t, from, to, true, false);
  }

  /** A lone digit (两 included) or a digit-by-digit sequence such as 二〇二三. */
  private static @Nullable BigInteger digits(int[] t, int from, int to) {
    if (to - from == 1) {
      return BigInteger.valueOf(t[from] == LIANG ? 2 : t[from]);
    }
    StringBuilder digits = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      if (!isDigit(t[i])) {
        return null;
      }
      digits.append((char) ('0' + t[i]));
    }
    return new BigInteger(digits.toString());
  }

  /**
   * 三万二 = 32000, 一千五 = 1500, 两百五 = 250: a final digit right after "digit + unit" stands one place
   * below that unit. After 十 or a compound unit (十万五, 三万亿二) the intended place is unclear, so
   * those are left to the strict parse, which rejects them.
   */
  private static @Nullable BigInteger colloquial(int[] t, int from, int to) {
    if (to - from < 3) {
      return null;
    }
    int last = t[to - 1];
    int unit = t[to - 2];
    int before = t[to - 3];
    boolean lastIsDigit = last >= 1 && last <= 9;
    boolean bigEnoughUnit = unit == BAI || unit == QIAN || unit == WAN || unit == YI;
    boolean beforeIsDigit = (before >= 1 && before <= 9) || before == LIANG;
    if (!lastIsDigit || !bigEnoughUnit || !beforeIsDigit) {
      return null;
    }
    BigInteger rest = number(t, from, to - 1, true, false);
    if (rest == null) {
      return null;
    }
    return rest.add(BigInteger.valueOf(last).multiply(BigInteger.TEN.pow(-unit - 1)));
  }

  /**
   * Any numeral with units. The part before the last 亿 is itself a numeral (so 三万亿 = 3 × 10^12 and
   * 一亿亿 = 10^16); the part after it is below 10^8. {@code beforeUnit}: the range is followed by 万
   * or 亿, which lets a lone 两 stand at its end (两万).
   */
  private static @Nullable BigInteger number(
      int[] t, int from, int to, boolean atStart, boolean beforeUnit) {
    int yi = lastIndexOf(t, from, to, YI);
    if (yi < 0) {
      return wan(t, from, to, atStart, beforeUnit);
    }
    BigInteger head = number(t, from, yi, atStart, true);
    if (head == null) {
      return null;
    }
    BigInteger tail = below(t, yi + 1, to, 8, beforeUnit);
    return tail == null ? null : head.multiply(TEN_8).add(tail);
  }

  /** A numeral below 10^8: at most one 万. */
  private static @Nullable BigInteger wan(
      int[] t, int from, int to, boolean atStart, boolean beforeUnit) {
    int wan = indexOf(t, from, to, WAN);
    if (wan < 0) {
      return section(t, from, to, atStart, beforeUnit);
    }
    if (indexOf(t, wan + 1, to, WAN) >= 0) {
      return null;
    }
    BigInteger head = section(t, from, wan, atStart, true);
    if (head == null) {
      return null;
    }
    BigInteger tail = below(t, wan + 1, to, 4, beforeUnit);
    return tail == null ? null : head.multiply(TEN_4).add(tail);
  }

  /**
   * What follows 万 (exponent 4) or 亿 (exponent 8). It starts with 零 exactly when it does not reach
   * the place right below the unit: 一万零三百, but 一万三千 and 三亿五千万.
   */
  private static @Nullable BigInteger below(
      int[] t, int from, int to, int exponent, boolean beforeUnit) {
    if (from == to) {
      return BigInteger.ZERO;
    }
    boolean zero = t[from] == 0;
    int start = zero ? from + 1 : from;
    BigInteger value =
        exponent == 8
            ? wan(t, start, to, false, beforeUnit)
            : section(t, start, to, false, beforeUnit);
    if (value == null) {
      return null;
    }
    BigInteger nextPlace = exponent == 8 ? TEN_7 : BigInteger.valueOf(1000);
    boolean reachesNextPlace = value.compareTo(nextPlace) >= 0;
    return zero == reachesNextPlace ? null : value;
  }

  /**
   * A numeral below 10^4 using 十百千: digit-unit pairs in strictly descending places, consecutive
   * unless one 零 marks the gap, and an optional final ones digit.
   */
  private static @Nullable BigInteger section(
      int[] t, int from, int to, boolean atStart, boolean beforeUnit) {
    int value = 0;
    int previous = 4;
    boolean first = true;
    boolean zero = false;
    int i = from;
    while (i < to) {
      int k = t[i];
      if (k == 0) {
        if (first || zero) {
          return null;
        }
        zero = true;
        i++;
        continue;
      }
      int digit;
      int place;
      if (k == SHI && first && atStart) {
        digit = 1;
        place = 1;
        i++;
      } else if (isDigit(k) || k == LIANG) {
        if (i + 1 == to) {
          place = 0;
          i++;
        } else if (t[i + 1] == SHI || t[i + 1] == BAI || t[i + 1] == QIAN) {
          place = -t[i + 1];
          i += 2;
        } else {
          return null;
        }
        // 两 is idiomatic before 百, 千, 万 and 亿, never as 二十 or a ones digit.
        if (k == LIANG && !(place >= 2 || (place == 0 && first && beforeUnit))) {
          return null;
        }
        digit = k == LIANG ? 2 : k;
      } else {
        return null;
      }
      if (!first && (zero ? previous - place < 2 : previous - place != 1)) {
        return null;
      }
      value += digit * POWERS[place];
      previous = place;
      first = false;
      zero = false;
    }
    return first || zero ? null : BigInteger.valueOf(value);
  }

  private static boolean isDigit(int token) {
    return token >= 0 && token <= 9;
  }

  private static boolean containsUnit(int[] t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t[i] < 0) {
        return true;
      }
    }
    return false;
  }

  private static int indexOf(int[] t, int from, int to, int token) {
    for (int i = from; i < to; i++) {
      if (t[i] == token) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOf(int[] t, int from, int to, int token) {
    for (int i = to - 1; i >= from; i--) {
      if (t[i] == token) {
        return i;
      }
    }
    return -1;
  }

  // ---- formatting ----

  private record Style(String digits, String units, boolean abbreviateTen) {

    char digit(int d) {
      return digits.charAt(d);
    }

    char unit(int place) {
      return units.charAt(place - 1);
    }
  }

  private static String render(BigDecimal value, Style style) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "%s is negative; only non-negative values have a numeral", value));
    }
    StringBuilder out = new StringBuilder();
    BigInteger whole = value.toBigInteger();
    if (whole.signum() == 0) {
      out.append(style.digit(0));
    } else {
      appendNumber(out, whole, true, style);
    }
    if (value.scale() > 0) {
      String plain = value.toPlainString();
      out.append('点');
      for (int i = plain.indexOf('.') + 1; i < plain.length(); i++) {
        out.append(style.digit(plain.charAt(i) - '0'));
      }
    }
    return out.toString();
  }

  private static void appendNumber(StringBuilder out, BigInteger n, boolean atStart, Style style) {
    if (n.compareTo(TEN_8) < 0) {
      appendWan(out, n.intValueExact(), atStart, style);
      return;
    }
    BigInteger[] split = n.divideAndRemainder(TEN_8);
    appendNumber(out, split[0], atStart, style);
    out.append('亿');
    int tail = split[1].intValueExact();
    if (tail > 0) {
      if (tail < 10_000_000) {
        out.append(style.digit(0));
      }
      appendWan(out, tail, false, style);
    }
  }

  private static void appendWan(StringBuilder out, int n, boolean atStart, Style style) {
    if (n < 10_000) {
      appendSection(out, n, atStart, style);
      return;
    }
    appendSection(out, n / 10_000, atStart, style);
    out.append('万');
    int tail = n % 10_000;
    if (tail > 0) {
      if (tail < 1000) {
        out.append(style.digit(0));
      }
      appendSection(out, tail, false, style);
    }
  }

  /** 1 ≤ n < 10^4. Zero places between two digits are read as one 零; trailing ones are silent. */
  private static void appendSection(StringBuilder out, int n, boolean atStart, Style style) {
    boolean written = false;
    boolean gap = false;
    for (int place = 3; place >= 0; place--) {
      int digit = n / POWERS[place] % 10;
      if (digit == 0) {
        gap = written;
        continue;
      }
      if (gap) {
        out.append(style.digit(0));
        gap = false;
      }
      boolean leadingTen = place == 1 && digit == 1 && atStart && !written && style.abbreviateTen();
      if (!leadingTen) {
        out.append(style.digit(digit));
      }
      if (place > 0) {
        out.append(style.unit(place));
      }
      written = true;
    }
  }
}
