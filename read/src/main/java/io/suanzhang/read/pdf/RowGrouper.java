package io.suanzhang.read.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Groups a table's body lines into rows. Body lines closer than seven tenths of the usual row pitch
 * form one row when only one of them holds numbers, or when their numbers fill different columns;
 * the others attach to the nearest such line. A label wrapped onto a line of its own joins the row
 * above.
 */
final class RowGrouper {

  /**
   * Lines closer than this share of the row pitch are one cluster: a cell's text wrapped onto two
   * lines, or set half a line off its row, stands well within a pitch.
   */
  private static final float CLOSE = 0.7f;
  /** A wrapped label stands closer than this share of the row pitch: a little less than a row. */
  private static final float WRAP_PITCH = 0.95f;
  /**
   * How near, in ems, to its column's right edge the text above a wrapped label must end: a label
   * wraps only when it filled its cell.
   */
  private static final float WRAP_REACH = 1.5f;
  /** Line distances under this, in ems, are lines of one row, not the pitch between rows. */
  private static final float MIN_PITCH = 1.2f;
  /** The pitch, in ems, when no two lines stand a row apart: a line with its leading. */
  private static final float DEFAULT_PITCH = 2f;

  private final Columns columns;
  private final float size;

  RowGrouper(Columns columns, float size) {
    this.columns = columns;
    this.size = size;
  }

  /** The body lines grouped into rows, top to bottom. */
  List<List<Line>> rows(List<Line> body) {
    float pitch = rowPitch(body);
    float near = CLOSE * pitch;
    List<List<Line>> groups = new ArrayList<>();
    int i = 0;
    while (i < body.size()) {
      int j = i + 1;
      while (j < body.size() && body.get(j).y - body.get(j - 1).y < near) {
        j++;
      }
      splitCluster(body.subList(i, j), groups);
      i = j;
    }
    // A label wrapped onto a line of its own, at a little less than a row's distance, joins the
    // row above.
    List<List<Line>> joined = new ArrayList<>(groups.size());
    for (List<Line> g : groups) {
      if (!joined.isEmpty() && g.size() == 1 && isWrapOf(joined.get(joined.size() - 1), g.get(0), pitch)) {
        joined.get(joined.size() - 1).add(g.get(0));
      } else {
        joined.add(g);
      }
    }
    return joined;
  }

  /** A cluster of close lines: one row per line with numbers, unless their numbers sit apart. */
  private void splitCluster(List<Line> cluster, List<List<Line>> out) {
    List<Integer> anchors = new ArrayList<>();
    for (int k = 0; k < cluster.size(); k++) {
      if (cluster.get(k).hasNumber) {
        anchors.add(k);
      }
    }
    if (anchors.size() <= 1) {
      out.add(new ArrayList<>(cluster));
      return;
    }
    List<List<Integer>> rowsOfAnchors = anchorRows(cluster, anchors);
    List<List<Line>> rowsHere = new ArrayList<>();
    for (int r = 0; r < rowsOfAnchors.size(); r++) {
      rowsHere.add(new ArrayList<>());
    }
    for (int k = 0; k < cluster.size(); k++) {
      int best = 0;
      float bestDistance = Float.MAX_VALUE;
      for (int r = 0; r < rowsOfAnchors.size(); r++) {
        for (int a : rowsOfAnchors.get(r)) {
          float d = Math.abs(cluster.get(a).y - cluster.get(k).y);
          if (d < bestDistance) {
            bestDistance = d;
            best = r;
          }
        }
      }
      rowsHere.get(best).add(cluster.get(k));
    }
    out.addAll(rowsHere);
  }

  /** The anchor lines of a cluster by row: anchors whose columns do not overlap are one row drawn on two baselines. */
  private List<List<Integer>> anchorRows(List<Line> cluster, List<Integer> anchors) {
    List<List<Integer>> rowsOfAnchors = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    boolean[] used = new boolean[columns.size()];
    for (int a : anchors) {
      boolean[] mine = occupied(cluster.get(a));
      if (!current.isEmpty() && intersects(used, mine)) {
        rowsOfAnchors.add(current);
        current = new ArrayList<>();
        used = new boolean[columns.size()];
      }
      current.add(a);
      for (int k = 0; k < mine.length; k++) {
        used[k] |= mine[k];
      }
    }
    rowsOfAnchors.add(current);
    return rowsOfAnchors;
  }

  private boolean[] occupied(Line line) {
    boolean[] used = new boolean[columns.size()];
    for (Chunk c : line.chunks) {
      ColumnRange r = columns.place(c);
      for (int k = r.lo(); k <= r.hi(); k++) {
        used[k] = true;
      }
    }
    return used;
  }

  private static boolean intersects(boolean[] a, boolean[] b) {
    for (int k = 0; k < a.length; k++) {
      if (a[k] && b[k]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a line continues a label of the row above that wrapped: it holds no number and no
   * numbering, stands closer than a row pitch, and its text lies under text of that row which
   * reaches the right edge of its column.
   */
  private boolean isWrapOf(List<Line> above, Line line, float pitch) {
    Line last = above.get(above.size() - 1);
    if (line.hasNumber || line.y - last.y >= WRAP_PITCH * pitch || Texts.startsWithMarker(line.text())) {
      return false;
    }
    for (Chunk c : line.chunks) {
      ColumnRange r = columns.place(c);
      if (r.wide()) {
        return false;
      }
      float right = columns.get(r.lo()).x1();
      boolean under = false;
      for (Chunk a : last.chunks) {
        ColumnRange ra = columns.place(a);
        if (ra.lo() == r.lo() && a.x1() >= right - WRAP_REACH * size) {
          under = true;
        }
      }
      if (!under) {
        return false;
      }
    }
    return true;
  }

  /** The usual distance between rows: the median of line distances of at least {@link #MIN_PITCH} em. */
  private float rowPitch(List<Line> body) {
    float[] pitches = new float[body.size()];
    int n = 0;
    for (int k = 1; k < body.size(); k++) {
      float d = body.get(k).y - body.get(k - 1).y;
      if (d >= MIN_PITCH * size) {
        pitches[n++] = d;
      }
    }
    if (n == 0) {
      return DEFAULT_PITCH * size;
    }
    Arrays.sort(pitches, 0, n);
    return pitches[n / 2];
  }
}
