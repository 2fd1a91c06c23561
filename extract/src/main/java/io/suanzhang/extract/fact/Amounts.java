package io.suanzhang.extract.fact;

import io.suanzhang.core.fact.Amount;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Measure;
import io.suanzhang.core.fact.Rate;
import io.suanzhang.core.fact.RateKind;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Amounts with their measure and subject, and rates with the numbers they are computed from:
 * 部门预算数1413.96万元，实际支出数916.11万元，预算执行率64.79% gives two amounts and a rate of 916.11 over
 * 1413.96.
 */
final class Amounts {

  /** An explicit computation after a rate: 执行率达14%（45202/320000）. */
  private static final Pattern QUOTIENT =
      Pattern.compile("^\\s*[（(]\\s*([\\d,]+(?:\\.\\d+)?)\\s*[/÷]\\s*([\\d,]+(?:\\.\\d+)?)\\s*[)）]");

  private static final int QUOTIENT_LOOKBACK = 600;

  private static final int TITLE_LOOKBACK = 40;
  /** An item line of a budget's 项目 list runs to about 150 code points before its last sentence. */
  private static final int LINE_LOOKBACK = 300;

  private Amounts() {}

  /** The subject of a statement about the whole department. */
  static String departmentSubject(FactContext context) {
    String department = context.report.department();
    return department == null ? "部门" : department;
  }

  /**
   * The subject a money mention's label names; else the title of the numbered item it stands in
   * (1. …综合业务管理(项):支出决算为 13.36 万元), else the subject before it in the sentence.
   */
  static String subject(FactContext context, Sentence sentence, Mention m, String previous) {
    String s = Labels.subject(sentence.lead(m));
    if (s.codePoints().noneMatch(Character::isLetterOrDigit)) {
      s = ""; // ”350.35万元: only the closing quote of a title cut at its brackets
    }
    if (s.isEmpty() && previous.isEmpty()) {
      // （一）基本支出。年初预算为…: the title may end a sentence of its own before this one
      s = Labels.itemTitle(sentence.lineStart() ? sentence.text() : lineBefore(context, sentence));
    }
    if (s.isEmpty() && previous.isEmpty()) {
      // 31. “…住房公积金（项）”350.35万元，主要用于…。2023年当年预算执行数为…: the item its line heads
      s = Labels.classifiedItem(lineOf(context, sentence));
    }
    if (s.isEmpty()) {
      return previous.isEmpty() ? departmentSubject(context) : previous;
    }
    if (s.equals("部门") || s.endsWith("部门整体") || s.equals("部门整体支出")) {
      return departmentSubject(context);
    }
    return s;
  }

  /** The line a sentence stands in, from its start to the sentence's end, at most {@value #LINE_LOOKBACK} code points back. */
  static String lineOf(FactContext context, Sentence sentence) {
    String before = context.quote(Math.max(0, sentence.start() - LINE_LOOKBACK), sentence.end());
    return before.substring(before.lastIndexOf('\n') + 1);
  }

  /** The text of the sentence's line before it, at most {@value #TITLE_LOOKBACK} code points. */
  private static String lineBefore(FactContext context, Sentence sentence) {
    String before = context.quote(Math.max(0, sentence.start() - TITLE_LOOKBACK), sentence.start());
    return before.substring(before.lastIndexOf('\n') + 1);
  }

  static List<Fact> of(FactContext context, Sentence sentence, Set<Mention> used) {
    List<Fact> out = new ArrayList<>();
    Map<Measure, Mention> group = new EnumMap<>(Measure.class);
    Map<Mention, String> subjects = new java.util.HashMap<>();
    List<Mention> counts = new ArrayList<>();
    List<Mention> numbers = new ArrayList<>(); // money and counts since the last rate
    String previousSubject = "";
    for (Mention m : sentence.mentions()) {
      if (used.contains(m)) {
        continue;
      }
      String lead = sentence.lead(m);
      if (m.kind() == MentionKind.MONEY) {
        Measure measure = Labels.measure(lead);
        String subject = subject(context, sentence, m, previousSubject);
        previousSubject = subject;
        subjects.put(m, subject);
        group.put(measure, m);
        numbers.add(m);
        out.add(
            new Amount(
                context.nextId(), context.sectionAt(m.start()), subject, measure, m,
                context.span(sentence.start(), sentence.end()), context.quote(sentence.start(), sentence.end())));
      } else if (m.kind() == MentionKind.COUNT) {
        counts.add(m);
        numbers.add(m);
      } else if (m.kind() == MentionKind.PERCENT && m.comparator() == null
          && ofNamedWhole(context, sentence, m, used, subjects, out)) {
        group.clear();
        counts.clear();
        numbers.clear();
      } else if (m.kind() == MentionKind.PERCENT && m.comparator() == null) {
        Optional<RateKind> kind = Labels.rateKind(lead);
        if (kind.isEmpty()) {
          continue;
        }
        Mention[] operands = operands(context, sentence, m, kind.get(), group, counts, numbers);
        Mention numerator = operands[0];
        Mention denominator = operands[1];
        String subject =
            numerator != null && subjects.containsKey(numerator)
                ? subjects.get(numerator)
                : previousSubject.isEmpty() ? departmentSubject(context) : previousSubject;
        out.add(
            new Rate(
                context.nextId(), context.sectionAt(m.start()), subject, kind.get(), m, numerator,
                denominator, context.span(sentence.start(), sentence.end()), context.quote(sentence.start(), sentence.end())));
        group.clear();
        counts.clear();
        numbers.clear();
      }
    }
    return out;
  }

  /**
   * A share or completion whose whole is written inside its phrase: 上划中省收入2628万元，占年初预算6265万元的
   * 41.9%; 税收收入112446万元，完成年初预算207380万元的54.22%. The part is the amount before the phrase.
   * Adds the rate and says whether it found one.
   */
  private static boolean ofNamedWhole(
      FactContext context, Sentence sentence, Mention rate, Set<Mention> used,
      Map<Mention, String> subjects, List<Fact> out) {
    Mention whole = null;
    Mention part = null;
    for (Mention m : sentence.mentions()) {
      if (m.end() > rate.start()) {
        break;
      }
      if (m.kind() == MentionKind.MONEY && !used.contains(m)) {
        part = whole;
        whole = m;
      } else {
        part = whole = null;
      }
    }
    if (whole != null && part == null) {
      part = comparedBefore(sentence, whole, used);
    }
    if (whole == null || part == null || !namesWhole(sentence, whole)
        || !Sums.addable(part, whole)) {
      return false;
    }
    RateKind kind = COMPLETES.matcher(sentence.lead(whole)).find() ? RateKind.COMPLETION : RateKind.OTHER;
    String subject = subjects.containsKey(part) ? subjects.get(part) : subject(context, sentence, part, "");
    out.add(
        new Rate(
            context.nextId(), context.sectionAt(rate.start()), subject, kind, rate, part, whole,
            context.span(sentence.start(), sentence.end()), context.quote(sentence.start(), sentence.end())));
    return true;
  }

  /** The words that open a comparison's base: 比上年同期144987万元, 较2019年. */
  private static final Pattern BASE_CUE = Pattern.compile("^(?:比|较|与|同比|对比)");

  /**
   * The part of a named-whole rate when a comparison of it stands between them: 组织财政收入累计完成146845万元，
   * 比上年同期144987万元增收1858万元，增长1.28%（增幅…排名第五），完成年初预算245800万元的59.74%. The part is the
   * comparison's current value: the last amount before the whole that is neither a base nor a change,
   * with nothing but a comparison's numbers (and counts) after it; null if anything else stands there.
   */
  private static @Nullable Mention comparedBefore(Sentence sentence, Mention whole, Set<Mention> used) {
    List<Mention> before = new ArrayList<>();
    for (Mention m : sentence.mentions()) {
      if (m.end() <= whole.start()) {
        before.add(m);
      }
    }
    boolean compared = false;
    for (int i = before.size() - 1; i >= 0; i--) {
      Mention m = before.get(i);
      if (m.kind() != MentionKind.MONEY && m.kind() != MentionKind.PERCENT) {
        continue;
      }
      String lead = sentence.lead(m);
      if (m.kind() == MentionKind.MONEY && !BASE_CUE.matcher(lead).find()
          && Labels.directionBefore(lead).isEmpty()) {
        return compared ? m : null;
      }
      if (!used.contains(m)) {
        return null; // a number of no comparison
      }
      compared = true;
    }
    return null;
  }

  /** Words that make the amount after them the whole a rate is of: 占, 完成, 为…的. */
  private static final Pattern WHOLE_CUE = Pattern.compile("(?:占|完成|达到|为)[^，,；;。]{0,16}$");
  private static final Pattern COMPLETES = Pattern.compile("完成|预算|计划|任务");

  /** Whether an amount is the whole of a rate phrase: 占年初预算6265万元的…, 完成年初预算207380万元的…. */
  static boolean namesWhole(Sentence sentence, Mention m) {
    return WHOLE_CUE.matcher(sentence.lead(m)).find() && sentence.tail(m).strip().startsWith("的");
  }

  /** Numerator and denominator of a rate: written out after it, or the amounts stated before it. */
  private static @Nullable Mention[] operands(
      FactContext context, Sentence sentence, Mention rate, RateKind kind,
      Map<Measure, Mention> group, List<Mention> counts, List<Mention> numbers) {
    Matcher q = QUOTIENT.matcher(sentence.tail(rate));
    if (q.find()) {
      Mention num = find(context, rate, q.group(1));
      Mention den = find(context, rate, q.group(2));
      if (num != null && den != null) {
        return new Mention[] {num, den};
      }
    }
    Mention budget = first(group, Measure.ADJUSTED_BUDGET, Measure.BUDGET, Measure.ALLOCATED);
    switch (kind) {
      case EXECUTION:
        return new Mention[] {
          first(group, Measure.EXECUTION, Measure.FINAL_ACCOUNT, Measure.EXPENDITURE), budget
        };
      case COMPLETION:
        // a revenue report completes its income budget: 一般公共预算收入137.78亿元，完成年度预算105.9%
        Mention done = first(
            group, Measure.EXECUTION, Measure.FINAL_ACCOUNT, Measure.EXPENDITURE, Measure.INCOME);
        if (done == null && budget == null && numbers.size() == 1) {
          // 参保共279745人，完成任务95.82%; 基金征缴17249万元，完成任务99.71%: the one number is what was done
          done = numbers.get(0);
        }
        return new Mention[] {done, budget};
      case ARRIVAL:
        return new Mention[] {first(group, Measure.ARRIVED), budget};
      case ADJUSTMENT:
        return new Mention[] {
          group.get(Measure.ADJUSTED_BUDGET), group.get(Measure.BUDGET)
        };
      case COVERAGE:
        if (counts.size() >= 2) {
          Mention a = counts.get(counts.size() - 2);
          Mention b = counts.get(counts.size() - 1);
          if (a.unit().equals(b.unit())) {
            return new Mention[] {b, a};
          }
        }
        return new Mention[] {null, null};
      default:
        return new Mention[] {null, null};
    }
  }

  private static @Nullable Mention first(Map<Measure, Mention> group, Measure... measures) {
    for (Measure m : measures) {
      if (group.containsKey(m)) {
        return group.get(m);
      }
    }
    return null;
  }

  /** The nearest money mention before a rate whose value in 元, or as written, is the given number. */
  private static @Nullable Mention find(FactContext context, Mention rate, String written) {
    BigDecimal value = new BigDecimal(written.replace(",", ""));
    Mention best = null;
    for (Mention m : context.mentionsIn(Math.max(0, rate.start() - QUOTIENT_LOOKBACK), rate.start())) {
      if (m.kind() == MentionKind.MONEY
          && (m.value().compareTo(value) == 0
              || (m.yuan() != null && m.yuan().compareTo(value) == 0))) {
        best = m;
      }
    }
    return best;
  }
}
