package io.suanzhang.read.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link TableGrid} from rows of cells placed on known columns, the way word processors
 * describe tables (DOCX, RTF): a cell covers one or more grid columns, and a cell may continue the cell
 * above it in the same column (a vertical merge), or the cell before it in the row (a horizontal one).
 */
public final class GridBuilder {

  /** A cell's part in a vertical merge. */
  public enum Vertical {
    NONE,
    START,
    CONTINUE
  }

  private static final class Placed {
    final int row;
    final int column;
    int span;
    int rowSpan = 1;
    final StringBuilder text;
    Placed anchor = this;

    Placed(int row, int column, int span, String text) {
      this.row = row;
      this.column = column;
      this.span = span;
      this.text = new StringBuilder(text);
    }
  }

  private final List<List<Placed>> rows = new ArrayList<>();
  private Map<Integer, Placed> above = new HashMap<>();
  private Map<Integer, Placed> here = new HashMap<>();
  private @Nullable Placed previous;
  private int width;

  /** Starts the next row. */
  public GridBuilder row() {
    if (!rows.isEmpty()) {
      above = here;
      here = new HashMap<>();
    }
    rows.add(new ArrayList<>());
    previous = null;
    return this;
  }

  /**
   * Places a cell at a column. A continuing cell with a cell starting in the same column just above
   * joins that cell's merge, its text (if any) appended; otherwise it stands on its own.
   */
  public GridBuilder cell(int column, int span, String text, Vertical vertical) {
    if (rows.isEmpty()) {
      row();
    }
    int r = rows.size() - 1;
    Placed cell = new Placed(r, Math.max(0, column), Math.max(1, span), text);
    Placed up = above.get(cell.column);
    if (vertical == Vertical.CONTINUE && up != null) {
      Placed anchor = up.anchor;
      anchor.rowSpan = r - anchor.row + 1;
      append(anchor, text);
      cell.anchor = anchor;
    } else {
      rows.get(r).add(cell);
    }
    here.put(cell.column, cell);
    previous = cell;
    width = Math.max(width, cell.column + cell.span);
    return this;
  }

  /** Widens the previous cell of the row by {@code span} columns: a horizontal merge. */
  public GridBuilder widen(int span, String text) {
    if (previous == null) {
      return this;
    }
    Placed target = previous.anchor;
    if (target.row == rows.size() - 1) {
      target.span += Math.max(1, span);
      width = Math.max(width, target.column + target.span);
    }
    append(target, text);
    return this;
  }

  /** Makes the table at least this wide (columns skipped after a row's last cell). */
  public GridBuilder width(int columns) {
    width = Math.max(width, columns);
    return this;
  }

  public int rowCount() {
    return rows.size();
  }

  public TableGrid grid() {
    TableGrid grid = new TableGrid();
    for (List<Placed> placed : rows) {
      List<String> texts = new ArrayList<>(width);
      for (int c = 0; c < width; c++) {
        texts.add("");
      }
      for (Placed p : placed) {
        texts.set(p.column, p.text.toString());
      }
      grid.row(texts, null);
    }
    for (List<Placed> placed : rows) {
      for (Placed p : placed) {
        grid.merge(p.row, p.column, p.rowSpan, p.span);
      }
    }
    return grid;
  }

  /** A merged cell keeps the text of the cells it absorbed (they are empty as a rule). */
  private static void append(Placed anchor, String text) {
    if (!text.isBlank()) {
      if (anchor.text.length() > 0) {
        anchor.text.append('\n');
      }
      anchor.text.append(text);
    }
  }
}
