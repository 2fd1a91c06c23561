package io.suanzhang.testkit.render;

import io.suanzhang.testkit.render.PlainBlock.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A table drawn as a ruled grid: column widths fitted to the content and the page, text wrapped
 * inside its cell, numbers right-aligned. Rows that do not fit go on to the next page (a row taller
 * than a page is split between its lines). The header is not repeated: that would repeat numbers.
 */
final class PdfTable {

  static final float SIZE = 9f;
  static final float LEADING = 12.5f;
  static final float PAD = 3f;
  /** The smallest type a table is set in before its widest pieces are squeezed after all. */
  private static final float SMALLEST = 5f;
  private static final float RULE = 0.5f;

  /** A number with an optional bound before it and unit after it: {@code 3 万元}, {@code ≥90%}. */
  private static final Pattern NUMERIC =
      Pattern.compile("[-+≥≤<>＞＜约]?\\s*\\d[\\d,]*(?:\\.\\d+)?\\s*(?:%|‰|[百千万亿]*元|[万亿])?");

  private final PdfFonts fonts;
  private final List<List<StyledText>> cells = new ArrayList<>();
  private final List<Boolean> numericCells = new ArrayList<>();
  private final int columns;
  /** Type size and leading of this table: smaller than {@link #SIZE} when its pieces overflow. */
  private float size = SIZE;
  private float leading = LEADING;

  PdfTable(Table table, PdfFonts fonts) {
    this.fonts = fonts;
    this.columns = table.columns();
    for (int r = 0; r < table.rows().size(); r++) {
      List<StyledText> row = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        String cell = table.cell(r, c);
        row.add(StyledText.of(cell, fonts::drawable));
        numericCells.add(NUMERIC.matcher(cell).matches());
      }
      cells.add(row);
    }
  }

  void draw(PageCursor cursor) throws IOException {
    float[] widths = fit(cursor.width());
    for (int r = 0; r < cells.size(); r++) {
      List<List<LineBreaker.Line>> lines = new ArrayList<>();
      int height = 1;
      for (int c = 0; c < columns; c++) {
        StyledText t = cells.get(r).get(c);
        float w = widths[c] - 2 * PAD;
        List<LineBreaker.Line> cellLines = LineBreaker.wrap(t.text(), w, w, this::measure);
        lines.add(cellLines);
        height = Math.max(height, cellLines.size());
      }
      int perPage = (int) ((cursor.pageHeight() - 2 * PAD) / leading);
      int from = 0;
      while (from < height) {
        cursor.out();
        int remaining = height - from;
        int fitting = (int) ((cursor.room() - 2 * PAD) / leading);
        // A row breaks across pages only when it is taller than a page.
        if (fitting < remaining && !cursor.atTop() && (remaining <= perPage || fitting < 1)) {
          cursor.newPage();
          continue;
        }
        int count = Math.max(1, Math.min(fitting, remaining));
        drawRowPart(cursor, r, widths, lines, from, count);
        from += count;
      }
    }
  }

  private void drawRowPart(PageCursor cursor, int row, float[] widths,
      List<List<LineBreaker.Line>> lines, int from, int count) throws IOException {
    PDPageContentStream out = cursor.out();
    float top = cursor.y();
    float height = count * leading + 2 * PAD;
    float x = cursor.left();
    out.setLineWidth(RULE);
    for (int c = 0; c < columns; c++) {
      out.addRect(x, top - height, widths[c], height);
      x += widths[c];
    }
    out.stroke();
    x = cursor.left();
    for (int c = 0; c < columns; c++) {
      StyledText t = cells.get(row).get(c);
      boolean right = numericCells.get(row * columns + c);
      List<LineBreaker.Line> cellLines = lines.get(c);
      for (int k = from; k < Math.min(from + count, cellLines.size()); k++) {
        LineBreaker.Line line = cellLines.get(k);
        float w = fonts.width(t.text(), line.start(), line.end(), size);
        float lx = right ? x + widths[c] - PAD - w : x + PAD;
        float baseline = top - PAD - (k - from) * leading - (leading + size) / 2f + 1f;
        fonts.show(out, t, line.start(), line.end(), lx, baseline, size);
      }
      x += widths[c];
    }
    cursor.down(height);
  }

  /**
   * The column widths, after setting the table in smaller type when its unbreakable pieces (a number
   * with its unit, a word) overflow the text width at {@link #SIZE}: as a word processor's autofit
   * does, and because a squeezed cell would break {@code 93.11%} into {@code 93.11} over {@code %},
   * which no real table prints. Only a table too wide even at {@link #SMALLEST} is squeezed.
   */
  private float[] fit(float available) {
    float pieces = 0;
    float[] min = minWidths();
    for (float m : min) {
      pieces += m;
    }
    if (pieces > available) {
      // Widths scale with the type, the padding does not.
      float text = pieces - columns * 2 * PAD;
      float scale = Math.max(SMALLEST / SIZE, (available - columns * 2 * PAD) / text);
      size = (float) Math.floor(SIZE * scale * 4) / 4; // quarter points, never above the fit
      leading = LEADING * size / SIZE;
    }
    return columnWidths(available);
  }

  private float[] minWidths() {
    float[] min = new float[columns];
    for (List<StyledText> row : cells) {
      for (int c = 0; c < columns; c++) {
        String s = row.get(c).text();
        for (int[] piece : LineBreaker.pieces(s)) {
          min[c] = Math.max(min[c], measure(s, piece[0], piece[1]) + 2 * PAD);
        }
      }
    }
    return min;
  }

  /**
   * Max-min fair widths: a column whose longest cell fits in an equal share of the width left gets
   * just that (short cells never wrap), a column whose longest piece needs more than a share gets
   * that, and the wide columns split the rest equally. The result is scaled to the text width.
   */
  private float[] columnWidths(float available) {
    float[] min = minWidths();
    float[] max = new float[columns];
    for (List<StyledText> row : cells) {
      for (int c = 0; c < columns; c++) {
        String s = row.get(c).text();
        max[c] = Math.max(max[c], measure(s, 0, s.length()) + 2 * PAD);
      }
    }
    float[] widths = new float[columns];
    boolean[] settled = new boolean[columns];
    float left = available;
    int open = columns;
    boolean changed = true;
    while (changed && open > 0) {
      changed = false;
      float share = left / open;
      for (int c = 0; c < columns; c++) {
        if (!settled[c] && (max[c] <= share || min[c] >= share)) {
          widths[c] = max[c] <= share ? max[c] : min[c];
          settled[c] = true;
          left -= widths[c];
          open--;
          changed = true;
        }
      }
    }
    float total = 0;
    for (int c = 0; c < columns; c++) {
      if (!settled[c]) {
        widths[c] = left / open;
      }
      total += widths[c];
    }
    for (int c = 0; c < columns; c++) {
      widths[c] *= available / total; // spread to the margins, or squeeze when pieces overflow
    }
    return widths;
  }

  private float measure(String text, int start, int end) {
    return fonts.width(text, start, end, size);
  }
}
