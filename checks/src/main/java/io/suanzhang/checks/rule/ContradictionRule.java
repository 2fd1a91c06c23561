package io.suanzhang.checks.rule;

import io.suanzhang.checks.Draft;
import io.suanzhang.checks.Interval;
import io.suanzhang.checks.Message;
import io.suanzhang.checks.Report;
import io.suanzhang.checks.Results;
import io.suanzhang.checks.Rule;
import io.suanzhang.checks.Verdict;
import io.suanzhang.checks.arithmetic.Quantities;
import io.suanzhang.checks.statement.CrossReferences.Agreement;
import io.suanzhang.checks.statement.CrossReferences;
import io.suanzhang.checks.statement.Subjects;
import io.suanzhang.checks.statement.Texts;
import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Amount;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Direction;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Measure;
import io.suanzhang.core.fact.Rate;
import io.suanzhang.core.fact.RateKind;
import io.suanzhang.core.fact.Section;
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
 * {@code contradiction}: statements that cannot both be true.
 *
 * <ul>
 *   <li>A rate of 100% (执行率, 完成率, 到位率) whose own amounts differ: 完成预算的100% with 预算数 5 万元
 *       and 执行数 3 万元.
 *   <li>What a report says of the final account against the budget (决算数与预算数持平, 决算数大于预算数
 *       55.93万元, 决算数小于预算数的主要原因) against the rate of completion and the amounts it states for
 *       the same item: 完成年初预算100% beside 决算数大于预算数55.93万元.
 *   <li>A direction word against the two values it compares: 持平 between 10.00万元 and 12.00万元, 增加
 *       from 60.79万元 to 58.00万元, 持平 with a change of 5万元 or 3%.
 * </ul>
 *
 * <p>Where rounding of the written numbers could reconcile the two statements (100% for 99.8%), the
 * finding is {@code info}; where only the words contradict a rounded rate, a {@code warning}.
 */
public final class ContradictionRule implements Rule {

  static final Message FULL_RATE = new Message(
      "contradiction.full_rate",
      "%1$s 的%2$s为 %3$s，但 %4$s 与 %5$s 不等（按所列金额为 %6$s）",
      "the %2$s of %1$s is %3$s, but %4$s and %5$s differ (the amounts give %6$s)");
  static final Message CLAIM_RATE = new Message(
      "contradiction.claim_rate",
      "%1$s 称“%2$s”，但完成预算 %3$s",
      "%1$s says “%2$s” but states a completion of %3$s");
  static final Message CLAIM_AMOUNTS = new Message(
      "contradiction.claim_amounts",
      "%1$s 称“%2$s”，但预算数为 %3$s、决算数为 %4$s",
      "%1$s says “%2$s” but states a budget of %3$s and a final account of %4$s");
  static final Message DIRECTION = new Message(
      "contradiction.direction",
      "%1$s 称“%2$s”，但前值 %3$s、现值 %4$s",
      "%1$s is said to be “%2$s”, but it was %3$s and is %4$s");
  static final Message UNCHANGED = new Message(
      "contradiction.unchanged",
      "%1$s 称“持平”，却写有变动 %2$s",
      "%1$s is said to be unchanged (持平) with a stated change of %2$s");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Pattern EQUAL =
      Pattern.compile("决算数?(?:与|和|同)(?:年初|全年|调整后?)?预算数?(基本)?持平");
  private static final Pattern MORE =
      Pattern.compile("决算数?(?:大于|高于|超过|多于|超出)(?:年初|全年|调整后?)?预算数?");
  private static final Pattern LESS =
      Pattern.compile("决算数?(?:小于|低于|少于)(?:年初|全年|调整后?)?预算数?");
  private static final Pattern LEVEL = Pattern.compile("(?<!基本)持平");

  @Override
  public String id() {
    return "contradiction";
  }

  @Override
  public void check(Report report, Results results) {
    Texts texts = new Texts(report.text());
    for (Rate r : report.facts(Rate.class)) {
      fullRate(r, results);
    }
    Set<Integer> compared = new HashSet<>();
    for (Comparison c : report.facts(Comparison.class)) {
      direction(report, texts, c, results, compared);
    }
    unchangedSentences(report, texts, results, compared);
    claims(report, texts, results);
  }

  // --- 100% with unequal amounts --------------------------------------------------------------

  private static void fullRate(Rate r, Results results) {
    Mention rate = r.value();
    Mention num = r.numerator();
    Mention den = r.denominator();
    if (rate.value().compareTo(HUNDRED) != 0 || num == null || den == null
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
    BigDecimal point = n.divide(d, MathContext.DECIMAL64).multiply(HUNDRED);
    Interval range = Quantities.interval(num, unit).dividedBy(Quantities.interval(den, unit))
        .times(HUNDRED);
    Verdict v = Verdict.of(rate.value(), point, range);
    Severity severity = v.outcome() == Verdict.Outcome.BREAKS ? Severity.ERROR : Severity.INFO;
    Draft draft = Draft.of(FULL_RATE, r.subject(), r.measure().label(), rate.text(), num.text(),
            den.text(), Quantities.plain(v.recomputed()) + "%")
        .severity(severity).subject(r.subject()).verdict(v, Mention.PERCENT_UNIT)
        .evidence("rate", rate, r).evidence("numerator", num, r).evidence("denominator", den, r);
    results.fails(relation, numbers, draft.finding());
  }

  // --- direction words against values ---------------------------------------------------------

  private static void direction(
      Report report, Texts texts, Comparison c, Results results, Set<Integer> compared) {
    Mention current = c.current();
    Mention change = c.direction() == Direction.UNCHANGED ? nonZero(c.change(), c.rate()) : null;
    if (change != null) {
      compared.add(texts.sentenceStart(change.start()));
      String relation = head(c.quote()) + "：持平 ⇒ 变动 " + change.text() + " = 0";
      Draft draft = Draft.of(UNCHANGED, c.subject().isBlank() ? head(c.quote()) : c.subject(),
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
    String subject = c.subject().isBlank() ? head(c.quote()) : itemSubject(report, texts, c);
    directionOf(subject, word(c.direction()), c.direction(), base, current, c, c, results);
  }

  /**
   * 2023年当年预算执行数为60.13万元，2024年预算安排25.77万元，比2023年预算执行数减少57.14%: the base is the
   * amount of the base year in the same sentence.
   */
  private static @Nullable Mention baseInSentence(
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

  private static void directionOf(
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
    String relation = name(subject) + "：" + base.text() + " → " + current.text() + " " + said;
    List<Mention> numbers = List.of(base, current);
    if (holds) {
      results.holds(relation, numbers);
      return;
    }
    // Where the written precision lets the words be true (持平 between 1万元 and 2万元, both 1.5万元;
    // 增加 between 1万元 and 1万元, 0.96 to 1.01), the finding is info.
    Severity severity = a == Agreement.DIFFERENT ? Severity.ERROR : Severity.INFO;
    Draft draft = Draft.of(DIRECTION, name(subject), said, base.text(), current.text())
        .severity(severity).subject(subject)
        .values(Quantities.value(current, unit), Quantities.value(base, unit), unit)
        .evidence("base", base, baseFact).evidence("current", current, currentFact);
    results.fails(relation, numbers, draft.finding());
  }

  /**
   * A sentence that says 持平: with a change stated beside it (持平，增长5%), or after two amounts of
   * one sentence that no comparison fact relates (比2023年预算执行数持平).
   */
  private static void unchangedSentences(
      Report report, Texts texts, Results results, Set<Integer> compared) {
    List<Amount> amounts = report.facts(Amount.class);
    Matcher m = LEVEL.matcher(report.text());
    Set<Integer> seen = new HashSet<>();
    while (m.find()) {
      int at = report.text().codePointCount(0, m.start());
      int start = texts.sentenceStart(at);
      if (!seen.add(start) || compared.contains(start)) {
        continue;
      }
      String sentence = texts.slice(start, at);
      if (EQUAL.matcher(sentence + "持平").find() || sentence.contains("决算")) {
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
  private static boolean changeBeside(Report report, Texts texts, int start, Results results) {
    int end = texts.sentenceEnd(start);
    for (Comparison c : report.facts(Comparison.class)) {
      Mention change = nonZero(c.change(), c.rate());
      if (change != null && change.start() >= start && change.end() <= end) {
        String subject = c.subject().isBlank() ? head(c.quote()) : c.subject();
        Draft draft = Draft.of(UNCHANGED, subject, change.text())
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
  private static String itemSubject(Report report, Texts texts, Fact fact) {
    int at = fact.numbers().isEmpty() ? fact.span().start() : fact.numbers().get(0).start();
    int itemStart = texts.itemStart(at, floor(report, at));
    return subjectOf(texts, itemStart, at, fact);
  }

  // --- what is said of the final account against the budget ----------------------------------

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

  private static void claims(Report report, Texts texts, Results results) {
    String text = report.text();
    List<int[]> found = new ArrayList<>();
    for (Pattern p : List.of(EQUAL, MORE, LESS)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        Claim claim = p == MORE ? Claim.MORE : p == LESS ? Claim.LESS
            : m.group(1) != null ? Claim.ROUGHLY : Claim.EQUAL;
        found.add(new int[] {text.codePointCount(0, m.start()), text.codePointCount(0, m.end()),
            claim.ordinal()});
      }
    }
    Set<String> items = new HashSet<>();
    for (int[] f : found) {
      int itemStart = texts.itemStart(f[0], floor(report, f[0]));
      if (items.add(itemStart + "/" + f[2])) {
        claim(report, texts, Claim.values()[f[2]], itemStart, f[0], f[1], results);
      }
    }
  }

  /** Where the innermost section holding an offset starts, or 0. */
  private static int floor(Report report, int offset) {
    Section section = null;
    for (Section s : report.analysis().sections()) {
      if (s.span().start() <= offset && offset < s.span().end()
          && (section == null || s.level() > section.level())) {
        section = s;
      }
    }
    return section == null ? 0 : section.span().start();
  }

  private static void claim(
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

  private static void claimAmounts(
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
    Draft draft = Draft.of(CLAIM_AMOUNTS, subject, claim.words, b.text(), f.text())
        .subject(subject)
        .values(Quantities.value(f, unit), Quantities.value(b, unit), unit)
        .evidence("budget", b, budget).evidence("final", f, actual);
    results.fails(relation, numbers, draft.finding());
  }

  private static void claimRate(
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
        exactly = value.compareTo(HUNDRED) == 0;
        possibly = written.contains(HUNDRED) || claim == Claim.ROUGHLY;
      }
      case MORE -> {
        exactly = value.compareTo(HUNDRED) > 0;
        possibly = written.high().compareTo(HUNDRED) > 0;
      }
      case LESS -> {
        exactly = value.compareTo(HUNDRED) < 0;
        possibly = written.low().compareTo(HUNDRED) < 0;
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
    Draft draft = Draft.of(CLAIM_RATE, subject, said, rate.value().text())
        .severity(severity).subject(subject)
        .values(value, HUNDRED, Mention.PERCENT_UNIT)
        .evidence("rate", rate.value(), rate);
    if (difference != null) {
      draft.evidence(Evidence.of("difference", difference,
          texts.slice(texts.sentenceStart(start), texts.sentenceEnd(end))));
    }
    results.fails(relation, numbers, draft.finding());
  }

  /** The amount right after 决算数大于预算数, if the text gives it (55.93万元). */
  private static @Nullable Mention differenceAfter(Report report, Claim claim, int end) {
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
  private static String subjectOf(Texts texts, int itemStart, int at, @Nullable Fact about) {
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

  private static @Nullable Mention nonZero(@Nullable Mention... mentions) {
    for (Mention m : mentions) {
      if (m != null && m.value().signum() != 0 && Quantities.exact(m)) {
        return m;
      }
    }
    return null;
  }

  private static String word(Direction d) {
    return switch (d) {
      case INCREASE -> "增加";
      case DECREASE -> "减少";
      case UNCHANGED -> "持平";
    };
  }

  private static String name(String subject) {
    return subject.isBlank() ? "（未名）" : subject;
  }

  /** The start of a sentence, to name what a fact without a subject is about. */
  private static String head(String quote) {
    String q = quote.strip().replaceAll("\\s+", " ");
    return q.codePointCount(0, q.length()) <= 16 ? q : q.substring(0, q.offsetByCodePoints(0, 16)) + "…";
  }
}
