package io.suanzhang.read.pdf;

import io.suanzhang.core.text.UnitDeclarations;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits the lines of a page into runs of text and tables. A table starts at a line with two or more
 * segments (cells an em or more apart) and runs while such lines follow, in one size or, close
 * together, in two (a larger header); it takes in the short lines between them (labels, wrapped
 * cells, header words), the short lines below it as close as its rows, and the header lines packed
 * above it. Unit lines (单位：万元), issuer lines (部门名称：…), notes (注：…), sentences and lines as wide
 * as running text are never part of it. Lines that hold no number but years make a table only when
 * several have three cells or one has four. The unit line and title above a table stay text and are
 * also given to the table. Header lines that end a page are set apart ({@link TableHead}), as the
 * table they head may start the next page.
 */
final class PageLayout {

  /** A part of a page in reading order. */
  sealed interface Item permits TextRun, TableItem, TableHead, OcrText {}

  /** Consecutive lines of running text. */
  record TextRun(List<Line> lines) implements Item {}

  /** The text OCR read from a page without a text layer. */
  record OcrText(String text) implements Item {}

  /** A table and the lines it was built from. */
  record TableItem(StreamTable table, List<Line> lines, boolean captioned) implements Item {}

  /**
   * Header lines that end a page, cells apart and without numbers: a table's header whose body a page
   * break sent to the next page, or text. Always the last item of its page.
   */
  record TableHead(List<Line> lines, Caption caption, int page, List<Ruling> rulings) implements Item {}

  /** The unit and title found above a table, either of them null. */
  record Caption(@Nullable String unit, @Nullable String title) {

    boolean found() {
      return unit != null || title != null;
    }

    void applyTo(StreamTable table) {
      table.unit(unit);
      table.title(title);
    }
  }

  private PageLayout() {}

  static List<Item> items(PageText page) {
    if (page.ocr() != null) {
      return List.of(new OcrText(page.ocr()));
    }
    List<Line> lines = joinWrappedUnits(page.lines());
    int n = lines.size();
    List<Item> items = new ArrayList<>();
    if (n == 0) {
      return items;
    }
    float left = Float.MAX_VALUE;
    float right = 0;
    for (Line l : lines) {
      left = Math.min(left, l.x0);
      right = Math.max(right, l.x1);
    }
    float textWidth = Math.max(1, right - left);
    List<Line> text = new ArrayList<>();
    int i = 0;
    while (i < n) {
      Line line = lines.get(i);
      if (!isCandidate(line)) {
        text.add(line);
        i++;
        continue;
      }
      float size = line.size;
      int end = i;
      int candidates = 1;
      int j = i + 1;
      while (j < n) {
        Line next = lines.get(j);
        if (isCandidate(next) && (sameSize(next, size) || nearInOtherSize(next, lines.get(j - 1)))) {
          end = j;
          candidates++;
          size = next.size; // a header may be set larger than the body
        } else if (isCandidate(next) || !mayBeInside(next, size, textWidth)) {
          break;
        }
        j++;
      }
      if (candidates < 2) {
        text.add(line);
        i++;
        continue;
      }
      float x0 = Float.MAX_VALUE;
      float x1 = 0;
      for (int k = i; k <= end; k++) {
        x0 = Math.min(x0, lines.get(k).x0);
        x1 = Math.max(x1, lines.get(k).x1);
      }
      float pitch = medianPitch(lines, i, end, size);
      // Short lines below, as close as rows are, are rows whose amounts are empty.
      while (end + 1 < n
          && fitsUnder(lines.get(end + 1), lines.subList(i, end + 1), x0, x1, size, pitch, textWidth)) {
        end++;
      }
      // Short lines above, aligned with the table, are its first rows or header.
      size = line.size;
      int start = i;
      while (start > 0 && !text.isEmpty()) {
        Line above = lines.get(start - 1);
        Line below = lines.get(start);
        float gap = below.y - above.y;
        // A header line packed tight above the table belongs to it wherever it stands; one a row's
        // distance away only when it lies within the table and off the left margin.
        boolean tight = gap <= 1.6f * size;
        boolean aligned = above.x0 >= left + 2 * size && gap <= Math.max(3 * size, 1.2f * pitch)
            && above.x0 >= x0 - size && above.x1 <= x1 + size;
        if (!(tight || aligned) || above.width() > 0.5f * textWidth || !mayBeInside(above, size, textWidth)) {
          break;
        }
        start--;
        text.remove(text.size() - 1);
      }
      List<Line> region = lines.subList(start, end + 1);
      StreamTable table =
          looksTabular(region) ? StreamTable.of(region, page.number(), page.rulings()) : null;
      if (table == null) {
        text.addAll(region);
        i = end + 1;
        continue;
      }
      Caption caption = caption(text, size, left);
      caption.applyTo(table);
      boolean captioned = caption.found();
      if (!text.isEmpty()) {
        items.add(new TextRun(List.copyOf(text)));
        text.clear();
      }
      items.add(new TableItem(table, List.copyOf(region), captioned));
      i = end + 1;
    }
    int head = headAtFoot(text);
    List<Line> above = text.subList(0, text.size() - head);
    if (!above.isEmpty()) {
      items.add(new TextRun(List.copyOf(above)));
    }
    if (head > 0) {
      List<Line> headLines = List.copyOf(text.subList(text.size() - head, text.size()));
      Caption caption = caption(above, headLines.get(0).size, left);
      items.add(new TableHead(headLines, caption, page.number(), page.rulings()));
    }
    return items;
  }

  /** The most lines a header left at the foot of a page is taken to have. */
  private static final int HEAD_LINES = 3;
  /** Marks that end a sentence or clause, which header cells do not hold. */
  private static final java.util.regex.Pattern CLAUSE = java.util.regex.Pattern.compile("[。；，]");

  /**
   * How many of the last lines of a page are a table header whose body went on to the next page:
   * lines with cells apart, no number and no sentence, packed as header rows are.
   */
  private static int headAtFoot(List<Line> text) {
    int n = 0;
    while (n < Math.min(HEAD_LINES, text.size())) {
      Line line = text.get(text.size() - 1 - n);
      if (!isCandidate(line) || line.hasNumber || CLAUSE.matcher(line.text()).find()) {
        break;
      }
      if (n > 0 && text.get(text.size() - n).y - line.y > 2 * line.size) {
        break;
      }
      n++;
    }
    return n;
  }

  /**
   * How many of the first lines of a page have cells apart, as rows of a table do: the last rows of
   * the table that ends the page before, when they are too few to make a table of their own.
   */
  static int rowsAtTop(List<Line> text) {
    int n = 0;
    while (n < text.size() && isCandidate(text.get(n)) && !isSentenceOrNote(text.get(n))) {
      n++;
    }
    return n;
  }

  /**
   * A table's unit and title from the text lines just above it: the unit line (单位：元) if it is one
   * of the last three, and as the title the nearest of the three lines above that, or above the
   * table, that is set larger than the table or names a table (…预算表), or a centred line right above.
   */
  private static Caption caption(List<Line> before, float size, float left) {
    int k = before.size() - 1;
    String unit = null;
    for (int back = 0; back < 3 && k - back >= 0; back++) {
      String found = unitOf(before.get(k - back));
      if (found != null) {
        unit = found;
        k = k - back - 1;
        break;
      }
    }
    String title = null;
    for (int back = 0; back < 3 && k - back >= 0 && title == null; back++) {
      Line line = before.get(k - back);
      String t = line.text().strip();
      if (t.endsWith("。")) {
        break;
      }
      boolean larger = line.size >= 1.15f * size;
      boolean centred = back == 0 && line.x0 > left + 4 * line.size;
      boolean named = TABLE_NAME.matcher(t).find();
      if ((larger || centred || named) && line.segments == 1 && !t.isEmpty() && t.length() <= 50
          && !t.endsWith("：") && !t.endsWith(":") && unitOf(line) == null) {
        title = t;
      }
    }
    return new Caption(unit, title);
  }

  /**
   * A unit wrapped in its cell (单位：万 above 元) is put back together: the line with 单位 gets the
   * 元 standing under it, so that it reads as a unit line.
   */
  static List<Line> joinWrappedUnits(List<Line> lines) {
    List<Line> out = null;
    for (int i = 0; i + 1 < lines.size(); i++) {
      Line a = lines.get(i);
      Line b = lines.get(i + 1);
      if (a.hasNumber || b.y - a.y > 1.8f * a.size || a.text().length() > 60) {
        continue;
      }
      Chunk last = a.chunks.get(a.chunks.size() - 1);
      if (!WRAPPED_UNIT.matcher(last.text()).find()) {
        continue;
      }
      for (int k = 0; k < b.chunks.size(); k++) {
        Chunk c = b.chunks.get(k);
        if (c.text().startsWith("元") && c.x0() >= last.x0() - a.size && c.x0() <= last.x1() + a.size) {
          List<Chunk> top = new ArrayList<>(a.chunks);
          top.set(top.size() - 1, new Chunk(last.text() + "元", last.x0(), Math.max(last.x1(), c.x1()),
              last.y(), last.size(), last.spaced()));
          List<Chunk> bottom = new ArrayList<>(b.chunks);
          bottom.remove(k);
          if (c.text().length() > 1) {
            bottom.add(k, new Chunk(c.text().substring(1), c.x0(), c.x1(), c.y(), c.size(), true));
          }
          if (out == null) {
            out = new ArrayList<>(lines);
          }
          out.set(i, new Line(top, a.y, a.lead));
          if (bottom.isEmpty()) {
            out.remove(i + 1);
          } else {
            out.set(i + 1, new Line(bottom, b.y, k == 0 ? 0 : b.lead));
          }
          return joinWrappedUnits(out);
        }
      }
    }
    return out == null ? lines : out;
  }

  /** The line above a table that names who issued it: 部门名称：…, 编制单位：…. */
  private static final java.util.regex.Pattern ISSUER =
      java.util.regex.Pattern.compile("^(?:编制|预算)?(?:部门|单位)(?:名称)?\\s*[：:]");

  /** A caption that names a table: …总表, …预算表, …决算表（功能科目）. */
  private static final java.util.regex.Pattern TABLE_NAME =
      java.util.regex.Pattern.compile("表\\s*(?:[（(][^）)]{1,12}[）)])?$");

  private static final java.util.regex.Pattern WRAPPED_UNIT =
      java.util.regex.Pattern.compile("单位\\s*[：:]\\s*(?:万亿|百万|亿|万|千)?$");

  /**
   * A line with cells an em or more apart that does not just declare a unit or name the issuer
   * (部门名称：…), nor lead a title to its page number with dots as a table of contents does.
   */
  static boolean isCandidate(Line line) {
    return line.segments >= 2 && unitOf(line) == null && !hasLeader(line.text())
        && !ISSUER.matcher(line.text()).find();
  }

  private static boolean hasLeader(String text) {
    return text.contains("……") || text.contains("....") || text.contains("・・・") || text.contains("···");
  }

  /** The unit a short line without numbers declares (单位：万元), or null. */
  static @Nullable String unitOf(Line line) {
    if (line.hasNumber) {
      return null;
    }
    String t = line.text();
    return t.length() <= 60 ? UnitDeclarations.find(t) : null;
  }

  /**
   * Whether lines with cells apart are a table: they hold a number that is not a year, or at least
   * three of them have three cells, or one has four (the header of an empty table). A table of
   * contents or a list of labelled paragraphs is not.
   */
  private static boolean looksTabular(List<Line> region) {
    int wide = 0;
    for (Line line : region) {
      if (line.segments >= 3) {
        wide++;
      }
      if (line.segments >= 4) {
        return true;
      }
      for (Chunk c : line.chunks) {
        if (c.numeric() && !isYear(c.text())) {
          return true;
        }
      }
    }
    return wide >= 3;
  }

  private static boolean isYear(String s) {
    return s.length() == 4 && (s.startsWith("19") || s.startsWith("20"));
  }

  /** A table's header and body may differ in size, up to twice, when they follow closely. */
  private static boolean nearInOtherSize(Line line, Line above) {
    float small = Math.min(line.size, above.size);
    float large = Math.max(line.size, above.size);
    return large <= 2 * small && line.y - above.y <= 4 * small;
  }

  /**
   * Whether a line below a table is one of its rows: as close as rows are, within its width, and
   * short or starting where one of its cells starts.
   */
  private static boolean fitsUnder(
      Line line, List<Line> table, float x0, float x1, float size, float pitch, float textWidth) {
    Line last = table.get(table.size() - 1);
    if (isCandidate(line) || line.y - last.y > 1.3f * pitch || line.x0 < x0 - size || line.x1 > x1 + size
        || !mayBeInside(line, size, textWidth)) {
      return false;
    }
    if (line.width() <= 0.5f * textWidth) {
      return true;
    }
    for (Line row : table) {
      for (Chunk c : row.chunks) {
        if (Math.abs(c.x0() - line.x0) <= 0.5f * size) {
          return true;
        }
      }
    }
    return false;
  }

  /** The median distance between the lines from {@code from} to {@code to}, or two ems. */
  private static float medianPitch(List<Line> lines, int from, int to, float size) {
    if (to <= from) {
      return 2 * size;
    }
    float[] d = new float[to - from];
    for (int k = from + 1; k <= to; k++) {
      d[k - from - 1] = lines.get(k).y - lines.get(k - 1).y;
    }
    java.util.Arrays.sort(d);
    return Math.max(d[d.length / 2], size);
  }

  private static boolean sameSize(Line line, float size) {
    return Math.abs(line.size - size) <= 0.2f * size;
  }

  /** Whether a one-segment line may stand inside a table: short, not a sentence, not a note. */
  private static boolean mayBeInside(Line line, float size, float textWidth) {
    return sameSize(line, size) && unitOf(line) == null && line.width() <= 0.7f * textWidth
        && !isSentenceOrNote(line);
  }

  private static boolean isSentenceOrNote(Line line) {
    String t = line.text().strip();
    return t.endsWith("。") || t.startsWith("注：") || t.startsWith("注:") || t.startsWith("说明：")
        || t.startsWith("备注") || ISSUER.matcher(t).find();
  }
}
