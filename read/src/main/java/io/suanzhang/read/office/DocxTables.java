package io.suanzhang.read.office;

import static io.suanzhang.read.office.WordXml.child;
import static io.suanzhang.read.office.WordXml.children;
import static io.suanzhang.read.office.WordXml.intVal;
import static io.suanzhang.read.office.WordXml.on;
import static io.suanzhang.read.office.WordXml.val;

import io.suanzhang.core.ReportException;
import io.suanzhang.read.internal.GridBuilder;
import io.suanzhang.read.internal.TableGrid;
import java.util.List;
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

  private DocxTables() {}

  /** The w:tr rows of a table, through content controls and custom XML. */
  static List<Node> rows(Node table) {
    return children(table, "tr");
  }

  static List<Node> cells(Node row) {
    return children(row, "tc");
  }

  static TableGrid grid(List<Node> rows, CellText cellText) throws ReportException {
    GridBuilder builder = new GridBuilder();
    int headerRows = 0;
    boolean leading = true;
    for (Node tr : rows) {
      Node trPr = child(tr, "trPr");
      if (leading && on(child(trPr, "tblHeader"))) {
        headerRows++;
      } else {
        leading = false;
      }
      builder.row();
      int column = bounded(intVal(child(trPr, "gridBefore"), 0));
      for (Node tc : cells(tr)) {
        Node tcPr = child(tc, "tcPr");
        int span = Math.max(1, bounded(intVal(child(tcPr, "gridSpan"), 1)));
        String text = cellText.of(tc);
        Node hMerge = child(tcPr, "hMerge");
        if (hMerge != null && !"restart".equals(val(hMerge))) {
          builder.widen(span, text);
        } else {
          Node vMerge = child(tcPr, "vMerge");
          GridBuilder.Vertical vertical =
              vMerge == null
                  ? GridBuilder.Vertical.NONE
                  : "restart".equals(val(vMerge))
                      ? GridBuilder.Vertical.START
                      : GridBuilder.Vertical.CONTINUE;
          builder.cell(column, span, text, vertical);
        }
        column += span;
      }
      builder.width(column + bounded(intVal(child(trPr, "gridAfter"), 0)));
    }
    TableGrid grid = builder.grid();
    if (headerRows > 0 && headerRows < rows.size()) {
      grid.headerRows(headerRows);
    }
    return grid;
  }

  private static int bounded(int columns) {
    return Math.max(0, Math.min(columns, MAX_SPAN));
  }
}
