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
import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Rate;
import io.suanzhang.core.fact.RateKind;
import io.suanzhang.core.mention.Mention;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ratio}: a stated rate against the amounts it is computed from — 预算执行率64.79% against
 * 实际支出916.11万元 / 预算数1413.96万元 × 100, likewise 完成率, 到位率 and 覆盖率. An adjustment rate is
 * the share of the initial budget that the adjustment moved: 年初预算536.77万元，调整后300万元，调整率44.11%
 * is |536.77 − 300| / 536.77 × 100.
 *
 * <p>A rate whose numerator and denominator the report does not give, or gives as 约/≥ values, or
 * whose denominator may be zero, is not evaluated.
 */
public final class RatioRule implements Rule {

  // Arguments: subject, subject (en), rate name, rate name (en), stated, numerator, denominator,
  // recomputed, difference.
  static final Message RATE = new Message(
      "ratio.rate",
      "%1$s的%3$s为 %5$s，但 %6$s / %7$s = %8$s%%，相差 %9$s 个百分点",
      "the %4$s of %2$s is stated as %5$s, but %6$s / %7$s = %8$s%% (difference %9$s percentage"
          + " points)");
  static final Message ADJUSTMENT = new Message(
      "ratio.adjustment",
      "%1$s的%3$s为 %5$s，但 |%7$s − %6$s| / %7$s = %8$s%%，相差 %9$s 个百分点",
      "the %4$s of %2$s is stated as %5$s, but |%7$s − %6$s| / %7$s = %8$s%% (difference %9$s"
          + " percentage points)");
  static final Message ROUNDING = new Message(
      "ratio.rounding",
      "%1$s的%3$s %5$s 与重算值 %8$s%% 相差 %9$s 个百分点，可由各数的舍入解释",
      "the %4$s of %2$s, %5$s, differs from the recomputed %8$s%% by %9$s percentage points, which"
          + " rounding of the written numbers explains");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public String id() {
    return "ratio";
  }

  @Override
  public void check(Report report, Results results) {
    Together together = Together.in(report);
    for (Rate rate : report.facts(Rate.class)) {
      Mention denominator = rate.denominator();
      List<Mention> numerator = rate.numerator() != null
          ? List.of(rate.numerator())
          : rate.numeratorParts();
      if (!numerator.isEmpty() && denominator != null) {
        check(report, results, together, rate, rate.value(), numerator, denominator);
      }
    }
  }

  /** Checks a rate over its numerator, one number or the parts it is the sum of. */
  private static void check(
      Report report, Results results, Together together, Rate rate, Mention stated, List<Mention> numerator,
      Mention denominator) {
    List<Mention> operands = new ArrayList<>(numerator);
    operands.add(denominator);
    Optional<String> common = Quantities.commonUnit(operands);
    if (common.isEmpty() || !Quantities.exact(stated) || !Quantities.allExact(operands)) {
      return;
    }
    String unit = common.get();
    Interval num = Interval.exact(BigDecimal.ZERO);
    BigDecimal n = BigDecimal.ZERO;
    for (Mention part : numerator) {
      num = num.plus(Quantities.interval(part, unit));
      n = n.add(Quantities.value(part, unit));
    }
    String numeratorText = numerator.size() == 1
        ? numerator.get(0).text()
        : "(" + String.join(" + ", numerator.stream().map(Mention::text).toList()) + ")";
    Interval den = Quantities.interval(denominator, unit);
    if (den.contains(BigDecimal.ZERO)) {
      return; // a budget of 0 (or one that rounds to 0): no rate to recompute
    }
    BigDecimal d = Quantities.value(denominator, unit);
    if (rate.measure() == RateKind.COVERAGE && n.compareTo(d) > 0) {
      // More covered than there are is no coverage: the two counts were paired wrongly (对全区70家
      // 定点医疗机构…78家定点零售药店…全覆盖), so there is nothing to recompute.
      return;
    }
    boolean adjustment = rate.measure() == RateKind.ADJUSTMENT;
    BigDecimal point;
    Interval range;
    String relation;
    if (adjustment) {
      // |d − n| / d = |1 − n/d|: the quotient taken once, so its range is exact.
      point = BigDecimal.ONE.subtract(n.divide(d, MathContext.DECIMAL128)).abs().multiply(HUNDRED);
      range = abs(Interval.exact(BigDecimal.ONE).minus(num.dividedBy(den))).times(HUNDRED);
      relation = stated.text() + " = |" + denominator.text() + " − " + numeratorText + "| / "
          + denominator.text();
    } else {
      point = n.divide(d, MathContext.DECIMAL128).multiply(HUNDRED);
      range = num.dividedBy(den).times(HUNDRED);
      relation = stated.text() + " = " + numeratorText + " / " + denominator.text();
    }
    Verdict verdict = Verdict.of(stated.value(), point, range);
    List<Mention> numbers = new ArrayList<>(List.of(stated));
    numbers.addAll(operands);
    if (verdict.holds()) {
      results.holds(relation, numbers);
      return;
    }
    Message message = verdict.outcome() == Verdict.Outcome.ROUNDING
        ? ROUNDING
        : adjustment ? ADJUSTMENT : RATE;
    // A coverage's operands are the last two counts before it, paired by position, not by name; a
    // numerator summed from a paragraph's amounts is the reader's sum, not one the report states.
    Severity severity = verdict.outcome() == Verdict.Outcome.ROUNDING
        ? Severity.INFO
        : together.test(stated, operands) && rate.measure() != RateKind.COVERAGE
            && numerator.size() == 1
            ? Severity.ERROR
            : Severity.WARNING;
    Draft draft = Draft.of(message, Words.subject(rate), Words.subjectEn(rate),
            rate.measure().label(), english(rate.measure()),
            stated.text(), numeratorText, denominator.text(),
            Quantities.plain(verdict.recomputed()), Quantities.plain(verdict.difference()))
        .severity(severity)
        .subject(rate.subject())
        .verdict(verdict, Mention.PERCENT_UNIT)
        .evidence("rate", stated, rate);
    for (Mention part : numerator) {
      operand(draft, report, rate, numerator.size() == 1 ? "numerator" : "part", part);
    }
    operand(draft, report, rate, "denominator", denominator);
    results.fails(relation, numbers, draft.finding());
  }

  /**
   * An operand as evidence: quoted with the rate's sentence when it stands there, else with its own
   * line (a numerator from the paragraph that explains the rate, a budget stated sections before).
   */
  private static void operand(Draft draft, Report report, Rate rate, String role, Mention m) {
    if (rate.span().start() <= m.start() && m.end() <= rate.span().end()) {
      draft.evidence(role, m, rate);
    } else {
      draft.fact(rate).evidence(
          Evidence.of(role, m, report.lineAround(m.start(), m.end())));
    }
  }

  private static Interval abs(Interval x) {
    if (x.low().signum() >= 0) {
      return x;
    }
    if (x.high().signum() <= 0) {
      return new Interval(x.high().negate(), x.low().negate());
    }
    return new Interval(BigDecimal.ZERO, x.low().negate().max(x.high()));
  }

  private static String english(RateKind kind) {
    return switch (kind) {
      case EXECUTION -> "execution rate";
      case COMPLETION -> "completion rate";
      case ARRIVAL -> "arrival rate of funds";
      case ADJUSTMENT -> "adjustment rate";
      case COVERAGE -> "coverage";
      case OTHER -> "rate";
    };
  }
}
