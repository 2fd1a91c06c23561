package io.suanzhang.read.pdf;

import io.suanzhang.read.internal.TableGrid;
import io.suanzhang.read.internal.TableGrid.Merge;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table rebuilt from the positions of its text, in steps kept apart as tabula keeps its algorithms:
 *
 * <ul>
 *   <li>The lines before the first line with a number are the header, the rest the body.
 *   <li>{@link ColumnFinder} finds the columns from where the body's text stands, and the header
 *       words over no body column.
 *   <li>{@link RuledHeader} reads the header from the cells its rules draw, when the page has rules
 *       around every header text; else {@link TextHeader} reads it from the positions of its text.
 *   <li>{@link RowGrouper} groups the body lines into rows; each row's chunks then fill its cells.
 * </ul>
 *
 * <p>A table continued at the top of the next page is appended when its columns fall within this
 * table's columns; a repeated header is dropped.
 */
final class StreamTable {

  /**
   * How much, as a share of this table's type size, a continuation's may differ: the same table is
   * set in the same type, but a bold total or a larger label shifts the median a little.
   */
  private static final float SIZE_DRIFT = 0.2f;
  /**
   * The fewest filled cells, with half the columns, that make a continuation's first row a header of
   * its own, so another table: a label row of one or two cells is body.
   */
  private static final int OWN_HEADER_CELLS = 3;

  private final Columns columns;
  private final float size;
  private final List<List<String>> rows = new ArrayList<>();
  private final List<Integer> pages = new ArrayList<>();
  private final List<Merge> merges = new ArrayList<>();
  private int headerRows;
  /** The text of the header lines, in reading order. */
  private String headText = "";
  private @Nullable String title;
  private @Nullable String unit;

  private StreamTable(Columns columns, float size) {
    this.columns = columns;
    this.size = size;
  }

  /** The table the lines form, or null when they do not form one of two or more columns. */
  static @Nullable StreamTable of(List<Line> lines, int page) {
    return of(lines, page, List.of());
  }

  /**
   * The table the lines form, its header cells read from the rules drawn around them when the page
   * has them; null when the lines do not form a table of two or more columns.
   */
  static @Nullable StreamTable of(List<Line> lines, int page, List<Ruling> rulings) {
    if (lines.isEmpty()) {
      return null;
    }
    int first = firstWithNumber(lines);
    if (first == lines.size()) {
      first = lines.size() > 1 ? 1 : 0; // a table of text: its first line is the header
    }
    List<Line> head = lines.subList(0, first);
    List<Line> body = lines.subList(first, lines.size());
    float size = medianSize(lines);
    Columns columns = ColumnFinder.find(head, body, size, rulings);
    if (columns.size() < 2) {
      return null;
    }
    StreamTable table = new StreamTable(columns, size);
    table.headText = joined(head);
    Header header = rulings.isEmpty() ? null : RuledHeader.read(head, columns, rulings);
    table.add(header != null ? header : TextHeader.read(head, columns, size), page);
    List<List<String>> bodyRows = table.bodyRows(body, false);
    if (bodyRows == null) {
      return null;
    }
    table.add(bodyRows, page);
    return table;
  }

  /**
   * The table whose header lines a page break left at the foot of page {@code headPage}, under the
   * rules drawn there, and whose body lines start page {@code page}; null when the body is no table
   * or the header does not stand over its columns. A body that repeats the header keeps its own.
   */
  static @Nullable StreamTable headed(
      List<Line> head, int headPage, List<Ruling> rulings, List<Line> body, int page) {
    StreamTable alone = of(body, page);
    if (alone == null) {
      return null;
    }
    if (alone.headerRows > 0) {
      return alone.headText.equals(joined(head)) ? alone : null;
    }
    List<Line> lines = new ArrayList<>(head);
    lines.addAll(body);
    StreamTable table = of(lines, page, rulings);
    if (table == null || table.headerRows == 0 || table.columns.size() != alone.columns.size()) {
      return null;
    }
    for (int r = 0; r < table.headerRows; r++) {
      table.pages.set(r, headPage);
    }
    return table;
  }

  /**
   * Appends the lines at the top of the next page when they continue this table: their columns fall
   * within this table's, in the same order, a header there is this table's header repeated or no
   * header at all, and no cell would hold two numbers. Returns whether it did.
   */
  boolean continueWith(List<Line> lines, int page) {
    StreamTable next = of(lines, page);
    if (next == null || Math.abs(next.size - size) > SIZE_DRIFT * size
        || !next.columns.fitsInto(columns)) {
      return false;
    }
    boolean repeated = next.headerRows > 0 && next.headText.equals(headText);
    if (next.headerRows > 0 && !repeated
        && next.filled(0) >= Math.max(OWN_HEADER_CELLS, (columns.size() + 1) / 2)) {
      return false; // a header of its own: another table
    }
    // A repeated header is dropped; label rows without amounts at the top are body.
    List<Line> body = repeated ? lines.subList(headerLines(lines), lines.size()) : lines;
    List<List<String>> added = bodyRows(body, true);
    if (added == null) {
      return false;
    }
    add(added, page);
    return true;
  }

  void title(@Nullable String caption) {
    this.title = caption;
  }

  void unit(@Nullable String declared) {
    this.unit = declared;
  }

  TableGrid grid() {
    TableGrid grid = new TableGrid();
    for (int r = 0; r < rows.size(); r++) {
      grid.row(rows.get(r), pages.get(r));
    }
    for (Merge m : merges) {
      grid.merge(m.row(), m.column(), m.rowSpan(), m.columnSpan());
    }
    return grid.headerRows(headerRows).title(title).unit(unit);
  }

  /** Adds the header, the first rows of this table. */
  private void add(Header header, int page) {
    add(header.rows(), page);
    merges.addAll(header.merges());
    headerRows = header.rows().size();
  }

  private void add(List<List<String>> added, int page) {
    for (List<String> row : added) {
      rows.add(row);
      pages.add(page);
    }
  }

  /** The text of lines run together, as a header is compared with its repetition. */
  private static String joined(List<Line> lines) {
    StringBuilder text = new StringBuilder();
    for (Line line : lines) {
      text.append(line.text());
    }
    return text.toString();
  }

  /** How many cells of a row hold text. */
  private int filled(int row) {
    int n = 0;
    for (String cell : rows.get(row)) {
      if (!cell.isEmpty()) {
        n++;
      }
    }
    return n;
  }

  /** The index of the first line with a number, or the number of lines when none has one. */
  private static int firstWithNumber(List<Line> lines) {
    int first = 0;
    while (first < lines.size() && !lines.get(first).hasNumber) {
      first++;
    }
    return first;
  }

  /** How many of the lines were header lines when this table was built from them. */
  private static int headerLines(List<Line> lines) {
    int first = firstWithNumber(lines);
    return first == lines.size() ? 0 : first;
  }

  /** The body rows of the lines as cell texts; null when strict and a cell would hold two numbers. */
  private @Nullable List<List<String>> bodyRows(List<Line> body, boolean strict) {
    List<List<Line>> groups = new RowGrouper(columns, size).rows(body);
    List<List<String>> out = new ArrayList<>(groups.size());
    int base = rows.size();
    int mergesBefore = merges.size();
    for (List<Line> group : groups) {
      List<String> row = cells(group, base + out.size(), strict);
      if (row == null) {
        merges.subList(mergesBefore, merges.size()).clear();
        return null;
      }
      out.add(row);
    }
    return out;
  }

  /** A chunk wider than one column: the columns it stands over, and the one its text went to. */
  private record Spanning(ColumnRange range, int column) {}

  /**
   * The cell texts of one row. A chunk wider than one column spans those columns when nothing else of
   * the row is there. A second number for a cell goes to a free neighbouring column; when there is
   * none, a strict build (a continuation) fails with null.
   */
  private @Nullable List<String> cells(List<Line> group, int rowIndex, boolean strict) {
    int n = columns.size();
    StringBuilder[] text = new StringBuilder[n];
    boolean[] number = new boolean[n];
    int[] lineOf = new int[n];
    List<Spanning> spans = new ArrayList<>();
    for (int li = 0; li < group.size(); li++) {
      for (Chunk c : group.get(li).chunks) {
        ColumnRange r = columns.place(c);
        int col = r.lo();
        if (r.wide()) {
          col = columns.widest(c, r);
          spans.add(new Spanning(r, col));
        }
        if (c.numeric() && number[col]) {
          if (strict) {
            return null;
          }
          col = freeNeighbour(col, c, text);
        }
        number[col] |= c.numeric();
        StringBuilder sb = text[col];
        if (sb == null) {
          text[col] = new StringBuilder(c.text());
        } else if (lineOf[col] == li) {
          Texts.appendOnLine(sb, c);
        } else {
          sb.append(Texts.lineJoiner(sb, c.text())).append(c.text());
        }
        lineOf[col] = li;
      }
    }
    List<String> row = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      row.add(text[k] == null ? "" : text[k].toString());
    }
    mergeSpanning(row, rowIndex, spans);
    return row;
  }

  /** Moves the text of each wide chunk alone over its columns to the first of them, and merges them. */
  private void mergeSpanning(List<String> row, int rowIndex, List<Spanning> spans) {
    int lastMerged = -1;
    for (Spanning s : spans) {
      int lo = s.range().lo();
      int hi = s.range().hi();
      boolean alone = true;
      for (int k = lo; k <= hi; k++) {
        alone &= k == s.column() || row.get(k).isEmpty();
      }
      if (alone && lo > lastMerged) {
        row.set(lo, row.get(s.column()));
        if (s.column() != lo) {
          row.set(s.column(), "");
        }
        merges.add(new Merge(rowIndex, lo, 1, hi - lo + 1));
        lastMerged = hi;
      }
    }
  }

  /** The nearest empty column on the side of the column where the chunk stands, else the column. */
  private int freeNeighbour(int col, Chunk c, StringBuilder[] text) {
    int step = c.center() >= columns.get(col).middle() ? 1 : -1;
    for (int k = col + step; k >= 0 && k < columns.size(); k += step) {
      if (text[k] == null) {
        return k;
      }
    }
    return col;
  }

  private static float medianSize(List<Line> lines) {
    float[] sizes = new float[lines.size()];
    for (int k = 0; k < sizes.length; k++) {
      sizes[k] = lines.get(k).size;
    }
    Arrays.sort(sizes);
    return sizes[sizes.length / 2];
  }
}
