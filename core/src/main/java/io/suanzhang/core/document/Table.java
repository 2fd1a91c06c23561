package io.suanzhang.core.document;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A table as rows × cells. A table that continues over page breaks is one table, from {@code
 * firstPage} to {@code lastPage}. {@code title} is the caption or the line above it (一般公共预算财政拨款支出表),
 * {@code unit} the unit stated once for all its amounts (单位：万元), {@code columns} the header path and
 * unit of each column.
 */
public record Table(
    Span span,
    @Nullable String title,
    @Nullable String unit,
    @Nullable Integer firstPage,
    @Nullable Integer lastPage,
    int headerRows,
    List<Column> columns,
    List<Cell> cells)
    implements Block {

  public Table {
    requireNonNull(span, "span");
    columns = List.copyOf(columns);
    cells = List.copyOf(cells);
  }

  public int rowCount() {
    return cells.stream().mapToInt(c -> c.row() + c.rowSpan()).max().orElse(0);
  }

  public int columnCount() {
    return Math.max(
        columns.size(), cells.stream().mapToInt(c -> c.column() + c.columnSpan()).max().orElse(0));
  }

  /** The cell covering a row and column, if any. */
  public Optional<Cell> cell(int row, int column) {
    for (Cell c : cells) {
      if (c.covers(row, column)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The cells that start in a row, left to right. */
  public List<Cell> row(int row) {
    List<Cell> out = new ArrayList<>();
    for (Cell c : cells) {
      if (c.row() == row) {
        out.add(c);
      }
    }
    out.sort(java.util.Comparator.comparingInt(Cell::column));
    return out;
  }
}
