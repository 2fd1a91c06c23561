package io.suanzhang.core.text;

import java.util.Locale;

/**
 * The bounds on a quote: the text of a fact's sentence or table row, or of a finding's evidence.
 *
 * <p>A fact read from prose quotes its whole passage when that is at most {@value #WHOLE} code points,
 * as every sentence of the shared reports but a few flattened tables is. A longer passage, such as a
 * text whose lines all look wrapped and so never end a sentence, is quoted around the fact's numbers
 * only ({@link #around}): from the start of the sentence or else the clause holding its first number to
 * the end of the one holding its last, reaching at most {@value #REACH} code points beyond its numbers.
 * Otherwise every fact of a 2,000-code-point run would quote all of it, and the output be hundreds of
 * times the input.
 *
 * <p>Whatever the passage, a quote is kept whole up to {@value #MAX_LENGTH} code points. A longer one
 * keeps its first {@code MAX_LENGTH - 1} code points and ends in {@code …}; its span still covers all
 * of it.
 */
public final class Quotes {

  /** The longest quote, in code points, the ellipsis of a cut one included. */
  public static final int MAX_LENGTH = 2_000;

  /** The longest passage, in code points, quoted whole whatever the numbers of its fact. */
  public static final int WHOLE = 500;

  /** How far, in code points, the quote of a longer passage reaches beyond the fact's numbers. */
  public static final int REACH = 100;

  private static final String CUT = "…";

  private static final String SENTENCE_ENDS = "。！？!?";
  /** A line break ends a clause only: the lines of a long passage look wrapped. */
  private static final String CLAUSE_ENDS = "，,；;：:\n\r\u0085\u2028\u2029";

  private Quotes() {}

  /** The quote as it is if it is within the bound, else cut to it. */
  public static String capped(String quote) {
    if (quote.length() <= MAX_LENGTH || quote.codePointCount(0, quote.length()) <= MAX_LENGTH) {
      return quote;
    }
    return quote.substring(0, quote.offsetByCodePoints(0, MAX_LENGTH - 1)) + CUT;
  }

  /**
   * The part of a passage that quotes numbers found in it: the whole {@code passage} when it is at most
   * {@link #WHOLE} code points long, else from the start of the sentence holding the start of {@code
   * numbers} to the end of the one holding its end, where that is within {@link #REACH} code points,
   * else from the nearest clause mark or line break within reach, else {@code REACH} code points on.
   * {@code text} is the passage's text; the span returned lies inside the passage and keeps its page.
   */
  public static Span around(Span passage, String text, Span numbers) {
    int[] points = text.codePoints().toArray();
    if (points.length != passage.length()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "the text of span [%d, %d) has %d code points", passage.start(), passage.end(), points.length));
    }
    if (passage.length() <= WHOLE) {
      return passage;
    }
    int first = Math.min(Math.max(numbers.start() - passage.start(), 0), points.length);
    int last = Math.min(Math.max(numbers.end() - passage.start(), first), points.length);
    return new Span(passage.start() + start(points, first), passage.start() + end(points, last),
        passage.page());
  }

  private static int start(int[] points, int first) {
    int clause = -1;
    for (int i = first; i > Math.max(first - REACH, 0); i--) {
      if (SENTENCE_ENDS.indexOf(points[i - 1]) >= 0) {
        return i;
      }
      clause = clause < 0 && CLAUSE_ENDS.indexOf(points[i - 1]) >= 0 ? i : clause;
    }
    return first <= REACH ? 0 : clause >= 0 ? clause : first - REACH;
  }

  private static int end(int[] points, int last) {
    int clause = -1;
    for (int i = last; i < Math.min(last + REACH, points.length); i++) {
      if (SENTENCE_ENDS.indexOf(points[i]) >= 0) {
        return i + 1; // the stop is its sentence's
      }
      clause = clause < 0 && CLAUSE_ENDS.indexOf(points[i]) >= 0 ? i : clause;
    }
    return last + REACH >= points.length ? points.length : clause >= 0 ? clause : last + REACH;
  }
}
