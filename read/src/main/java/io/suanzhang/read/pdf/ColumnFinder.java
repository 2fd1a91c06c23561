package io.suanzhang.read.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a table's columns: where the body's chunks overlap when projected onto the x-axis, a name
 * spread letter by letter over its cell ({@link Spread}) counting as one chunk. Two chunks of one line
 * in one column, one of them a number, split it: adjacent amount columns stay apart even when only a
 * few points separate them. A header word above no body column belongs to a neighbouring column
 * without a header (amounts set flush right under a centred header), spans the two columns beside it
 * when both have headers below it, or else heads a column left empty; under ruled headers, a word
 * over no body column heads the column in its cell, or an empty column of its own.
 */
final class ColumnFinder {

  /** Intervals closer than this, in points, are one column. */
  private static final float TOUCH = 0.5f;
  /**
   * The narrowest gap, in ems, between a number and its neighbour that makes them two values: closer
   * than a thin space, they are one piece of text printed in two runs.
   */
  private static final float VALUE_GAP = 0.15f;
  /**
   * How far, in ems, a single-character header word reaches to either side, so that the letters of a
   * word spaced out over its cell (金  额), up to an em and a half apart, make one column.
   */
  private static final float LETTER_REACH = 0.75f;
  /** A bound on splitting rounds: each round cuts one column, and no table has this many columns. */
  private static final int MAX_SPLITS = 64;

  private ColumnFinder() {}

  /** The columns of a table of these header and body lines, set in type of this size. */
  static Columns find(List<Line> head, List<Line> body, float size, List<Ruling> rulings) {
    List<Extent> columns = new ArrayList<>();
    for (Line line : body) {
      for (float[] extent : Spread.extents(line)) {
        union(columns, extent[0], extent[1]);
      }
    }
    splitNumberConflicts(columns, body, size);
    // Header words over no column: the lowest header line first, as it has the finest columns.
    for (int li = head.size() - 1; li >= 0; li--) {
      List<Extent> fresh = new ArrayList<>();
      for (Chunk c : head.get(li).chunks) {
        if (Columns.overlapped(columns, c) == null) {
          placeHeaderWord(c, columns, fresh, head, li, size, rulings);
        }
      }
      for (Extent h : fresh) {
        union(columns, h.x0(), h.x1());
      }
    }
    return new Columns(columns);
  }

  /**
   * Gives a header word on header line {@code li} that stands over no column to the column it heads:
   * widens that column, or adds an empty column of its own to {@code fresh}.
   */
  private static void placeHeaderWord(Chunk c, List<Extent> columns, List<Extent> fresh,
      List<Line> head, int li, float size, List<Ruling> rulings) {
    CellBox box = rulings.isEmpty() ? null : CellBox.around(c, rulings);
    if (box != null) {
      // Its rules say which column it heads: one in its cell, else an empty one of its own.
      if (!holdsColumn(columns, box)) {
        addPadded(fresh, c, size);
      }
      return;
    }
    int right = Columns.firstRightOf(columns, c.x1());
    int left = right - 1;
    if (left >= 0 && right < columns.size() && headedBelow(head, li, columns.get(left))
        && headedBelow(head, li, columns.get(right))) {
      return; // centred over the columns on either side, which have headers of their own
    }
    // A centred header that does not reach the text of its column (amounts set flush right,
    // short codes set flush left) belongs to the nearer neighbour that has no header.
    boolean rightFree = right < columns.size() && !headedBelow(head, -1, columns.get(right));
    boolean leftFree = left >= 0 && !headedBelow(head, -1, columns.get(left));
    if (rightFree && (!leftFree || columns.get(right).x0() - c.x1() <= c.x0() - columns.get(left).x1())) {
      Extent col = columns.get(right);
      columns.set(right, new Extent(Math.min(col.x0(), c.x0()), col.x1()));
      return;
    }
    if (leftFree) {
      Extent col = columns.get(left);
      columns.set(left, new Extent(col.x0(), Math.max(col.x1(), c.x1())));
      return;
    }
    // An empty column; words spaced out in one header cell (金  额) stay together.
    addPadded(fresh, c, size);
  }

  /** Adds a header word as a column of its own, a single character reaching toward its neighbours. */
  private static void addPadded(List<Extent> fresh, Chunk c, float size) {
    float pad = c.text().length() == 1 ? LETTER_REACH * size : 0;
    union(fresh, c.x0() - pad, c.x1() + pad);
  }

  /** Whether the middle of a column lies between a cell's left and right rules. */
  private static boolean holdsColumn(List<Extent> columns, CellBox box) {
    for (Extent col : columns) {
      if (box.spans(col.middle())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a header line below {@code line} has a word over the column. */
  private static boolean headedBelow(List<Line> head, int line, Extent col) {
    for (int li = line + 1; li < head.size(); li++) {
      for (Chunk c : head.get(li).chunks) {
        if (c.x0() < col.x1() && c.x1() > col.x0()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Adds [x0, x1] to sorted, disjoint intervals, merging those it overlaps or touches. */
  private static void union(List<Extent> intervals, float x0, float x1) {
    int i = 0;
    while (i < intervals.size() && intervals.get(i).x1() + TOUCH < x0) {
      i++;
    }
    float a = x0;
    float b = x1;
    int j = i;
    while (j < intervals.size() && intervals.get(j).x0() - TOUCH <= x1) {
      a = Math.min(a, intervals.get(j).x0());
      b = Math.max(b, intervals.get(j).x1());
      j++;
    }
    intervals.subList(i, j).clear();
    intervals.add(i, new Extent(a, b));
  }

  /**
   * Two chunks of one line in one column, one of them a number, cannot share a cell: the column is
   * cut in the gap between them. Repeats until no line has such a pair.
   */
  private static void splitNumberConflicts(List<Extent> columns, List<Line> body, float size) {
    for (int round = 0; round < MAX_SPLITS; round++) {
      if (!splitOnce(columns, body, size)) {
        return;
      }
    }
  }

  /** Cuts the first column that holds two values of one line; returns whether it cut one. */
  private static boolean splitOnce(List<Extent> columns, List<Line> body, float size) {
    for (Line line : body) {
      List<Chunk> cs = line.chunks;
      for (int k = 1; k < cs.size(); k++) {
        Chunk a = cs.get(k - 1);
        Chunk b = cs.get(k);
        if (!(a.numeric() || b.numeric()) || b.x0() - a.x1() < VALUE_GAP * size
            || (a.numeric() && Numbers.isUnit(b.text()))) {
          continue; // not two values: a number and the unit after it (3 万元) share a cell
        }
        int ca = indexAt(columns, (a.x0() + a.x1()) / 2);
        int cb = indexAt(columns, (b.x0() + b.x1()) / 2);
        if (ca >= 0 && ca == cb) {
          Extent col = columns.get(ca);
          columns.set(ca, new Extent(col.x0(), a.x1()));
          columns.add(ca + 1, new Extent(b.x0(), col.x1()));
          return true;
        }
      }
    }
    return false;
  }

  private static int indexAt(List<Extent> columns, float x) {
    for (int k = 0; k < columns.size(); k++) {
      if (x >= columns.get(k).x0() - TOUCH && x <= columns.get(k).x1() + TOUCH) {
        return k;
      }
    }
    return -1;
  }
}
