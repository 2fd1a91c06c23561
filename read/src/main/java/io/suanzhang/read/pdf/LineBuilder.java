package io.suanzhang.read.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Groups the glyphs of a page into lines and each line into chunks. Glyphs whose baselines lie within
 * a third of an em share a line; a gap of a fifth of an em, or a space glyph, ends a chunk; numbers
 * glued together by tight typesetting are cut apart by the number grammar.
 */
final class LineBuilder {

  /** Baselines closer than this, in ems of the smaller glyph, are one line. */
  private static final float SAME_LINE = 0.35f;
  /** A gap wider than this, in ems, ends a chunk. */
  private static final float CHUNK_GAP = 0.2f;
  /** A unit at most this far, in ems, after an amount belongs to it. */
  private static final float UNIT_GAP = 0.8f;
  /** A gap at least this wide, in ems, reads as a space. */
  private static final float SPACE_GAP = 0.25f;

  private static final Comparator<Glyph> BY_Y = (a, b) -> Float.compare(a.y(), b.y());
  private static final Comparator<Glyph> BY_X = (a, b) -> Float.compare(a.x(), b.x());

  private LineBuilder() {}

  /** The lines of a page from top to bottom. */
  static List<Line> lines(List<Glyph> glyphs) {
    if (glyphs.isEmpty()) {
      return List.of();
    }
    Glyph[] g = glyphs.toArray(new Glyph[0]);
    Arrays.sort(g, BY_Y);
    List<Line> lines = new ArrayList<>();
    Chunker chunker = new Chunker();
    int start = 0;
    float base = g[0].y();
    float size = g[0].size();
    for (int i = 1; i <= g.length; i++) {
      if (i < g.length && g[i].y() - base <= SAME_LINE * Math.min(size, g[i].size())) {
        if (!g[i].isSpace()) {
          size = Math.max(size, g[i].size());
        }
        continue;
      }
      Line line = chunker.line(g, start, i);
      if (line != null) {
        lines.add(line);
      }
      if (i < g.length) {
        start = i;
        base = g[i].y();
        size = g[i].size();
      }
    }
    return lines;
  }

  /** Builds the chunks of one line; reuses its buffers from line to line. */
  private static final class Chunker {
    /** The line's text so far, a space between chunks set apart. */
    private final StringBuilder text = new StringBuilder();
    /** For each char of {@code text}, the left and right edge of its glyph. */
    private float[] left = new float[64];
    private float[] right = new float[64];
    /** Where in {@code text} the chunk being built starts. */
    private int chunkStart;
    private final List<Chunk> chunks = new ArrayList<>();

    Line line(Glyph[] g, int from, int to) {
      Arrays.sort(g, from, to, BY_X);
      chunks.clear();
      text.setLength(0);
      chunkStart = 0;
      float y = Float.NaN;
      float size = 0;
      boolean spaceBefore = false;
      boolean pendingSpace = false;
      Glyph prev = null;
      for (int i = from; i < to; i++) {
        Glyph c = g[i];
        if (c.isSpace()) {
          pendingSpace = prev != null;
          continue;
        }
        if (prev != null && isDuplicate(prev, c)) {
          continue; // drawn twice for a bold effect
        }
        if (prev != null) {
          float em = Math.max(prev.size(), c.size());
          float gap = c.x() - prev.end();
          if (pendingSpace || gap > CHUNK_GAP * em) {
            close(y, size, spaceBefore);
            spaceBefore = pendingSpace || gap >= SPACE_GAP * em;
            if (spaceBefore) {
              append(" ", prev.end(), c.x());
              chunkStart = text.length();
            }
            size = 0;
            y = Float.NaN;
          }
        }
        pendingSpace = false;
        if (Float.isNaN(y)) {
          y = c.y();
        }
        size = Math.max(size, c.size());
        append(c.text(), c.x(), c.end());
        prev = c;
      }
      close(y, size, spaceBefore);
      if (chunks.isEmpty()) {
        return null;
      }
      fuseUnits();
      int piece = Math.max(1, Wraps.firstPiece(text));
      return new Line(chunks, chunks.get(0).y(), maxRight(0, piece) - left[0]);
    }

    /** An amount and the unit set a space after it (3 万元) are one chunk, as they are one cell. */
    private void fuseUnits() {
      for (int k = chunks.size() - 1; k > 0; k--) {
        Chunk a = chunks.get(k - 1);
        Chunk b = chunks.get(k);
        if (b.x0() - a.x1() <= UNIT_GAP * Math.max(a.size(), b.size()) && Numbers.isNumber(a.text())
            && Numbers.isUnit(b.text())) {
          String text = a.text() + (b.spaced() ? " " : "") + b.text();
          chunks.set(k - 1, new Chunk(text, a.x0(), Math.max(a.x1(), b.x1()), a.y(), Math.max(a.size(), b.size()),
              a.spaced()));
          chunks.remove(k);
        }
      }
    }

    private static boolean isDuplicate(Glyph a, Glyph b) {
      return a.text().equals(b.text())
          && Math.abs(a.x() - b.x()) < 0.3f * Math.max(a.width(), 0.5f)
          && Math.abs(a.y() - b.y()) < 0.3f * a.size();
    }

    private void append(String t, float x0, float x1) {
      int n = text.length() + t.length();
      if (n > left.length) {
        left = Arrays.copyOf(left, n * 2);
        right = Arrays.copyOf(right, n * 2);
      }
      for (int k = 0; k < t.length(); k++) {
        left[text.length() + k] = x0;
        right[text.length() + k] = x1;
      }
      text.append(t);
    }

    private void close(float y, float size, boolean spaceBefore) {
      if (text.length() == chunkStart) {
        return;
      }
      String s = text.substring(chunkStart);
      int[] cuts = Numbers.glueCuts(s);
      int from = 0;
      for (int k = 0; k <= cuts.length; k++) {
        int to = k < cuts.length ? cuts[k] : s.length();
        chunks.add(new Chunk(s.substring(from, to), left[chunkStart + from],
            maxRight(chunkStart + from, chunkStart + to), y, size, k == 0 && spaceBefore));
        from = to;
      }
      chunkStart = text.length();
    }

    private float maxRight(int from, int to) {
      float r = right[from];
      for (int k = from + 1; k < to; k++) {
        r = Math.max(r, right[k]);
      }
      return r;
    }
  }
}
