package io.suanzhang.read.pdf;

import io.suanzhang.read.internal.TableGrid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table rebuilt from the positions of its text; the rules drawn around its header cells, when the
 * page has them, say which columns and rows each header cell spans.
 *
 * <ul>
 *   <li>The lines before the first line with a number are the header, the rest the body.
 *   <li>Columns are where the body's chunks overlap when projected onto the x-axis, a name spread
 *       letter by letter over its cell ({@link Spread}) counting as one chunk. Two chunks of one
 *       line in one column, one of them a number, split it: adjacent amount columns stay apart even
 *       when only a few points separate them. A header word above no body column belongs to a
 *       neighbouring column without a header (amounts set flush right under a centred header),
 *       spans the two columns beside it when both have headers below it, or else heads a column
 *       left empty.
 *   <li>Body lines closer than seven tenths of the usual row pitch form one row when only one of them
 *       holds numbers, or when their numbers fill different columns; the others attach to the nearest
 *       such line. A label wrapped onto a line of its own joins the row above.
 *   <li>Where every header text has rules on its four sides, each belongs to the cell of the nearest
 *       ones: the cell spans the columns whose middles lie between its left and right rules and the
 *       header rows between its top and bottom rules, however narrow its text (本年支出 centred over
 *       项目 | 合计 | 基本支出 | 项目支出). Texts in one cell are one header, lines joined. A header word
 *       over no body column heads the column in its cell, or an empty column of its own.
 *   <li>Otherwise header lines are grouped into header rows from the top: a header text that fits
 *       under the same columns as the one just above continues it, a text wider than one column spans
 *       those columns, and a header cell with nothing below it spans the rows down to the body.
 * </ul>
 *
 * <p>A table continued at the top of the next page is appended when its columns fall within this
 * table's columns; a repeated header is dropped.
 */
final class StreamTable {

  /** Intervals closer than this, in points, are one column. */
  private static final float TOUCH = 0.5f;

  /** Column extents [x0, x1], left to right. */
  private final List<float[]> columns;
  private final float size;
  private final List<List<String>> rows = new ArrayList<>();
  private final List<Integer> pages = new ArrayList<>();
  private final List<int[]> merges = new ArrayList<>();
  private int headerRows;
  /** The text of the header lines, in reading order. */
  private String headText = "";
  private @Nullable String title;
  private @Nullable String unit;

  private StreamTable(List<float[]> columns, float size) {
    this.columns = columns;
    this.size = size;
  }

  /** The table the lines form, or null when they do not form one of two or more columns. */
  static @Nullable StreamTable of(List<Line> lines, int page) {
    return of(lines, page, List.of());
  }

  /**
   * The table the lines form, its header cells read from the rules drawn around them when the page
   * has them; null when the lines do not form a table of two or more columns.
   */
  static @Nullable StreamTable of(List<Line> lines, int page, List<Ruling> rulings) {
    if (lines.isEmpty()) {
      return null;
    }
    int first = 0;
    while (first < lines.size() && !lines.get(first).hasNumber) {
      first++;
    }
    if (first == lines.size()) {
      first = lines.size() > 1 ? 1 : 0; // a table of text: its first line is the header
    }
    List<Line> head = lines.subList(0, first);
    List<Line> body = lines.subList(first, lines.size());
    float size = medianSize(lines);
    List<float[]> columns = columns(head, body, size, rulings);
    if (columns.size() < 2) {
      return null;
    }
    StreamTable table = new StreamTable(columns, size);
    table.headText = joined(head);
    if (rulings.isEmpty() || !table.addRuledHeader(head, page, rulings)) {
      table.addHeader(head, page);
    }
    List<List<String>> bodyRows = table.bodyRows(body, false);
    if (bodyRows == null) {
      return null;
    }
    for (List<String> row : bodyRows) {
      table.rows.add(row);
      table.pages.add(page);
    }
    return table;
  }

  /**
   * The table whose header lines a page break left at the foot of page {@code headPage}, under the
   * rules drawn there, and whose body lines start page {@code page}; null when the body is no table
   * or the header does not stand over its columns. A body that repeats the header keeps its own.
   */
  static @Nullable StreamTable headed(
      List<Line> head, int headPage, List<Ruling> rulings, List<Line> body, int page) {
    StreamTable alone = of(body, page);
    if (alone == null) {
      return null;
    }
    if (alone.headerRows > 0) {
      return alone.headText.equals(joined(head)) ? alone : null;
    }
    List<Line> lines = new ArrayList<>(head);
    lines.addAll(body);
    StreamTable table = of(lines, page, rulings);
    if (table == null || table.headerRows == 0 || table.columns.size() != alone.columns.size()) {
      return null;
    }
    for (int r = 0; r < table.headerRows; r++) {
      table.pages.set(r, headPage);
    }
    return table;
  }

  /**
   * Appends the lines at the top of the next page when they continue this table: their columns fall
   * within this table's, in the same order, a header there is this table's header repeated or no
   * header at all, and no cell would hold two numbers. Returns whether it did.
   */
  boolean continueWith(List<Line> lines, int page) {
    StreamTable next = of(lines, page);
    if (next == null || Math.abs(next.size - size) > 0.2f * size || !next.fitsInto(columns)) {
      return false;
    }
    boolean repeated = next.headerRows > 0 && next.headText.equals(headText);
    if (next.headerRows > 0 && !repeated && next.filled(0) >= Math.max(3, (columns.size() + 1) / 2)) {
      return false; // a header of its own: another table
    }
    // A repeated header is dropped; label rows without amounts at the top are body.
    List<Line> body = repeated ? lines.subList(next.headerLines(lines), lines.size()) : lines;
    List<List<String>> added = bodyRows(body, true);
    if (added == null) {
      return false;
    }
    for (List<String> row : added) {
      rows.add(row);
      pages.add(page);
    }
    return true;
  }

  /** The text of lines run together, as a header is compared with its repetition. */
  private static String joined(List<Line> lines) {
    StringBuilder text = new StringBuilder();
    for (Line line : lines) {
      text.append(line.text());
    }
    return text.toString();
  }

  void title(@Nullable String caption) {
    this.title = caption;
  }

  void unit(@Nullable String declared) {
    this.unit = declared;
  }

  TableGrid grid() {
    TableGrid grid = new TableGrid();
    for (int r = 0; r < rows.size(); r++) {
      grid.row(rows.get(r), pages.get(r));
    }
    for (int[] m : merges) {
      grid.merge(m[0], m[1], m[2], m[3]);
    }
    return grid.headerRows(headerRows).title(title).unit(unit);
  }

  /** How many cells of a row hold text. */
  private int filled(int row) {
    int n = 0;
    for (String cell : rows.get(row)) {
      if (!cell.isEmpty()) {
        n++;
      }
    }
    return n;
  }

  /** How many of the lines were header lines when this table was built from them. */
  private int headerLines(List<Line> lines) {
    int first = 0;
    while (first < lines.size() && !lines.get(first).hasNumber) {
      first++;
    }
    return first == lines.size() ? 0 : first;
  }

  /**
   * Whether each of this table's columns lies within one of {@code others}, in the same order: the
   * same layout, perhaps with fewer columns filled.
   */
  private boolean fitsInto(List<float[]> others) {
    int last = -1;
    for (float[] c : columns) {
      int best = -1;
      float bestOverlap = 0;
      for (int k = 0; k < others.size(); k++) {
        float overlap = Math.min(c[1], others.get(k)[1]) - Math.max(c[0], others.get(k)[0]);
        if (overlap > bestOverlap) {
          bestOverlap = overlap;
          best = k;
        }
      }
      if (best < 0 || best < last) {
        return false;
      }
      last = best;
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Columns

  private static List<float[]> columns(
      List<Line> head, List<Line> body, float size, List<Ruling> rulings) {
    List<float[]> columns = new ArrayList<>();
    for (Line line : body) {
      for (float[] extent : Spread.extents(line)) {
        union(columns, extent[0], extent[1]);
      }
    }
    splitNumberConflicts(columns, body, size);
    // Header words over no column: the lowest header line first, as it has the finest columns.
    for (int li = head.size() - 1; li >= 0; li--) {
      List<float[]> fresh = new ArrayList<>();
      for (Chunk c : head.get(li).chunks) {
        if (range(columns, c) != null) {
          continue;
        }
        float[] box = rulings.isEmpty() ? null : boxAround(c, rulings);
        if (box != null) {
          // Its rules say which column it heads: one in its cell, else an empty one of its own.
          if (!holdsColumn(columns, box)) {
            float pad = c.text().length() == 1 ? 0.75f * size : 0;
            union(fresh, c.x0() - pad, c.x1() + pad);
          }
          continue;
        }
        int right = 0;
        while (right < columns.size() && columns.get(right)[0] < c.x1()) {
          right++;
        }
        int left = right - 1;
        if (left >= 0 && right < columns.size() && headedBelow(head, li, columns.get(left))
            && headedBelow(head, li, columns.get(right))) {
          continue; // centred over the columns on either side, which have headers of their own
        }
        // A centred header that does not reach the text of its column (amounts set flush right,
        // short codes set flush left) belongs to the nearer neighbour that has no header.
        boolean rightFree = right < columns.size() && !headedBelow(head, -1, columns.get(right));
        boolean leftFree = left >= 0 && !headedBelow(head, -1, columns.get(left));
        if (rightFree && (!leftFree || columns.get(right)[0] - c.x1() <= c.x0() - columns.get(left)[1])) {
          float[] col = columns.get(right);
          columns.set(right, new float[] {Math.min(col[0], c.x0()), col[1]});
          continue;
        }
        if (leftFree) {
          float[] col = columns.get(left);
          columns.set(left, new float[] {col[0], Math.max(col[1], c.x1())});
          continue;
        }
        // An empty column; words spaced out in one header cell (金  额) stay together.
        float pad = c.text().length() == 1 ? 0.75f * size : 0;
        union(fresh, c.x0() - pad, c.x1() + pad);
      }
      for (float[] h : fresh) {
        union(columns, h[0], h[1]);
      }
    }
    return columns;
  }

  /** Whether the middle of a column lies between a cell's left and right rules. */
  private static boolean holdsColumn(List<float[]> columns, float[] box) {
    for (float[] col : columns) {
      float middle = (col[0] + col[1]) / 2;
      if (middle > box[0] && middle < box[2]) {
        return true;
      }
    }
    return false;
  }

  /** Whether a header line below {@code line} has a word over the column. */
  private static boolean headedBelow(List<Line> head, int line, float[] col) {
    for (int li = line + 1; li < head.size(); li++) {
      for (Chunk c : head.get(li).chunks) {
        if (c.x0() < col[1] && c.x1() > col[0]) {
          return true;
        }
      }
    }
    return false;
  }

  /** Adds [x0, x1] to sorted, disjoint intervals, merging those it overlaps or touches. */
  private static void union(List<float[]> intervals, float x0, float x1) {
    int i = 0;
    while (i < intervals.size() && intervals.get(i)[1] + TOUCH < x0) {
      i++;
    }
    float a = x0;
    float b = x1;
    int j = i;
    while (j < intervals.size() && intervals.get(j)[0] - TOUCH <= x1) {
      a = Math.min(a, intervals.get(j)[0]);
      b = Math.max(b, intervals.get(j)[1]);
      j++;
    }
    intervals.subList(i, j).clear();
    intervals.add(i, new float[] {a, b});
  }

  /**
   * Two chunks of one line in one column, one of them a number, cannot share a cell: the column is
   * cut in the gap between them. Repeats until no line has such a pair.
   */
  private static void splitNumberConflicts(List<float[]> columns, List<Line> body, float size) {
    for (int round = 0; round < 64; round++) {
      boolean changed = false;
      for (Line line : body) {
        List<Chunk> cs = line.chunks;
        for (int k = 1; k < cs.size() && !changed; k++) {
          Chunk a = cs.get(k - 1);
          Chunk b = cs.get(k);
          if (!(a.numeric() || b.numeric()) || b.x0() - a.x1() < 0.15f * size
              || (a.numeric() && Numbers.isUnit(b.text()))) {
            continue; // not two values: a number and the unit after it (3 万元) share a cell
          }
          int ca = indexAt(columns, (a.x0() + a.x1()) / 2);
          int cb = indexAt(columns, (b.x0() + b.x1()) / 2);
          if (ca >= 0 && ca == cb) {
            float[] col = columns.get(ca);
            columns.set(ca, new float[] {col[0], a.x1()});
            columns.add(ca + 1, new float[] {b.x0(), col[1]});
            changed = true;
          }
        }
        if (changed) {
          break;
        }
      }
      if (!changed) {
        return;
      }
    }
  }

  private static int indexAt(List<float[]> columns, float x) {
    for (int k = 0; k < columns.size(); k++) {
      if (x >= columns.get(k)[0] - TOUCH && x <= columns.get(k)[1] + TOUCH) {
        return k;
      }
    }
    return -1;
  }

  /** The first and last column a chunk overlaps, or null when it overlaps none. */
  private static int @Nullable [] range(List<float[]> columns, Chunk c) {
    int lo = -1;
    int hi = -1;
    for (int k = 0; k < columns.size(); k++) {
      float[] col = columns.get(k);
      if (c.x0() < col[1] - 0.01f && c.x1() > col[0] + 0.01f) {
        if (lo < 0) {
          lo = k;
        }
        hi = k;
      }
    }
    return lo < 0 ? null : new int[] {lo, hi};
  }

  /** The columns a chunk belongs to: those it overlaps, or the nearest one. */
  private int[] place(Chunk c) {
    int[] r = range(columns, c);
    if (r != null) {
      return r;
    }
    int best = 0;
    float bestDistance = Float.MAX_VALUE;
    float x = c.center();
    for (int k = 0; k < columns.size(); k++) {
      float[] col = columns.get(k);
      float d = x < col[0] ? col[0] - x : x > col[1] ? x - col[1] : 0;
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return new int[] {best, best};
  }

  /** A header word over no column is centred over the two columns on either side of it. */
  private int[] placeHeader(Chunk c) {
    int[] r = range(columns, c);
    if (r != null) {
      return r;
    }
    int right = 0;
    while (right < columns.size() && columns.get(right)[0] < c.x1()) {
      right++;
    }
    return right == 0 || right == columns.size() ? place(c) : new int[] {right - 1, right};
  }

  // ---------------------------------------------------------------------------------------------
  // Body rows

  /** The body rows of the lines as cell texts; null when strict and a cell would hold two numbers. */
  private @Nullable List<List<String>> bodyRows(List<Line> body, boolean strict) {
    List<List<Line>> groups = rowGroups(body);
    List<List<String>> out = new ArrayList<>(groups.size());
    int base = rows.size();
    int mergesBefore = merges.size();
    for (List<Line> group : groups) {
      List<String> row = cells(group, base + out.size(), strict);
      if (row == null) {
        merges.subList(mergesBefore, merges.size()).clear();
        return null;
      }
      out.add(row);
    }
    return out;
  }

  /** Lines grouped into rows; see the class comment. */
  private List<List<Line>> rowGroups(List<Line> body) {
    float pitch = rowPitch(body);
    float near = 0.7f * pitch;
    List<List<Line>> groups = new ArrayList<>();
    int i = 0;
    while (i < body.size()) {
      int j = i + 1;
      while (j < body.size() && body.get(j).y - body.get(j - 1).y < near) {
        j++;
      }
      splitCluster(body.subList(i, j), groups);
      i = j;
    }
    // A label wrapped onto a line of its own, at a little less than a row's distance, joins the
    // row above.
    List<List<Line>> joined = new ArrayList<>(groups.size());
    for (List<Line> g : groups) {
      if (!joined.isEmpty() && g.size() == 1 && isWrapOf(joined.get(joined.size() - 1), g.get(0), pitch)) {
        joined.get(joined.size() - 1).add(g.get(0));
      } else {
        joined.add(g);
      }
    }
    return joined;
  }

  /** A cluster of close lines: one row per line with numbers, unless their numbers sit apart. */
  private void splitCluster(List<Line> cluster, List<List<Line>> out) {
    List<Integer> anchors = new ArrayList<>();
    for (int k = 0; k < cluster.size(); k++) {
      if (cluster.get(k).hasNumber) {
        anchors.add(k);
      }
    }
    if (anchors.size() <= 1) {
      out.add(new ArrayList<>(cluster));
      return;
    }
    // Anchors whose columns do not overlap are one row drawn on two baselines.
    List<List<Integer>> rowsOfAnchors = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    boolean[] used = new boolean[columns.size()];
    for (int a : anchors) {
      boolean[] mine = occupied(cluster.get(a));
      if (!current.isEmpty() && intersects(used, mine)) {
        rowsOfAnchors.add(current);
        current = new ArrayList<>();
        used = new boolean[columns.size()];
      }
      current.add(a);
      for (int k = 0; k < mine.length; k++) {
        used[k] |= mine[k];
      }
    }
    rowsOfAnchors.add(current);
    List<List<Line>> rowsHere = new ArrayList<>();
    for (int r = 0; r < rowsOfAnchors.size(); r++) {
      rowsHere.add(new ArrayList<>());
    }
    for (int k = 0; k < cluster.size(); k++) {
      int best = 0;
      float bestDistance = Float.MAX_VALUE;
      for (int r = 0; r < rowsOfAnchors.size(); r++) {
        for (int a : rowsOfAnchors.get(r)) {
          float d = Math.abs(cluster.get(a).y - cluster.get(k).y);
          if (d < bestDistance) {
            bestDistance = d;
            best = r;
          }
        }
      }
      rowsHere.get(best).add(cluster.get(k));
    }
    out.addAll(rowsHere);
  }

  private boolean[] occupied(Line line) {
    boolean[] used = new boolean[columns.size()];
    for (Chunk c : line.chunks) {
      int[] r = place(c);
      for (int k = r[0]; k <= r[1]; k++) {
        used[k] = true;
      }
    }
    return used;
  }

  private static boolean intersects(boolean[] a, boolean[] b) {
    for (int k = 0; k < a.length; k++) {
      if (a[k] && b[k]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a line continues a label of the row above that wrapped: it holds no number and no
   * numbering, stands closer than a row pitch, and its text lies under text of that row which
   * reaches the right edge of its column.
   */
  private boolean isWrapOf(List<Line> above, Line line, float pitch) {
    Line last = above.get(above.size() - 1);
    if (line.hasNumber || line.y - last.y >= 0.95f * pitch || Texts.startsWithMarker(line.text())) {
      return false;
    }
    for (Chunk c : line.chunks) {
      int[] r = place(c);
      if (r[0] != r[1]) {
        return false;
      }
      float right = columns.get(r[0])[1];
      boolean under = false;
      for (Chunk a : last.chunks) {
        int[] ra = place(a);
        if (ra[0] == r[0] && a.x1() >= right - 1.5f * size) {
          under = true;
        }
      }
      if (!under) {
        return false;
      }
    }
    return true;
  }

  /** The usual distance between rows: the median of line distances of at least 1.2 em. */
  private float rowPitch(List<Line> body) {
    float[] pitches = new float[body.size()];
    int n = 0;
    for (int k = 1; k < body.size(); k++) {
      float d = body.get(k).y - body.get(k - 1).y;
      if (d >= 1.2f * size) {
        pitches[n++] = d;
      }
    }
    if (n == 0) {
      return 2 * size;
    }
    Arrays.sort(pitches, 0, n);
    return pitches[n / 2];
  }

  /**
   * The cell texts of one row. A chunk wider than one column spans those columns when nothing else of
   * the row is there. A second number for a cell goes to a free neighbouring column; when there is
   * none, a strict build (a continuation) fails with null.
   */
  private @Nullable List<String> cells(List<Line> group, int rowIndex, boolean strict) {
    int n = columns.size();
    StringBuilder[] text = new StringBuilder[n];
    boolean[] number = new boolean[n];
    int[] lineOf = new int[n];
    List<int[]> spans = new ArrayList<>();
    for (int li = 0; li < group.size(); li++) {
      for (Chunk c : group.get(li).chunks) {
        int[] r = place(c);
        int col = r[0];
        if (r[1] > r[0]) {
          col = widest(c, r);
          spans.add(new int[] {r[0], r[1], col});
        }
        if (c.numeric() && number[col]) {
          if (strict) {
            return null;
          }
          col = freeNeighbour(col, c, text);
        }
        number[col] |= c.numeric();
        StringBuilder sb = text[col];
        if (sb == null) {
          text[col] = new StringBuilder(c.text());
        } else if (lineOf[col] == li) {
          Texts.appendOnLine(sb, c);
        } else {
          sb.append(Texts.lineJoiner(sb, c.text())).append(c.text());
        }
        lineOf[col] = li;
      }
    }
    List<String> row = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      row.add(text[k] == null ? "" : text[k].toString());
    }
    int lastMerged = -1;
    for (int[] s : spans) {
      boolean alone = true;
      for (int k = s[0]; k <= s[1]; k++) {
        alone &= k == s[2] || row.get(k).isEmpty();
      }
      if (alone && s[0] > lastMerged) {
        row.set(s[0], row.get(s[2]));
        if (s[2] != s[0]) {
          row.set(s[2], "");
        }
        merges.add(new int[] {rowIndex, s[0], 1, s[1] - s[0] + 1});
        lastMerged = s[1];
      }
    }
    return row;
  }

  /** The nearest empty column on the side of the column where the chunk stands, else the column. */
  private int freeNeighbour(int col, Chunk c, StringBuilder[] text) {
    float[] here = columns.get(col);
    int step = c.center() >= (here[0] + here[1]) / 2 ? 1 : -1;
    for (int k = col + step; k >= 0 && k < columns.size(); k += step) {
      if (text[k] == null) {
        return k;
      }
    }
    return col;
  }

  /** Of the columns a chunk overlaps, the one it overlaps most. */
  private int widest(Chunk c, int[] r) {
    int best = r[0];
    float bestOverlap = -1;
    for (int k = r[0]; k <= r[1]; k++) {
      float overlap = Math.min(c.x1(), columns.get(k)[1]) - Math.max(c.x0(), columns.get(k)[0]);
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = k;
      }
    }
    return best;
  }

  // ---------------------------------------------------------------------------------------------
  // Header rows

  /** How far, in points, a rule may stand into a text's box and still bound it. */
  private static final float RULE_SLACK = 1.0f;
  /** Rules closer than this, in points, are one cell edge (a border drawn twice, or thick). */
  private static final float EDGE = 2.0f;

  /** A header cell as its rules draw it, and the chunks written in it. */
  private static final class RuledCell {
    final float left;
    final float top;
    final float right;
    final float bottom;
    final StringBuilder text = new StringBuilder();
    int lastLine = -1;

    RuledCell(float[] box) {
      this.left = box[0];
      this.top = box[1];
      this.right = box[2];
      this.bottom = box[3];
    }

    boolean same(float[] box) {
      return Math.abs(left - box[0]) <= EDGE && Math.abs(top - box[1]) <= EDGE
          && Math.abs(right - box[2]) <= EDGE && Math.abs(bottom - box[3]) <= EDGE;
    }
  }

  /**
   * Builds the header from the cells its rules draw: each header text belongs to the cell of the
   * nearest rules around it, which spans the columns whose text lies between its left and right rules
   * and the header rows between its top and bottom rules, however narrow the text is (本年支出 centred
   * over 项目 | 合计 | 基本支出 | 项目支出). Returns false, changing nothing, when a text has no rule on
   * some side, a cell holds no column, or two cells would overlap: the header is then read from the
   * positions of its text alone.
   */
  private boolean addRuledHeader(List<Line> head, int page, List<Ruling> rulings) {
    if (head.isEmpty()) {
      return false;
    }
    List<RuledCell> cells = new ArrayList<>();
    for (int li = 0; li < head.size(); li++) {
      for (Chunk c : head.get(li).chunks) {
        float[] box = boxAround(c, rulings);
        if (box == null) {
          return false;
        }
        RuledCell cell = null;
        for (RuledCell known : cells) {
          if (known.same(box)) {
            cell = known;
          }
        }
        if (cell == null) {
          cell = new RuledCell(box);
          cells.add(cell);
        }
        if (cell.lastLine == li) {
          Texts.appendOnLine(cell.text, c);
        } else {
          cell.text.append(Texts.lineJoiner(cell.text, c.text())).append(c.text());
        }
        cell.lastLine = li;
      }
    }
    // The header rows lie between the distinct top and bottom rules of the cells.
    float[] ys = new float[2 * cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      ys[2 * i] = cells.get(i).top;
      ys[2 * i + 1] = cells.get(i).bottom;
    }
    List<Float> edges = edges(ys);
    int rowCount = edges.size() - 1;
    int n = columns.size();
    int[][] spans = new int[cells.size()][];
    boolean[][] taken = new boolean[rowCount][n];
    for (int i = 0; i < cells.size(); i++) {
      RuledCell cell = cells.get(i);
      int top = edgeIndex(edges, cell.top);
      int bottom = edgeIndex(edges, cell.bottom);
      int lo = -1;
      int hi = -1;
      for (int k = 0; k < n; k++) {
        float middle = (columns.get(k)[0] + columns.get(k)[1]) / 2;
        if (middle > cell.left && middle < cell.right) {
          lo = lo < 0 ? k : lo;
          hi = k;
        }
      }
      if (lo < 0 || bottom <= top) {
        return false;
      }
      for (int r = top; r < bottom; r++) {
        for (int k = lo; k <= hi; k++) {
          if (taken[r][k]) {
            return false;
          }
          taken[r][k] = true;
        }
      }
      spans[i] = new int[] {top, bottom, lo, hi};
    }
    for (int r = 0; r < rowCount; r++) {
      List<String> row = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        row.add("");
      }
      rows.add(row);
      pages.add(page);
    }
    for (int i = 0; i < cells.size(); i++) {
      int[] span = spans[i];
      rows.get(span[0]).set(span[2], cells.get(i).text.toString());
      if (span[1] - span[0] > 1 || span[3] > span[2]) {
        merges.add(new int[] {span[0], span[2], span[1] - span[0], span[3] - span[2] + 1});
      }
    }
    headerRows = rowCount;
    return true;
  }

  /**
   * The cell a chunk is written in, {left, top, right, bottom}: the nearest vertical rules on either
   * side of it that pass its middle (text may run half a character over its cell's side), and the
   * nearest horizontal rules above and below it that pass its centre; null when a side has none.
   */
  private static float @Nullable [] boxAround(Chunk c, List<Ruling> rulings) {
    float middle = c.y() - 0.35f * c.size(); // y is the baseline
    float glyphTop = c.y() - 0.8f * c.size();
    float glyphBottom = c.y() + 0.1f * c.size();
    float center = c.center();
    float overflow = Math.max(RULE_SLACK, 0.5f * c.size()); // text may run over its cell's side
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
    return new float[] {left, top, right, bottom};
  }

  /** The distinct edges among rules' ys: those within {@link #EDGE} of the next are one, their mean. */
  private static List<Float> edges(float[] ys) {
    Arrays.sort(ys);
    List<Float> edges = new ArrayList<>();
    int from = 0;
    for (int k = 1; k <= ys.length; k++) {
      if (k == ys.length || ys[k] - ys[k - 1] > EDGE) {
        float sum = 0;
        for (int j = from; j < k; j++) {
          sum += ys[j];
        }
        edges.add(sum / (k - from));
        from = k;
      }
    }
    return edges;
  }

  private static int edgeIndex(List<Float> edges, float y) {
    int best = 0;
    for (int k = 1; k < edges.size(); k++) {
      if (Math.abs(edges.get(k) - y) < Math.abs(edges.get(best) - y)) {
        best = k;
      }
    }
    return best;
  }

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

  private void addHeader(List<Line> head, int page) {
    List<Token> tokens = new ArrayList<>();
    for (int li = 0; li < head.size(); li++) {
      Line line = head.get(li);
      Token current = null;
      float start = 0;
      for (Chunk c : line.chunks) {
        int[] r = placeHeader(c);
        if (current != null && r[0] <= current.hi) {
          current.hi = Math.max(current.hi, r[1]);
          current.width = c.x1() - start;
          Texts.appendOnLine(current.text, c);
          continue;
        }
        current = new Token();
        start = c.x0();
        current.width = c.x1() - c.x0();
        current.lo = r[0];
        current.hi = r[1];
        current.top = line.y;
        current.bottom = line.y;
        current.line = li;
        current.text.append(c.text());
        tokens.add(current);
      }
    }
    // A text under the same columns as the text just above it, a line below, continues it when that
    // text filled its cell and wrapped; a short centred word above (收入 over 项目) is a row of its own.
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
          && t.top - above.bottom <= 1.6f * size && !Texts.startsWithMarker(t.text.toString())
          && above.width >= 0.6f * (columns.get(t.hi)[1] - columns.get(t.lo)[0])) {
        above.text.append(Texts.lineJoiner(above.text, t.text)).append(t.text);
        above.bottom = t.top;
        above.line = t.line;
        above.width = Math.max(above.width, t.width);
      } else {
        merged.add(t);
      }
    }
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
    int n = columns.size();
    boolean[][] taken = new boolean[bands.size()][n];
    for (int r = 0; r < bands.size(); r++) {
      for (Token t : bands.get(r)) {
        for (int k = t.lo; k <= t.hi; k++) {
          taken[r][k] = true;
        }
      }
    }
    for (int r = 0; r < bands.size(); r++) {
      List<String> row = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        row.add("");
      }
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
          merges.add(new int[] {r, t.lo, down, t.hi - t.lo + 1});
        }
      }
      rows.add(row);
      pages.add(page);
    }
    headerRows = bands.size();
  }

  private static boolean free(boolean[] taken, int lo, int hi) {
    for (int k = lo; k <= hi; k++) {
      if (taken[k]) {
        return false;
      }
    }
    return true;
  }

  private static float medianSize(List<Line> lines) {
    float[] sizes = new float[lines.size()];
    for (int k = 0; k < sizes.length; k++) {
      sizes[k] = lines.get(k).size;
    }
    Arrays.sort(sizes);
    return sizes[sizes.length / 2];
  }
}
