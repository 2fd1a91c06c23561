package io.suanzhang.read.pdf;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A table's columns, left to right, as {@link ColumnFinder} finds them, and where text falls among them. */
final class Columns {

  /** How far, in points, a chunk must reach into a column to overlap it: not a shared edge rounded. */
  private static final float GRAZE = 0.01f;

  private final List<Extent> extents;

  Columns(List<Extent> extents) {
    this.extents = List.copyOf(extents);
  }

  int size() {
    return extents.size();
  }

  Extent get(int column) {
    return extents.get(column);
  }

  /** The first and last column a chunk overlaps, or null when it overlaps none. */
  @Nullable ColumnRange overlapped(Chunk c) {
    return overlapped(extents, c);
  }

  static @Nullable ColumnRange overlapped(List<Extent> extents, Chunk c) {
    int lo = -1;
    int hi = -1;
    for (int k = 0; k < extents.size(); k++) {
      Extent col = extents.get(k);
      if (c.x0() < col.x1() - GRAZE && c.x1() > col.x0() + GRAZE) {
        if (lo < 0) {
          lo = k;
        }
        hi = k;
      }
    }
    return lo < 0 ? null : new ColumnRange(lo, hi);
  }

  /** The index of the first column that starts right of x, or the number of columns when none does. */
  static int firstRightOf(List<Extent> extents, float x) {
    int right = 0;
    while (right < extents.size() && extents.get(right).x0() < x) {
      right++;
    }
    return right;
  }

  /** The columns a chunk belongs to: those it overlaps, or the nearest one. */
  ColumnRange place(Chunk c) {
    ColumnRange r = overlapped(c);
    if (r != null) {
      return r;
    }
    int best = 0;
    float bestDistance = Float.MAX_VALUE;
    float x = c.center();
    for (int k = 0; k < extents.size(); k++) {
      Extent col = extents.get(k);
      float d = x < col.x0() ? col.x0() - x : x > col.x1() ? x - col.x1() : 0;
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return ColumnRange.of(best);
  }

  /** A header word over no column is centred over the two columns on either side of it. */
  ColumnRange placeHeader(Chunk c) {
    ColumnRange r = overlapped(c);
    if (r != null) {
      return r;
    }
    int right = firstRightOf(extents, c.x1());
    return right == 0 || right == extents.size() ? place(c) : new ColumnRange(right - 1, right);
  }

  /** Of the columns in a range, the one a chunk overlaps most. */
  int widest(Chunk c, ColumnRange r) {
    int best = r.lo();
    float bestOverlap = -1;
    for (int k = r.lo(); k <= r.hi(); k++) {
      float overlap = extents.get(k).overlap(c.x0(), c.x1());
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = k;
      }
    }
    return best;
  }

  /**
   * Whether each of these columns lies within one of {@code others}, in the same order: the same
   * layout, perhaps with fewer columns filled.
   */
  boolean fitsInto(Columns others) {
    int last = -1;
    for (Extent c : extents) {
      int best = -1;
      float bestOverlap = 0;
      for (int k = 0; k < others.size(); k++) {
        float overlap = c.overlap(others.get(k).x0(), others.get(k).x1());
        if (overlap > bestOverlap) {
          bestOverlap = overlap;
          best = k;
        }
      }
      if (best < 0 || best < last) {
        return false;
      }
      last = best;
    }
    return true;
  }
}
