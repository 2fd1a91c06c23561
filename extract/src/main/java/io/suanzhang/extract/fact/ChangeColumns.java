package io.suanzhang.extract.fact;

import io.suanzhang.core.document.Cell;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Direction;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Tables that compare each row with the year before: 项目 | 上年决算数 | 本年决算数 | 增、减额 | 增、减幅度, the
 * 三公 and 收支 comparison tables of 决算 and 预算 reports. Each row is a {@link Comparison} of its
 * label, with the previous and current values of its own row and the change and rate written after
 * them; the growth and difference rules check it like a sentence. Headers are found by their words,
 * not their place: a text table often shifts a second header row to the left.
 */
final class ChangeColumns {

  private static final Pattern PREVIOUS = Pattern.compile("上年|去年|上一年");
  private static final Pattern CURRENT = Pattern.compile("本年|今年|当年");
  /** A table that states changes at all: its header names them. */
  private static final Pattern CHANGES = Pattern.compile("增减|增长|增加|减少|变动|幅度");
  /** A row's own numbering: 2、公务接待费, (1)公务用车购置费. */
  private static final Pattern NUMBERING = Pattern.compile("^(?:其中[:：]?)?[（(]?[0-9一二三四五六七八九十]+[)）、.．]");
  /** The most header rows looked at before the rows of values. */
  private static final int HEADER_ROWS = 4;

  private ChangeColumns() {}

  static List<Fact> of(FactGrid grid) {
    int previous = -1;
    int current = -1;
    boolean changes = false;
    int firstData = -1;
    for (int r = 0; r < Math.min(grid.rowCount(), HEADER_ROWS) && firstData < 0; r++) {
      boolean values = false;
      for (Cell cell : grid.row(r)) {
        String text = FactGrid.squash(FactGrid.text(cell));
        if (grid.numeric(cell)) {
          values = true;
        } else if (PREVIOUS.matcher(text).find() && !CHANGES.matcher(text).find()) {
          previous = previous < 0 ? cell.column() : previous;
        } else if (CURRENT.matcher(text).find() && !CHANGES.matcher(text).find()) {
          current = current < 0 ? cell.column() : current;
        }
        changes |= CHANGES.matcher(text).find();
      }
      if (values) {
        firstData = r;
      }
    }
    if (previous < 0 || current <= previous || !changes || firstData < 0) {
      return List.of();
    }
    List<Fact> out = new ArrayList<>();
    for (int r = firstData; r < grid.rowCount(); r++) {
      Comparison c = row(grid, r, previous, current);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  /** The comparison of one row, or null when it lacks a value or states no change. */
  private static @Nullable Comparison row(FactGrid grid, int r, int previous, int current) {
    Mention base = money(grid, grid.at(r, previous));
    Mention now = money(grid, grid.at(r, current));
    if (base == null || now == null) {
      return null;
    }
    Mention change = null;
    Mention rate = null;
    String label = "";
    List<Cell> cells = grid.row(r);
    for (Cell cell : cells) {
      if (cell.column() < previous && !grid.numeric(cell) && label.isEmpty()) {
        label = Labels.subject(NUMBERING.matcher(FactGrid.squash(FactGrid.text(cell))).replaceFirst(""));
      } else if (cell.column() > current && grid.numeric(cell)) {
        List<Mention> found = grid.mentions(cell);
        Mention m = found.get(0);
        if (found.size() != 1 || m.comparator() != null) {
          break;
        }
        if (m.kind() == MentionKind.PERCENT && rate == null) {
          rate = m;
        } else if (m.kind() == MentionKind.MONEY && change == null && rate == null) {
          change = m;
        } else {
          break;
        }
      }
    }
    if (rate == null && change == null) {
      return null;
    }
    // The sign the table writes is the direction: −18.17 and −57.39% fell; 0 stayed the same.
    Mention signed = change != null ? change : rate;
    Direction direction = signed.value().signum() < 0 ? Direction.DECREASE
        : signed.value().signum() == 0 ? Direction.UNCHANGED : Direction.INCREASE;
    FactContext context = grid.context;
    var span = grid.span(cells);
    return new Comparison(context.nextId(), context.sectionAt(span.start()), label.isEmpty() ? "合计" : label,
        null, now, base, direction, change, rate, span, context.quote(span.start(), span.end()));
  }

  private static @Nullable Mention money(FactGrid grid, @Nullable Cell cell) {
    if (cell == null || !grid.numeric(cell)) {
      return null;
    }
    List<Mention> found = grid.mentions(cell);
    return found.size() == 1 && found.get(0).kind() == MentionKind.MONEY ? found.get(0) : null;
  }
}
