package io.suanzhang.read.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Re-joins the lines of running text into paragraphs and headings. A new paragraph starts after a line
 * that stops short of the right margin (unless only the next line's first number or word would not
 * have fit there: {@link Wraps}), at an indented line, at a numbering (一、, （一）, 1.), at a
 * change of font size, and after a wider gap than lines of its size usually have. Lines are joined
 * with nothing between them, so a number or unit broken over two lines reads as one.
 */
final class TextBlocks {

  /** A paragraph ({@code level} 0) or heading, with its first and last line. */
  record Block(int level, String text, Line first, Line last) {

    Block joinedWith(Block next) {
      return new Block(level, text + Texts.lineJoiner(text, next.text) + next.text, first, next.last);
    }
  }

  /**
   * The measures of a page's text: its margins, its usual line distance, and the usual distance of
   * lines in each size (half points to points): a page's table rows in a small size must not make
   * the wider lines of its paragraphs look set apart.
   */
  record Margins(float left, float right, float pitch, Map<Integer, Float> pitches) {

    Margins {
      pitches = Map.copyOf(pitches);
    }

    Margins(float left, float right, float pitch) {
      this(left, right, pitch, Map.of());
    }

    static Margins of(List<Line> lines) {
      float left = Float.MAX_VALUE;
      float right = 0;
      Map<Integer, List<Float>> bySize = new HashMap<>();
      List<Float> all = new ArrayList<>();
      for (int k = 0; k < lines.size(); k++) {
        Line l = lines.get(k);
        left = Math.min(left, l.x0);
        right = Math.max(right, l.x1);
        if (k > 0) {
          Line p = lines.get(k - 1);
          float d = l.y - p.y;
          if (Math.abs(l.size - p.size) <= 0.15f * l.size && d > l.size && d < 3 * l.size) {
            all.add(d);
            bySize.computeIfAbsent(sizeKey(l.size), s -> new ArrayList<>()).add(d);
          }
        }
      }
      Map<Integer, Float> pitches = new HashMap<>();
      bySize.forEach((size, d) -> pitches.put(size, median(d)));
      float pitch = all.isEmpty() ? 0 : median(all);
      return new Margins(left == Float.MAX_VALUE ? 0 : left, right, pitch, pitches);
    }

    /** The usual distance of lines set in {@code size}, else of all lines; 0 when unknown. */
    float pitch(float size) {
      Float own = pitches.get(sizeKey(size));
      return own != null ? own : pitch;
    }

    private static int sizeKey(float size) {
      return Math.round(size * 2);
    }

    private static float median(List<Float> values) {
      List<Float> sorted = new ArrayList<>(values);
      sorted.sort(null);
      return sorted.get(sorted.size() / 2);
    }
  }

  private static final Pattern LEVEL_1 = Pattern.compile("^第[一二三四五六七八九十百零〇]+部分");
  private static final Pattern LEVEL_2 = Pattern.compile("^[一二三四五六七八九十]+[、．.]");
  private static final Pattern LEVEL_3 = Pattern.compile("^[（(][一二三四五六七八九十]+[）)]");
  private static final Pattern LEVEL_4 = Pattern.compile("^\\d{1,2}[、．.](?![0-9０-９])");
  private static final Pattern LEVEL_5 = Pattern.compile("^[（(]\\d{1,2}[）)]");
  /** The longest line, in characters, that can be a heading. */
  private static final int HEADING_LENGTH = 32;

  private TextBlocks() {}

  /**
   * The paragraphs and headings of consecutive text lines. {@code bodySize} is the font size of the
   * document's running text; a short line clearly larger than it is a heading.
   */
  static List<Block> blocks(List<Line> lines, Margins margins, float bodySize) {
    List<Block> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Line first = null;
    Line prev = null;
    for (Line line : lines) {
      String t = line.text().strip();
      if (t.isEmpty()) {
        continue;
      }
      if (prev != null && breaksBefore(prev, line, margins, bodySize)) {
        out.add(block(text.toString(), first, prev, margins, bodySize));
        text.setLength(0);
        first = null;
      }
      if (first == null) {
        first = line;
      } else {
        text.append(Texts.lineJoiner(text, t));
      }
      text.append(t);
      prev = line;
    }
    if (first != null) {
      out.add(block(text.toString(), first, prev, margins, bodySize));
    }
    return out;
  }

  /**
   * Whether a paragraph that ends a page goes on with the block that starts the next one: it reaches
   * the right margin without closing its sentence, and the next starts at the left margin, in the
   * same size, without a numbering.
   */
  static boolean continues(Block end, Margins endMargins, Block start, Margins startMargins) {
    if (end.level() != 0 || start.level() != 0) {
      return false;
    }
    Line last = end.last();
    Line next = start.first();
    char close = end.text().charAt(end.text().length() - 1);
    return (last.x1 >= endMargins.right() - 1.5f * last.size
            || Wraps.wrappedBefore(last, next, endMargins.right()))
        && "。！？；：!?;:".indexOf(close) < 0
        && Math.abs(last.size - next.size) <= 0.15f * last.size
        && next.x0 <= startMargins.left() + 0.8f * next.size
        && !Texts.startsWithMarker(start.text());
  }

  private static boolean breaksBefore(Line prev, Line line, Margins m, float bodySize) {
    float size = Math.max(prev.size, line.size);
    if (Math.abs(prev.size - line.size) > 0.15f * size) {
      return true;
    }
    if (bodySize > 0 && prev.size >= 1.25f * bodySize) {
      // Lines of a title wrap centred: one title while they follow at a line's distance.
      return line.y - prev.y > 1.8f * size || Texts.startsWithMarker(line.text().strip());
    }
    if (prev.x1 < m.right() - 1.5f * prev.size && !Wraps.wrappedBefore(prev, line, m.right())) {
      return true; // the previous line stopped short: its paragraph ended
    }
    if (prev.x0 > m.left() + 4 * prev.size) {
      return true; // the previous line stands apart, centred or flush right
    }
    if (line.x0 > m.left() + 1.2f * line.size) {
      return true; // an indented first line, or a centred one
    }
    float pitch = m.pitch(size) > 0 ? m.pitch(size) : 1.5f * size;
    if (line.y - prev.y > 1.45f * pitch) {
      return true;
    }
    return Texts.startsWithMarker(line.text().strip());
  }

  private static Block block(String text, Line first, Line last, Margins margins, float bodySize) {
    return new Block(level(text, first, last, margins, bodySize), text, first, last);
  }

  /** The heading level of a one-line block, or 0 for a paragraph. */
  private static int level(String text, Line first, Line last, Margins margins, float bodySize) {
    if (text.indexOf('。') >= 0 || text.indexOf('；') >= 0) {
      return 0; // a sentence
    }
    int length = text.codePointCount(0, text.length());
    if (first.segments > 1 || PageLayout.unitOf(first) != null) {
      return 0; // cells or a unit line, not a title
    }
    if (bodySize > 0 && first.size >= 1.25f * bodySize && length <= 2 * HEADING_LENGTH
        && !text.endsWith("。")) {
      return LEVEL_1.matcher(text).find() || !Texts.startsWithMarker(text) ? 1 : markerLevel(text);
    }
    if (first != last || length > HEADING_LENGTH || last.x1 >= margins.right() - 1.5f * last.size) {
      return 0; // long, or a line that fills the measure and goes on
    }
    char end = text.charAt(text.length() - 1);
    if ("。；，：,;:、".indexOf(end) >= 0) {
      return 0;
    }
    int marked = markerLevel(text);
    if (marked > 0) {
      return marked;
    }
    return 0;
  }

  private static int markerLevel(String text) {
    if (LEVEL_1.matcher(text).find()) {
      return 1;
    }
    if (LEVEL_2.matcher(text).find()) {
      return 2;
    }
    if (LEVEL_3.matcher(text).find()) {
      return 3;
    }
    if (LEVEL_4.matcher(text).find()) {
      return 4;
    }
    if (LEVEL_5.matcher(text).find()) {
      return 5;
    }
    return 0;
  }
}
