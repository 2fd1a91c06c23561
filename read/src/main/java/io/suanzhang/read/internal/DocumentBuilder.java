package io.suanzhang.read.internal;

import io.suanzhang.core.Document;
import io.suanzhang.core.Source;
import io.suanzhang.core.document.Block;
import io.suanzhang.core.document.Cell;
import io.suanzhang.core.document.Column;
import io.suanzhang.core.document.Heading;
import io.suanzhang.core.document.Page;
import io.suanzhang.core.document.Paragraph;
import io.suanzhang.core.document.Table;
import io.suanzhang.core.document.TableHeads;
import io.suanzhang.core.document.Warning;
import io.suanzhang.core.document.WarningCode;
import io.suanzhang.core.text.Span;
import io.suanzhang.core.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Document} block by block, writing the extracted text as it goes so that every span
 * points into it. Each block ends with a line break; a table is written one row per line with cells
 * separated by tabs (line breaks and tabs inside a cell become spaces, or nothing between CJK
 * characters). Offsets are counted in code points.
 */
public final class DocumentBuilder {

  private final Source source;
  private final StringBuilder text = new StringBuilder();
  private int codePoints;
  private final List<Page> pages = new ArrayList<>();
  private final List<Block> blocks = new ArrayList<>();
  private final List<Warning> warnings = new ArrayList<>();
  private int pageNumber;
  private int pageStart = -1;

  public DocumentBuilder(Source source) {
    this.source = source;
  }

  /** Starts a page; the previous one, if open, ends here. */
  public DocumentBuilder beginPage(int number) {
    endPage();
    pageNumber = number;
    pageStart = codePoints;
    return this;
  }

  public DocumentBuilder endPage() {
    if (pageStart >= 0) {
      pages.add(new Page(pageNumber, Span.of(pageStart, codePoints)));
      pageStart = -1;
    }
    return this;
  }

  /** The page being written, or null outside pages. */
  public @Nullable Integer currentPage() {
    return pageStart >= 0 ? pageNumber : null;
  }

  public DocumentBuilder heading(int level, String heading) {
    String clean = TextNormalizer.normalise(heading.strip());
    if (!clean.isEmpty()) {
      Span span = onPage(append(clean), currentPage());
      blocks.add(new Heading(span, Math.max(1, level), clean));
      newline();
    }
    return this;
  }

  /** A paragraph; line breaks inside it are kept (they are part of the extracted text). */
  public DocumentBuilder paragraph(String paragraph) {
    String clean = TextNormalizer.normalise(paragraph.strip());
    if (!clean.isEmpty()) {
      blocks.add(new Paragraph(onPage(append(clean), currentPage())));
      newline();
    }
    return this;
  }

  /** Whether no text has been written yet. */
  public boolean isEmpty() {
    return codePoints == 0;
  }

  public DocumentBuilder warning(WarningCode code, @Nullable Integer page, String message) {
    warnings.add(new Warning(code, page, message));
    return this;
  }

  /**
   * Writes a table; returns it as it stands in the document. Rows on a later page than the current
   * one open that page, so a table continued over a page break puts each row on its own page.
   */
  public Table table(TableGrid grid) {
    int rows = grid.rowCount();
    int columns = grid.columnCount();
    int headerRows = grid.headerRowsOrDetect();
    int start = codePoints;
    Integer startPage = currentPage();
    List<Cell> cells = new ArrayList<>();
    Integer firstPage = null;
    Integer lastPage = null;
    for (int r = 0; r < rows; r++) {
      Integer page = grid.page(r);
      if (page != null && pageStart >= 0 && page > pageNumber) {
        // A table continued over a page break: its rows from there on are that page's text.
        beginPage(page);
      }
      if (page == null) {
        page = currentPage(); // a reader that does not say, on a paged document: the page being written
      }
      if (page != null) {
        firstPage = firstPage == null ? page : firstPage;
        lastPage = page;
      }
      for (int c = 0; c < columns; c++) {
        if (c > 0) {
          append("\t");
        }
        if (grid.covered(r, c)) {
          continue;
        }
        String content = cellText(grid.text(r, c));
        Span span = append(content);
        TableGrid.Merge merge = grid.mergeAt(r, c);
        int rowSpan = merge == null ? 1 : Math.min(merge.rowSpan(), rows - r);
        int columnSpan = merge == null ? 1 : Math.min(merge.columnSpan(), columns - c);
        cells.add(
            new Cell(r, c, rowSpan, columnSpan, r < headerRows, content,
                new Span(span.start(), span.end(), page), page));
      }
      newline();
    }
    List<Column> cols = TableHeads.columns(cells, columns, headerRows);
    List<List<String>> headerTexts = new ArrayList<>();
    for (int r = 0; r < headerRows; r++) {
      headerTexts.add(grid.rowTexts(r));
    }
    String unit =
        grid.unit() != null ? grid.unit() : TableHeads.tableUnit(grid.title(), linesBefore(), headerTexts);
    Table table =
        new Table(onPage(Span.of(start, codePoints), firstPage != null ? firstPage : startPage),
            grid.title(), unit, firstPage, lastPage, headerRows, cols, cells);
    blocks.add(table);
    return table;
  }

  public Document build() {
    endPage();
    return new Document(source, text.toString(), pages, blocks, warnings);
  }

  /** Code points written so far. */
  public int offset() {
    return codePoints;
  }

  /** The text of the two blocks before the next table, nearest last. */
  private List<String> linesBefore() {
    List<String> lines = new ArrayList<>();
    for (int k = blocks.size() - 1; k >= 0 && lines.size() < 2; k--) {
      Block b = blocks.get(k);
      if (b instanceof Table) {
        break;
      }
      lines.add(0, slice(b.span()));
    }
    return lines;
  }

  private String slice(Span span) {
    if (codePoints == text.length()) {
      // No supplementary characters: code points are chars, and the text need not be copied.
      return text.substring(span.start(), span.end());
    }
    int start = text.offsetByCodePoints(0, span.start());
    return text.substring(start, text.offsetByCodePoints(start, span.end() - span.start()));
  }

  private Span append(String s) {
    int start = codePoints;
    text.append(s);
    codePoints += s.codePointCount(0, s.length());
    return Span.of(start, codePoints);
  }

  /** The span on the page its block starts on; null for formats without pages. */
  private static Span onPage(Span span, @Nullable Integer page) {
    return new Span(span.start(), span.end(), page);
  }

  private void newline() {
    append("\n");
  }

  /**
   * A cell's text on one line: a line break between CJK characters is a wrap and disappears, any other
   * run of whitespace becomes one space.
   */
  static String cellText(String raw) {
    String s = TextNormalizer.normalise(raw.strip());
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u3000') {
        int j = i;
        boolean lineBreak = false;
        while (j < s.length() && (Character.isWhitespace(s.charAt(j)) || s.charAt(j) == '\u3000')) {
          lineBreak |= s.charAt(j) == '\n' || s.charAt(j) == '\r';
          j++;
        }
        char before = out.length() > 0 ? out.charAt(out.length() - 1) : ' ';
        char after = j < s.length() ? s.charAt(j) : ' ';
        if (!(lineBreak && isCjk(before) && isCjk(after))) {
          out.append(' ');
        }
        i = j - 1;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isCjk(char c) {
    return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3000' && c <= '\u303f')
        || (c >= '\uff00' && c <= '\uffef');
  }
}
