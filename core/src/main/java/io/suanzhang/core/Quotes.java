package io.suanzhang.core;

/**
 * The bound on a quote: the text of a fact's sentence or table row, or of a finding's evidence, is
 * kept whole up to {@value #MAX_LENGTH} code points. A longer one keeps its first {@code MAX_LENGTH -
 * 1} code points and ends in {@code …}; its span still covers all of it. No quote of the shared reports
 * comes near the bound: it is there so that a text without sentence ends cannot make every quote the
 * whole text, and the output grow with the square of the input.
 */
public final class Quotes {

  /** The longest quote, in code points, the ellipsis of a cut one included. */
  public static final int MAX_LENGTH = 2_000;

  private static final String CUT = "…";

  private Quotes() {}

  /** The quote as it is if it is within the bound, else cut to it. */
  public static String capped(String quote) {
    if (quote.length() <= MAX_LENGTH || quote.codePointCount(0, quote.length()) <= MAX_LENGTH) {
      return quote;
    }
    return quote.substring(0, quote.offsetByCodePoints(0, MAX_LENGTH - 1)) + CUT;
  }
}
