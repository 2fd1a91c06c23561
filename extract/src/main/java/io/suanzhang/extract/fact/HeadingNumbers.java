package io.suanzhang.extract.fact;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The numbering that opens a heading or a list item in Chinese official writing: 第一部分, 一、, （一）,
 * 1. or 1、, （1）, ⑴ and ①.
 */
final class HeadingNumbers {

  /**
   * A numbering style with the depth convention gives it (GB/T 9704: 一、 > （一） > 1. > （1））; an
   * attachment (附件1) comes between the parts and their 一、.
   */
  enum Style {
    PART(0),
    ANNEX(0.5),
    CHINESE(1),
    PAREN_CHINESE(2),
    ARABIC(3),
    PAREN_ARABIC(4),
    CIRCLED_PAREN(5),
    CIRCLED(6);

    final double tier;

    Style(double tier) {
      this.tier = tier;
    }
  }

  /** A numbering at the start of a text: its style, its value, and its text as written. */
  record Marker(Style style, int value, String number) {}

  private static final String CN = "[一二三四五六七八九十百零〇两]";
  private static final Pattern PART = Pattern.compile("^第(" + CN + "+)(?:部分|章|篇)");
  private static final Pattern ANNEX =
      Pattern.compile("^附件[ \\u3000]?([0-9０-９]{1,2}|" + CN + "+)(?![0-9０-９])[：:、.．]?");
  private static final Pattern CHINESE = Pattern.compile("^(" + CN + "+)[ \\u3000]?[、．.]");
  private static final Pattern PAREN_CHINESE =
      Pattern.compile("^[（(][ \\u3000]?(" + CN + "+)[ \\u3000]?[）)]");
  private static final Pattern ARABIC = Pattern.compile("^([0-9０-９]{1,2})[ \\u3000]?[.．、]");
  private static final Pattern PAREN_ARABIC =
      Pattern.compile("^[（(][ \\u3000]?([0-9０-９]{1,2})[ \\u3000]?[）)]");
  // "1.2020年…" numbers a line that begins with a year; "4.50万元" is a decimal, not a numbering.
  private static final Pattern YEAR = Pattern.compile("^[0-9０-９]{4}年");

  private HeadingNumbers() {}

  /** The numbering a text starts with, or null; 附件N counts only where {@code annex} is set. */
  static @Nullable Marker parse(String text, boolean annex) {
    Matcher m = PART.matcher(text);
    if (m.find()) {
      return marker(Style.PART, chinese(m.group(1)), m.group());
    }
    m = ANNEX.matcher(text);
    if (annex && m.find()) {
      String n = m.group(1);
      return marker(Style.ANNEX, Character.isDigit(n.charAt(0)) ? arabic(n) : chinese(n), m.group());
    }
    m = CHINESE.matcher(text);
    if (m.find()) {
      return marker(Style.CHINESE, chinese(m.group(1)), m.group());
    }
    m = PAREN_CHINESE.matcher(text);
    if (m.find()) {
      return marker(Style.PAREN_CHINESE, chinese(m.group(1)), m.group());
    }
    m = PAREN_ARABIC.matcher(text);
    if (m.find()) {
      return marker(Style.PAREN_ARABIC, arabic(m.group(1)), m.group());
    }
    m = ARABIC.matcher(text);
    if (m.find()) {
      String rest = text.substring(m.end());
      if (!rest.isEmpty() && isDigit(rest.charAt(0)) && !YEAR.matcher(rest).find()) {
        return null;
      }
      return marker(Style.ARABIC, arabic(m.group(1)), m.group());
    }
    if (!text.isEmpty()) {
      char c = text.charAt(0);
      if (c >= '⑴' && c <= '⒇') {
        return new Marker(Style.CIRCLED_PAREN, c - '⑴' + 1, String.valueOf(c));
      }
      if (c >= '①' && c <= '⑳') {
        return new Marker(Style.CIRCLED, c - '①' + 1, String.valueOf(c));
      }
    }
    return null;
  }

  private static @Nullable Marker marker(Style style, int value, String number) {
    return value < 1 ? null : new Marker(style, value, number);
  }

  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  private static int arabic(String digits) {
    int value = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      value = value * 10 + (c >= '０' ? c - '０' : c - '0');
    }
    return value;
  }

  /** The value of a small Chinese numeral (一 … 九十九, 一百 …), or 0 if it is not one. */
  static int chinese(String numeral) {
    int total = 0;
    int digit = -1;
    for (int i = 0; i < numeral.length(); i++) {
      char c = numeral.charAt(i);
      int d = "零一二三四五六七八九".indexOf(c);
      if (c == '〇') {
        d = 0;
      } else if (c == '两') {
        d = 2;
      }
      if (d >= 0) {
        if (digit >= 0) {
          return 0; // two digits in a row: 一二 is no numbering
        }
        digit = d;
      } else if (c == '十' || c == '百') {
        int unit = c == '十' ? 10 : 100;
        total += (digit < 0 ? 1 : digit) * unit;
        digit = -1;
      } else {
        return 0;
      }
    }
    return total + Math.max(digit, 0);
  }
}
