package io.suanzhang.core.document;

import io.suanzhang.core.text.UnitDeclarations;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What every reader needs to finish a table: column header paths and units, the table's unit. */
public final class TableHeads {

  private TableHeads() {}

  /**
   * The header path of each column, top down, with spanning header cells resolved to every column
   * they cover, and the unit a column header states.
   */
  public static List<Column> columns(List<Cell> cells, int columnCount, int headerRows) {
    // Each header cell is filed under the columns it covers, top row first: linear in the cells,
    // where asking every cell about every column was quadratic on wide sheets.
    List<Cell> header = new ArrayList<>();
    for (Cell cell : cells) {
      if (cell.row() < headerRows) {
        header.add(cell);
      }
    }
    header.sort(java.util.Comparator.comparingInt(Cell::row));
    List<List<Cell>> byColumn = new ArrayList<>(columnCount);
    for (int c = 0; c < columnCount; c++) {
      byColumn.add(new ArrayList<>());
    }
    for (Cell cell : header) {
      int end = Math.min(columnCount, cell.column() + cell.columnSpan());
      for (int c = Math.max(0, cell.column()); c < end; c++) {
        byColumn.get(c).add(cell);
      }
    }
    List<Column> columns = new ArrayList<>(columnCount);
    for (int c = 0; c < columnCount; c++) {
      List<String> headers = new ArrayList<>();
      String unit = null;
      for (Cell cell : byColumn.get(c)) {
        if (!cell.text().isEmpty()
            && (headers.isEmpty() || !headers.get(headers.size() - 1).equals(cell.text()))) {
          headers.add(cell.text());
          if (unit == null) {
            unit = UnitDeclarations.find(cell.text());
          }
        }
      }
      columns.add(new Column(c, headers, unit));
    }
    return columns;
  }

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19|20)\\d{2}\\s*年");

  /**
   * How many leading rows are header rows: those without a digit, years (2025年预算数) aside; at most
   * six. A table whose rows all look like headers has one.
   */
  public static int headerRowCount(List<List<String>> rows) {
    int r = 0;
    while (r < rows.size() && r < 6 && !hasDigit(rows.get(r))) {
      r++;
    }
    return r == rows.size() ? Math.min(1, rows.size()) : r;
  }

  private static boolean hasDigit(List<String> row) {
    for (String cell : row) {
      String s = YEAR.matcher(cell).replaceAll("");
      for (int k = 0; k < s.length(); k++) {
        char c = s.charAt(k);
        if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The unit stated once for a table: in its title, in one of the short lines just before it (单位：万元),
   * or in a header row that declares nothing else.
   */
  public static @Nullable String tableUnit(
      @Nullable String title, List<String> linesBefore, List<List<String>> headerRows) {
    if (title != null) {
      String unit = UnitDeclarations.find(title);
      if (unit != null) {
        return unit;
      }
    }
    for (int k = linesBefore.size() - 1; k >= 0; k--) {
      String line = linesBefore.get(k);
      if (line.length() <= 60) {
        String unit = UnitDeclarations.find(line);
        if (unit != null) {
          return unit;
        }
      }
    }
    for (List<String> row : headerRows) {
      long filled = row.stream().filter(s -> !s.isBlank()).count();
      for (String cell : row) {
        String unit = UnitDeclarations.find(cell);
        if (unit != null && (filled == 1 || cell.contains("单位"))) {
          return unit;
        }
      }
    }
    return null;
  }
}
