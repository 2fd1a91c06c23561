package io.suanzhang.core.text;

/**
 * A text without the characters of a set: {@code Pattern.compile("[…]").matcher(s).replaceAll("")}
 * written out, where a pattern's search at every position of every line or label cost more than the
 * work itself.
 */
public final class Without {

  /** What {@code \s} matches without {@code UNICODE_CHARACTER_CLASS}: these six characters. */
  public static final String SPACES = " \t\n\u000B\f\r";

  private Without() {}

  /** Whether {@code \s} matches {@code c} (one of {@link #SPACES}). */
  public static boolean isSpace(char c) {
    return SPACES.indexOf(c) >= 0;
  }

  /** {@code s} without any character of {@code chars}; {@code s} itself where it has none. */
  public static String chars(CharSequence s, String chars) {
    int i = 0;
    while (i < s.length() && chars.indexOf(s.charAt(i)) < 0) {
      i++;
    }
    if (i == s.length()) {
      return s.toString();
    }
    StringBuilder b = new StringBuilder(s.length()).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (chars.indexOf(c) < 0) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
