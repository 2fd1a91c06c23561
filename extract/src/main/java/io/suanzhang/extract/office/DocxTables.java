package io.suanzhang.extract.office;

import static io.suanzhang.extract.office.WordXml.child;
import static io.suanzhang.extract.office.WordXml.children;
import static io.suanzhang.extract.office.WordXml.intVal;
import static io.suanzhang.extract.office.WordXml.on;
import static io.suanzhang.extract.office.WordXml.val;

import io.suanzhang.core.ReportException;
import io.suanzhang.extract.internal.TableGrid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Node;

/**
 * A Word table (w:tbl) as a grid. Cells sit on the table's grid columns: a row may skip columns
 * before its first cell (gridBefore), a cell may cover several (gridSpan, or the legacy hMerge), and
 * a cell marked vMerge continues the cell above it in the same column.
 */
final class DocxTables {

  /** Word allows 63 columns; anything far beyond is damage, not a table. */
  private static final int MAX_SPAN = 1000;

  interface CellText {
    String of(Node cell) throws ReportException;
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

  private DocxTables() {}

  /** The w:tr rows of a table, through content controls and custom XML. */
  static List<Node> rows(Node table) {
    return children(table, "tr");
  }

  static List<Node> cells(Node row) {
    return children(row, "tc");
  }

  static TableGrid grid(List<Node> rows, CellText cellText) throws ReportException {
    List<List<Placed>> placedRows = new ArrayList<>();
    Map<Integer, Placed> above = new HashMap<>();
    int width = 0;
    int headerRows = 0;
    boolean leading = true;
    for (int r = 0; r < rows.size(); r++) {
      Node tr = rows.get(r);
      Node trPr = child(tr, "trPr");
      if (leading && on(child(trPr, "tblHeader"))) {
        headerRows++;
      } else {
        leading = false;
      }
      int column = Math.max(0, Math.min(intVal(child(trPr, "gridBefore"), 0), MAX_SPAN));
      List<Placed> placed = new ArrayList<>();
      Map<Integer, Placed> here = new HashMap<>();
      Placed previous = null;
      for (Node tc : cells(tr)) {
        Node tcPr = child(tc, "tcPr");
        int span = Math.max(1, Math.min(intVal(child(tcPr, "gridSpan"), 1), MAX_SPAN));
        String text = cellText.of(tc);
        Node hMerge = child(tcPr, "hMerge");
        if (hMerge != null && !"restart".equals(val(hMerge)) && previous != null) {
          previous.span += span;
          append(previous, text);
          column += span;
          continue;
        }
        Placed cell = new Placed(r, column, span, text);
        Node vMerge = child(tcPr, "vMerge");
        Placed up = above.get(column);
        if (vMerge != null && !"restart".equals(val(vMerge)) && up != null) {
          Placed anchor = up.anchor;
          anchor.rowSpan = r - anchor.row + 1;
          append(anchor, text);
          cell.anchor = anchor;
        } else {
          placed.add(cell);
        }
        here.put(column, cell);
        previous = cell;
        column += span;
      }
      width = Math.max(width, column + Math.max(0, Math.min(intVal(child(trPr, "gridAfter"), 0), MAX_SPAN)));
      placedRows.add(placed);
      above = here;
    }
    TableGrid grid = new TableGrid();
    for (List<Placed> placed : placedRows) {
      List<String> texts = new ArrayList<>(width);
      for (int c = 0; c < width; c++) {
        texts.add("");
      }
      for (Placed p : placed) {
        texts.set(p.column, p.text.toString());
      }
      grid.row(texts, null);
    }
    for (List<Placed> placed : placedRows) {
      for (Placed p : placed) {
        grid.merge(p.row, p.column, p.rowSpan, p.span);
      }
    }
    if (headerRows > 0 && headerRows < rows.size()) {
      grid.headerRows(headerRows);
    }
    return grid;
  }

  /** A merged cell keeps the text of every cell it absorbed (Word leaves them empty as a rule). */
  private static void append(Placed anchor, String text) {
    if (!text.isBlank()) {
      if (anchor.text.length() > 0) {
        anchor.text.append('\n');
      }
      anchor.text.append(text);
    }
  }
}
