package io.suanzhang.read.pdf;

import io.suanzhang.read.internal.TableGrid.Merge;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a table's header from the positions of its text alone, for headers without rules around
 * every cell. Header lines are grouped into header rows from the top: a header text that fits under
 * the same columns as the one just above continues it, a text wider than one column spans those
 * columns, and a header cell with nothing below it spans the rows down to the body.
 */
final class TextHeader {

  /**
   * How far below the text above, in ems, a header text may stand and still continue it: one line
   * with its leading, as a header cell wraps; a row of its own stands further down.
   */
  private static final float WRAP_GAP = 1.6f;
  /**
   * How much of its columns' width the text above must fill to have wrapped: a short centred word
   * (收入 over 项目) fills far less of its cell.
   */
  private static final float FILLED = 0.6f;

  private TextHeader() {}

  /** A header text and the columns it stands over. */
  private static final class Token {
    final StringBuilder text = new StringBuilder();
    int lo;
    int hi;
    /** The width of its widest line. */
    float width;
    float top;
    float bottom;
    int line;
  }

  /** The header of these lines over these columns, set in type of this size. */
  static Header read(List<Line> head, Columns columns, float size) {
    List<Token> merged = joinWrapped(tokens(head, columns), columns, size);
    // Rows from the top: a text that shares columns with one already in the row starts a new row.
    merged.sort((a, b) -> a.top != b.top ? Float.compare(a.top, b.top) : Integer.compare(a.lo, b.lo));
    List<List<Token>> bands = new ArrayList<>();
    for (Token t : merged) {
      List<Token> band = bands.isEmpty() ? null : bands.get(bands.size() - 1);
      boolean clash = false;
      if (band != null) {
        for (Token u : band) {
          clash |= u.lo <= t.hi && t.lo <= u.hi;
        }
      }
      if (band == null || clash) {
        band = new ArrayList<>();
        bands.add(band);
      }
      band.add(t);
    }
    return header(bands, columns.size());
  }

  /** The texts of each header line: chunks over overlapping columns run together. */
  private static List<Token> tokens(List<Line> head, Columns columns) {
    List<Token> tokens = new ArrayList<>();
    for (int li = 0; li < head.size(); li++) {
      Line line = head.get(li);
      Token current = null;
      float start = 0;
      for (Chunk c : line.chunks) {
        ColumnRange r = columns.placeHeader(c);
        if (current != null && r.lo() <= current.hi) {
          current.hi = Math.max(current.hi, r.hi());
          current.width = c.x1() - start;
          Texts.appendOnLine(current.text, c);
          continue;
        }
        current = new Token();
        start = c.x0();
        current.width = c.x1() - c.x0();
        current.lo = r.lo();
        current.hi = r.hi();
        current.top = line.y;
        current.bottom = line.y;
        current.line = li;
        current.text.append(c.text());
        tokens.add(current);
      }
    }
    return tokens;
  }

  /**
   * A text under the same columns as the text just above it, a line below, continues it when that
   * text filled its cell and wrapped; a short centred word above (收入 over 项目) is a row of its own.
   */
  private static List<Token> joinWrapped(List<Token> tokens, Columns columns, float size) {
    List<Token> merged = new ArrayList<>();
    for (Token t : tokens) {
      Token above = null;
      for (int k = merged.size() - 1; k >= 0; k--) {
        Token u = merged.get(k);
        if (u.line < t.line && u.lo <= t.hi && t.lo <= u.hi) {
          above = u;
          break;
        }
      }
      if (above != null && above.lo == t.lo && above.hi == t.hi
          && t.top - above.bottom <= WRAP_GAP * size && !Texts.startsWithMarker(t.text.toString())
          && above.width >= FILLED * (columns.get(t.hi).x1() - columns.get(t.lo).x0())) {
        above.text.append(Texts.lineJoiner(above.text, t.text)).append(t.text);
        above.bottom = t.top;
        above.line = t.line;
        above.width = Math.max(above.width, t.width);
      } else {
        merged.add(t);
      }
    }
    return merged;
  }

  /** The header rows of the bands of texts, each text spanning down while the rows below are free. */
  private static Header header(List<List<Token>> bands, int n) {
    boolean[][] taken = new boolean[bands.size()][n];
    for (int r = 0; r < bands.size(); r++) {
      for (Token t : bands.get(r)) {
        for (int k = t.lo; k <= t.hi; k++) {
          taken[r][k] = true;
        }
      }
    }
    List<List<String>> rows = new ArrayList<>(bands.size());
    List<Merge> merges = new ArrayList<>();
    for (int r = 0; r < bands.size(); r++) {
      List<String> row = new ArrayList<>(Header.emptyRow(n));
      for (Token t : bands.get(r)) {
        row.set(t.lo, t.text.toString());
        int down = 1;
        while (r + down < bands.size() && free(taken[r + down], t.lo, t.hi)) {
          for (int k = t.lo; k <= t.hi; k++) {
            taken[r + down][k] = true;
          }
          down++;
        }
        if (down > 1 || t.hi > t.lo) {
          merges.add(new Merge(r, t.lo, down, t.hi - t.lo + 1));
        }
      }
      rows.add(row);
    }
    return new Header(rows, merges);
  }

  private static boolean free(boolean[] taken, int lo, int hi) {
    for (int k = lo; k <= hi; k++) {
      if (taken[k]) {
        return false;
      }
    }
    return true;
  }
}
