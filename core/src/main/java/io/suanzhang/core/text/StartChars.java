package io.suanzhang.core.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern searched for in a whole report's text, tried only at the positions that hold a character
 * every match of it begins with. {@link Matcher#find()} tries a pattern at every position of the text
 * (and each alternative, each look-behind, at each): for a rule that reads the whole text, most of
 * its cost. Matches are the same as {@code find()}'s, leftmost first and each search going on from
 * the end of the match before, so long as {@code starts} holds the first character of every match.
 */
public final class StartChars {

  private final Matcher matcher;
  private final String text;
  private final String starts;
  private int from;

  /**
   * @param starts every character a match of {@code pattern} can begin with
   */
  public StartChars(Pattern pattern, String text, String starts) {
    // Look-arounds see past the region as find() sees the whole text; ^ and $ stay the text's.
    this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    this.text = text;
    this.starts = starts;
  }

  /** Finds the next match; its groups are {@link #match()}'s. */
  public boolean find() {
    for (int i = from; i < text.length(); i++) {
      if (starts.indexOf(text.charAt(i)) >= 0 && matcher.region(i, text.length()).lookingAt()) {
        from = matcher.end() > i ? matcher.end() : i + 1;
        return true;
      }
    }
    from = text.length();
    return false;
  }

  /** The last match found. */
  public Matcher match() {
    return matcher;
  }
}
