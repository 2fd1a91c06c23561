package io.suanzhang.read.tika;

import static io.suanzhang.read.tika.RtfMarkers.CELL;
import static io.suanzhang.read.tika.RtfMarkers.DEF_END;
import static io.suanzhang.read.tika.RtfMarkers.END;
import static io.suanzhang.read.tika.RtfMarkers.ROW;

import io.suanzhang.read.internal.GridBuilder;
import io.suanzhang.read.internal.TableGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Reassembles the rows that {@link RtfMarkers} marked from the paragraphs Tika writes, and lays out
 * each table on the union of its rows' cell edges: a cell whose right edge lies two edges further than
 * its left spans two columns, the way Word writes merged header cells.
 */
final class RtfRows {

  /** Where paragraphs and finished tables go. */
  interface Sink {
    void paragraph(String text);

    void table(TableGrid grid);
  }

  /** Cell edges closer than this (in twips, 1/20 pt) are the same column edge. */
  private static final int SAME_EDGE = 30;

  private record Definition(int right, String flags) {}

  private record Row(List<String> cells, List<Definition> definitions) {}

  private final Sink sink;
  private final List<Row> table = new ArrayList<>();
  private boolean inRow;
  private final List<String> cells = new ArrayList<>();
  private final StringBuilder cell = new StringBuilder();

  RtfRows(Sink sink) {
    this.sink = sink;
  }

  /** The next paragraph Tika wrote, markers included. */
  void paragraph(String text) {
    StringBuilder outside = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ROW) {
        flushOutside(outside);
        startRow();
      } else if (c == CELL) {
        if (!inRow) {
          // A row without a start mark: what came before in this paragraph is its first cell.
          startRow();
          cell.append(outside);
          outside.setLength(0);
        }
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c == END) {
        int close = text.indexOf(DEF_END, i + 1);
        String definitions = close < 0 ? "" : text.substring(i + 1, close);
        endRow(definitions);
        i = close < 0 ? text.length() : close;
      } else if (inRow) {
        cell.append(c);
      } else {
        outside.append(c);
      }
    }
    if (inRow) {
      cell.append('\n');
    }
    flushOutside(outside);
  }

  /** The end of the document: a row left open still counts. */
  void finish() {
    if (inRow) {
      endRow("");
    }
    flushTable();
  }

  private void flushOutside(StringBuilder outside) {
    if (!outside.toString().isBlank()) {
      flushTable();
      sink.paragraph(outside.toString());
    }
    outside.setLength(0);
  }

  private void startRow() {
    if (inRow) {
      endRow("");
    }
    inRow = true;
    cells.clear();
    cell.setLength(0);
  }

  private void endRow(String definitions) {
    if (!cell.toString().isBlank()) {
      cells.add(cell.toString());
    }
    cell.setLength(0);
    inRow = false;
    if (!cells.isEmpty()) {
      table.add(new Row(List.copyOf(cells), parse(definitions)));
    }
    cells.clear();
  }

  private static List<Definition> parse(String definitions) {
    List<Definition> out = new ArrayList<>();
    for (String d : definitions.split(";")) {
      int k = 0;
      while (k < d.length() && (Character.isDigit(d.charAt(k)) || (k == 0 && d.charAt(k) == '-'))) {
        k++;
      }
      if (k == 0) {
        continue;
      }
      try {
        out.add(new Definition(Integer.parseInt(d.substring(0, k)), d.substring(k)));
      } catch (NumberFormatException e) {
        // Not an edge: ignore the definition.
      }
    }
    return out;
  }

  private void flushTable() {
    if (table.isEmpty()) {
      return;
    }
    List<Integer> edges = edges();
    GridBuilder grid = new GridBuilder();
    for (Row row : table) {
      grid.row();
      int column = 0;
      int left = -1;
      for (int c = 0; c < row.cells().size(); c++) {
        String text = row.cells().get(c);
        if (c >= row.definitions().size()) {
          grid.cell(column, 1, text, GridBuilder.Vertical.NONE);
          column++;
          continue;
        }
        Definition d = row.definitions().get(c);
        int right = edgeIndex(edges, d.right());
        int start = Math.max(column, left + 1);
        int span = Math.max(1, right - start + 1);
        left = Math.max(right, start + span - 1);
        if (d.flags().indexOf(RtfMarkers.H_NEXT) >= 0) {
          grid.widen(span, text);
        } else {
          GridBuilder.Vertical vertical =
              d.flags().indexOf(RtfMarkers.V_NEXT) >= 0
                  ? GridBuilder.Vertical.CONTINUE
                  : d.flags().indexOf(RtfMarkers.V_FIRST) >= 0
                      ? GridBuilder.Vertical.START
                      : GridBuilder.Vertical.NONE;
          grid.cell(start, span, text, vertical);
        }
        column = start + span;
      }
    }
    table.clear();
    sink.table(grid.grid());
  }

  /** The distinct right edges of the table's cells, near-equal ones taken as one. */
  private List<Integer> edges() {
    TreeSet<Integer> all = new TreeSet<>();
    for (Row row : table) {
      for (Definition d : row.definitions()) {
        all.add(d.right());
      }
    }
    List<Integer> edges = new ArrayList<>();
    for (int e : all) {
      if (edges.isEmpty() || e - edges.get(edges.size() - 1) > SAME_EDGE) {
        edges.add(e);
      }
    }
    return edges;
  }

  /** The column whose right edge this is. */
  private static int edgeIndex(List<Integer> edges, int right) {
    int best = 0;
    for (int k = 0; k < edges.size(); k++) {
      if (Math.abs(edges.get(k) - right) <= SAME_EDGE) {
        return k;
      }
      if (edges.get(k) < right) {
        best = k;
      }
    }
    return best;
  }
}
