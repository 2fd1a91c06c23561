package io.suanzhang.checks;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A stated value against the value recomputed from other numbers of the report.
 *
 * <ul>
 *   <li>{@link Outcome#HOLDS}: the recomputed value, rounded to the stated decimals, is what was
 *       written (916.11 / 1413.96 = 64.790 % → 64.79 %).
 *   <li>{@link Outcome#ROUNDING}: it is not, but the written precision of the inputs allows it — the
 *       interval of the statement meets the recomputed interval (11.53 and 9.61 allow a growth of
 *       19.94 %; a 1-yuan break over 18 rows of whole yuan) — or the value was cut off instead of
 *       rounded (9746.50 / 10210.34 = 95.457 % written 95.45 %).
 *   <li>{@link Outcome#BREAKS}: no values that round to what is written make the relation true.
 * </ul>
 *
 * @param stated the value as written
 * @param recomputed the value computed from the written inputs
 * @param difference stated − recomputed
 * @param tolerance the largest difference the written precision of all numbers allows
 */
public record Verdict(
    Outcome outcome,
    BigDecimal stated,
    BigDecimal recomputed,
    BigDecimal difference,
    BigDecimal tolerance) {

  /** The three ways a comparison ends. */
  public enum Outcome {
    HOLDS,
    ROUNDING,
    BREAKS
  }

  public Verdict {
    requireNonNull(outcome, "outcome");
    requireNonNull(stated, "stated");
    requireNonNull(recomputed, "recomputed");
    requireNonNull(difference, "difference");
    requireNonNull(tolerance, "tolerance");
  }

  /**
   * Compares a written value with a recomputation: {@code point} from the inputs as written, {@code
   * range} from every value they stand for.
   */
  public static Verdict of(BigDecimal stated, int scale, BigDecimal point, Interval range) {
    return of(stated, scale, Interval.written(stated, scale), point, range);
  }

  /**
   * Compares a stated value whose own interval is given — exact for a count, coarser than its
   * decimals for whole yuan written with cents.
   */
  public static Verdict of(
      BigDecimal stated, int scale, Interval statement, BigDecimal point, Interval range) {
    Outcome outcome;
    if (point.setScale(scale, RoundingMode.HALF_UP).compareTo(stated) == 0) {
      outcome = Outcome.HOLDS;
    } else if (statement.meets(range)
        || point.setScale(scale, RoundingMode.DOWN).compareTo(stated) == 0) {
      // Cut off instead of rounded (95.457 % written 95.45 %) is a way of rounding, not an error.
      outcome = Outcome.ROUNDING;
    } else {
      outcome = Outcome.BREAKS;
    }
    // Shown two decimals finer than written, so that the difference is visible.
    int shown = Math.max(scale, 0) + 2;
    BigDecimal recomputed = point.setScale(shown, RoundingMode.HALF_UP);
    BigDecimal tolerance = statement.radius().add(range.radius()).setScale(shown, RoundingMode.UP);
    return new Verdict(
        outcome, stated, recomputed, stated.subtract(point).setScale(shown, RoundingMode.HALF_UP),
        tolerance);
  }

  /** Compares a written value with a recomputation at the value's own precision. */
  public static Verdict of(BigDecimal stated, BigDecimal point, Interval range) {
    return of(stated, stated.scale(), point, range);
  }

  public boolean holds() {
    return outcome == Outcome.HOLDS;
  }
}
