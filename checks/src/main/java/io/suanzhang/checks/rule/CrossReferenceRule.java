package io.suanzhang.checks.rule;

import io.suanzhang.checks.Report;
import io.suanzhang.checks.Results;
import io.suanzhang.checks.Rule;
import io.suanzhang.checks.Verdict;
import io.suanzhang.checks.rule.CrossReferences.Link;
import io.suanzhang.checks.rule.CrossReferences.Outlier;
import io.suanzhang.checks.rule.Statement.Stage;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.mention.Mention;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cross-reference}: the same subject at the same stage stated more than once — in sentences,
 * as a breakdown's total, in table rows, in a project's own table — must have one value. A
 * repetition is a holding check (45202元 written five times); two values are a finding: an error when
 * both name the subject formally (a table row, a classification item, a project), a warning when the
 * prose names it only in words against a classified row.
 *
 * <p>项目全年预算数 1 万元 in a project's summary against 预算数: 3 万元 in its table; 2024年预算安排352.67万元
 * under 住房公积金 against 3,503,499 元 in the budget table; 财政拨款收入支出总计0.3万元 against the 总计
 * row of 财政拨款收入支出决算总表.
 */
public final class CrossReferenceRule implements Rule {

  static final Message MISMATCH = new Message(
      "cross_reference.mismatch",
      "%1$s（%2$s）前后不一致：此处为 %3$s，%4$s中为 %5$s，相差 %6$s",
      "%1$s (%2$s) is %3$s here but %5$s in %4$s (difference %6$s)");
  static final Message ROUNDING = new Message(
      "cross_reference.rounding",
      "%1$s（%2$s）此处为 %3$s，%4$s中为 %5$s，相差 %6$s，可由各数的舍入解释",
      "%1$s (%2$s) is %3$s here and %5$s in %4$s, %6$s apart, which rounding of the written"
          + " numbers explains");

  @Override
  public String id() {
    return "cross-reference";
  }

  @Override
  public void check(Report report, Results results) {
    CrossReferences x = report.derived(CrossReferences.class, CrossReferences::of);
    for (Link l : x.holding()) {
      results.holds(relation(l.a(), l.b()), List.of(l.a().number(), l.b().number()));
    }
    for (Link l : x.rounding()) {
      Statement stated = l.a().inTable() && !l.b().inTable() ? l.b() : l.a();
      Statement reference = l.other(stated);
      report(results, stated, List.of(reference), ROUNDING, Severity.INFO);
    }
    for (Outlier o : x.mismatches()) {
      report(results, o.stated(), o.references(), MISMATCH, o.severity());
    }
  }

  /** A finding that {@code stated} differs from {@code references}, the first of them quoted. */
  static void report(
      Results results, Statement stated, List<Statement> references, Message message,
      Severity severity) {
    Statement first = references.get(0);
    List<Mention> numbers = new ArrayList<>();
    numbers.add(stated.number());
    references.forEach(r -> numbers.add(r.number()));
    String unit = Quantities.commonUnit(List.of(stated.number(), first.number())).orElseThrow();
    Verdict v = CrossReferences.against(stated, first, unit);
    Draft draft = Draft.of(message, subject(stated), stage(stated), stated.number().text(),
            first.place(), first.number().text(), Quantities.plain(v.difference()) + unit)
        .severity(severity).subject(subject(stated)).verdict(v, unit);
    evidence(draft, "stated", stated);
    for (Statement r : references) {
      evidence(draft, "reference", r);
    }
    results.fails(relation(stated, first), numbers, draft.finding());
  }

  static void evidence(Draft draft, String role, Statement s) {
    if (s.fact() != null) {
      draft.fact(s.fact());
    }
    draft.evidence(s.evidence(role));
  }

  static String relation(Statement a, Statement b) {
    return subject(a) + "（" + stage(a) + "）：" + a.written() + " = " + b.written();
  }

  static String subject(Statement s) {
    return s.subject().name();
  }

  private static String stage(Statement s) {
    return s.stage() == Stage.UNKNOWN ? "数值" : s.stage().label();
  }
}
