package io.suanzhang.checks.rule;

import io.suanzhang.checks.Interval;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.mention.MoneyUnit;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;

/**
 * Numbers brought to one unit for comparison, keeping the precision they were written with: 1413.96
 * 万元 in 元 is 14139600 to the nearest 100 元 (scale −2), not to the cent.
 */
final class Quantities {

  private Quantities() {}

  /**
   * The unit a set of numbers can be compared in: for money the finest of their units, otherwise the
   * one unit they all share; empty when they cannot be compared (元 against 人, 人 against 万人).
   */
  static Optional<String> commonUnit(Collection<Mention> numbers) {
    MentionKind kind = null;
    String unit = null;
    for (Mention m : numbers) {
      if (kind == null) {
        kind = m.kind();
        unit = m.unit();
      } else if (m.kind() != kind) {
        return Optional.empty();
      } else if (kind == MentionKind.MONEY) {
        if (factor(m.unit()).compareTo(factor(unit)) < 0) {
          unit = m.unit();
        }
      } else if (!m.unit().equals(unit)) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(unit);
  }

  /** Whether a number states a value exactly enough to compute with: not 约, 多, ≥ …. */
  static boolean exact(Mention m) {
    return m.approx() == null && m.comparator() == null;
  }

  static boolean allExact(Collection<Mention> numbers) {
    return numbers.stream().allMatch(Quantities::exact);
  }

  /** The value in {@code unit}, exactly. */
  static BigDecimal value(Mention m, String unit) {
    if (m.kind() != MentionKind.MONEY) {
      return m.value();
    }
    BigDecimal yuan = m.yuan();
    if (yuan == null) {
      throw new IllegalArgumentException(m.text() + " is money without a value in 元");
    }
    return yuan.movePointLeft(exponent(factor(unit)));
  }

  /** The decimals the value was written to, counted in {@code unit}: 1413.96 万元 in 元 is −2. */
  static int scale(Mention m, String unit) {
    if (m.kind() != MentionKind.MONEY) {
      return m.value().scale();
    }
    return m.value().scale() - exponent(factor(m.unit())) + exponent(factor(unit));
  }

  /** Every value in {@code unit} that rounds to what was written, coarsened to {@code atMost} decimals. */
  static Interval interval(Mention m, String unit, int atMost) {
    return Interval.written(value(m, unit), Math.min(scale(m, unit), atMost));
  }

  static Interval interval(Mention m, String unit) {
    return interval(m, unit, Integer.MAX_VALUE);
  }

  /** A value for messages: plain notation, no exponent. */
  static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  private static BigDecimal factor(String unit) {
    return MoneyUnit.ofSymbol(unit).map(u -> u.toYuan(BigDecimal.ONE)).orElse(BigDecimal.ONE);
  }

  private static int exponent(BigDecimal powerOfTen) {
    return powerOfTen.precision() - powerOfTen.scale() - 1;
  }
}
