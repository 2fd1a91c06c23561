package io.suanzhang.read.pdf;

import java.util.List;

/**
 * A line of text on a page: its chunks from left to right, its baseline, its largest font size, and
 * how many segments it has — groups of chunks separated by a gap of an em or more, as table cells are.
 */
final class Line {

  /** A gap this wide, in ems, separates cells rather than words. */
  static final float SEGMENT_GAP = 1.0f;

  final List<Chunk> chunks;
  final float y;
  final float size;
  final float x0;
  final float x1;
  final int segments;
  final boolean hasNumber;
  /**
   * The width of the line's first piece that cannot be broken ({@link Wraps#firstPiece}): the room the
   * line above needed to take it; 0 when unknown.
   */
  final float lead;
  private String text;

  /** A line of chunks whose first unbreakable piece is not known. */
  Line(List<Chunk> chunks, float y) {
    this(chunks, y, 0);
  }

  /**
   * A line of chunks. Its size is that of its longest chunk, so that a word drawn larger (a stretched
   * 合计) does not make a table row look like a heading.
   */
  Line(List<Chunk> chunks, float y, float lead) {
    this.chunks = List.copyOf(chunks);
    this.y = y;
    this.lead = lead;
    Chunk longest = chunks.get(0);
    for (Chunk c : chunks) {
      if (c.text().length() > longest.text().length()) {
        longest = c;
      }
    }
    this.size = longest.size();
    this.x0 = chunks.get(0).x0();
    float end = 0;
    int segs = 1;
    boolean number = false;
    for (int i = 0; i < chunks.size(); i++) {
      Chunk c = chunks.get(i);
      end = Math.max(end, c.x1());
      if (i > 0 && c.x0() - chunks.get(i - 1).x1() >= SEGMENT_GAP * this.size) {
        segs++;
      }
      number |= c.numeric();
    }
    this.x1 = end;
    this.segments = segs;
    this.hasNumber = number;
  }

  /** The line as text: chunks joined, a space where one stands on the page. */
  String text() {
    if (text == null) {
      StringBuilder sb = new StringBuilder();
      for (Chunk c : chunks) {
        if (sb.length() > 0 && c.spaced()) {
          sb.append(' ');
        }
        sb.append(c.text());
      }
      text = sb.toString();
    }
    return text;
  }

  float width() {
    return x1 - x0;
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%.1f %s", y, text());
  }
}
