package io.suanzhang.core.text;

import java.util.regex.Pattern;

/**
 * A pattern anchored at the end of a text ({@code …$}) that is removed from it, tried only where the
 * text ends with a character a match can end with. {@code find()} tries such a pattern at every
 * position, every alternative at each, to learn that the text does not end with any; the labels of
 * every amount of a report go through several of them.
 *
 * @param pattern what is removed: its first match, as {@code replaceFirst("")} removes it
 * @param lastChars every character a match of {@code pattern} can end with
 */
public record Trailing(Pattern pattern, String lastChars) {

  /** The line terminators {@code $} matches before when one ends the text (without MULTILINE). */
  public static final String TERMINATORS = "\n\r\u0085\u2028\u2029";

  /** {@code pattern.matcher(s).replaceFirst("")}. */
  public String strip(String s) {
    if (!s.isEmpty()) {
      char last = s.charAt(s.length() - 1);
      // $ also matches before a line terminator that ends the text: then try the pattern itself
      if (lastChars.indexOf(last) < 0 && TERMINATORS.indexOf(last) < 0) {
        return s;
      }
    }
    return pattern.matcher(s).replaceFirst("");
  }
}
