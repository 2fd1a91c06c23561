package io.suanzhang.checks.rule;

import io.suanzhang.checks.Draft;
import io.suanzhang.checks.Interval;
import io.suanzhang.checks.Results;
import io.suanzhang.checks.Verdict;
import io.suanzhang.checks.arithmetic.Quantities;
import io.suanzhang.checks.statement.CrossReferences.Agreement;
import io.suanzhang.checks.statement.CrossReferences;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Rate;
import io.suanzhang.core.fact.RateKind;
import io.suanzhang.core.mention.Mention;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** {@code contradiction}: a rate of 100% (执行率, 完成率, 到位率) whose own amounts differ. */
final class FullRates {

  private FullRates() {}

  static void fullRate(Rate r, Results results) {
    Mention rate = r.value();
    Mention num = r.numerator();
    Mention den = r.denominator();
    if (rate.value().compareTo(ContradictionRule.HUNDRED) != 0 || num == null || den == null
        || r.measure() == RateKind.OTHER || r.measure() == RateKind.COVERAGE
        || r.measure() == RateKind.ADJUSTMENT || !Quantities.allExact(List.of(num, den))
        || Quantities.commonUnit(List.of(num, den)).isEmpty()) {
      return;
    }
    String relation = r.subject() + "：" + r.measure().label() + " " + rate.text() + " ⇒ "
        + num.text() + " = " + den.text();
    List<Mention> numbers = List.of(rate, num, den);
    Agreement same = CrossReferences.agreement(num, den);
    if (same == Agreement.SAME) {
      results.holds(relation, numbers);
      return;
    }
    String unit = Quantities.commonUnit(List.of(num, den)).orElseThrow();
    BigDecimal n = Quantities.value(num, unit);
    BigDecimal d = Quantities.value(den, unit);
    if (d.signum() == 0) {
      return;
    }
    BigDecimal point = n.divide(d, MathContext.DECIMAL64).multiply(ContradictionRule.HUNDRED);
    Interval range = Quantities.interval(num, unit).dividedBy(Quantities.interval(den, unit))
        .times(ContradictionRule.HUNDRED);
    Verdict v = Verdict.of(rate.value(), point, range);
    Severity severity = v.outcome() == Verdict.Outcome.BREAKS ? Severity.ERROR : Severity.INFO;
    Draft draft = Draft.of(ContradictionRule.FULL_RATE, r.subject(), r.measure().label(), rate.text(), num.text(),
            den.text(), Quantities.plain(v.recomputed()) + "%")
        .severity(severity).subject(r.subject()).verdict(v, Mention.PERCENT_UNIT)
        .evidence("rate", rate, r).evidence("numerator", num, r).evidence("denominator", den, r);
    results.fails(relation, numbers, draft.finding());
  }
}
