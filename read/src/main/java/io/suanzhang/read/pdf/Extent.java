package io.suanzhang.read.pdf;

/** Where something lies along the x-axis, {@code x0 <= x1}, in points: a column of a table. */
record Extent(float x0, float x1) {

  float middle() {
    return (x0 + x1) / 2;
  }

  /** How far this extent and [from, to] overlap; negative when a gap lies between them. */
  float overlap(float from, float to) {
    return Math.min(x1, to) - Math.max(x0, from);
  }
}
