package io.suanzhang.read.pdf;

import org.jspecify.annotations.Nullable;

/**
 * A horizontal or vertical line drawn on a page, such as a table's cell border, in points with the
 * origin at the top left as glyphs are: a horizontal one has {@code y0 == y1}, a vertical one {@code
 * x0 == x1}, and {@code x0 <= x1}, {@code y0 <= y1}.
 */
record Ruling(float x0, float y0, float x1, float y1) {

  /** How far from the horizontal or vertical, in points, a drawn line may lean and still be a rule. */
  static final float SLANT = 0.5f;

  /** The rule from one point to another; null when the line is slanted. */
  static @Nullable Ruling between(float ax, float ay, float bx, float by) {
    if (Math.abs(ay - by) <= SLANT) {
      float y = (ay + by) / 2;
      return new Ruling(Math.min(ax, bx), y, Math.max(ax, bx), y);
    }
    if (Math.abs(ax - bx) <= SLANT) {
      float x = (ax + bx) / 2;
      return new Ruling(x, Math.min(ay, by), x, Math.max(ay, by));
    }
    return null;
  }

  boolean horizontal() {
    return y0 == y1 && x1 > x0;
  }

  boolean vertical() {
    return x0 == x1 && y1 > y0;
  }

  float length() {
    return Math.max(x1 - x0, y1 - y0);
  }
}
