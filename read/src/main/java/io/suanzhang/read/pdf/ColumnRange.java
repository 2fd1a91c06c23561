package io.suanzhang.read.pdf;

/** The columns a piece of text stands over, from {@code lo} to {@code hi} inclusive, left to right. */
record ColumnRange(int lo, int hi) {

  static ColumnRange of(int column) {
    return new ColumnRange(column, column);
  }

  /** Whether it stands over more than one column. */
  boolean wide() {
    return hi > lo;
  }
}
