package io.suanzhang.read.pdf;

import io.suanzhang.read.internal.TableGrid.Merge;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds a table's header from the cells its rules draw. Where every header text has rules on its
 * four sides, each belongs to the cell of the nearest ones: the cell spans the columns whose middles
 * lie between its left and right rules and the header rows between its top and bottom rules, however
 * narrow its text (本年支出 centred over 项目 | 合计 | 基本支出 | 项目支出). Texts in one cell are one
 * header, lines joined.
 */
final class RuledHeader {

  /** Rules closer than this, in points, are one cell edge (a border drawn twice, or thick). */
  private static final float EDGE = 2.0f;

  private RuledHeader() {}

  /** A header cell as its rules draw it, and the chunks written in it. */
  private static final class RuledCell {
    final CellBox box;
    final StringBuilder text = new StringBuilder();
    int lastLine = -1;

    RuledCell(CellBox box) {
      this.box = box;
    }
  }

  /**
   * The header of these lines over these columns, read from the rules around its texts; null when a
   * text has no rule on some side, a cell holds no column, or two cells would overlap: the header is
   * then read from the positions of its text alone ({@link TextHeader}).
   */
  static @Nullable Header read(List<Line> head, Columns columns, List<Ruling> rulings) {
    if (head.isEmpty()) {
      return null;
    }
    List<RuledCell> cells = cells(head, rulings);
    if (cells == null) {
      return null;
    }
    // The header rows lie between the distinct top and bottom rules of the cells.
    float[] ys = new float[2 * cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      ys[2 * i] = cells.get(i).box.top();
      ys[2 * i + 1] = cells.get(i).box.bottom();
    }
    List<Float> edges = edges(ys);
    int rowCount = edges.size() - 1;
    int n = columns.size();
    List<Merge> regions = new ArrayList<>(cells.size());
    boolean[][] taken = new boolean[rowCount][n];
    for (RuledCell cell : cells) {
      int top = edgeIndex(edges, cell.box.top());
      int bottom = edgeIndex(edges, cell.box.bottom());
      int lo = -1;
      int hi = -1;
      for (int k = 0; k < n; k++) {
        if (cell.box.spans(columns.get(k).middle())) {
          lo = lo < 0 ? k : lo;
          hi = k;
        }
      }
      if (lo < 0 || bottom <= top) {
        return null;
      }
      for (int r = top; r < bottom; r++) {
        for (int k = lo; k <= hi; k++) {
          if (taken[r][k]) {
            return null;
          }
          taken[r][k] = true;
        }
      }
      regions.add(new Merge(top, lo, bottom - top, hi - lo + 1));
    }
    List<List<String>> rows = new ArrayList<>(rowCount);
    for (int r = 0; r < rowCount; r++) {
      rows.add(new ArrayList<>(Header.emptyRow(n)));
    }
    List<Merge> merges = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      Merge region = regions.get(i);
      rows.get(region.row()).set(region.column(), cells.get(i).text.toString());
      if (region.rowSpan() > 1 || region.columnSpan() > 1) {
        merges.add(region);
      }
    }
    return new Header(rows, merges);
  }

  /** The header texts gathered into the cells their rules draw; null when a text has no rule on some side. */
  private static @Nullable List<RuledCell> cells(List<Line> head, List<Ruling> rulings) {
    List<RuledCell> cells = new ArrayList<>();
    for (int li = 0; li < head.size(); li++) {
      for (Chunk c : head.get(li).chunks) {
        CellBox box = CellBox.around(c, rulings);
        if (box == null) {
          return null;
        }
        RuledCell cell = null;
        for (RuledCell known : cells) {
          if (known.box.same(box, EDGE)) {
            cell = known;
          }
        }
        if (cell == null) {
          cell = new RuledCell(box);
          cells.add(cell);
        }
        if (cell.lastLine == li) {
          Texts.appendOnLine(cell.text, c);
        } else {
          cell.text.append(Texts.lineJoiner(cell.text, c.text())).append(c.text());
        }
        cell.lastLine = li;
      }
    }
    return cells;
  }

  /** The distinct edges among rules' ys: those within {@link #EDGE} of the next are one, their mean. */
  private static List<Float> edges(float[] ys) {
    Arrays.sort(ys);
    List<Float> edges = new ArrayList<>();
    int from = 0;
    for (int k = 1; k <= ys.length; k++) {
      if (k == ys.length || ys[k] - ys[k - 1] > EDGE) {
        float sum = 0;
        for (int j = from; j < k; j++) {
          sum += ys[j];
        }
        edges.add(sum / (k - from));
        from = k;
      }
    }
    return edges;
  }

  /** The index of the edge nearest y. */
  private static int edgeIndex(List<Float> edges, float y) {
    int best = 0;
    for (int k = 1; k < edges.size(); k++) {
      if (Math.abs(edges.get(k) - y) < Math.abs(edges.get(best) - y)) {
        best = k;
      }
    }
    return best;
  }
}
