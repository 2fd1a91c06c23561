package io.suanzhang.checks.rule;

import io.suanzhang.checks.Report;
import io.suanzhang.checks.Results;
import io.suanzhang.checks.Rule;
import io.suanzhang.checks.rule.CrossReferences.Link;
import io.suanzhang.checks.rule.CrossReferences.Outlier;
import io.suanzhang.core.mention.MentionKind;
import java.util.List;

/**
 * {@code unit}: two statements of one amount whose values differ by a factor of 10,000 — 元 written
 * where 万元 was meant, 万元 where 亿元 was, or the reverse. 3.5万元 in one place and 35000元 in another agree (a holding
 * check of the conversion); 35000万元 against 3.5万元 is a finding. Which statements are of one amount
 * is decided as for {@code cross-reference}; a pair that shares only its digits (35000 and 3.5) under
 * a weaker match is a warning.
 */
public final class UnitRule implements Rule {

  static final Message FACTOR = new Message(
      "unit.factor",
      "%1$s（%2$s）此处为 %3$s，%4$s中为 %5$s，相差一万倍：单位可能写错（元与万元、万元与亿元）（相差 %6$s）",
      "%1$s (%2$s) is %3$s here but %5$s in %4$s, a factor of 10,000 apart: the unit is probably"
          + " wrong (元 for 万元, 万元 for 亿元) (difference %6$s)");

  @Override
  public String id() {
    return "unit";
  }

  @Override
  public void check(Report report, Results results) {
    CrossReferences x = report.derived(CrossReferences.class, CrossReferences::of);
    for (Link l : x.holding()) {
      if (l.a().number().kind() == MentionKind.MONEY
          && !l.a().number().unit().equals(l.b().number().unit())) {
        results.holds(
            CrossReferenceRule.relation(l.a(), l.b()), List.of(l.a().number(), l.b().number()));
      }
    }
    for (Outlier o : x.factors()) {
      CrossReferenceRule.report(results, o.stated(), o.references(), FACTOR, o.severity());
    }
  }
}
