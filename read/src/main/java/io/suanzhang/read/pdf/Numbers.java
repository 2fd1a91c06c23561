package io.suanzhang.read.pdf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The number grammar of report tables: 1,234.56, 1234.5, -3, 12.5%. */
final class Numbers {

  /** A number that, when a digit follows it directly, must end there: 2,132,777.54|66,410,000.00. */
  private static final Pattern CLOSED = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d{2})?|\\d+\\.\\d{2}");

  /** A unit written after an amount in its cell: 万元, 元, %, 人次, 个 … */
  private static final Pattern UNIT =
      Pattern.compile("(?:万亿元|百万元|亿元|万元|千元|元|[%％]|个百分点|百分点|人次|万人|人|户|个|家|次|件|项|辆|台|套|天|平方米)"
          + "[）)]?");

  private Numbers() {}

  /** Whether the text is an amount with its unit: 3 万元, 12.5%, 20人. */
  static boolean isAmount(String text) {
    int n = text.length();
    int k = 0;
    while (k < n && "0123456789.,-+".indexOf(text.charAt(k)) >= 0) {
      k++;
    }
    if (k == 0 || k == n || !isNumber(text.substring(0, k))) {
      return false;
    }
    int u = text.charAt(k) == ' ' ? k + 1 : k;
    return u < n && isUnit(text.substring(u));
  }

  /** Whether the text is just a unit, as written after an amount: 万元, %, 人次. */
  static boolean isUnit(String text) {
    return text.length() <= 5 && UNIT.matcher(text).matches();
  }

  /**
   * Whether the text is one number, {@code [-+－−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[%％]?}
   * whole (ASCII digits), read by hand: every chunk of every table line is asked, which matched by
   * that pattern was 0.25 s of a worker's 22 s over the shared reports as 200 files.
   */
  static boolean isNumber(CharSequence s) {
    int n = s.length();
    if (n == 0 || n > 40) {
      return false;
    }
    char first = s.charAt(0);
    int i = first == '-' || first == '+' || first == '－' || first == '−' ? 1 : 0;
    int start = i;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
    }
    if (i == start) {
      return false;
    }
    if (i < n && s.charAt(i) == ',') {
      // grouped: one to three digits, then groups of a comma and three digits
      if (i - start > 3) {
        return false;
      }
      while (i < n && s.charAt(i) == ',') {
        if (i + 3 >= n || !isDigit(s.charAt(i + 1)) || !isDigit(s.charAt(i + 2))
            || !isDigit(s.charAt(i + 3))) {
          return false;
        }
        i += 4;
      }
      if (i < n && isDigit(s.charAt(i))) {
        return false; // a group of four digits
      }
    }
    if (i < n && s.charAt(i) == '.') {
      int fraction = ++i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      if (i == fraction) {
        return false;
      }
    }
    if (i < n && (s.charAt(i) == '%' || s.charAt(i) == '％')) {
      i++;
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Where text that is not one number holds numbers glued together, the offsets at which to cut it:
   * a thousands-grouped number followed directly by a digit ("18,120,5931,710,062": a group has
   * three digits, so the fourth starts the next number), or a number with two decimals followed by
   * a digit ("2,132,777.5466,410,000.00"). Also cuts a grouped number from text glued after it
   * ("91,016,775.35一、"). Returns an empty array when there is nothing to cut.
   */
  static int[] glueCuts(String s) {
    if (s.length() < 4 || isNumber(s) || !hasDigitPair(s)) {
      return EMPTY;
    }
    int[] cuts = new int[4];
    int count = 0;
    Matcher m = CLOSED.matcher(s);
    int n = s.length();
    int p = 0;
    boolean fresh = true; // a number may start at p even though a digit precedes it: after a cut
    while (p < n) {
      if (!isDigit(s, p) || (!fresh && p > 0 && continuesNumber(s.charAt(p - 1)))) {
        fresh = false;
        p++;
        continue;
      }
      fresh = false;
      m.region(p, n);
      if (!m.lookingAt()) {
        while (p < n && continuesNumber(s.charAt(p))) {
          p++;
        }
        continue;
      }
      int end = m.end();
      int comma = s.indexOf(',', p);
      boolean grouped = comma >= 0 && comma < end;
      if (end < n && (isDigit(s, end) || (grouped && !continuesNumber(s.charAt(end))
          && s.charAt(end) != '%' && s.charAt(end) != '％'))) {
        if (count == cuts.length) {
          cuts = java.util.Arrays.copyOf(cuts, count * 2);
        }
        cuts[count++] = end;
        fresh = true;
      }
      p = end;
    }
    return count == 0 ? EMPTY : java.util.Arrays.copyOf(cuts, count);
  }

  private static final int[] EMPTY = new int[0];

  private static boolean continuesNumber(char c) {
    return c == ',' || c == '.' || (c >= '0' && c <= '9');
  }

  private static boolean hasDigitPair(String s) {
    for (int i = 1; i < s.length(); i++) {
      if (isDigit(s, i) && (isDigit(s, i - 1) || s.charAt(i - 1) == ',' || s.charAt(i - 1) == '.')) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(String s, int i) {
    char c = s.charAt(i);
    return c >= '0' && c <= '9';
  }
}
