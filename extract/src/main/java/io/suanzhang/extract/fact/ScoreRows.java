package io.suanzhang.extract.fact;

import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Score;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The points of one project's self-evaluation table, as {@link Score} facts: one per row that states
 * them under 分值 (or 权重, 满分) and 得分 — each indicator row, the budget-execution row — and the
 * 合计 row they add up to.
 *
 * <p>A row's level follows the table's columns: an indicator under 一级指标 | 二级指标 | 三级指标 is
 * level 3, the budget-execution row level 1, each one deeper under a 合计 row, which is level 1 and
 * the parent of every other row. 一级 and 二级 items state no points of their own in these tables,
 * so they make no facts: their rows hang under the 合计 (or have no parent without one), which is
 * where their points add up. Rows are collected over the table blocks of a project and made into
 * facts when it ends, since the 合计 comes last.
 */
final class ScoreRows {

  /** The first cell of a row that totals the table's points. */
  private static final Pattern TOTAL = Pattern.compile("合计|总计|总分|合计得分|总得分|综合得分|自评总分");

  private record Row(
      @Nullable String section, String subject, int level, @Nullable Mention full,
      @Nullable Mention score, Span span, String quote) {}

  private final List<Row> rows = new ArrayList<>();
  private @Nullable Row total;

  /** Whether a cell's text names a total row: 合计, 总分 …. */
  static boolean isTotal(String firstCell) {
    return TOTAL.matcher(FactGrid.squash(firstCell)).matches();
  }

  /** Records a row's points, if it states any; {@code level} counts from 1 without a 合计. */
  void row(
      FactContext context, String subject, int level, @Nullable Mention full,
      @Nullable Mention score, Span span) {
    if (full != null || score != null) {
      rows.add(new Row(context.sectionAt(span.start()), subject, level, full, score, span,
          context.quote(span.start(), span.end())));
    }
  }

  /** Records the 合计 row, if it states points. */
  void total(
      FactContext context, String subject, @Nullable Mention full, @Nullable Mention score,
      Span span) {
    if (full != null || score != null) {
      total = new Row(context.sectionAt(span.start()), subject, 1, full, score, span,
          context.quote(span.start(), span.end()));
    }
  }

  /** The score facts of the rows recorded so far, the 合计 first; nothing is kept for later. */
  List<Fact> facts(FactContext context) {
    List<Fact> out = new ArrayList<>();
    String parent = null;
    if (total != null) {
      parent = context.nextId();
      out.add(score(parent, null, 1, total));
    }
    for (Row r : rows) {
      out.add(score(context.nextId(), parent, r.level() + (parent == null ? 0 : 1), r));
    }
    rows.clear();
    total = null;
    return out;
  }

  private static Score score(String id, @Nullable String parent, int level, Row r) {
    return new Score(
        id, r.section(), r.subject(), parent, level, r.full(), r.score(), null, r.span(), r.quote());
  }
}
