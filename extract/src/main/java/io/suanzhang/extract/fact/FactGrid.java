package io.suanzhang.extract.fact;

import io.suanzhang.core.document.Cell;
import io.suanzhang.core.document.Column;
import io.suanzhang.core.document.Table;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.Span;
import io.suanzhang.core.text.Without;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A table seen through the fact context: cell texts, the mentions inside cells, column labels. Not
 * to be confused with {@code read.internal.TableGrid}, the grid a reader fills before the table
 * exists.
 */
final class FactGrid {

  /** What a cell may hold besides its numbers: signs, comparators, brackets, separators. */
  private static final Pattern RESIDUE = Pattern.compile("[\\s\\p{Punct}≥≤＞＜，。：；、（）％—－]*");

  static final Pattern SPACES = Pattern.compile("\\s+");

  final Table table;
  final FactContext context;
  private final @Nullable String[] labels;
  private final int rows;
  private final int columns;
  /** The cell covering each row and column, and the cells starting in each row: built once. */
  private final @Nullable Cell[][] covering;
  private final List<List<Cell>> starting;

  FactGrid(Table table, FactContext context) {
    this.table = table;
    this.context = context;
    this.rows = table.rowCount();
    this.columns = table.columnCount();
    this.labels = new String[columns];
    this.covering = new Cell[rows][columns];
    this.starting = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      starting.add(new ArrayList<>());
    }
    // Cells in the table's order: the first to cover a place wins, as Table.cell finds it.
    for (Cell c : table.cells()) {
      starting.get(c.row()).add(c);
      for (int r = c.row(); r < Math.min(rows, c.row() + c.rowSpan()); r++) {
        for (int k = c.column(); k < Math.min(columns, c.column() + c.columnSpan()); k++) {
          if (covering[r][k] == null) {
            covering[r][k] = c;
          }
        }
      }
    }
    starting.forEach(cells -> cells.sort(Comparator.comparingInt(Cell::column)));
  }

  int rowCount() {
    return rows;
  }

  int columnCount() {
    return columns;
  }

  /** The cells that start in a row, left to right. */
  List<Cell> row(int row) {
    return row < 0 || row >= rows ? List.of() : starting.get(row);
  }

  /** The cell covering a row and column, a spanning cell from above or the left included. */
  @Nullable Cell at(int row, int column) {
    if (row < 0 || row >= rows || column < 0 || column >= columns) {
      return null;
    }
    return covering[row][column];
  }

  /** A cell's text with runs of white space made one space: PDF wraps leave line breaks inside. */
  static String text(@Nullable Cell cell) {
    if (cell == null) {
      return "";
    }
    String text = cell.text().strip();
    // most cells have no white space inside: the pattern would learn so at every character
    return hasSpace(text) ? SPACES.matcher(text).replaceAll(" ") : text;
  }

  /** Whether a text has a character {@code \s} matches. */
  private static boolean hasSpace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Without.isSpace(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A text without any white space, for matching header words written with spaces (项 目 名 称). */
  static String squash(String text) {
    return Without.chars(text, Without.SPACES);
  }

  List<Mention> mentions(Cell cell) {
    return context.mentionsIn(cell.span().start(), cell.span().end());
  }

  /**
   * Whether a cell holds a number and nothing else but signs and punctuation: 2,940.05, 3 万元, ≥90%.
   * A cell such as 实地走访率达到 100% is text that happens to state a number.
   */
  boolean numeric(Cell cell) {
    List<Mention> found = mentions(cell);
    if (found.isEmpty()) {
      return false;
    }
    StringBuilder residue = new StringBuilder();
    int at = cell.span().start();
    for (Mention m : found) {
      residue.append(context.quote(at, m.start()));
      at = m.end();
    }
    residue.append(context.quote(at, cell.span().end()));
    return RESIDUE.matcher(residue).matches();
  }

  /** The header path of a column joined with "/", or a name by position when it has no header. */
  String label(int column) {
    if (column < labels.length && labels[column] != null) {
      return labels[column];
    }
    String label = "";
    for (Column c : table.columns()) {
      if (c.index() == column) {
        label = c.label().strip();
      }
    }
    if (label.isEmpty()) {
      label = String.format(Locale.ROOT, "第%d列", column + 1);
    }
    if (column < labels.length) {
      labels[column] = label;
    }
    return label;
  }

  /** The span from the start of the first cell to the end of the last one. */
  Span span(List<Cell> cells) {
    int start = Integer.MAX_VALUE;
    int end = Integer.MIN_VALUE;
    for (Cell c : cells) {
      start = Math.min(start, c.span().start());
      end = Math.max(end, c.span().end());
    }
    return context.span(start, end);
  }
}
