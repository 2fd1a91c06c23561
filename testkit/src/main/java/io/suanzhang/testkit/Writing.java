package io.suanzhang.testkit;

import java.math.BigDecimal;
import java.util.Locale;

/** Writes numbers in the forms of {@link Numeral.Form}. */
final class Writing {

  private static final String DIGITS = "零一二三四五六七八九";
  private static final String[] SMALL = {"", "十", "百", "千"};
  private static final int[] POWERS = {1, 10, 100, 1000};

  private Writing() {}

  static String write(BigDecimal value, String unit, Numeral.Form form) {
    boolean percent = unit.equals("%");
    return switch (form) {
      case PLAIN -> digits(value, form) + unit;
      case GROUPED -> digits(value, form) + unit;
      case SPACED -> digits(value, form) + " " + unit;
      case FULL_WIDTH -> percent ? digits(value, Numeral.Form.PLAIN) + "％" : digits(value, form) + unit;
      case CHINESE -> percent ? "百分之" + chinese(value) : chinese(value) + unit;
      case BARE -> digits(value, Numeral.Form.PLAIN);
      case YUAN_SIGN -> {
        if (!unit.equals("元")) {
          throw new IllegalArgumentException("the yuan sign writes amounts in 元, not " + unit);
        }
        yield "¥" + digits(value, form);
      }
    };
  }

  static String digits(BigDecimal value, Numeral.Form form) {
    String plain = value.toPlainString();
    return switch (form) {
      case GROUPED, YUAN_SIGN -> grouped(plain);
      case FULL_WIDTH -> fullWidth(plain);
      case CHINESE -> chinese(value);
      default -> plain;
    };
  }

  private static String grouped(String plain) {
    boolean negative = plain.startsWith("-");
    String s = negative ? plain.substring(1) : plain;
    int dot = s.indexOf('.');
    String whole = dot < 0 ? s : s.substring(0, dot);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(whole.charAt(i));
    }
    return (negative ? "-" : "") + sb + (dot < 0 ? "" : s.substring(dot));
  }

  private static String fullWidth(String plain) {
    StringBuilder sb = new StringBuilder();
    for (char c : plain.toCharArray()) {
      sb.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
    }
    return sb.toString();
  }

  /** 1200 → 一千二百, 85.5 → 八十五点五, 100000000 → 一亿; whole numbers below a trillion. */
  static String chinese(BigDecimal value) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException("no negative Chinese numerals: " + value);
    }
    String plain = value.toPlainString();
    int dot = plain.indexOf('.');
    long whole = Long.parseLong(dot < 0 ? plain : plain.substring(0, dot));
    if (whole >= 1_000_000_000_000L) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%d is too large for a Chinese numeral here", whole));
    }
    StringBuilder sb = new StringBuilder(wholeChinese(whole));
    if (dot >= 0) {
      sb.append('点');
      for (char c : plain.substring(dot + 1).toCharArray()) {
        sb.append(DIGITS.charAt(c - '0'));
      }
    }
    return sb.toString();
  }

  private static String wholeChinese(long n) {
    if (n == 0) {
      return "零";
    }
    long yi = n / 100_000_000L;
    long wan = n / 10_000L % 10_000L;
    long rest = n % 10_000L;
    StringBuilder sb = new StringBuilder();
    boolean zero = false;
    if (yi > 0) {
      sb.append(below10000(yi, false)).append('亿');
    }
    if (wan > 0) {
      sb.append(below10000(wan, yi > 0 && wan < 1000)).append('万');
    } else if (yi > 0 && rest > 0) {
      zero = true;
    }
    if (rest > 0) {
      sb.append(below10000(rest, zero || ((yi > 0 || wan > 0) && rest < 1000)));
    }
    String s = sb.toString();
    // 一十五 is written 十五 when it opens the number.
    return s.startsWith("一十") ? s.substring(1) : s;
  }

  /** 1..9999; {@code leadingZero} writes 零 before a number that skips the thousands (一万零五十). */
  private static String below10000(long n, boolean leadingZero) {
    StringBuilder sb = new StringBuilder();
    if (leadingZero) {
      sb.append('零');
    }
    boolean pendingZero = false;
    for (int place = 3; place >= 0; place--) {
      int d = (int) (n / POWERS[place] % 10);
      if (d == 0) {
        pendingZero = sb.length() > (leadingZero ? 1 : 0);
        continue;
      }
      if (pendingZero) {
        sb.append('零');
        pendingZero = false;
      }
      sb.append(DIGITS.charAt(d)).append(SMALL[place]);
    }
    return sb.toString();
  }
}
