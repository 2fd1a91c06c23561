package io.suanzhang.read.internal;

import io.suanzhang.core.document.TableHeads;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A table as a reader collects it before it becomes part of a document: a grid of cell texts, the
 * merged regions, how many leading rows form the header, and the page of each row.
 */
public final class TableGrid {

  /** A merged region: its top-left cell and its size. */
  public record Merge(int row, int column, int rowSpan, int columnSpan) {
    public Merge {
      if (row < 0 || column < 0 || rowSpan < 1 || columnSpan < 1) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "merge %d,%d %dx%d", row, column, rowSpan, columnSpan));
      }
    }
  }

  private final List<List<String>> rows = new ArrayList<>();
  private final List<@Nullable Integer> pages = new ArrayList<>();
  private final List<Merge> merges = new ArrayList<>();
  private int headerRows = -1;
  /** The merges touching each row, built when first asked and dropped when the grid changes. */
  private @Nullable Map<Integer, List<Merge>> mergesByRow;
  private @Nullable String title;
  private @Nullable String unit;

  /** Adds a row of cell texts on a page (null for formats without pages). */
  public TableGrid row(List<String> cells, @Nullable Integer page) {
    rows.add(new ArrayList<>(cells));
    pages.add(page);
    mergesByRow = null;
    return this;
  }

  public TableGrid merge(int row, int column, int rowSpan, int columnSpan) {
    if (rowSpan > 1 || columnSpan > 1) {
      merges.add(new Merge(row, column, rowSpan, columnSpan));
      mergesByRow = null;
    }
    return this;
  }

  /** How many leading rows are header rows; when not set, the rows before the first number. */
  public TableGrid headerRows(int count) {
    this.headerRows = count;
    return this;
  }

  public TableGrid title(@Nullable String caption) {
    this.title = caption;
    return this;
  }

  /** The unit stated for the whole table; when not set, it is looked for around the table. */
  public TableGrid unit(@Nullable String declared) {
    this.unit = declared;
    return this;
  }

  /** Appends the rows of another grid: a table continued on the next page. */
  public TableGrid append(TableGrid next, int skipRows) {
    int offset = rows.size();
    for (int r = skipRows; r < next.rows.size(); r++) {
      rows.add(next.rows.get(r));
      pages.add(next.pages.get(r));
    }
    for (Merge m : next.merges) {
      if (m.row() >= skipRows) {
        merges.add(new Merge(m.row() - skipRows + offset, m.column(), m.rowSpan(), m.columnSpan()));
      }
    }
    mergesByRow = null;
    return this;
  }

  public int rowCount() {
    return rows.size();
  }

  public int columnCount() {
    int max = 0;
    for (List<String> row : rows) {
      max = Math.max(max, row.size());
    }
    for (Merge m : merges) {
      max = Math.max(max, m.column() + m.columnSpan());
    }
    return max;
  }

  public String text(int row, int column) {
    List<String> r = rows.get(row);
    return column < r.size() ? r.get(column) : "";
  }

  public List<String> rowTexts(int row) {
    return List.copyOf(rows.get(row));
  }

  public @Nullable Integer page(int row) {
    return pages.get(row);
  }

  public List<Merge> merges() {
    return List.copyOf(merges);
  }

  /** The merge whose top-left is this cell, or null. */
  @Nullable Merge mergeAt(int row, int column) {
    for (Merge m : mergesIn(row)) {
      if (m.row() == row && m.column() == column) {
        return m;
      }
    }
    return null;
  }

  /** Whether the cell is covered by a merge that starts elsewhere. */
  boolean covered(int row, int column) {
    for (Merge m : mergesIn(row)) {
      boolean inside =
          row >= m.row() && row < m.row() + m.rowSpan() && column >= m.column()
              && column < m.column() + m.columnSpan();
      if (inside && !(row == m.row() && column == m.column())) {
        return true;
      }
    }
    return false;
  }

  /** The merges that touch a row: the builder asks about every cell, so this must not scan them all. */
  private List<Merge> mergesIn(int row) {
    if (mergesByRow == null) {
      Map<Integer, List<Merge>> index = new HashMap<>();
      for (Merge m : merges) {
        int end = (int) Math.min((long) m.row() + m.rowSpan(), rows.size());
        for (int r = m.row(); r < end; r++) {
          index.computeIfAbsent(r, k -> new ArrayList<>()).add(m);
        }
      }
      mergesByRow = index;
    }
    return mergesByRow.getOrDefault(row, List.of());
  }

  int headerRowsOrDetect() {
    if (headerRows >= 0) {
      return Math.min(headerRows, rows.size());
    }
    return TableHeads.headerRowCount(rows);
  }

  @Nullable String title() {
    return title;
  }

  @Nullable String unit() {
    return unit;
  }
}
