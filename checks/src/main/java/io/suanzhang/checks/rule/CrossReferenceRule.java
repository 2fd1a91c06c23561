package io.suanzhang.checks.rule;

import io.suanzhang.checks.Draft;
import io.suanzhang.checks.Message;
import io.suanzhang.checks.Report;
import io.suanzhang.checks.Results;
import io.suanzhang.checks.Rule;
import io.suanzhang.checks.Verdict;
import io.suanzhang.checks.arithmetic.Quantities;
import io.suanzhang.checks.statement.CrossReferences.Link;
import io.suanzhang.checks.statement.CrossReferences.Outlier;
import io.suanzhang.checks.statement.Statement.Stage;
import io.suanzhang.checks.statement.CrossReferences;
import io.suanzhang.checks.statement.Statement;
import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Rate;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.CodePoints;
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

  static final Message WRITTEN = new Message(
      "cross_reference.written_computation",
      "%1$s的算式写作 %2$s，其中 %3$s 与所引金额 %4$s 不符",
      "%1$s's computation is written %2$s, whose %3$s is not the amount %4$s it stands for");

  static final Message UNLINKED = new Message(
      "cross_reference.unlinked",
      "%1$d 个数字所属主题的数字已超过 %2$d 个，未与其他数字相互核对",
      "%1$d numbers of subjects stated more than %2$d times were not cross-referenced");

  /** A computation written right after a rate: 执行率达14%（45202/320000）. */
  private static final java.util.regex.Pattern QUOTIENT = java.util.regex.Pattern.compile(
      "^\\s*[（(]\\s*([\\d,]+(?:\\.\\d+)?)\\s*[/÷]\\s*([\\d,]+(?:\\.\\d+)?)\\s*[)）]");
  /** How far after a rate its written computation is looked for, in code points. */
  private static final int QUOTIENT_REACH = 40;

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
    for (Rate r : report.facts(Rate.class)) {
      writtenComputation(report, r, results);
    }
    Statement first = x.firstUnlinked();
    if (first != null) {
      // what was left unchecked says so: thousands of amounts under one name are no report's
      results.fails("交叉核对上限 " + CrossReferences.MOST_OF_ONE_SUBJECT, List.of(),
          Draft.of(UNLINKED, x.unlinked(), CrossReferences.MOST_OF_ONE_SUBJECT)
              .severity(Severity.INFO).subject(first.subject().name())
              .evidence(Evidence.of("unlinked", first.number(), first.quote())).finding());
    }
  }

  /**
   * The numbers of a computation written after a rate against the amounts the rate divides: in
   * 下达给我局的资金为32万元 … 执行率达14%（45202/320000） the 320000 is the 32万元 in 元, and the 45202 the
   * 45202元. A written number is the amount it stands for in 元 or as written; one that is neither is
   * a finding (the rate rule checks the rate against the amounts).
   */
  private static void writtenComputation(Report report, Rate rate, Results results) {
    Mention numerator = rate.numerator();
    Mention denominator = rate.denominator();
    if (numerator == null || denominator == null) {
      return;
    }
    CodePoints text = report.codePoints();
    int from = Math.min(rate.value().end(), text.length());
    String after = text.slice(from, Math.min(text.length(), from + QUOTIENT_REACH));
    java.util.regex.Matcher q = QUOTIENT.matcher(after);
    if (!q.find()) {
      return;
    }
    Mention[] operands = {numerator, denominator};
    for (int g = 1; g <= 2; g++) {
      Mention operand = operands[g - 1];
      java.math.BigDecimal written = new java.math.BigDecimal(q.group(g).replace(",", ""));
      int start = from + after.codePointCount(0, q.start(g));
      int end = start + q.group(g).codePointCount(0, q.group(g).length());
      if (start == operand.start()) {
        continue; // the operand is the written number itself
      }
      boolean same = written.compareTo(operand.value()) == 0
          || (operand.yuan() != null && written.compareTo(operand.yuan()) == 0);
      String relation = rate.subject() + "：算式 " + q.group().strip() + " 中的 " + q.group(g) + " = "
          + operand.text();
      if (same) {
        results.holds(relation, List.of(operand, rate.value()));
      } else {
        // a warning: the rate's operands may have been read from its clauses when no amount of the text
        // is the written number, and then it is the reading that may be wrong
        Draft draft = Draft.of(WRITTEN, rate.subject(), q.group().strip(), q.group(g), operand.text())
            .severity(Severity.WARNING).subject(rate.subject())
            .values(written, operand.yuan() != null ? operand.yuan() : operand.value(),
                operand.yuan() != null ? "元" : operand.unit())
            .evidence("stated", operand, rate)
            .passage("written", report, start, end);
        results.fails(relation, List.of(operand, rate.value()), draft.finding());
      }
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
