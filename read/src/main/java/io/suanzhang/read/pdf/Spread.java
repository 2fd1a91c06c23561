package io.suanzhang.read.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Text spread letter by letter over its cell, as a spreadsheet prints a long name set to distributed
 * alignment (分散对齐): single characters at even gaps under an em. Such a run fills its cell up to
 * the border, further than any other text of its column reaches, so its last letters must not make
 * columns of their own (因公出国（ | 境 | ） | 费).
 */
final class Spread {

  /** The fewest letters a spread run has: two gaps to see that they are even. */
  private static final int LETTERS = 3;
  /** How much the gaps of one spread run may differ, in ems. */
  private static final float EVEN = 0.1f;

  private Spread() {}

  /** The extents [x0, x1] of a line's chunks, each spread run as one. */
  static List<float[]> extents(Line line) {
    List<Chunk> chunks = line.chunks;
    List<float[]> out = new ArrayList<>(chunks.size());
    int i = 0;
    while (i < chunks.size()) {
      int end = runEnd(chunks, i);
      out.add(new float[] {chunks.get(i).x0(), chunks.get(end - 1).x1()});
      i = end;
    }
    return out;
  }

  /** The end (exclusive) of the spread run starting at {@code from}, or {@code from + 1}. */
  private static int runEnd(List<Chunk> chunks, int from) {
    if (!letter(chunks.get(from))) {
      return from + 1;
    }
    float low = Float.MAX_VALUE;
    float high = -Float.MAX_VALUE;
    int end = from + 1;
    while (end < chunks.size() && letter(chunks.get(end))) {
      Chunk a = chunks.get(end - 1);
      Chunk b = chunks.get(end);
      float em = Math.max(a.size(), b.size());
      float gap = b.x0() - a.x1();
      float lo = Math.min(low, gap);
      float hi = Math.max(high, gap);
      if (gap >= Line.SEGMENT_GAP * em || hi - lo > EVEN * em) {
        break; // cells apart, or gaps of another width: not the same spread text
      }
      low = lo;
      high = hi;
      end++;
    }
    return end - from >= LETTERS ? end : from + 1;
  }

  /** A chunk of one CJK character, as spreading sets each letter apart. */
  private static boolean letter(Chunk c) {
    return c.text().length() == 1 && Texts.isCjk(c.text().charAt(0));
  }
}
