package io.suanzhang.checks.cross;

import static java.util.Objects.requireNonNull;

import io.suanzhang.checks.Interval;
import io.suanzhang.checks.Verdict;
import io.suanzhang.checks.cross.CrossDocuments.Doc;
import io.suanzhang.checks.cross.CrossDocuments.Pair;
import io.suanzhang.checks.cross.Figures.Figure;
import io.suanzhang.checks.cross.Figures.Item;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Direction;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.text.Span;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Year against year: what a report of year Y says of the year before — 比上年增加 X, 增长 r%, 持平 —
 * against what year Y−1's report of the same department, unit and kind (the files of its set
 * together, {@link ReportSets}) itself printed for the same item.
 *
 * <p>The item is matched by classification code first: a sentence's item takes the code of the row
 * of its own report's tables that has its name and its value; year Y−1's rows of that code are the
 * reference, and a row of the same name under another code (recoded between the years) is said so.
 * Without a code, by name (the path of 类, 款, 项 names, see {@link Figures.Item}). Year Y−1's value
 * {@code p} then gives what the sentence should say: the change {@code current − p}, the rate {@code
 * (current − p) / p}, 持平 for {@code current = p}; each is judged at its written precision with the
 * range every written number stands for — a rate cut off instead of rounded is info, not a warning.
 * Nothing is guessed: where year Y−1 states the item with values that disagree among themselves and
 * none fits, the sentence is not evaluated.
 */
final class YearOnYear {

  private static final MathContext CONTEXT = MathContext.DECIMAL64;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** What one comparison sentence was found to say wrongly: the part and its verdict. */
  private record Part(String what, String zhName, String enName, Verdict verdict, String unit) {}

  private YearOnYear() {}

  /**
   * Adds a pair for every comparison sentence of a report about the previous year whose item year
   * Y−1's report of the department states.
   */
  static void pairs(List<Doc> docs, List<Pair> pairs, Function<Doc, List<Figure>> figures) {
    for (Doc doc : docs) {
      Integer year = doc.report().year();
      if (year == null) {
        continue;
      }
      List<Doc> before = docs.stream()
          .filter(d -> Objects.equals(d.report().year(), year - 1)
              && d.department().equals(doc.department()) && Objects.equals(d.unit(), doc.unit())
              && d.family().equals(doc.family()))
          .toList();
      if (before.isEmpty()) {
        continue;
      }
      List<Figure> earlier = new ArrayList<>();
      before.forEach(d -> earlier.addAll(figures.apply(d)));
      List<Figure> own = new ArrayList<>();
      ReportSets.setOf(doc, docs).forEach(d -> own.addAll(figures.apply(d)));
      // Items of the same name are the only ones matched by name (sameName compares the last names
      // first): indexed, so that a sentence is not held against every figure of both years.
      Map<String, List<Figure>> ownByName = byName(own);
      Map<String, List<Figure>> earlierByName = byName(earlier);
      for (Fact f : doc.facts()) {
        if (f instanceof Comparison c && aboutPreviousYear(c, year)) {
          Pair p = evaluate(doc, c, year, ownByName, earlier, earlierByName, pairs.size() + 1);
          if (p != null) {
            pairs.add(p);
          }
        }
      }
    }
  }

  /**
   * A comparison of this year's money with the year before that states a change, a rate or 持平 and
   * quotes no previous value (one that does is {@link PreviousYear}'s).
   */
  static boolean aboutPreviousYear(Comparison c, int year) {
    return Objects.equals(c.baseYear(), year - 1) && c.current() != null
        && Figures.money(c.current()) && c.base() == null
        && (c.change() != null || c.rate() != null || c.direction() == Direction.UNCHANGED);
  }

  /** Figures by their item's last name, each list in the figures' order. */
  private static Map<String, List<Figure>> byName(List<Figure> figures) {
    Map<String, List<Figure>> byName = new HashMap<>();
    for (Figure f : figures) {
      byName.computeIfAbsent(f.item().name(), k -> new ArrayList<>()).add(f);
    }
    return byName;
  }

  private static @Nullable Pair evaluate(Doc doc, Comparison c, int year,
      Map<String, List<Figure>> ownByName, List<Figure> earlier,
      Map<String, List<Figure>> earlierByName, int number) {
    Mention current = requireNonNull(c.current());
    Item item = Figures.text(c.subject(), doc);
    if (item == null) {
      return null;
    }
    String code = code(item, current, ownByName.getOrDefault(item.name(), List.of()));
    String said = CrossDocuments.normalise(c.quote());
    List<Figure> candidates = new ArrayList<>();
    String recoded = null;
    if (code != null) {
      earlier.stream().filter(f -> code.equals(f.item().code()) && !Figures.narrower(f, said))
          .forEach(candidates::add);
    }
    if (candidates.isEmpty()) {
      for (Figure f : earlierByName.getOrDefault(item.name(), List.of())) {
        if (f.item().sameName(item) && !Figures.narrower(f, said)) {
          candidates.add(f);
          if (code != null && f.item().code() != null && !code.equals(f.item().code())) {
            recoded = f.item().code() + " → " + code;
          }
        }
      }
    }
    Figure reference = choose(current, c, candidates);
    if (reference == null) {
      return null;
    }
    List<Part> wrong = judge(c, reference.number());
    String subject = String.join("·", item.path());
    String relation = subject + "（" + year + "年比上年）：" + c.quote().strip() + " ↔ "
        + reference.number().text() + "（" + reference.place() + "）";
    List<Span> spans = new ArrayList<>();
    for (Mention m : c.numbers()) {
      spans.add(new Span(m.start(), m.end(), m.page()));
    }
    spans.add(new Span(reference.number().start(), reference.number().end(),
        reference.number().page()));
    CrossDocuments.Compared compared = new CrossDocuments.Compared(
        subject, said(c), CrossDocuments.written(reference.number()));
    if (wrong.isEmpty()) {
      return new Pair(doc.path(), reference.doc().path(),
          new Check(CrossDocuments.RULE, relation, true, null, spans), null, compared);
    }
    String id = "X" + number;
    Finding finding = finding(id, doc, c, subject, year, reference, wrong, recoded);
    return new Pair(doc.path(), reference.doc().path(),
        new Check(CrossDocuments.RULE, relation, false, id, spans), finding, compared);
  }

  /** What a comparison says of the year before, as written: its value, change and rate. */
  private static String said(Comparison c) {
    List<String> parts = new ArrayList<>();
    if (c.current() != null) {
      parts.add(CrossDocuments.written(c.current()));
    }
    if (c.change() != null) {
      parts.add((c.direction() == Direction.DECREASE ? "−" : "+") + CrossDocuments.written(c.change()));
    }
    if (c.rate() != null) {
      parts.add((c.direction() == Direction.DECREASE ? "−" : "+") + c.rate().text());
    }
    if (parts.size() < 2 && c.direction() == Direction.UNCHANGED) {
      parts.add("持平");
    }
    return String.join(" ", parts);
  }

  /**
   * The code of a sentence's item in its own report: the rows of its name ({@code own}: the figures
   * of its last name) whose value is the sentence's current value, when they give one code.
   */
  private static @Nullable String code(Item item, Mention current, List<Figure> own) {
    Set<String> codes = new LinkedHashSet<>();
    for (Figure f : own) {
      if (f.inTable() && f.item().code() != null && f.item().sameName(item)
          && Figures.agree(current, f.number())) {
        codes.add(f.item().code());
      }
    }
    return codes.size() == 1 ? codes.iterator().next() : null;
  }

  /**
   * The previous year's figure to judge by: one with which the sentence holds; else the one value
   * every candidate gives; else none.
   */
  private static @Nullable Figure choose(Mention current, Comparison c, List<Figure> candidates) {
    if (candidates.isEmpty()) {
      return null;
    }
    for (Figure f : candidates) {
      if (judge(c, f.number()).isEmpty()) {
        return f;
      }
    }
    Figure first = candidates.get(0);
    boolean one = candidates.stream().allMatch(f -> Figures.agree(first.number(), f.number()));
    if (!one) {
      return null;
    }
    // the finest written of equal values: its rate is the sharpest test
    return candidates.stream()
        .max(java.util.Comparator.comparingInt(f -> CrossDocuments.scale(f.number(), "元")))
        .orElse(first);
  }

  /** The parts of the sentence the previous value contradicts: change, rate, 持平. */
  static List<Part> judge(Comparison c, Mention previous) {
    Mention current = requireNonNull(c.current());
    String unit = unit(current, previous, c.change());
    BigDecimal cur = CrossDocuments.value(current, unit);
    BigDecimal prev = CrossDocuments.value(previous, unit);
    Interval curRange = Interval.written(cur, CrossDocuments.scale(current, unit));
    Interval prevRange = Interval.written(prev, CrossDocuments.scale(previous, unit));
    boolean down = c.direction() == Direction.DECREASE;
    BigDecimal delta = down ? prev.subtract(cur) : cur.subtract(prev);
    Interval deltaRange = down ? prevRange.minus(curRange) : curRange.minus(prevRange);
    List<Part> wrong = new ArrayList<>();
    Mention change = c.change();
    if (change != null && change.kind() == MentionKind.MONEY && change.yuan() != null) {
      Verdict v = Verdict.of(CrossDocuments.value(change, unit), CrossDocuments.scale(change, unit),
          delta, deltaRange);
      if (!v.holds()) {
        wrong.add(new Part(change.text(), "增减额", "change", v, unit));
      }
    } else if (change == null && c.rate() == null) {
      // 持平: no change at all
      int scale = CrossDocuments.scale(current, unit);
      Verdict v = Verdict.of(BigDecimal.ZERO.setScale(Math.max(0, scale)), Math.max(0, scale),
          cur.subtract(prev), curRange.minus(prevRange));
      if (!v.holds()) {
        wrong.add(new Part("持平", "增减额", "change", v, unit));
      }
    }
    Mention rate = c.rate();
    if (rate != null && rate.kind() == MentionKind.PERCENT && prev.signum() > 0
        && !prevRange.contains(BigDecimal.ZERO)) {
      BigDecimal point = delta.multiply(HUNDRED).divide(prev, CONTEXT);
      Interval range = deltaRange.times(HUNDRED).dividedBy(prevRange);
      Verdict v = Verdict.of(rate.value(), rate.value().scale(), point, range);
      if (!v.holds()) {
        wrong.add(new Part(rate.text(), "增减率", "rate", v, "%"));
      }
    }
    return wrong;
  }

  private static String unit(Mention current, Mention previous, @Nullable Mention change) {
    boolean same = current.unit().equals(previous.unit())
        && (change == null || change.kind() != MentionKind.MONEY
            || change.unit().equals(current.unit()));
    return same ? current.unit() : "元";
  }

  private static Finding finding(String id, Doc doc, Comparison c, String subject, int year,
      Figure reference, List<Part> wrong, @Nullable String recoded) {
    boolean rounding = wrong.stream()
        .allMatch(p -> p.verdict().outcome() == Verdict.Outcome.ROUNDING);
    Part first = wrong.stream()
        .filter(p -> p.verdict().outcome() == Verdict.Outcome.BREAKS).findFirst()
        .orElse(wrong.get(0));
    Mention current = requireNonNull(c.current());
    String unit = unit(current, reference.number(), c.change());
    String implied = implied(c, unit);
    StringBuilder zh = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (Part p : wrong) {
      String recomputed = plain(p.verdict().recomputed()) + p.unit();
      zh.append(zh.length() == 0 ? "" : "；").append(p.zhName()).append("应为 ").append(recomputed)
          .append("（所述 ").append(p.what()).append("）");
      en.append(en.length() == 0 ? "" : "; ").append("the ").append(p.enName()).append(" is ")
          .append(recomputed).append(" (stated ").append(p.what()).append(")");
    }
    String place = doc.path() + (current.page() == null ? "" : " 第" + current.page() + "页");
    String recodedZh = recoded == null ? "" : "（分类编码已变更：" + recoded + "）";
    String recodedEn = recoded == null ? "" : " (recoded between the years: " + recoded + ")";
    String zhText = String.format(Locale.ROOT,
        "%1$s：%2$s 称%3$d年 %4$s 与上年相比%5$s，%6$s；而%7$d年报告 %8$s 中为 %9$s%10$s%11$s",
        subject, place, year, current.text(), implied, zh, year - 1, reference.place(),
        reference.number().text(), recodedZh, rounding ? "，差异可由舍入或截断解释" : "");
    String enText = String.format(Locale.ROOT,
        "%1$s: %2$s says %4$s in %3$d against the year before (%5$s), but %7$d's report %8$s"
            + " states %9$s: %6$s%10$s%11$s",
        subject, place, year, current.text(), implied, en, year - 1, reference.place(),
        reference.number().text(), recodedEn,
        rounding ? ", which rounding or truncation of the written numbers explains" : "");
    Verdict v = first.verdict();
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(Evidence.of("stated", current, c.quote()));
    for (Mention m : new Mention[] {c.change(), c.rate()}) {
      if (m != null) {
        evidence.add(Evidence.of("stated", m, c.quote()));
      }
    }
    evidence.add(Evidence.of("reference:" + reference.doc().path(), reference.number(),
        reference.fact().quote()));
    return new Finding(id, CrossDocuments.RULE,
        rounding ? "cross_document.previous_year_rounding" : "cross_document.previous_year",
        rounding ? Severity.INFO : Severity.WARNING, subject, zhText, enText,
        v.stated(), v.recomputed(), v.difference(), v.tolerance(), first.unit(),
        List.of(c.id(), reference.doc().path() + "#" + reference.fact().id()), evidence);
  }

  /** The previous value the sentence implies, for messages: current − change, current ÷ (1 + r). */
  private static String implied(Comparison c, String unit) {
    Mention current = requireNonNull(c.current());
    BigDecimal cur = CrossDocuments.value(current, unit);
    int sign = c.direction() == Direction.DECREASE ? -1 : 1;
    Mention change = c.change();
    if (change != null && change.kind() == MentionKind.MONEY && change.yuan() != null) {
      BigDecimal prev = cur.subtract(CrossDocuments.value(change, unit).multiply(BigDecimal.valueOf(sign)));
      return "上年应为 " + plain(prev) + unit;
    }
    Mention rate = c.rate();
    if (rate != null && rate.kind() == MentionKind.PERCENT) {
      BigDecimal factor = BigDecimal.ONE.add(
          rate.value().multiply(BigDecimal.valueOf(sign)).divide(HUNDRED, CONTEXT));
      if (factor.signum() > 0) {
        int scale = Math.max(0, CrossDocuments.scale(current, unit));
        return "上年应约为 " + plain(cur.divide(factor, scale, RoundingMode.HALF_UP)) + unit;
      }
    }
    return "上年应为 " + current.text();
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
