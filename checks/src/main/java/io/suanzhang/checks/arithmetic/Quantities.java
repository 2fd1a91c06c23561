package io.suanzhang.checks.arithmetic;

import io.suanzhang.checks.Interval;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.mention.MoneyUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers brought to one unit for comparison, keeping the precision they were written with: 1413.96
 * 万元 in 元 is 14139600 to the nearest 100 元 (scale −2), not to the cent.
 */
public final class Quantities {

  /** The digits of a number as written, and a 万 or 亿 right after them. */
  private static final Pattern WRITTEN_NUMBER =
      Pattern.compile("([0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)\\s*(万|亿)?");

  private Quantities() {}

  /**
   * The unit a set of numbers can be compared in: for money the finest of their units, otherwise the
   * one unit they all share; empty when they cannot be compared (元 against 人, 人 against 万人).
   */
  public static Optional<String> commonUnit(Collection<Mention> numbers) {
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
  public static boolean exact(Mention m) {
    return m.approx() == null && m.comparator() == null;
  }

  public static boolean allExact(Collection<Mention> numbers) {
    return numbers.stream().allMatch(Quantities::exact);
  }

  /** The value in {@code unit}, exactly. */
  public static BigDecimal value(Mention m, String unit) {
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
  public static int scale(Mention m, String unit) {
    if (m.kind() != MentionKind.MONEY) {
      return countScale(m);
    }
    return m.value().scale() - exponent(factor(m.unit())) + exponent(factor(unit));
  }

  /** Every value in {@code unit} that rounds to what was written, coarsened to {@code atMost} decimals. */
  public static Interval interval(Mention m, String unit, int atMost) {
    int scale = scale(m, unit);
    if (countedExactly(m, scale)) {
      return Interval.exact(value(m, unit));
    }
    return Interval.written(value(m, unit), Math.min(scale, atMost));
  }

  /**
   * Whether a number is exact as written: a count of people, times or projects written out in full
   * (15个, 218412人次) and a score awarded (6.48分) are not rounded; 28.25万人 and every amount of
   * money and percentage are.
   */
  private static boolean countedExactly(Mention m, int scale) {
    return (m.kind() == MentionKind.COUNT || m.kind() == MentionKind.SCORE) && scale >= 0;
  }

  public static Interval interval(Mention m, String unit) {
    return interval(m, unit, Integer.MAX_VALUE);
  }

  /**
   * The written precision of a count or percent: 365.59万人 is held as 3655900 人 but was written to
   * the hundred (scale −2), so its interval is ±50 人.
   */
  private static int countScale(Mention m) {
    Matcher written = WRITTEN_NUMBER.matcher(m.text());
    if (!written.find()) {
      return m.value().scale();
    }
    String digits = written.group(1);
    int point = Math.max(digits.indexOf('.'), digits.indexOf('．'));
    int decimals = point < 0 ? 0 : digits.length() - point - 1;
    String multiplier = written.group(2);
    if (multiplier == null) {
      return decimals;
    }
    return decimals - (multiplier.equals("亿") ? 8 : 4);
  }

  /** A number as written, in {@code unit}: 1413.96万元 in 万元 is "1413.96万元". */
  static String written(Mention m, String unit) {
    return value(m, unit).setScale(Math.max(scale(m, unit), 0), RoundingMode.HALF_UP).toPlainString()
        + unit;
  }

  /** A value for messages: plain notation, the decimals it has. */
  public static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  /** A value for messages, with its unit: plain notation, trailing zeros of the recomputation cut. */
  static String show(BigDecimal value, String unit) {
    BigDecimal shown = value.stripTrailingZeros();
    if (shown.scale() < 0) {
      shown = shown.setScale(0);
    }
    return shown.toPlainString() + unit;
  }

  private static BigDecimal factor(String unit) {
    return MoneyUnit.ofSymbol(unit).map(u -> u.toYuan(BigDecimal.ONE)).orElse(BigDecimal.ONE);
  }

  private static int exponent(BigDecimal powerOfTen) {
    return powerOfTen.precision() - powerOfTen.scale() - 1;
  }
}
