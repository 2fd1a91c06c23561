package io.suanzhang.checks;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.mention.Mention;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * The values a written number can stand for, and arithmetic on such sets. 91.68 stands for every
 * value that rounds to it, [91.675, 91.685]; the sum, difference, product or quotient of two
 * intervals holds every result their values can give. A relation holds when the interval recomputed
 * from its inputs meets the interval of the stated value: tolerance follows the written precision,
 * never a fixed epsilon.
 */
public record Interval(BigDecimal low, BigDecimal high) {

  private static final MathContext CONTEXT = MathContext.DECIMAL128;
  private static final BigDecimal HALF = new BigDecimal("0.5");

  public Interval {
    requireNonNull(low, "low");
    requireNonNull(high, "high");
    if (low.compareTo(high) > 0) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "interval [%s, %s] is empty", low, high));
    }
  }

  /** A value known exactly (a count of parts, the 100 of a percentage). */
  public static Interval exact(BigDecimal value) {
    return new Interval(value, value);
  }

  /** A value as written: half a unit of its last decimal place either side (91.68 → ±0.005). */
  public static Interval written(BigDecimal value) {
    return written(value, value.scale());
  }

  /**
   * A value written to {@code scale} decimals: 24,840,778.00 in a table whose every amount is whole
   * yuan was rounded to the yuan, and stands for ±0.5.
   */
  public static Interval written(BigDecimal value, int scale) {
    BigDecimal half = HALF.movePointLeft(scale);
    return new Interval(value.subtract(half), value.add(half));
  }

  /** A mention's value in the unit it was written in (万元, %, 人 …). */
  public static Interval of(Mention number) {
    return written(number.value());
  }

  /** A money mention in 元: its written interval times the unit's factor. */
  public static Interval yuan(Mention number) {
    BigDecimal factor = number.moneyUnit()
        .orElseThrow(() -> new IllegalArgumentException(number.text() + " is not money"))
        .toYuan(BigDecimal.ONE);
    return of(number).times(factor);
  }

  public Interval plus(Interval other) {
    return new Interval(low.add(other.low), high.add(other.high));
  }

  public Interval minus(Interval other) {
    return new Interval(low.subtract(other.high), high.subtract(other.low));
  }

  public Interval times(BigDecimal factor) {
    BigDecimal a = low.multiply(factor);
    BigDecimal b = high.multiply(factor);
    return a.compareTo(b) <= 0 ? new Interval(a, b) : new Interval(b, a);
  }

  public Interval times(Interval other) {
    BigDecimal[] corners = {
      low.multiply(other.low), low.multiply(other.high), high.multiply(other.low),
      high.multiply(other.high)
    };
    return span(corners);
  }

  /** The quotient; the divisor must not contain zero. */
  public Interval dividedBy(Interval divisor) {
    if (divisor.contains(BigDecimal.ZERO)) {
      throw new ArithmeticException("division by an interval holding zero: " + divisor);
    }
    BigDecimal[] corners = {
      low.divide(divisor.low, CONTEXT), low.divide(divisor.high, CONTEXT),
      high.divide(divisor.low, CONTEXT), high.divide(divisor.high, CONTEXT)
    };
    return span(corners);
  }

  public boolean contains(BigDecimal value) {
    return low.compareTo(value) <= 0 && value.compareTo(high) <= 0;
  }

  /** Whether some value lies in both intervals. */
  public boolean meets(Interval other) {
    return low.compareTo(other.high) <= 0 && other.low.compareTo(high) <= 0;
  }

  /** Half the width: how far a value in the interval may lie from its middle. */
  public BigDecimal radius() {
    return high.subtract(low).multiply(HALF);
  }

  public BigDecimal middle() {
    return low.add(high).multiply(HALF);
  }

  private static Interval span(BigDecimal[] corners) {
    BigDecimal min = corners[0];
    BigDecimal max = corners[0];
    for (BigDecimal c : corners) {
      min = min.min(c);
      max = max.max(c);
    }
    return new Interval(min, max);
  }

  @Override
  public String toString() {
    return "[" + low.toPlainString() + ", " + high.toPlainString() + "]";
  }
}
