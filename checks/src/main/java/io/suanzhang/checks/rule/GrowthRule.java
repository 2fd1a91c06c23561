package io.suanzhang.checks.rule;

import io.suanzhang.checks.Draft;
import io.suanzhang.checks.Interval;
import io.suanzhang.checks.Message;
import io.suanzhang.checks.Report;
import io.suanzhang.checks.Results;
import io.suanzhang.checks.Rule;
import io.suanzhang.checks.Verdict;
import io.suanzhang.checks.arithmetic.Quantities;
import io.suanzhang.checks.statement.Words;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Direction;
import io.suanzhang.core.mention.Mention;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
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
 * is zero (a unit founded this year, 增长100%) is judged against the convention of writing 100%.
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
      "%2$s is stated to show %4$s of %5$s, %8$s percentage points from the recomputed %6$s%%"
          + " (%7$s), which rounding of the written numbers explains");

  // Arguments: subject, subject (en), stated rate, the previous value's formula.
  static final Message FROM_ZERO = new Message(
      "growth.from_zero",
      "%1$s上年数为 0（%4$s），增长率无定义；惯例写作 100%%，此处写作 %3$s",
      "%2$s grew from zero (%4$s): a growth rate is undefined; reports write 100%% by convention, this"
          + " one writes %3$s");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * A rise from nothing (2023年当年预算执行数为0.00万元，2024年预算安排25.00万元，增加100.00%; 增加50萬元，增長
   * 100% of a 50萬元 item): the rate is undefined, and reports write 100% by convention. That holds;
   * another rate is noted, never an error, since no figure contradicts it.
   */
  private static void fromZero(Results results, Comparison c, Mention rate) {
    Mention current = c.current();
    Mention base = c.base();
    Mention change = c.change();
    List<Mention> operands;
    String previous;
    if (current != null && base != null && Quantities.exact(base) && base.value().signum() == 0) {
      operands = List.of(current, base);
      previous = base.text();
    } else if (base == null && current != null && change != null && c.direction() == Direction.INCREASE
        && Quantities.allExact(List.of(current, change))
        && Quantities.commonUnit(List.of(current, change)).map(u ->
            Quantities.value(current, u).compareTo(Quantities.value(change, u)) == 0).orElse(false)) {
      operands = List.of(change, current);
      previous = current.text() + " − " + change.text() + " = 0";
    } else {
      return;
    }
    if (current.value().signum() <= 0) {
      return;
    }
    List<Mention> numbers = new ArrayList<>();
    numbers.add(rate);
    numbers.addAll(operands);
    String relation = signed(rate, Words.sign(c.direction())) + " = 从 0 起（" + previous + "）";
    if (c.direction() == Direction.INCREASE && rate.value().compareTo(HUNDRED) == 0) {
      results.holds(relation, numbers);
      return;
    }
    Draft draft = Draft.of(FROM_ZERO, Words.subject(c), Words.subjectEn(c), rate.text(), previous)
        .severity(Severity.INFO)
        .subject(c.subject())
        .evidence("rate", rate, c);
    for (Mention m : operands) {
      draft.evidence(m == current ? "current" : m == base ? "base" : "change", m, c);
    }
    results.fails(relation, numbers, draft.finding());
  }
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
      } else {
        fromZero(results, c, rate);
      }
    }
  }

  /**
   * The growth in percent the figures give, as a point and a range, with the formula, its operands
   * and their roles; {@code signed} when the figures alone give its sign, not the word.
   */
  private record Recomputed(
      BigDecimal point, Interval range, String formula, List<Mention> operands, List<String> roles,
      boolean signed) {}

  private static @Nullable Recomputed recompute(Comparison c) {
    Mention current = c.current();
    Mention base = c.base();
    Mention change = c.change();
    if (current != null && base != null) {
      // (current − base) / base = current / base − 1 uses each value once: its range is exact.
      return over(current, base, (x, y) -> x.divide(y, CONTEXT).subtract(BigDecimal.ONE),
          (x, y) -> !y.contains(BigDecimal.ZERO),
          "(" + current.text() + " − " + base.text() + ") / " + base.text(),
          List.of("current", "base"), true);
    }
    BigDecimal sign = BigDecimal.valueOf(Words.sign(c.direction()));
    if (change != null && change.value().signum() == 0 && Quantities.exact(change)
        && (current == null || current.value().signum() == 0)) {
      // 增加（减少）0万元，增长（减少）0%: no change is no growth, whatever the base (here none is
      // given, or it is zero too) — the one thing the figures say about the rate
      return new Recomputed(BigDecimal.ZERO, Interval.exact(BigDecimal.ZERO), change.text() + " / 上年数",
          List.of(change), List.of("change"), false);
    }
    if (change == null || sign.signum() == 0) {
      return null;
    }
    String signed = signed(change, sign.signum());
    if (base != null) {
      return over(change, base, (x, y) -> x.multiply(sign).divide(y, CONTEXT),
          (x, y) -> !y.contains(BigDecimal.ZERO), signed + " / " + base.text(),
          List.of("change", "base"), false);
    }
    if (current != null) {
      // The base is the current value less the change: change / (current − change).
      return over(change, current,
          (x, y) -> x.multiply(sign).divide(y.subtract(x.multiply(sign)), CONTEXT),
          (x, y) -> y.minus(x.times(sign)).low().signum() > 0,
          signed + " / (" + current.text() + (sign.signum() > 0 ? " − " : " + ") + change.text()
              + ")",
          List.of("change", "current"), false);
    }
    return null;
  }

  /**
   * {@code f} over two written values in their common unit, in percent: at the values as written,
   * and over every value they stand for. {@code f} is monotone in each argument wherever {@code
   * defined} holds, so its range is spanned by the four corners.
   */
  private static @Nullable Recomputed over(
      Mention x, Mention y, BinaryOperator<BigDecimal> f, BiPredicate<Interval, Interval> defined,
      String formula, List<String> roles, boolean signed) {
    List<Mention> operands = List.of(x, y);
    Optional<String> common = Quantities.commonUnit(operands);
    if (common.isEmpty() || !Quantities.allExact(operands)) {
      return null;
    }
    String unit = common.get();
    Interval ix = Quantities.interval(x, unit);
    Interval iy = Quantities.interval(y, unit);
    if (!defined.test(ix, iy)) {
      return null;
    }
    BigDecimal point = f.apply(Quantities.value(x, unit), Quantities.value(y, unit));
    BigDecimal[] corners = {
      f.apply(ix.low(), iy.low()), f.apply(ix.low(), iy.high()), f.apply(ix.high(), iy.low()),
      f.apply(ix.high(), iy.high())
    };
    BigDecimal min = corners[0];
    BigDecimal max = corners[0];
    for (BigDecimal v : corners) {
      min = min.min(v);
      max = max.max(v);
    }
    return new Recomputed(
        point.multiply(HUNDRED), new Interval(min, max).times(HUNDRED), formula, operands, roles,
        signed);
  }

  private static void report(
      Results results, Together together, Comparison c, Mention rate, Recomputed r) {
    // a fall is a fall whether its rate is written bare (下降57.39%) or signed (a table's −57.39%)
    BigDecimal stated = c.direction() == Direction.DECREASE ? rate.value().abs().negate() : rate.value();
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
    for (int i = 0; i < r.operands().size(); i++) {
      draft.evidence(r.roles().get(i), r.operands().get(i), c);
    }
    results.fails(relation, numbers, draft.finding());
  }

  /** Whether the figures move against the word: 增长 where every value they stand for falls. */
  private static boolean opposite(Direction direction, Interval growth) {
    return switch (direction) {
      case INCREASE -> growth.high().signum() < 0;
      case DECREASE -> growth.low().signum() > 0;
      case UNCHANGED -> false;
    };
  }

  private static String signed(Mention m, int sign) {
    return Words.signed(m, sign);
  }
}
