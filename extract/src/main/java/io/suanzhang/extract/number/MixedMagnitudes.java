package io.suanzhang.extract.number;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Arabic numbers strung together with magnitudes: 3亿2000万元, 12万5千元, 1亿2345.67万元, 12万5000元.
 *
 * <p>Each term must stand below the magnitude before it, and a last term written without a magnitude
 * must fill every place below it (12万5000元, not 12万5元, which some read as 120005 and some as
 * 125000). A decimal point may only stand in the last term. Anything else is malformed, and its pieces
 * must not be read one by one either: 12万5千元 read from its 5 would be 5千元.
 */
final class MixedMagnitudes {

  private MixedMagnitudes() {}

  /**
   * A chain read to its last magnitude: {@code numberEnd} is where that magnitude starts (or where
   * the last number ends, when it has none), {@code value} the whole chain counted in the last
   * magnitude (3亿2000万 → 32000, 12万5千 → 125). A malformed chain has a null value and
   * {@code numberEnd} past all of it.
   */
  record Chain(int numberEnd, @Nullable BigDecimal value) {}

  /**
   * The chain that starts with the integer {@code [from, to)}, or null when no magnitude and digit
   * follow that integer and so there is no chain.
   */
  static @Nullable Chain read(TextView v, int from, int to) {
    int run = magnitudeRunEnd(v, to);
    if (run == to || !v.isDigit(run)) {
      return null;
    }
    BigDecimal previous = factor(v, to, run);
    if (previous == null) {
      return skip(v, to);
    }
    BigDecimal total = integer(v, from, to).multiply(previous);
    int k = run;
    while (true) {
      int digits = k;
      while (v.isDigit(k)) {
        k++;
      }
      int intEnd = k;
      boolean decimal = v.at(k) == '.' && v.isDigit(k + 1);
      if (decimal) {
        k++;
        while (v.isDigit(k)) {
          k++;
        }
      }
      if (k - digits > MentionExtractor.MAX_DIGITS) {
        return skip(v, k); // no amount has such a term, and parsing it would take long
      }
      BigDecimal term = integer(v, digits, k);
      int termRun = magnitudeRunEnd(v, k);
      if (termRun == k) {
        // The last term without a magnitude: 12万5000, its digits fill every place below 万.
        boolean fills = previous.compareTo(BigDecimal.TEN.pow(intEnd - digits)) == 0;
        return fills ? new Chain(k, total.add(term)) : skip(v, k);
      }
      BigDecimal f = factor(v, k, termRun);
      if (f == null
          || f.compareTo(previous) >= 0
          || term.signum() <= 0
          || term.multiply(f).compareTo(previous) >= 0
          || (decimal && v.isDigit(termRun))) {
        return skip(v, termRun);
      }
      total = total.add(term.multiply(f));
      if (!v.isDigit(termRun)) {
        // Powers of ten divide exactly, and the quotient keeps the scale of the last term.
        return new Chain(k, total.divide(f));
      }
      previous = f;
      k = termRun;
    }
  }

  /** A malformed chain: no value, scanning goes on after its last digit or magnitude. */
  private static Chain skip(TextView v, int from) {
    int k = from;
    while (v.isDigit(k) || v.at(k) == '.' || isMagnitude(v.at(k))) {
      k++;
    }
    return new Chain(k, null);
  }

  private static int magnitudeRunEnd(TextView v, int at) {
    int k = at;
    while (isMagnitude(v.at(k))) {
      k++;
    }
    return k;
  }

  private static boolean isMagnitude(char c) {
    return c == '百' || c == '千' || c == '万' || c == '亿';
  }

  /** 百, 千, 万, 亿, and the compounds 百万, 千万, 万亿; anything else (万千, 百百) is no magnitude. */
  private static @Nullable BigDecimal factor(TextView v, int from, int to) {
    String run = v.normalised(from, to);
    switch (run) {
      case "百":
        return BigDecimal.TEN.pow(2);
      case "千":
        return BigDecimal.TEN.pow(3);
      case "万":
        return BigDecimal.TEN.pow(4);
      case "百万":
        return BigDecimal.TEN.pow(6);
      case "千万":
        return BigDecimal.TEN.pow(7);
      case "亿":
        return BigDecimal.TEN.pow(8);
      case "万亿":
        return BigDecimal.TEN.pow(12);
      default:
        return null;
    }
  }

  private static BigDecimal integer(TextView v, int from, int to) {
    return new BigDecimal(v.normalised(from, to));
  }
}
