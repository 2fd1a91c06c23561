package io.suanzhang.checks.rule;

import io.suanzhang.checks.Draft;
import io.suanzhang.checks.Interval;
import io.suanzhang.checks.Report;
import io.suanzhang.checks.Results;
import io.suanzhang.checks.arithmetic.Quantities;
import io.suanzhang.checks.statement.CrossReferences.Agreement;
import io.suanzhang.checks.statement.CrossReferences;
import io.suanzhang.checks.statement.Subjects;
import io.suanzhang.checks.statement.Texts;
import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Amount;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Measure;
import io.suanzhang.core.fact.Rate;
import io.suanzhang.core.fact.RateKind;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
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
 * {@code contradiction}: what a report says of the final account against the budget (决算数与预算数持平,
 * 决算数大于预算数55.93万元, 决算数小于预算数的主要原因) against the rate of completion and the amounts it
 * states for the same item.
 */
final class Claims {

  private Claims() {}

  private enum Claim {
    EQUAL("决算数与预算数持平"),
    ROUGHLY("决算数与预算数基本持平"),
    MORE("决算数大于预算数"),
    LESS("决算数小于预算数");

    private final String words;

    Claim(String words) {
      this.words = words;
    }
  }

  static void claims(Report report, Texts texts, Results results) {
    String text = report.text();
    if (!text.contains("决算")) {
      return; // every claim starts with it: a budget often has none
    }
    List<int[]> found = new ArrayList<>();
    for (Pattern p : List.of(ContradictionRule.EQUAL, ContradictionRule.MORE, ContradictionRule.LESS)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        Claim claim = p == ContradictionRule.MORE ? Claim.MORE : p == ContradictionRule.LESS ? Claim.LESS
            : m.group(1) != null ? Claim.ROUGHLY : Claim.EQUAL;
        found.add(new int[] {text.codePointCount(0, m.start()), text.codePointCount(0, m.end()),
            claim.ordinal()});
      }
    }
    Set<String> items = new HashSet<>();
    for (int[] f : found) {
      int itemStart = texts.itemStart(f[0], ContradictionRule.floor(report, f[0]));
      if (items.add(itemStart + "/" + f[2])) {
        claim(report, texts, Claim.values()[f[2]], itemStart, f[0], f[1], results);
      }
    }
  }

  static void claim(
      Report report, Texts texts, Claim claim, int itemStart, int start, int end,
      Results results) {
    int itemEnd = texts.sentenceEnd(end);
    Rate rate = null;
    Amount budget = null;
    Amount actual = null;
    for (Fact f : report.analysis().facts()) {
      if (f.span().end() <= itemStart || f.span().start() >= itemEnd) {
        continue;
      }
      if (f instanceof Rate r && (r.measure() == RateKind.COMPLETION
          || r.measure() == RateKind.EXECUTION) && r.value().start() >= itemStart) {
        rate = r;
      } else if (f instanceof Amount a && a.value().start() >= itemStart && a.value().end() <= start) {
        if (a.measure() == Measure.BUDGET || a.measure() == Measure.ADJUSTED_BUDGET) {
          budget = a;
          actual = null; // the final account of this budget follows it
        } else if ((a.measure() == Measure.FINAL_ACCOUNT || a.measure() == Measure.EXECUTION)
            && actual == null) {
          actual = a;
        }
      }
    }
    Mention difference = differenceAfter(report, claim, end);
    Fact about = budget != null ? budget : actual != null ? actual : rate;
    String subject = subjectOf(texts, itemStart, start, about);
    if (budget != null && actual != null) {
      // The amounts say it; the rate is checked against them where it is 100% (fullRate).
      claimAmounts(subject, claim, budget, actual, results);
    } else if (rate != null) {
      claimRate(texts, subject, claim, rate, difference, start, end, results);
    }
  }

  static void claimAmounts(
      String subject, Claim claim, Amount budget, Amount actual, Results results) {
    Mention b = budget.value();
    Mention f = actual.value();
    if (!Quantities.allExact(List.of(b, f)) || Quantities.commonUnit(List.of(b, f)).isEmpty()) {
      return;
    }
    Agreement a = CrossReferences.agreement(f, b);
    String unit = Quantities.commonUnit(List.of(b, f)).orElseThrow();
    int sign = a == Agreement.SAME ? 0 : Quantities.value(f, unit).compareTo(Quantities.value(b, unit));
    Boolean holds = switch (claim) {
      case EQUAL -> a == Agreement.SAME ? Boolean.TRUE : a == Agreement.ROUNDING ? null : false;
      case ROUGHLY -> a == Agreement.SAME || a == Agreement.ROUNDING ? Boolean.TRUE : null;
      case MORE -> a == Agreement.ROUNDING ? null : sign > 0;
      case LESS -> a == Agreement.ROUNDING ? null : sign < 0;
    };
    if (holds == null) {
      return;
    }
    String relation = subject + "：" + claim.words + " ⇔ 决算 " + f.text() + " 对 预算 " + b.text();
    List<Mention> numbers = List.of(b, f);
    if (holds) {
      results.holds(relation, numbers);
      return;
    }
    Draft draft = Draft.of(ContradictionRule.CLAIM_AMOUNTS, subject, claim.words, b.text(), f.text())
        .subject(subject)
        .values(Quantities.value(f, unit), Quantities.value(b, unit), unit)
        .evidence("budget", b, budget).evidence("final", f, actual);
    results.fails(relation, numbers, draft.finding());
  }

  static void claimRate(
      Texts texts, String subject, Claim claim, Rate rate, @Nullable Mention difference,
      int start, int end, Results results) {
    Interval written = Interval.written(rate.value().value());
    BigDecimal value = rate.value().value();
    String relation = subject + "：" + claim.words + " ⇔ " + rate.measure().label() + " "
        + rate.value().text();
    List<Mention> numbers = new ArrayList<>();
    numbers.add(rate.value());
    if (difference != null) {
      numbers.add(difference);
    }
    boolean exactly;
    boolean possibly;
    switch (claim) {
      case EQUAL, ROUGHLY -> {
        exactly = value.compareTo(ContradictionRule.HUNDRED) == 0;
        possibly = written.contains(ContradictionRule.HUNDRED) || claim == Claim.ROUGHLY;
      }
      case MORE -> {
        exactly = value.compareTo(ContradictionRule.HUNDRED) > 0;
        possibly = written.high().compareTo(ContradictionRule.HUNDRED) > 0;
      }
      case LESS -> {
        exactly = value.compareTo(ContradictionRule.HUNDRED) < 0;
        possibly = written.low().compareTo(ContradictionRule.HUNDRED) < 0;
      }
      default -> throw new AssertionError(claim);
    }
    if (exactly || (claim == Claim.ROUGHLY && possibly)) {
      results.holds(relation, numbers);
      return;
    }
    Severity severity = possibly ? Severity.WARNING : Severity.ERROR;
    String said = texts.slice(start, end)
        + (difference == null ? "" : difference.text());
    Draft draft = Draft.of(ContradictionRule.CLAIM_RATE, subject, said, rate.value().text())
        .severity(severity).subject(subject)
        .values(value, ContradictionRule.HUNDRED, Mention.PERCENT_UNIT)
        .evidence("rate", rate.value(), rate);
    if (difference != null) {
      draft.evidence(Evidence.of("difference", difference,
          texts.slice(texts.sentenceStart(start), texts.sentenceEnd(end))));
    }
    results.fails(relation, numbers, draft.finding());
  }

  /** The amount right after 决算数大于预算数, if the text gives it (55.93万元). */
  static @Nullable Mention differenceAfter(Report report, Claim claim, int end) {
    if (claim != Claim.MORE && claim != Claim.LESS) {
      return null;
    }
    for (Mention m : report.analysis().mentions()) {
      if (m.kind() == MentionKind.MONEY && m.start() >= end && m.start() <= end + 2) {
        return m;
      }
    }
    return null;
  }

  /** What an item is about: its classification item, else its fact's subject, else its first words. */
  static String subjectOf(Texts texts, int itemStart, int at, @Nullable Fact about) {
    String before = texts.slice(itemStart, at);
    Subjects.Classified c = Subjects.classified(before);
    if (c != null) {
      return c.name();
    }
    if (about != null && !about.subject().isBlank()) {
      return about.subject();
    }
    String line = before.strip();
    int cut = line.length();
    for (String stop : new String[] {"：", ":", "，", "。", ","}) {
      int i = line.indexOf(stop);
      if (i > 0 && i < cut) {
        cut = i;
      }
    }
    return line.substring(0, Math.min(cut, 40));
  }
}
