package io.suanzhang.read.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One worksheet as its cells arrive (row and column as in the sheet, 0-based) and its merged
 * regions, written to a document as a heading with the sheet's name and a table of its used range.
 *
 * <p>Spreadsheet reports put their title and unit in lone cells above the table (2025年部门收支总表,
 * 单位：万元) and notes in lone cells below it. Those rows become paragraphs around the table, so that
 * the title, the unit and the column headers each land where the document model expects them.
 */
public final class SheetTable {

  /**
   * Table cells one workbook may produce (rows × columns of each used range). Each costs a few hundred
   * bytes while the document is built: 1.2 million filled a 512 MB worker; half a million leave room,
   * and are several times the largest budget workbook.
   */
  public static final long MAX_WORKBOOK_CELLS = 500_000;

  private static final Pattern NUMERIC =
      Pattern.compile("[-+(]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?[%％)]?");
  /** Lone text longer than this is prose, not a row label. */
  private static final int MAX_LABEL = 24;

  private static final Pattern HEADING = Pattern.compile(
      "^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\\d{1,2}[.．、](?!\\d)|单位[：:])");

  private record Region(int firstRow, int firstColumn, int lastRow, int lastColumn) {
    boolean coversRow(int row) {
      return row >= firstRow && row <= lastRow;
    }
  }

  private final String name;
  private final TreeMap<Integer, TreeMap<Integer, String>> rows = new TreeMap<>();
  private final List<Region> merges = new ArrayList<>();
  private int cells;
  private int minColumn = Integer.MAX_VALUE;
  private int maxColumn = -1;

  public SheetTable(String name) {
    this.name = name;
  }

  /** A cell's text as displayed; blank cells are not recorded. */
  public void cell(int row, int column, String text) {
    if (row < 0 || column < 0 || text.isBlank()) {
      return;
    }
    if (rows.computeIfAbsent(row, r -> new TreeMap<>()).put(column, text) == null) {
      cells++;
    }
    minColumn = Math.min(minColumn, column);
    maxColumn = Math.max(maxColumn, column);
  }

  /** A merged region, inclusive bounds as in the sheet. */
  public void merge(int firstRow, int firstColumn, int lastRow, int lastColumn) {
    if (firstRow >= 0 && firstColumn >= 0 && lastRow >= firstRow && lastColumn >= firstColumn
        && (lastRow > firstRow || lastColumn > firstColumn)) {
      merges.add(new Region(firstRow, firstColumn, lastRow, lastColumn));
    }
  }

  /** Non-blank cells recorded so far. */
  public int cells() {
    return cells;
  }

  /** Rows × columns of the used range: what the table costs once written. */
  public long area() {
    return rows.isEmpty()
        ? 0
        : (long) (rows.lastKey() - rows.firstKey() + 1) * (maxColumn - minColumn + 1);
  }

  /** Writes the sheet (nothing for an empty one) and lets go of its cells: a sheet is written once. */
  public void writeTo(DocumentBuilder builder) {
    if (rows.isEmpty()) {
      return;
    }
    builder.heading(2, name);
    List<Region> regions = clipped(rows.firstKey(), rows.lastKey(), minColumn, maxColumn);
    int top = rows.firstKey();
    BitSet merged = new BitSet();
    for (Region m : regions) {
      merged.set(m.firstRow() - top, m.lastRow() - top + 1);
    }
    List<Integer> kept = new ArrayList<>();
    for (int r = top; r <= rows.lastKey(); r++) {
      if (rows.containsKey(r) || merged.get(r - top)) {
        kept.add(r);
      }
    }
    if (minColumn == maxColumn) {
      for (int r : kept) {
        builder.paragraph(text(r, minColumn));
      }
      return;
    }
    TableTitles titles = new TableTitles();
    List<Integer> table = new ArrayList<>();
    for (int r : kept) {
      // A lone line is a paragraph before the first table row or when it reads as prose or a
      // heading; inside a table a lone label (其中：, a category with no values) stays a row.
      if (isLoneLine(r, regions) && (table.isEmpty() || isProse(rows.get(r).firstEntry().getValue()))) {
        writeTable(builder, table, regions, titles);
        table = new ArrayList<>();
        Map.Entry<Integer, String> only = rows.get(r).firstEntry();
        builder.paragraph(only.getValue());
        titles.line(only.getValue(), isWide(regions, r, only.getKey()));
      } else {
        table.add(r);
      }
    }
    // Lone lines that end the sheet are notes under its last table; a table keeps two rows.
    int end = table.size();
    while (end > 2 && isLoneLine(table.get(end - 1), regions)) {
      end--;
    }
    writeTable(builder, table.subList(0, end), regions, titles);
    for (int r : table.subList(end, table.size())) {
      builder.paragraph(rows.get(r).firstEntry().getValue());
    }
    // A sheet is written once: let its maps go.
    rows.clear();
    merges.clear();
  }

  /** Writes the rows as one table titled by the lines before it; nothing for no rows. */
  private void writeTable(DocumentBuilder builder, List<Integer> body, List<Region> regions,
      TableTitles titles) {
    if (body.isEmpty()) {
      return;
    }
    int first = Integer.MAX_VALUE;
    int last = -1;
    for (int r : body) {
      TreeMap<Integer, String> row = rows.get(r);
      if (row != null) {
        first = Math.min(first, row.firstKey());
        last = Math.max(last, row.lastKey());
      }
    }
    if (last < 0) {
      return;
    }
    TableGrid grid = new TableGrid().title(titles.title());
    titles.clear();
    for (int r : body) {
      List<String> texts = new ArrayList<>(last - first + 1);
      for (int c = first; c <= last; c++) {
        texts.add(text(r, c));
      }
      grid.row(texts, null);
    }
    for (Region m : regions) {
      int anchor = Collections.binarySearch(body, m.firstRow());
      int c2 = Math.min(m.lastColumn(), last);
      if (anchor < 0 || m.firstColumn() < first || m.firstColumn() > c2) {
        continue;
      }
      int bottom = anchor;
      while (bottom + 1 < body.size() && body.get(bottom + 1) <= m.lastRow()) {
        bottom++;
      }
      grid.merge(anchor, m.firstColumn() - first, bottom - anchor + 1, c2 - m.firstColumn() + 1);
    }
    builder.table(grid);
  }

  /**
   * Text that is no table label: a sentence (it ends with 。 or runs long), a numbered heading
   * (一、, （一）, 1.) or a unit line (单位：万元).
   */
  static boolean isProse(String text) {
    String t = text.strip();
    return t.endsWith("。") || t.codePointCount(0, t.length()) > MAX_LABEL || HEADING.matcher(t).find();
  }

  private String text(int row, int column) {
    TreeMap<Integer, String> r = rows.get(row);
    String s = r == null ? null : r.get(column);
    return s == null ? "" : s;
  }

  /** A row with one cell of text, not a number, and not part of a region spanning rows. */
  private boolean isLoneLine(int row, List<Region> regions) {
    TreeMap<Integer, String> r = rows.get(row);
    if (r == null || r.size() != 1 || NUMERIC.matcher(r.firstEntry().getValue().strip()).matches()) {
      return false;
    }
    for (Region m : regions) {
      if (m.coversRow(row) && m.lastRow() > m.firstRow()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWide(List<Region> regions, int row, int column) {
    for (Region m : regions) {
      if (m.firstRow() == row && m.firstColumn() == column && m.lastColumn() > m.firstColumn()) {
        return true;
      }
    }
    return false;
  }

  /** The merged regions cut to the used range; a region left with one cell is no merge. */
  private List<Region> clipped(int top, int bottom, int left, int right) {
    List<Region> out = new ArrayList<>();
    for (Region m : merges) {
      Region c =
          new Region(Math.max(m.firstRow(), top), Math.max(m.firstColumn(), left),
              Math.min(m.lastRow(), bottom), Math.min(m.lastColumn(), right));
      if (c.firstRow() <= c.lastRow() && c.firstColumn() <= c.lastColumn()
          && (c.lastRow() > c.firstRow() || c.lastColumn() > c.firstColumn())) {
        out.add(c);
      }
    }
    return out;
  }
}
