package io.suanzhang.read.tika;

import io.suanzhang.read.internal.SheetTable;
import io.suanzhang.read.internal.TableGrid;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An HTML table as its elements arrive: rows of cells with their colspan, rowspan and th-ness, the
 * thead rows and the caption. Laid out by the HTML table model: a cell takes the first column its row
 * has free, after the cells spanning down from the rows above.
 */
final class HtmlTable {

  /** HTML's own limits for colspan and rowspan. */
  private static final int MAX_COLSPAN = 1000;
  private static final int MAX_ROWSPAN = 65_534;
  private static final int XLS_ROWS = 65_536;
  private static final int XLS_COLUMNS = 256;

  static final class Cell {
    final StringBuilder text = new StringBuilder();
    final int colspan;
    final int rowspan;
    final boolean th;

    Cell(int colspan, int rowspan, boolean th) {
      this.colspan = Math.max(1, Math.min(colspan, MAX_COLSPAN));
      this.rowspan = Math.max(1, Math.min(rowspan, MAX_ROWSPAN));
      this.th = th;
    }
  }

  private static final class Row {
    final List<Cell> cells = new ArrayList<>();
    final boolean head;

    Row(boolean head) {
      this.head = head;
    }
  }

  /** Written into the enclosing cell as text instead of becoming a table of its own. */
  final boolean flatten;
  /** A layout table: its cells were written as body text once a table turned up inside it. */
  boolean dissolved;
  boolean inHead;
  boolean inCaption;
  final StringBuilder caption = new StringBuilder();
  private final List<Row> rows = new ArrayList<>();
  private @Nullable Row row;
  private @Nullable Cell cell;

  HtmlTable(boolean flatten) {
    this.flatten = flatten;
  }

  void startRow() {
    endRow();
    row = new Row(inHead);
    rows.add(row);
  }

  void endRow() {
    endCell();
    row = null;
  }

  void startCell(int colspan, int rowspan, boolean th) {
    if (row == null) {
      startRow();
    }
    endCell();
    Cell opened = new Cell(colspan, rowspan, th);
    cell = opened;
    if (row != null) {
      row.cells.add(opened);
    }
  }

  void endCell() {
    cell = null;
  }

  boolean inCell() {
    return cell != null;
  }

  /** The text of the open cell; only while {@link #inCell()}. */
  StringBuilder cellText() {
    if (cell == null) {
      throw new IllegalStateException("no open cell");
    }
    return cell.text;
  }

  /** The texts of the cells so far, in order, for a table that turns out to be layout. */
  List<String> texts() {
    List<String> out = new ArrayList<>();
    for (Row r : rows) {
      for (Cell c : r.cells) {
        out.add(c.text.toString());
      }
    }
    return out;
  }

  /** Rows that hold at least one cell. */
  private List<Row> filled() {
    List<Row> out = new ArrayList<>();
    for (Row r : rows) {
      if (!r.cells.isEmpty()) {
        out.add(r);
      }
    }
    return out;
  }

  /** One row of one cell: a box around text rather than a table. */
  boolean isSingleCell() {
    List<Row> filled = filled();
    return filled.size() == 1 && filled.get(0).cells.size() == 1;
  }

  /** Leading rows in thead or made only of th cells; 0 when that is every row or none. */
  int headerRows() {
    List<Row> filled = filled();
    int n = 0;
    while (n < filled.size() && (filled.get(n).head || allTh(filled.get(n)))) {
      n++;
    }
    return n == filled.size() ? 0 : n;
  }

  private static boolean allTh(Row r) {
    for (Cell c : r.cells) {
      if (!c.th) {
        return false;
      }
    }
    return true;
  }

  TableGrid grid() {
    List<Row> filled = filled();
    List<BitSet> taken = new ArrayList<>();
    List<List<String>> texts = new ArrayList<>();
    for (int r = 0; r < filled.size(); r++) {
      taken.add(new BitSet());
      texts.add(new ArrayList<>());
    }
    TableGrid grid = new TableGrid();
    List<int[]> merges = new ArrayList<>();
    int width = 0;
    for (int r = 0; r < filled.size(); r++) {
      int column = 0;
      for (Cell c : filled.get(r).cells) {
        column = taken.get(r).nextClearBit(column);
        int rowspan = Math.min(c.rowspan, filled.size() - r);
        for (int k = r; k < r + rowspan; k++) {
          taken.get(k).set(column, column + c.colspan);
        }
        set(texts.get(r), column, c.text.toString());
        if (rowspan > 1 || c.colspan > 1) {
          merges.add(new int[] {r, column, rowspan, c.colspan});
        }
        column += c.colspan;
        width = Math.max(width, column);
      }
    }
    for (List<String> t : texts) {
      while (t.size() < width) {
        t.add("");
      }
      grid.row(t, null);
    }
    for (int[] m : merges) {
      grid.merge(m[0], m[1], m[2], m[3]);
    }
    int header = headerRows();
    if (header > 0) {
      grid.headerRows(header);
    }
    return grid;
  }

  /**
   * The cells into a sheet, row and column as they came (Tika writes XLS sheets that way), within the
   * 65,536 rows and 256 columns an XLS sheet has: a damaged record can claim any position.
   */
  void into(SheetTable sheet) {
    for (int r = 0; r < Math.min(rows.size(), XLS_ROWS); r++) {
      List<Cell> cells = rows.get(r).cells;
      for (int c = 0; c < Math.min(cells.size(), XLS_COLUMNS); c++) {
        sheet.cell(r, c, cells.get(c).text.toString().strip());
      }
    }
  }

  /** The table as lines of text: one row a line, its cells separated by spaces. */
  String flatText() {
    StringBuilder out = new StringBuilder();
    for (Row r : filled()) {
      StringBuilder line = new StringBuilder();
      for (Cell c : r.cells) {
        String s = c.text.toString().replace('\n', ' ').strip();
        if (!s.isEmpty()) {
          line.append(line.length() > 0 ? " " : "").append(s);
        }
      }
      if (line.length() > 0) {
        out.append(out.length() > 0 ? "\n" : "").append(line);
      }
    }
    return out.toString();
  }

  private static void set(List<String> row, int column, String text) {
    while (row.size() <= column) {
      row.add("");
    }
    row.set(column, text);
  }
}
