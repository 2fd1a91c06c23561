package io.suanzhang.checks.rule;

import io.suanzhang.checks.Draft;
import io.suanzhang.checks.Message;
import io.suanzhang.checks.Report;
import io.suanzhang.checks.Results;
import io.suanzhang.checks.Rule;
import io.suanzhang.checks.statement.CrossReferences.Link;
import io.suanzhang.checks.statement.CrossReferences.Outlier;
import io.suanzhang.checks.statement.CrossReferences;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.text.CodePoints;
import io.suanzhang.core.text.StartChars;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code unit}: two statements of one amount whose values differ by a factor of 10,000 — 元 written
 * where 万元 was meant, 万元 where 亿元 was, or the reverse. 3.5万元 in one place and 35000元 in another agree (a holding
 * check of the conversion); 35000万元 against 3.5万元 is a finding. Which statements are of one amount
 * is decided as for {@code cross-reference}; a pair that shares only its digits (35000 and 3.5) under
 * a weaker match is a warning.
 *
 * <p>Also a growth rate written without its unit — 支出增加1193.20万元，增长 13.95。 — where the number
 * after 增长 or 下降 ends its clause bare: a rate that lost its %.
 */
public final class UnitRule implements Rule {

  static final Message FACTOR = new Message(
      "unit.factor",
      "%1$s（%2$s）此处为 %3$s，%4$s中为 %5$s，相差一万倍：单位可能写错（元与万元、万元与亿元）（相差 %6$s）",
      "%1$s (%2$s) is %3$s here but %5$s in %4$s, a factor of 10,000 apart: the unit is probably"
          + " wrong (元 for 万元, 万元 for 亿元) (difference %6$s)");

  static final Message NO_PERCENT = new Message(
      "unit.no_percent",
      "%1$s%2$s的幅度写作 %3$s，缺少 %%",
      "the rate of %1$s after '%2$s' is written %3$s, without %%");

  /** A direction word of a rate and a bare number ending the clause: 增长 13.95。 */
  private static final Pattern BARE_RATE = Pattern.compile(
      "(增长|下降|增幅为?|降幅为?|上升|降低)了?\\s*((?<![\\d.])\\d{1,3}(?:\\.\\d+)?)(?=\\s*[。，,；;])");

  /** The subject of the comparison whose sentence holds an offset, if there is one. */
  private static String subjectAt(Report report, int offset, String otherwise) {
    for (Comparison c : report.facts(Comparison.class)) {
      if (c.span().start() <= offset && offset < c.span().end() && !c.subject().isBlank()) {
        return c.subject();
      }
    }
    return otherwise;
  }

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
    noPercent(report, results);
  }

  /** Rates written without their %: the comparison they end names the item. */
  private static void noPercent(Report report, Results results) {
    CodePoints text = report.codePoints();
    StartChars matches = new StartChars(BARE_RATE, text.text(), "增下上降");
    while (matches.find()) {
      Matcher bare = matches.match();
      int start = text.toCodePoint(bare.start(2));
      int end = text.toCodePoint(bare.end(2));
      String subject = subjectAt(report, start, "");
      results.fails(bare.group() + " 缺少 %", List.of(),
          Draft.of(NO_PERCENT, subject, bare.group(1), bare.group(2))
              .severity(Severity.WARNING).subject(subject.isEmpty() ? bare.group(1) : subject)
              .passage("rate", report, start, end).finding());
    }
  }
}
