package io.suanzhang.checks.rule;

import io.suanzhang.checks.Draft;
import io.suanzhang.checks.Interval;
import io.suanzhang.checks.Message;
import io.suanzhang.checks.Report;
import io.suanzhang.checks.Results;
import io.suanzhang.checks.Rule;
import io.suanzhang.checks.Verdict;
import io.suanzhang.checks.arithmetic.Quantities;
import io.suanzhang.checks.statement.Texts;
import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Amount;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Indicator;
import io.suanzhang.core.fact.Rate;
import io.suanzhang.core.fact.Section;
import io.suanzhang.core.mention.Bound;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@code target}: what a report sets out to reach against what it reports reaching.
 *
 * <ul>
 *   <li>An indicator's target (≥90%, ≤5%, 12台, 100%) against its actual value, and the report's claim
 *       that it was met (完成年度设定目标) or not against the numbers: 中选药品价格平均降幅 ≥10%, actual
 *       55.3%, claimed met, holds. An actual given in words that mean all of it (全覆盖, 全部完成) is 100%.
 *   <li>A threshold a heading sets for what it lists (财政拨款调整率大于等于30%的项目) against each rate
 *       listed under it.
 *   <li>Funds said to have arrived in full (3 万元全部到位) against the plan (资金计划 5 万元).
 * </ul>
 *
 * <p>A target missed that the report claims met is an error; one it says it missed is consistent; one
 * it says nothing of is {@code info}; one reached that the report says it missed, a warning. A target
 * without a number (有效提升) is not evaluated; where less is better (成本, 投诉) a target without a
 * comparator is a ceiling.
 */
public final class TargetRule implements Rule {

  static final Message CLAIMED = new Message(
      "target.claimed",
      "%1$s 的目标为 %2$s，实际为 %3$s，未达到目标，但报告称已完成",
      "%1$s has the target %2$s and the actual value %3$s, which does not reach it, yet the report"
          + " says it was met");
  static final Message DENIED = new Message(
      "target.denied",
      "%1$s 的目标为 %2$s，实际为 %3$s，已达到目标，但报告称未完成",
      "%1$s has the target %2$s and the actual value %3$s, which reaches it, yet the report says it"
          + " was not met");
  static final Message MISSED = new Message(
      "target.missed",
      "%1$s 的目标为 %2$s，实际为 %3$s，未达到目标",
      "%1$s has the target %2$s and the actual value %3$s, which does not reach it");
  static final Message BORDERLINE = new Message(
      "target.rounding",
      "%1$s 的目标为 %2$s，实际为 %3$s，仅在舍入范围内达到目标",
      "%1$s has the target %2$s and the actual value %3$s, which reaches it only within rounding");
  static final Message THRESHOLD = new Message(
      "target.threshold",
      "%1$s 列于“%2$s”之下，但其%3$s为 %4$s",
      "%1$s is listed under “%2$s” but its %3$s is %4$s");
  static final Message ARRIVAL = new Message(
      "target.arrival",
      "%1$s 称 %2$s 全部到位，但计划为 %3$s，相差 %4$s",
      "%1$s says %2$s arrived in full, but the plan was %3$s (difference %4$s)");

  // Arguments: name, target, actual, score, full.
  static final Message WITHHELD = new Message(
      "target.points_withheld",
      "%1$s 的目标为 %2$s，实际为 %3$s，已达到目标，但得分 %4$s 低于分值 %5$s",
      "%1$s has the target %2$s and the actual value %3$s, which reaches it, yet it is given %4$s"
          + " of its %5$s points");
  static final Message GIVEN = new Message(
      "target.points_given",
      "%1$s 的目标为 %2$s，实际为 %3$s，未达到目标，却得满分 %4$s（分值 %5$s）",
      "%1$s has the target %2$s and the actual value %3$s, which does not reach it, yet it is given"
          + " all %5$s points (%4$s)");
  // Arguments: name, target, actual.
  static final Message NO_REASON = new Message(
      "target.no_reason",
      "%1$s 的目标为 %2$s，实际为 %3$s，未达到目标，但偏差原因分析及改进措施一栏为空",
      "%1$s has the target %2$s and the actual value %3$s, which does not reach it, but its column"
          + " of reasons and remedies is blank");

  /** Words that say an indicator was reached in full where the target is a percentage. */
  private static final Pattern ALL = Pattern.compile("全覆盖|全部|均已|均按|均能|所有|无一遗漏|100%");
  /** An actual value in words that says the target was reached: 达成, 已完成, 是, 合格. */
  private static final Pattern REACHED =
      Pattern.compile("(已)?(全部)?(达成|完成|达到|达标|实现)(目标|预期)?|是|合格|通过");
  /** An actual value in words that says it was not: 未达成, 否, 不合格. */
  private static final Pattern NOT_REACHED =
      Pattern.compile("未(全部)?(达成|完成|达到|达标|实现)(目标|预期)?|否|不合格|未通过|部分完成");
  /** Words that say an indicator was not reached, whatever the claim. */
  private static final Pattern NOT = Pattern.compile("未|没有|尚未|部分完成|不足|滞后");
  /** Indicators where less is better: a cost, complaints, errors. */
  private static final Pattern LESS_IS_BETTER =
      Pattern.compile("成本|费用|投诉|差错|事故|违规|超支|下降|降低|控制|时长|时间|天数");
  private static final Pattern THRESHOLD_HEADING =
      Pattern.compile("([\\p{IsHan}]{1,4}率)\\s*(大于等于|不低于|不少于|大于|高于|超过|低于|小于|不超过|≥|≤|>|<)?\\s*$");
  private static final Pattern LISTS = Pattern.compile("^\\s*(以上|以下)?的?(项目|单位|资金)");
  private static final Pattern NEXT_ITEM = Pattern.compile("\\n\\s*\\d{1,2}\\s*[.、．](?!\\d)");
  private static final Pattern IN_FULL = Pattern.compile("^\\s*(已|均已|已经)?(全部|全额|足额)(拨付)?到位");
  private static final Pattern PLAN_WORDS = Pattern.compile("计划|预算|拨款|下达|安排|批复");

  @Override
  public String id() {
    return "target";
  }

  @Override
  public void check(Report report, Results results) {
    Texts texts = new Texts(report.text());
    for (Indicator i : report.facts(Indicator.class)) {
      indicator(texts, i, results);
    }
    thresholds(report, results);
    arrivals(report, results);
  }

  // --- indicators ---------------------------------------------------------------------------

  private static void indicator(Texts texts, Indicator i, Results results) {
    Mention target = i.target();
    if (target == null && i.actual() == null) {
      inWords(i, results);
      return;
    }
    if (target == null || target.approx() != null) {
      return;
    }
    Mention actual = i.actual();
    boolean inWords = false;
    if (actual == null) {
      if (target.kind() != MentionKind.PERCENT || !fullInWords(texts, i, target)) {
        return;
      }
      inWords = true;
    } else if (actual.kind() != target.kind() || !actual.unit().equals(target.unit())
        || actual.approx() != null || actual.span().equals(target.span())) {
      return;
    }
    BigDecimal threshold = target.value();
    Bound bound = target.comparator();
    Interval range = Interval.written(inWords ? BigDecimal.valueOf(100) : actual.value());
    Met met = met(bound, threshold, range, inWords ? null : actual.comparator(), i.name());
    if (met == Met.UNKNOWN) {
      return;
    }
    String actualText = inWords ? i.actualText() == null ? "全部完成（100%）" : i.actualText()
        : written(actual);
    List<Mention> numbers = new ArrayList<>();
    numbers.add(target);
    if (!inWords) {
      numbers.add(actual);
    }
    String relation = i.name() + "：" + actualText + " 对目标 " + written(target)
        + (Boolean.TRUE.equals(i.claimedMet()) ? "，称已完成"
            : Boolean.FALSE.equals(i.claimedMet()) ? "，称未完成" : "");
    if (!inWords && (met == Met.YES || met == Met.NO)) {
      points(i, met, written(target), written(actual), List.of(target, actual), results);
    }
    Boolean claim = i.claimedMet();
    boolean consistent = met == Met.YES ? !Boolean.FALSE.equals(claim)
        : met == Met.NO && Boolean.FALSE.equals(claim);
    if (consistent) {
      results.holds(relation, numbers); // met and not denied, or missed and said so
      return;
    }
    Message message;
    Severity severity;
    if (met == Met.YES) {
      message = DENIED;
      severity = Severity.WARNING;
    } else if (met == Met.ROUNDING) {
      message = BORDERLINE;
      severity = Severity.INFO;
    } else if (Boolean.TRUE.equals(claim)) {
      message = CLAIMED;
      severity = Severity.ERROR;
    } else {
      message = MISSED;
      severity = Severity.INFO;
    }
    Draft draft = Draft.of(message, i.name(), written(target), actualText)
        .severity(severity).subject(i.subject() + " " + i.name())
        .values(inWords ? BigDecimal.valueOf(100) : actual.value(), threshold, target.unit())
        .evidence("target", target, i);
    if (!inWords) {
      draft.evidence("actual", actual, i);
    }
    results.fails(relation, numbers, draft.finding());
  }

  /**
   * An indicator's points against whether it was met: met and given less than its 分值, or missed
   * and given all of it; and a missed one whose column of reasons (偏差原因分析及改进措施) is blank.
   * Only indicators whose values and points were both read without doubt come here (met or missed,
   * not within rounding), so each is a warning: tables may deduct for quality or timing as well.
   */
  private static void points(
      Indicator i, Met met, String target, String actual, List<Mention> values, Results results) {
    Mention full = i.weight();
    Mention score = i.score();
    if (full != null && score != null) {
      int c = score.value().compareTo(full.value());
      boolean withheld = met == Met.YES && c < 0;
      boolean given = met == Met.NO && c >= 0;
      String relation = i.name() + "：" + (met == Met.YES ? "达到目标" : "未达到目标") + " ⇒ 得分 "
          + score.text() + (met == Met.YES ? " = " : " < ") + "分值 " + full.text();
      List<Mention> numbers = new ArrayList<>(values);
      numbers.addAll(List.of(score, full));
      if (!withheld && !given) {
        results.holds(relation, numbers);
      } else {
        Draft draft = Draft.of(withheld ? WITHHELD : GIVEN, i.name(), target, actual,
                score.text(), full.text())
            .severity(Severity.WARNING).subject(i.subject() + " " + i.name())
            .values(score.value(), withheld ? full.value() : BigDecimal.ZERO, "分")
            .evidence("score", score, i).evidence("full", full, i);
        results.fails(relation, numbers, withValues(draft, values, i).finding());
      }
    }
    String reason = i.reason();
    if (met == Met.NO && reason != null && !values.isEmpty()) {
      String relation = i.name() + "：未达到目标 ⇒ 偏差原因" + (reason.isEmpty() ? "（空）" : "：" + reason);
      if (!reason.isEmpty()) {
        results.holds(relation, values);
      } else {
        Draft draft = Draft.of(NO_REASON, i.name(), target, actual)
            .severity(Severity.WARNING).subject(i.subject() + " " + i.name());
        results.fails(relation, values, withValues(draft, values, i).finding());
      }
    }
  }

  /** The target and the actual value as evidence, where they are numbers. */
  private static Draft withValues(Draft draft, List<Mention> values, Indicator i) {
    if (values.size() == 2) {
      draft.evidence("target", values.get(0), i).evidence("actual", values.get(1), i);
    }
    return draft;
  }

  /**
   * An indicator whose target and actual value are words (有效 | 有效, 市级保护单位 | 市级保护单位, 达成,
   * 合格, 否) or a number the row does not measure (1 | 1): met when the actual value repeats the
   * target or says it was reached, missed when it
   * says it was not; its points are then judged as a number's are. Words that say neither (较好,
   * 显著提升 against 明显提升) are not judged.
   */
  private static void inWords(Indicator i, Results results) {
    String target = i.targetText();
    String actual = i.actualText();
    if (target == null || actual == null || i.weight() == null || i.score() == null) {
      return;
    }
    String t = target.replaceAll("[\\s|]", "");
    String a = actual.replaceAll("[\\s|]", "");
    boolean repeated = a.equals(t);
    Met met = NOT_REACHED.matcher(a).matches() ? Met.NO
        : repeated || REACHED.matcher(a).matches() ? Met.YES : Met.UNKNOWN;
    // Words with digits are judged as numbers where they can be read; a value written exactly as
    // its target (1 | 1, 每亩300 | 每亩300) is met whatever it counts.
    if (met != Met.UNKNOWN && (repeated || !a.chars().anyMatch(Character::isDigit))) {
      points(i, met, target, actual, List.of(), results);
    }
  }

  /** Whether an indicator's actual value, given only in words, is all of it (全覆盖, 全部完成整改). */
  private static boolean fullInWords(Texts texts, Indicator i, Mention target) {
    String words = i.actualText();
    if (words == null) {
      words = texts.slice(target.end(), i.span().end());
    }
    return ALL.matcher(words).find() && !NOT.matcher(words).find();
  }

  /** Whether an actual value reaches a target. */
  enum Met {
    YES,
    ROUNDING,
    NO,
    UNKNOWN
  }

  /**
   * Whether {@code range} (an actual value at its written precision, or a bound such as >90%) meets
   * a target of {@code threshold} under {@code bound}; a target without a comparator is a level to
   * reach, or not to exceed where less is better (成本, 投诉).
   */
  static Met met(
      @Nullable Bound bound, BigDecimal threshold, Interval range,
      @Nullable Bound actualBound, String name) {
    if (actualBound != null) {
      return metByBound(bound, threshold, range.middle(), actualBound);
    }
    BigDecimal point = range.middle();
    if (bound == null) {
      if (range.contains(threshold) || point.compareTo(threshold) == 0) {
        return Met.YES;
      }
      boolean lessIsBetter = LESS_IS_BETTER.matcher(name).find();
      boolean above = point.compareTo(threshold) > 0;
      if (above != lessIsBetter) {
        return Met.YES;
      }
      // 99.96% against a target written 100%: the target's own precision reaches it.
      return Interval.written(threshold).meets(range) ? Met.ROUNDING : Met.NO;
    }
    boolean atLeast = bound == Bound.AT_LEAST || bound == Bound.MORE_THAN;
    boolean strict = bound == Bound.MORE_THAN || bound == Bound.LESS_THAN;
    int c = point.compareTo(threshold);
    boolean meets = atLeast ? (strict ? c > 0 : c >= 0) : (strict ? c < 0 : c <= 0);
    if (meets) {
      return Met.YES;
    }
    boolean possible = atLeast
        ? range.high().compareTo(threshold) >= 0
        : range.low().compareTo(threshold) <= 0;
    return possible ? Met.ROUNDING : Met.NO;
  }

  /** An actual value stated as a bound (超过90%) against a target: met only if every value is. */
  private static Met metByBound(
      @Nullable Bound bound, BigDecimal threshold, BigDecimal value, Bound actual) {
    boolean actualUp = actual == Bound.AT_LEAST || actual == Bound.MORE_THAN;
    boolean targetUp = bound == null || bound == Bound.AT_LEAST || bound == Bound.MORE_THAN;
    int c = value.compareTo(threshold);
    if (actualUp && targetUp) {
      boolean strictTarget = bound == Bound.MORE_THAN;
      boolean strictActual = actual == Bound.MORE_THAN;
      return c > 0 || (c == 0 && (!strictTarget || strictActual)) ? Met.YES : Met.UNKNOWN;
    }
    if (!actualUp && !targetUp) {
      boolean strictTarget = bound == Bound.LESS_THAN;
      boolean strictActual = actual == Bound.LESS_THAN;
      return c < 0 || (c == 0 && (!strictTarget || strictActual)) ? Met.YES : Met.UNKNOWN;
    }
    return Met.UNKNOWN;
  }

  private static String written(Mention m) {
    return (m.comparator() == null ? "" : m.comparator().symbol()) + m.text();
  }

  // --- thresholds of headings ---------------------------------------------------------------

  /**
   * A line such as 4. 财政拨款调整率大于等于30%的项目情况说明 sets a bound that every rate of that name
   * listed under it must meet, up to the next list item of its numbering or the end of its section.
   */
  private static void thresholds(Report report, Results results) {
    Texts texts = new Texts(report.text());
    Map<String, Section> sections = sections(report);
    for (Mention m : report.analysis().mentions()) {
      if (m.kind() != MentionKind.PERCENT || m.comparator() == null) {
        continue;
      }
      int lineStart = texts.sentenceStart(m.start());
      String before = texts.slice(lineStart, m.start());
      Matcher head = THRESHOLD_HEADING.matcher(before);
      if (!head.find() || !Texts.opensItem(before)
          || !LISTS.matcher(texts.clauseAfter(m.end(), 20)).find()) {
        continue;
      }
      String word = head.group(1);
      String rateWord = word.substring(word.length() - 3);
      int end = texts.sentenceEnd(m.end());
      String heading = texts.slice(lineStart, end).strip();
      Section section = innermost(sections, m.start());
      int limit = section == null ? texts.length() : section.span().end();
      String rest = texts.slice(end, limit);
      Matcher next = NEXT_ITEM.matcher(rest);
      if (next.find()) {
        limit = end + rest.codePointCount(0, next.start());
      }
      for (Rate r : report.facts(Rate.class)) {
        int at = r.value().start();
        if (at > end && at < limit
            && (r.measure().label().equals(rateWord) || r.quote().contains(rateWord))) {
          threshold(r, m, heading, rateWord, results);
        }
      }
    }
  }

  private static void threshold(
      Rate r, Mention bound, String heading, String rateWord, Results results) {
    Met met = met(bound.comparator(), bound.value(), Interval.written(r.value().value()),
        r.value().comparator(), rateWord);
    if (met == Met.UNKNOWN) {
      return;
    }
    String relation = r.subject() + "：" + rateWord + " " + r.value().text() + " 对“" + heading + "”";
    List<Mention> numbers = List.of(r.value(), bound);
    if (met == Met.YES) {
      results.holds(relation, numbers);
      return;
    }
    Draft draft = Draft.of(THRESHOLD, r.subject(), heading, rateWord, r.value().text())
        .severity(met == Met.ROUNDING ? Severity.INFO : Severity.ERROR).subject(r.subject())
        .values(r.value().value(), bound.value(), Mention.PERCENT_UNIT)
        .evidence("rate", r.value(), r)
        .evidence(Evidence.of("threshold", bound, heading));
    results.fails(relation, numbers, draft.finding());
  }

  // --- funds in full ------------------------------------------------------------------------

  /** 截止评价时点该项目 3 万元全部到位 against the plan of its section (资金计划。由区财政拨款 5 万元). */
  private static void arrivals(Report report, Results results) {
    Texts texts = new Texts(report.text());
    List<Mention> money = report.analysis().mentions().stream()
        .filter(m -> m.kind() == MentionKind.MONEY && Quantities.exact(m))
        .toList();
    Map<String, Section> sections = sections(report);
    for (int k = 0; k < money.size(); k++) {
      Mention arrived = money.get(k);
      if (!IN_FULL.matcher(texts.clauseAfter(arrived.end(), 12)).find()) {
        continue;
      }
      Section section = innermost(sections, arrived.start());
      int floor = section == null ? 0 : section.span().start();
      Mention plan = null;
      for (int j = k - 1; j >= 0 && money.get(j).start() >= floor; j--) {
        Mention candidate = money.get(j);
        String clause = texts.clauseBefore(candidate.start(), texts.sentenceStart(candidate.start()));
        String line = texts.slice(texts.itemStart(candidate.start(), floor), candidate.start());
        if (PLAN_WORDS.matcher(clause).find() || PLAN_WORDS.matcher(line).find()) {
          plan = candidate;
          break;
        }
      }
      if (plan == null) {
        continue;
      }
      arrival(report, texts, arrived, plan, results);
    }
  }

  private static void arrival(
      Report report, Texts texts, Mention arrived, Mention plan, Results results) {
    Optional<String> common = Quantities.commonUnit(List.of(arrived, plan));
    if (common.isEmpty()) {
      return;
    }
    String unit = common.get();
    Verdict v = Verdict.of(Quantities.value(arrived, unit), Quantities.scale(arrived, unit),
        Quantities.value(plan, unit), Quantities.interval(plan, unit));
    String arrivedQuote = quote(report, texts, arrived);
    String planQuote = quote(report, texts, plan);
    String relation = "全部到位：" + arrived.text() + " = 计划 " + plan.text();
    List<Mention> numbers = List.of(arrived, plan);
    if (v.outcome() == Verdict.Outcome.HOLDS) {
      results.holds(relation, numbers);
      return;
    }
    Severity severity = v.outcome() == Verdict.Outcome.ROUNDING ? Severity.INFO
        : v.difference().signum() < 0 ? Severity.ERROR : Severity.WARNING;
    String where = arrivedQuote.strip();
    Draft draft = Draft.of(ARRIVAL, where, arrived.text(), plan.text(),
            Quantities.plain(v.difference()) + unit)
        .severity(severity).subject(where).verdict(v, unit)
        .evidence(Evidence.of("arrived", arrived, arrivedQuote))
        .evidence(Evidence.of("plan", plan, planQuote));
    factOf(report, arrived).ifPresent(draft::fact);
    factOf(report, plan).ifPresent(draft::fact);
    results.fails(relation, numbers, draft.finding());
  }

  private static String quote(Report report, Texts texts, Mention m) {
    return factOf(report, m).map(Fact::quote)
        .orElseGet(() -> texts.slice(texts.sentenceStart(m.start()), texts.sentenceEnd(m.end())));
  }

  private static Optional<Fact> factOf(Report report, Mention m) {
    for (Amount a : report.facts(Amount.class)) {
      if (a.value().span().equals(m.span())) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  private static Map<String, Section> sections(Report report) {
    Map<String, Section> sections = new java.util.LinkedHashMap<>();
    for (Section s : report.analysis().sections()) {
      sections.put(s.id(), s);
    }
    return sections;
  }

  private static @Nullable Section innermost(Map<String, Section> sections, int offset) {
    Section best = null;
    for (Section s : sections.values()) {
      if (s.span().start() <= offset && offset < s.span().end()
          && (best == null || s.level() > best.level())) {
        best = s;
      }
    }
    return best;
  }

}
