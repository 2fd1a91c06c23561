package io.suanzhang.read.pdf;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The cell a piece of text is written in, as the rules drawn around it bound it, in points. */
record CellBox(float left, float top, float right, float bottom) {

  /** How far, in points, a rule may stand into a text's box and still bound it. */
  private static final float RULE_SLACK = 1.0f;
  /** The height of a glyph's middle above its baseline, in ems: where a vertical rule must pass. */
  private static final float MIDDLE = 0.35f;
  /** How far a CJK glyph rises above its baseline, in ems: a rule above stands higher. */
  private static final float ASCENT = 0.8f;
  /** How far a glyph descends below its baseline, in ems: a rule below stands lower. */
  private static final float DESCENT = 0.1f;
  /** How far, in ems, text may run over its cell's side: half a character, as a tight cell prints. */
  private static final float OVERFLOW = 0.5f;

  /**
   * The cell a chunk is written in: the nearest vertical rules on either side of it that pass its
   * middle (text may run half a character over its cell's side), and the nearest horizontal rules
   * above and below it that pass its centre; null when a side has none.
   */
  static @Nullable CellBox around(Chunk c, List<Ruling> rulings) {
    float middle = c.y() - MIDDLE * c.size(); // y is the baseline
    float glyphTop = c.y() - ASCENT * c.size();
    float glyphBottom = c.y() + DESCENT * c.size();
    float center = c.center();
    float overflow = Math.max(RULE_SLACK, OVERFLOW * c.size());
    float left = -Float.MAX_VALUE;
    float right = Float.MAX_VALUE;
    float top = -Float.MAX_VALUE;
    float bottom = Float.MAX_VALUE;
    for (Ruling r : rulings) {
      if (r.vertical() && r.y0() - RULE_SLACK <= middle && middle <= r.y1() + RULE_SLACK) {
        if (r.x0() <= c.x0() + overflow) {
          left = Math.max(left, r.x0());
        } else if (r.x0() >= c.x1() - overflow) {
          right = Math.min(right, r.x0());
        }
      } else if (r.horizontal() && r.x0() - RULE_SLACK <= center && center <= r.x1() + RULE_SLACK) {
        if (r.y0() <= glyphTop + RULE_SLACK) {
          top = Math.max(top, r.y0());
        } else if (r.y0() >= glyphBottom - RULE_SLACK) {
          bottom = Math.min(bottom, r.y0());
        }
      }
    }
    if (left == -Float.MAX_VALUE || right == Float.MAX_VALUE || top == -Float.MAX_VALUE
        || bottom == Float.MAX_VALUE) {
      return null;
    }
    return new CellBox(left, top, right, bottom);
  }

  /** Whether x lies strictly between the cell's left and right rules. */
  boolean spans(float x) {
    return x > left && x < right;
  }

  /** Whether each side lies within {@code tolerance} points of the other box's: the same cell. */
  boolean same(CellBox other, float tolerance) {
    return Math.abs(left - other.left) <= tolerance && Math.abs(top - other.top) <= tolerance
        && Math.abs(right - other.right) <= tolerance && Math.abs(bottom - other.bottom) <= tolerance;
  }
}
