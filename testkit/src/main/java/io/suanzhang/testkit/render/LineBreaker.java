package io.suanzhang.testkit.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a line of Chinese text to a width. CJK text may break between any two characters, with three
 * exceptions that a reader of the PDF relies on: a number never breaks, nor does it part from the
 * unit written after it ({@code 1413.96万元}, {@code 3 万元}, {@code 64.79%}, {@code 12台}); Latin
 * words stay whole; and closing punctuation never starts a line, opening punctuation never ends one.
 */
final class LineBreaker {

  /** Money magnitudes and units that belong to the number before them. */
  private static final String UNIT_CHARS = "百千万亿元";
  private static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’…—·%‰,.;:!?)]}";
  private static final String NO_LINE_END = "（《「『【〔〈“‘([{";
  /**
   * Points a line may overrun its width by: a table column sized to its widest piece comes out a
   * rounding error narrower after the widths are scaled to the page, and must still hold it whole.
   */
  private static final float ROUNDING = 0.01f;

  private LineBreaker() {}

  /** The width of {@code text[start, end)} in points. */
  @FunctionalInterface
  interface Measure {
    float width(String text, int start, int end);
  }

  /** A line as a range of UTF-16 indices, without the spaces around it. */
  record Line(int start, int end) {}

  /**
   * Greedy wrap: the first line is {@code firstWidth} wide (an indented first line), the others
   * {@code width}. A piece wider than a whole line is cut between code points.
   */
  static List<Line> wrap(String text, float firstWidth, float width, Measure measure) {
    firstWidth += ROUNDING;
    width += ROUNDING;
    List<Line> lines = new ArrayList<>();
    List<int[]> pieces = pieces(text);
    int lineStart = -1;
    int lineEnd = -1;
    float used = 0;
    for (int[] p : pieces) {
      boolean space = Character.isWhitespace(text.codePointAt(p[0]));
      float max = lines.isEmpty() ? firstWidth : width;
      if (lineStart < 0) {
        if (space) {
          continue; // no line starts with a space
        }
        lineStart = p[0];
        lineEnd = p[0];
        used = 0;
      }
      float w = measure.width(text, p[0], p[1]);
      if (used + w <= max || space) {
        used += w;
        lineEnd = space ? lineEnd : p[1];
        continue;
      }
      if (lineEnd > lineStart) {
        lines.add(new Line(lineStart, lineEnd));
        max = width;
      }
      // The piece opens a new line, cut if even a whole line cannot hold it.
      int from = p[0];
      while (measure.width(text, from, p[1]) > max) {
        int cut = fit(text, from, p[1], max, measure);
        lines.add(new Line(from, cut));
        from = cut;
        max = width;
      }
      lineStart = from;
      lineEnd = p[1];
      used = measure.width(text, from, p[1]);
    }
    if (lineStart >= 0 && lineEnd > lineStart) {
      lines.add(new Line(lineStart, lineEnd));
    }
    return lines;
  }

  /** The longest prefix of {@code [from, to)} that fits, at least one code point. */
  private static int fit(String text, int from, int to, float max, Measure measure) {
    int end = text.offsetByCodePoints(from, 1);
    while (end < to) {
      int next = text.offsetByCodePoints(end, 1);
      if (measure.width(text, from, next) > max) {
        break;
      }
      end = next;
    }
    return end;
  }

  /** The unbreakable pieces of {@code text} as {@code [start, end)}; a space is a piece of its own. */
  static List<int[]> pieces(String text) {
    List<int[]> pieces = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      int end = i + Character.charCount(cp);
      if (isWordChar(cp)) {
        while (end < n && isWordChar(text.codePointAt(end))) {
          end += Character.charCount(text.codePointAt(end));
        }
        if (isNumberChar(text.codePointBefore(end))) {
          end = unitAfter(text, end);
        }
      }
      pieces.add(new int[] {i, end});
      i = end;
    }
    return glue(text, pieces);
  }

  /** Where a number's unit ends: {@code 万元} after optional spaces, or one ideograph right after. */
  private static int unitAfter(String text, int numberEnd) {
    int k = numberEnd;
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    int unitEnd = k;
    while (unitEnd < text.length() && UNIT_CHARS.indexOf(text.charAt(unitEnd)) >= 0) {
      unitEnd++;
    }
    if (unitEnd > k) {
      return unitEnd;
    }
    if (k == numberEnd && k < text.length()
        && Character.UnicodeScript.of(text.codePointAt(k)) == Character.UnicodeScript.HAN) {
      return k + Character.charCount(text.codePointAt(k));
    }
    return numberEnd;
  }

  /** Kinsoku: closing marks join the piece before them, opening marks the piece after them. */
  private static List<int[]> glue(String text, List<int[]> pieces) {
    List<int[]> out = new ArrayList<>();
    for (int[] p : pieces) {
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean closing = NO_LINE_START.indexOf(text.codePointAt(p[0])) >= 0;
      if (last != null && !isSpace(text, last) && !isSpace(text, p)
          && (closing || opensOnly(text, last))) {
        last[1] = p[1];
      } else {
        out.add(new int[] {p[0], p[1]});
      }
    }
    return out;
  }

  private static boolean opensOnly(String text, int[] piece) {
    return text.substring(piece[0], piece[1]).codePoints().allMatch(c -> NO_LINE_END.indexOf(c) >= 0);
  }

  private static boolean isSpace(String text, int[] piece) {
    return Character.isWhitespace(text.codePointAt(piece[0]));
  }

  /** Latin letters, digits and ASCII marks, and full-width digits: runs that read as one word. */
  private static boolean isWordChar(int cp) {
    return (cp > ' ' && cp < 0x7F) || (cp >= 0xFF10 && cp <= 0xFF19) || cp == '．' || cp == '％';
  }

  private static boolean isNumberChar(int cp) {
    return (cp >= '0' && cp <= '9') || cp == '.' || cp == ',' || cp == '%'
        || (cp >= 0xFF10 && cp <= 0xFF19) || cp == '．' || cp == '％';
  }
}
