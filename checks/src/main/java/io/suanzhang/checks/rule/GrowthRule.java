package io.suanzhang.checks.rule;

import io.suanzhang.checks.Interval;
import io.suanzhang.checks.Report;
import io.suanzhang.checks.Results;
import io.suanzhang.checks.Rule;
import io.suanzhang.checks.Verdict;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Direction;
import io.suanzhang.core.mention.Mention;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BinaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * {@code growth}: a stated change rate against the values it compares, with its direction word.
 * 比2019年9.61万元增加1.92万元，增长19.94% is checked as (11.53 − 9.61) / 9.61; 由原来的1.3万元下调为2600元，
 * 下降80% as (2600 − 13000) / 13000 = −80%. A rate whose word says the opposite of the figures (增长
 * where they fall) is reported as such.
 *
 * <p>Where the report gives the change but not one of the values, the rate is checked against the
 * change: 总计24,169.74万元，与上年相比增加2,214.39万元，增长10.06% against 2214.39 / (24169.74 − 2214.39).
 * The sign then comes from the word, so only the size of the rate is checked. A rate over a base that
 * may be zero (a unit founded this year, 增长100%) is not evaluated.
 */
public final class GrowthRule implements Rule {

  // Arguments: subject, subject (en), rate word, direction (en), stated rate, recomputed rate,
  // formula, difference.
  static final Message RATE = new Message(
      "growth.rate",
      "%1$s%3$s %5$s，但 %7$s = %6$s%%，相差 %8$s 个百分点",
      "%2$s is stated to show %4$s of %5$s, but %7$s = %6$s%% (difference %8$s percentage points)");
  static final Message DIRECTION = new Message(
      "growth.direction",
      "%1$s称%3$s %5$s，但 %7$s = %6$s%%，数字的变化方向与文字相反",
      "%2$s is stated to show %4$s of %5$s, but %7$s = %6$s%%: the figures move the other way");
  static final Message ROUNDING = new Message(
      "growth.rounding",
      "%1$s%3$s %5$s 与重算值 %6$s%%（%7$s）相差 %8$s 个百分点，可由各数的舍入解释",
      "%2$s is stated to show %4$s of %5$s, %8$s percentage points from the recomputed %6$s%% (%7$s),"
          + " which rounding of the written numbers explains");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final MathContext CONTEXT = MathContext.DECIMAL128;

  @Override
  public String id() {
    return "growth";
  }

  @Override
  public void check(Report report, Results results) {
    Together together = Together.in(report);
    for (Comparison c : report.facts(Comparison.class)) {
      Mention rate = c.rate();
      if (rate == null || !Quantities.exact(rate)) {
        continue;
      }
      Recomputed r = recompute(c);
      if (r != null) {
        report(results, together, c, rate, r);
      }
    }
  }

  /** The growth in percent the figures give, as a point and a range, with the formula used. */
  private record Recomputed(
      BigDecimal point, Interval range, String formula, List<Mention> operands, boolean signed) {}

  private static @Nullable Recomputed recompute(Comparison c) {
    Mention current = c.current();
    Mention base = c.base();
    Mention change = c.change();
    List<Mention> operands = new ArrayList<>();
    if (current != null && base != null) {
      operands.add(current);
      operands.add(base);
    } else if (change != null && (base != null || current != null)) {
      operands.add(change);
      operands.add(base != null ? base : current);
    } else {
      return null;
    }
    Optional<String> common = Quantities.commonUnit(operands);
    if (common.isEmpty() || !Quantities.allExact(operands)) {
      return null;
    }
    String unit = common.get();
    BigDecimal a = Quantities.value(operands.get(0), unit);
    BigDecimal b = Quantities.value(operands.get(1), unit);
    Interval ia = Quantities.interval(operands.get(0), unit);
    Interval ib = Quantities.interval(operands.get(1), unit);
    if (current != null && base != null) {
      // (current − base) / base = current / base − 1, which uses each value once: its range is exact.
      if (ib.contains(BigDecimal.ZERO)) {
        return null;
      }
      BinaryOperator<BigDecimal> growth = (x, y) -> x.divide(y, CONTEXT).subtract(BigDecimal.ONE);
      return new Recomputed(
          percent(growth.apply(a, b)), percent(corners(ia, ib, growth)),
          "(" + current.text() + " − " + base.text() + ") / " + base.text(), operands, true);
    }
    int sign = Words.sign(c.direction());
    if (sign == 0) {
      return null;
    }
    BigDecimal s = BigDecimal.valueOf(sign);
    if (base != null) {
      if (ib.contains(BigDecimal.ZERO)) {
        return null;
      }
      BinaryOperator<BigDecimal> growth = (x, y) -> x.multiply(s).divide(y, CONTEXT);
      return new Recomputed(
          percent(growth.apply(a, b)), percent(corners(ia, ib, growth)),
          signed(change, sign) + " / " + base.text(), operands, false);
    }
    // The base is the current value less the change: change / (current − change), each corner of
    // the two values giving the same base to both places the change appears in.
    Interval earlier = ib.minus(ia.times(s));
    if (earlier.low().signum() <= 0) {
      return null;
    }
    BinaryOperator<BigDecimal> growth =
        (x, y) -> x.multiply(s).divide(y.subtract(x.multiply(s)), CONTEXT);
    return new Recomputed(
        percent(growth.apply(a, b)), percent(corners(ia, ib, growth)),
        signed(change, sign) + " / (" + current.text() + (sign > 0 ? " − " : " + ") + change.text()
            + ")",
        operands, false);
  }

  private static void report(
      Results results, Together together, Comparison c, Mention rate, Recomputed r) {
    BigDecimal stated = c.direction() == Direction.DECREASE ? rate.value().negate() : rate.value();
    Verdict verdict = Verdict.of(stated, r.point(), r.range());
    String relation = signed(rate, Words.sign(c.direction())) + " = " + r.formula();
    List<Mention> numbers = new ArrayList<>();
    numbers.add(rate);
    numbers.addAll(r.operands());
    if (verdict.holds()) {
      results.holds(relation, numbers);
      return;
    }
    Message message;
    Severity severity;
    if (verdict.outcome() == Verdict.Outcome.ROUNDING) {
      message = ROUNDING;
      severity = Severity.INFO;
    } else {
      message = r.signed() && opposite(c.direction(), r.range()) ? DIRECTION : RATE;
      severity = together.test(rate, r.operands()) ? Severity.ERROR : Severity.WARNING;
    }
    Draft draft = Draft.of(message, Words.subject(c), Words.subjectEn(c),
            Words.growth(c.direction()), Words.english(c.direction()), rate.text(),
            Quantities.plain(verdict.recomputed()), r.formula(),
            Quantities.plain(verdict.difference()))
        .severity(severity)
        .subject(c.subject())
        .verdict(verdict, Mention.PERCENT_UNIT)
        .evidence("rate", rate, c);
    List<String> roles = roles(c, r);
    for (int i = 0; i < r.operands().size(); i++) {
      draft.evidence(roles.get(i), r.operands().get(i), c);
    }
    results.fails(relation, numbers, draft.finding());
  }

  private static List<String> roles(Comparison c, Recomputed r) {
    if (r.signed()) {
      return List.of("current", "base");
    }
    return List.of("change", c.base() != null ? "base" : "current");
  }

  /** Whether the figures move against the word: 增长 where every value they stand for falls. */
  private static boolean opposite(Direction direction, Interval growth) {
    return switch (direction) {
      case INCREASE -> growth.high().signum() < 0;
      case DECREASE -> growth.low().signum() > 0;
      case UNCHANGED -> false;
    };
  }

  /** The range of {@code f} over two intervals: f is monotone in each argument, so it is at corners. */
  static Interval corners(Interval x, Interval y, BinaryOperator<BigDecimal> f) {
    BigDecimal[] values = {
      f.apply(x.low(), y.low()), f.apply(x.low(), y.high()), f.apply(x.high(), y.low()),
      f.apply(x.high(), y.high())
    };
    BigDecimal min = values[0];
    BigDecimal max = values[0];
    for (BigDecimal v : values) {
      min = min.min(v);
      max = max.max(v);
    }
    return new Interval(min, max);
  }

  private static BigDecimal percent(BigDecimal fraction) {
    return fraction.multiply(HUNDRED);
  }

  private static Interval percent(Interval fraction) {
    return fraction.times(HUNDRED);
  }

  private static String signed(Mention m, int sign) {
    return (sign < 0 ? "−" : sign > 0 ? "+" : "") + m.text();
  }
}
