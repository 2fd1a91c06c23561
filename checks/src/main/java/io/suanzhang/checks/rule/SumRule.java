package io.suanzhang.checks.rule;

import io.suanzhang.checks.Report;
import io.suanzhang.checks.Results;
import io.suanzhang.checks.Rule;
import io.suanzhang.checks.arithmetic.Addends;
import io.suanzhang.checks.arithmetic.TableSums;
import io.suanzhang.checks.arithmetic.WholeSplits;
import io.suanzhang.checks.arithmetic.Addends.Term;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Breakdown;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Rate;
import io.suanzhang.core.fact.Score;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.CodePoints;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code sum}: a total against its parts — 其中 and itemised lists, score sub-totals ({@code 投入 20 =
 * 10 + 10}), and in tables 合计 against its columns, a total row against its rows and a classification
 * code against the codes under it ({@link TableSums}).
 */
public final class SumRule implements Rule {

  /** A number in a list without a unit of its own: no year, date, item number, rate or amount. */
  private static final Pattern STRAY_NUMBER =
      Pattern.compile("(?<![0-9.])[0-9]+(?:\\.[0-9]+)?(?![0-9.．年月日）)、%％万亿千元])");

  private static final Pattern BRACKETED = Pattern.compile("[（(][^（()）]*[)）]");

  @Override
  public String id() {
    return "sum";
  }

  @Override
  public void check(Report report, Results results) {
    for (Breakdown b : report.facts(Breakdown.class)) {
      Mention total = b.total();
      if (total == null || b.parts().isEmpty()) {
        continue;
      }
      List<Term> parts = new ArrayList<>();
      for (Breakdown.Part p : b.parts()) {
        parts.add(new Term(p.value(), b, "part"));
      }
      Term whole = new Term(total, b, "total");
      boolean exhaustive = b.exhaustive() && !unlistedNumber(report.codePoints(), b, report);
      int end = exhaustive ? listEnd(whole, parts) : parts.size();
      Addends.check(
          results, b.subject(), whole, parts.subList(0, end), exhaustive, Integer.MAX_VALUE,
          Severity.ERROR, closed(b) ? Severity.ERROR : Severity.WARNING);
    }
    scores(report.facts(Score.class), results);
    TableSums.check(report, results);
  }

  /**
   * A list nothing can be missing from: one that names its catch-all last (其他收入…), says 分别, or
   * names every item of a split the templates make whole (基本支出69.98万元，项目支出21.60万元).
   */
  private static boolean closed(Breakdown b) {
    String last = b.parts().get(b.parts().size() - 1).label();
    return last.startsWith("其他") || b.quote().contains("分别") || WholeSplits.named(b);
  }

  /**
   * Where a 其中 list ends: a list that runs on past its total ("共64次，其中…15次，…49次，定点药店
   * 开展106次") ends at the part that completes it, when the parts up to there add up exactly.
   */
  private static int listEnd(Term total, List<Term> parts) {
    if (Addends.holds(total, parts)) {
      return parts.size();
    }
    for (int end = parts.size() - 1; end >= 2; end--) {
      if (Addends.holds(total, parts.subList(0, end))) {
        return end;
      }
    }
    return parts.size();
  }

  /**
   * Whether the list holds a number that is no part, such as a count without its unit ("其中行政单位
   * 1，…0 个"): then the parts read are not all of the total. A number another list over the same
   * lines reads is accounted for: the next column of a funds block flattened row by row (全年预算数
   * 7165.32 | 全年执行数 6992.95, 其中:中央财政资金 3144.00 | 3144.00 …), or the parts of a part; so
   * are the 分值, 执行率 and 得分 a funds block's total row states beside its amounts (scores and
   * rates are never a missing part of money).
   */
  private static boolean unlistedNumber(CodePoints text, Breakdown b, Report report) {
    Mention total = b.total();
    List<Breakdown.Part> parts = b.parts();
    int from = text.toUtf16(total.end());
    int to = text.toUtf16(parts.get(parts.size() - 1).value().start());
    if (to <= from) {
      return false;
    }
    StringBuilder rest = new StringBuilder(text.text().substring(from, to));
    List<Breakdown.Part> read = new ArrayList<>(parts);
    for (Fact other : report.facts(Fact.class)) {
      boolean accounts = other instanceof Breakdown || other instanceof Score || other instanceof Rate;
      if (accounts && other != b && other.span().start() < b.span().end()
          && b.span().start() < other.span().end()) {
        other.numbers().forEach(m -> read.add(new Breakdown.Part("", m, null)));
      }
    }
    for (Breakdown.Part p : read) {
      for (Mention m : p.share() == null ? List.of(p.value()) : List.of(p.value(), p.share())) {
        int a = text.toUtf16(m.start()) - from;
        int z = text.toUtf16(m.end()) - from;
        if (a >= 0 && z <= rest.length()) {
          for (int i = a; i < z; i++) {
            rest.setCharAt(i, ' ');
          }
        }
      }
    }
    // A bracket holds the parts of a part (税收收入199744万元、政府非税收入204889万元), not a missed one.
    return STRAY_NUMBER.matcher(BRACKETED.matcher(rest).replaceAll(" ")).find();
  }

  /** A score against its children's, and a full mark against theirs. */
  private static void scores(List<Score> scores, Results results) {
    Map<String, List<Score>> children = new LinkedHashMap<>();
    for (Score s : scores) {
      if (s.parent() != null) {
        children.computeIfAbsent(s.parent(), k -> new ArrayList<>()).add(s);
      }
    }
    for (Score parent : scores) {
      List<Score> under = children.getOrDefault(parent.id(), List.of());
      if (!under.isEmpty()) {
        scoreSum(results, parent, under, children, Score::score, "score");
        scoreSum(results, parent, under, children, Score::full, "full");
      }
    }
  }

  private static void scoreSum(
      Results results, Score parent, List<Score> under, Map<String, List<Score>> children,
      Function<Score, Mention> field, String role) {
    Mention total = field.apply(parent);
    if (total == null) {
      return;
    }
    List<Term> parts = new ArrayList<>();
    if (!terms(under, children, field, role, parts)) {
      return; // a child without the value: the sum cannot be recomputed
    }
    Addends.check(
        results, parent.subject(), new Term(total, parent, role + " total"), parts, true,
        Integer.MAX_VALUE);
  }

  /**
   * The values of the children, or of their children where a child states none of its own: a
   * 一级指标 states its 分值 (产出指标(50分)) but its 得分 only through its rows.
   */
  private static boolean terms(
      List<Score> under, Map<String, List<Score>> children, Function<Score, Mention> field,
      String role, List<Term> parts) {
    for (Score child : under) {
      Mention value = field.apply(child);
      List<Score> below = children.getOrDefault(child.id(), List.of());
      if (value != null) {
        parts.add(new Term(value, child, role));
      } else if (below.isEmpty() || !terms(below, children, field, role, parts)) {
        return false;
      }
    }
    return true;
  }
}
