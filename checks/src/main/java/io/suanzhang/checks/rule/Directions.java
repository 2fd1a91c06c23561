package io.suanzhang.checks.rule;

import io.suanzhang.checks.Draft;
import io.suanzhang.checks.Report;
import io.suanzhang.checks.Results;
import io.suanzhang.checks.arithmetic.Quantities;
import io.suanzhang.checks.statement.CrossReferences.Agreement;
import io.suanzhang.checks.statement.CrossReferences;
import io.suanzhang.checks.statement.Texts;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Amount;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Direction;
import io.suanzhang.core.fact.Fact;
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

/**
 * {@code contradiction}: a direction word against the two values it compares — 持平 between 10.00万元
 * and 12.00万元, 增加 from 60.79万元 to 58.00万元, 持平 with a change of 5万元 or 3%.
 */
final class Directions {

  private Directions() {}

  static void direction(
      Report report, Texts texts, Comparison c, Results results, Set<Integer> compared) {
    Mention current = c.current();
    Mention change = c.direction() == Direction.UNCHANGED ? ContradictionRule.nonZero(c.change(), c.rate()) : null;
    if (change != null) {
      compared.add(texts.sentenceStart(change.start()));
      String relation = ContradictionRule.head(c.quote()) + "：持平 ⇒ 变动 " + change.text() + " = 0";
      Draft draft = Draft.of(ContradictionRule.UNCHANGED, c.subject().isBlank() ? ContradictionRule.head(c.quote()) : c.subject(),
              change.text())
          .subject(c.subject()).values(change.value(), BigDecimal.ZERO, change.unit())
          .evidence("change", change, c);
      results.fails(relation, List.of(change), draft.finding());
      return;
    }
    if (current == null || !Quantities.exact(current)) {
      return;
    }
    Mention base = c.base() != null ? c.base() : baseInSentence(report, texts, c, current);
    if (base == null || !Quantities.exact(base) || base.kind() != current.kind()
        || Quantities.commonUnit(List.of(base, current)).isEmpty()) {
      return;
    }
    compared.add(texts.sentenceStart(current.start()));
    String subject = c.subject().isBlank() ? ContradictionRule.head(c.quote()) : itemSubject(report, texts, c);
    directionOf(subject, ContradictionRule.word(c.direction()), c.direction(), base, current, c, c, results);
  }

  /**
   * 2023年当年预算执行数为60.13万元，2024年预算安排25.77万元，比2023年预算执行数减少57.14%: the base is the
   * amount of the base year in the same sentence.
   */
  static @Nullable Mention baseInSentence(
      Report report, Texts texts, Comparison c, Mention current) {
    if (c.baseYear() == null) {
      return null;
    }
    int start = texts.sentenceStart(current.start());
    Pattern year = Pattern.compile("^\\s*" + c.baseYear() + "\\s*年");
    Mention found = null;
    for (Mention m : report.analysis().mentions()) {
      if (m.start() >= start && m.end() <= current.start() && m.kind() == current.kind()
          && year.matcher(texts.clauseBefore(m.start(), start)).find()) {
        found = m;
      }
    }
    return found;
  }

  static void directionOf(
      String subject, String said, Direction direction, Mention base, Mention current,
      Fact baseFact, Fact currentFact, Results results) {
    Agreement a = CrossReferences.agreement(current, base);
    if (a == Agreement.FACTOR) {
      return; // a slip of unit, not of direction
    }
    String unit = Quantities.commonUnit(List.of(base, current)).orElseThrow();
    int sign = a == Agreement.SAME ? 0
        : Quantities.value(current, unit).compareTo(Quantities.value(base, unit));
    boolean holds = switch (direction) {
      case UNCHANGED -> sign == 0;
      case INCREASE -> sign > 0;
      case DECREASE -> sign < 0;
    };
    String relation = ContradictionRule.name(subject) + "：" + base.text() + " → " + current.text() + " " + said;
    List<Mention> numbers = List.of(base, current);
    if (holds) {
      results.holds(relation, numbers);
      return;
    }
    // Where the written precision lets the words be true (持平 between 1万元 and 2万元, both 1.5万元;
    // 增加 between 1万元 and 1万元, 0.96 to 1.01), the finding is info.
    Severity severity = a == Agreement.DIFFERENT ? Severity.ERROR : Severity.INFO;
    Draft draft = Draft.of(ContradictionRule.DIRECTION, ContradictionRule.name(subject), said, base.text(), current.text())
        .severity(severity).subject(subject)
        .values(Quantities.value(current, unit), Quantities.value(base, unit), unit)
        .evidence("base", base, baseFact).evidence("current", current, currentFact);
    results.fails(relation, numbers, draft.finding());
  }

  /**
   * A sentence that says 持平: with a change stated beside it (持平，增长5%), or after two amounts of
   * one sentence that no comparison fact relates (比2023年预算执行数持平).
   */
  static void unchangedSentences(
      Report report, Texts texts, Results results, Set<Integer> compared) {
    List<Amount> amounts = report.facts(Amount.class);
    Matcher m = ContradictionRule.LEVEL.matcher(report.text());
    Set<Integer> seen = new HashSet<>();
    while (m.find()) {
      int at = report.text().codePointCount(0, m.start());
      int start = texts.sentenceStart(at);
      if (!seen.add(start) || compared.contains(start)) {
        continue;
      }
      String sentence = texts.slice(start, at);
      if (ContradictionRule.EQUAL.matcher(sentence + "持平").find() || sentence.contains("决算")) {
        continue; // a claim about the budget: see claims
      }
      if (changeBeside(report, texts, start, results)) {
        continue;
      }
      List<Amount> in = new ArrayList<>();
      for (Amount a : amounts) {
        if (a.value().start() >= start && a.value().end() <= at) {
          in.add(a);
        }
      }
      if (in.size() != 2 || !Quantities.allExact(List.of(in.get(0).value(), in.get(1).value()))) {
        continue;
      }
      directionOf(itemSubject(report, texts, in.get(1)), "持平", Direction.UNCHANGED,
          in.get(0).value(), in.get(1).value(), in.get(0), in.get(1), results);
    }
  }

  /** 持平 beside a change of its own sentence that is not zero (持平，增长5%): reported, once. */
  static boolean changeBeside(Report report, Texts texts, int start, Results results) {
    int end = texts.sentenceEnd(start);
    for (Comparison c : report.facts(Comparison.class)) {
      Mention change = ContradictionRule.nonZero(c.change(), c.rate());
      if (change != null && change.start() >= start && change.end() <= end) {
        String subject = c.subject().isBlank() ? ContradictionRule.head(c.quote()) : c.subject();
        Draft draft = Draft.of(ContradictionRule.UNCHANGED, subject, change.text())
            .subject(subject).values(change.value(), BigDecimal.ZERO, change.unit())
            .evidence("change", change, c);
        results.fails(subject + "：持平 ⇒ 变动 " + change.text() + " = 0", List.of(change),
            draft.finding());
        return true;
      }
    }
    return false;
  }

  /** What the item holding a fact is about: its classification item, else the fact's subject. */
  static String itemSubject(Report report, Texts texts, Fact fact) {
    int at = fact.numbers().isEmpty() ? fact.span().start() : fact.numbers().get(0).start();
    int itemStart = texts.itemStart(at, ContradictionRule.floor(report, at));
    return Claims.subjectOf(texts, itemStart, at, fact);
  }
}
