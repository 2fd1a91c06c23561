package io.suanzhang.read.tika;

import io.suanzhang.core.Format;
import io.suanzhang.core.document.WarningCode;
import io.suanzhang.read.internal.DocumentBuilder;
import io.suanzhang.read.internal.SheetTable;
import io.suanzhang.read.internal.TableGrid;
import io.suanzhang.read.internal.TableTitles;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the XHTML that Tika's parsers write into document blocks: h1–h6 into headings; p, div, li
 * and the like into paragraphs; tables into grids with their colspan/rowspan merges and th/thead
 * header rows.
 *
 * <p>Per format: HTML collapses whitespace as a browser does, and a table holding another table is
 * layout — its cells become paragraphs and the inner tables tables. In DOC, a nested table is
 * flattened into its cell's text. XLS sheets arrive as an h1 (the sheet name) and a table laid out
 * row by row, and are written through {@link SheetTable} with the merged regions and hidden sheets
 * from {@link XlsLayout}. RTF tables arrive as marked paragraphs and go through {@link RtfRows}.
 */
final class XhtmlBlocks extends DefaultHandler {

  private static final Set<String> BLOCKS =
      Set.of("p", "div", "li", "dt", "dd", "pre", "blockquote", "address", "section", "article",
          "header", "footer", "main", "aside", "nav", "center", "ul", "ol", "dl", "form", "fieldset",
          "figure", "figcaption", "hr", "tbody", "tfoot");
  private static final Set<String> SKIPPED =
      Set.of("head", "title", "script", "style", "noscript", "template", "select", "textarea", "button");

  private final Format format;
  private final DocumentBuilder builder;
  private final XlsLayout layout;
  private final @Nullable RtfRows rtf;
  private final TableTitles titles = new TableTitles();
  private final StringBuilder text = new StringBuilder();
  private final Deque<HtmlTable> tables = new ArrayDeque<>();
  private final Deque<Boolean> centered = new ArrayDeque<>();
  private int body;
  private int skip;
  private int pre;
  private int heading;
  private @Nullable String sheet;
  private boolean sheetHidden;
  private long budget = SheetTable.MAX_WORKBOOK_CELLS;

  XhtmlBlocks(Format format, DocumentBuilder builder, XlsLayout layout) {
    this.format = format;
    this.builder = builder;
    this.layout = layout;
    this.rtf =
        format == Format.RTF
            ? new RtfRows(new RtfRows.Sink() {
                @Override
                public void paragraph(String s) {
                  writeParagraph(s);
                }

                @Override
                public void table(TableGrid grid) {
                  writeTable(grid, null);
                }
              })
            : null;
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes atts) {
    String name = local.toLowerCase(Locale.ROOT);
    if (name.equals("body")) {
      body++;
      return;
    }
    if (body == 0) {
      return;
    }
    if (skip > 0 || SKIPPED.contains(name)) {
      skip++;
      return;
    }
    HtmlTable live = live();
    switch (name) {
      case "table":
        startTable();
        return;
      case "caption":
        if (live != null) {
          live.inCaption = true;
        }
        return;
      case "thead":
        if (live != null) {
          live.inHead = true;
        }
        return;
      case "tr":
        if (live != null) {
          live.startRow();
        } else {
          flush();
        }
        return;
      case "td":
      case "th":
        if (live != null) {
          live.startCell(span(atts, "colspan"), span(atts, "rowspan"), name.equals("th"));
        } else {
          flush();
        }
        return;
      case "br":
        StringBuilder target = target();
        if (target != null) {
          target.append('\n');
        }
        return;
      default:
        break;
    }
    int level = headingLevel(name);
    if (level > 0 || BLOCKS.contains(name)) {
      if (live != null && live.inCell()) {
        lineBreak(live.cellText());
      } else {
        flush();
        if (level > 0) {
          heading = level;
        }
      }
      centered.push(isCentered(name, atts) || (!centered.isEmpty() && centered.peek()));
      if (name.equals("pre")) {
        pre++;
      }
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    String name = local.toLowerCase(Locale.ROOT);
    if (name.equals("body")) {
      flush();
      body = Math.max(0, body - 1);
      return;
    }
    if (body == 0) {
      return;
    }
    if (skip > 0) {
      skip--;
      return;
    }
    HtmlTable live = live();
    switch (name) {
      case "table":
        endTable();
        return;
      case "caption":
        if (live != null) {
          live.inCaption = false;
        }
        return;
      case "thead":
        if (live != null) {
          live.inHead = false;
        }
        return;
      case "tr":
        if (live != null) {
          live.endRow();
        } else {
          flush();
        }
        return;
      case "td":
      case "th":
        if (live != null) {
          live.endCell();
        } else {
          flush();
        }
        return;
      default:
        break;
    }
    int level = headingLevel(name);
    if (level > 0 || BLOCKS.contains(name)) {
      if (live != null && live.inCell()) {
        lineBreak(live.cellText());
      } else {
        flush();
      }
      if (!centered.isEmpty()) {
        centered.pop();
      }
      if (name.equals("pre")) {
        pre = Math.max(0, pre - 1);
      }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (body == 0 || skip > 0) {
      return;
    }
    StringBuilder target = target();
    if (target == null) {
      return;
    }
    boolean collapse = format == Format.HTML && pre == 0;
    for (int k = start; k < start + length; k++) {
      char c = ch[k];
      if (collapse && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0')) {
        int last = target.length() - 1;
        if (last >= 0 && target.charAt(last) != ' ' && target.charAt(last) != '\n') {
          target.append(' ');
        }
      } else if (c == '\r' || c == '\u000B') {
        target.append('\n');
      } else {
        target.append(c);
      }
    }
  }

  @Override
  public void endDocument() {
    flush();
    while (!tables.isEmpty()) {
      endTable();
    }
    if (rtf != null) {
      rtf.finish();
    }
  }

  /** The table being collected, or null in body text (or in a table dissolved as layout). */
  private @Nullable HtmlTable live() {
    HtmlTable top = tables.peek();
    return top == null || top.dissolved ? null : top;
  }

  /** Where text goes now: a caption, a cell, the paragraph being read, or nowhere. */
  private @Nullable StringBuilder target() {
    HtmlTable live = live();
    if (live == null) {
      return text;
    }
    if (live.inCaption) {
      return live.caption;
    }
    return live.inCell() ? live.cellText() : null;
  }

  private void startTable() {
    HtmlTable live = live();
    if (live == null) {
      flush();
      tables.push(new HtmlTable(false));
    } else if (format == Format.HTML) {
      // A table inside a table: the outer one is page layout, its cells so far become paragraphs.
      live.dissolved = true;
      writeParagraph(live.caption.toString());
      for (String cell : live.texts()) {
        for (String line : cell.split("\n")) {
          writeParagraph(line);
        }
      }
      text.setLength(0);
      tables.push(new HtmlTable(false));
    } else {
      tables.push(new HtmlTable(true));
    }
  }

  private void endTable() {
    if (tables.isEmpty()) {
      return;
    }
    HtmlTable table = tables.pop();
    if (table.dissolved) {
      flush();
      return;
    }
    table.endRow();
    if (table.flatten) {
      HtmlTable outer = live();
      String flat = table.flatText();
      if (outer != null && outer.inCell()) {
        lineBreak(outer.cellText());
        outer.cellText().append(flat);
      } else {
        writeParagraph(flat);
      }
      return;
    }
    if (format == Format.XLS) {
      writeSheet(table);
      return;
    }
    if (table.isSingleCell()) {
      for (String line : table.flatText().split("\n")) {
        writeParagraph(line);
      }
      return;
    }
    String caption = table.caption.toString().strip();
    writeTable(table.grid(), caption.isEmpty() ? null : caption);
  }

  private void writeSheet(HtmlTable table) {
    if (sheetHidden) {
      return;
    }
    String name = sheet == null ? "" : sheet;
    SheetTable s = new SheetTable(name);
    table.into(s);
    for (CellRangeAddress m : layout.merges(name)) {
      s.merge(m.getFirstRow(), m.getFirstColumn(), m.getLastRow(), m.getLastColumn());
    }
    if (s.area() > budget) {
      builder.warning(WarningCode.SKIPPED_CONTENT, null, String.format(Locale.ROOT,
          "sheet %s was not read: its used range of %,d cells is beyond the limit", name, s.area()));
      return;
    }
    budget -= s.area();
    s.writeTo(builder);
    titles.clear();
  }

  /** Ends the paragraph or heading being read. */
  private void flush() {
    String s = text.toString();
    text.setLength(0);
    int level = heading;
    heading = 0;
    if (s.isBlank()) {
      return;
    }
    if (format == Format.XLS && level == 1) {
      sheet = s.strip();
      sheetHidden = layout.hidden(sheet);
      return;
    }
    if (level > 0) {
      String clean = clean(s);
      builder.heading(level, clean);
      titles.line(clean, isCentered());
    } else if (rtf != null) {
      rtf.paragraph(s);
    } else if (!(format == Format.XLS && sheetHidden)) {
      writeParagraph(s);
    }
  }

  private void writeParagraph(String s) {
    String clean = clean(s);
    if (!clean.isEmpty()) {
      builder.paragraph(clean);
      titles.line(clean, isCentered());
    }
  }

  private void writeTable(TableGrid grid, @Nullable String caption) {
    if (grid.rowCount() == 0) {
      return;
    }
    grid.title(caption != null ? caption : titles.title());
    builder.table(grid);
    titles.clear();
  }

  private boolean isCentered() {
    return !centered.isEmpty() && centered.peek();
  }

  private static boolean isCentered(String name, Attributes atts) {
    if (name.equals("center")) {
      return true;
    }
    String align = atts.getValue("align");
    String style = atts.getValue("style");
    return (align != null && align.strip().equalsIgnoreCase("center"))
        || (style != null && style.toLowerCase(Locale.ROOT).replace(" ", "").contains("text-align:center"));
  }

  private static int headingLevel(String name) {
    if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
      return name.charAt(1) - '0';
    }
    return 0;
  }

  private static int span(Attributes atts, String name) {
    String v = atts.getValue(name);
    if (v == null) {
      return 1;
    }
    String digits = v.strip();
    int k = 0;
    while (k < digits.length() && k < 7 && Character.isDigit(digits.charAt(k))) {
      k++;
    }
    return k == 0 ? 1 : Math.max(1, Integer.parseInt(digits.substring(0, k)));
  }

  private static void lineBreak(StringBuilder cell) {
    int last = cell.length() - 1;
    if (last >= 0 && cell.charAt(last) != '\n') {
      cell.append('\n');
    }
  }

  /** Tabs would read as table cells in the document text: a paragraph has spaces. */
  private static String clean(String s) {
    return s.replace('\t', ' ').strip();
  }
}
