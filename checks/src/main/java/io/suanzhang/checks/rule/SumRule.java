package io.suanzhang.checks.rule;

import io.suanzhang.checks.Report;
import io.suanzhang.checks.Results;
import io.suanzhang.checks.Rule;
import io.suanzhang.checks.rule.Addends.Term;
import io.suanzhang.core.fact.Breakdown;
import io.suanzhang.core.fact.Score;
import io.suanzhang.core.mention.Mention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code sum}: a total against its parts — 其中 and itemised lists, score sub-totals ({@code 投入 20 =
 * 10 + 10}), and in tables 合计 against its columns, a total row against its rows and a classification
 * code against the codes under it ({@link TableSums}).
 */
public final class SumRule implements Rule {

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
      Addends.check(
          results, b.subject(), new Term(total, b, "total"), parts, b.exhaustive(),
          Integer.MAX_VALUE);
    }
    scores(report.facts(Score.class), results);
    TableSums.check(report, results);
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
        scoreSum(results, parent, under, Score::score, "score");
        scoreSum(results, parent, under, Score::full, "full");
      }
    }
  }

  private static void scoreSum(
      Results results, Score parent, List<Score> under, Function<Score, Mention> field,
      String role) {
    Mention total = field.apply(parent);
    if (total == null) {
      return;
    }
    List<Term> parts = new ArrayList<>();
    for (Score child : under) {
      Mention value = field.apply(child);
      if (value == null) {
        return; // a child without the value: the sum cannot be recomputed
      }
      parts.add(new Term(value, child, role));
    }
    Addends.check(
        results, parent.subject(), new Term(total, parent, role + " total"), parts, true,
        Integer.MAX_VALUE);
  }
}
