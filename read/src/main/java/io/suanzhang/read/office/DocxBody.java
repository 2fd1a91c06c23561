package io.suanzhang.read.office;

import static io.suanzhang.read.office.WordXml.MC;
import static io.suanzhang.read.office.WordXml.O;
import static io.suanzhang.read.office.WordXml.W;
import static io.suanzhang.read.office.WordXml.child;
import static io.suanzhang.read.office.WordXml.is;
import static io.suanzhang.read.office.WordXml.on;

import io.suanzhang.core.Document;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.Source;
import io.suanzhang.core.document.WarningCode;
import io.suanzhang.read.internal.DocumentBuilder;
import io.suanzhang.read.internal.Failures;
import io.suanzhang.read.internal.TableGrid;
import io.suanzhang.read.internal.TableTitles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Node;

/**
 * Walks the body of a Word document in order and writes its paragraphs, headings and tables.
 *
 * <p>Text is taken as Word shows it: field results but not field codes, insertions but not
 * deletions, no hidden runs. Text boxes anchored in a paragraph follow it as paragraphs of their own.
 * A table is a grid; a table nested in a cell is flattened into the cell's text, except that a table
 * of one column holding nested tables (or a single cell) is a frame, and its content is read as body.
 */
final class DocxBody {

  /** Deeper nesting than this is damage or an attack, not a report. */
  private static final int MAX_DEPTH = 24;

  private final Source source;
  private final DocumentBuilder builder;
  private final DocxStyles styles;
  private final TableTitles titles = new TableTitles();
  private int embedded;

  private DocxBody(Source source, @Nullable XWPFStyles styles) {
    this.source = source;
    this.builder = new DocumentBuilder(source);
    this.styles = new DocxStyles(styles);
  }

  static Document read(Source source, DocxParts parts) throws ReportException {
    DocxBody body = new DocxBody(source, parts.styles);
    if (parts.body != null) {
      body.blocks(parts.body.getDomNode(), 0);
    }
    if (body.embedded > 0) {
      body.builder.warning(
          WarningCode.SKIPPED_CONTENT, null,
          String.format(Locale.ROOT, "%d embedded object(s), such as spreadsheets pasted into the"
              + " document, were not read", body.embedded));
    }
    return body.builder.build();
  }

  private void blocks(Node container, int depth) throws ReportException {
    if (depth > MAX_DEPTH) {
      return;
    }
    for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() != Node.ELEMENT_NODE) {
        continue;
      }
      if (MC.equals(n.getNamespaceURI()) && "AlternateContent".equals(n.getLocalName())) {
        Node choice = firstElement(n);
        if (choice != null) {
          blocks(choice, depth + 1);
        }
        continue;
      }
      if (!W.equals(n.getNamespaceURI())) {
        continue;
      }
      switch (n.getLocalName()) {
        case "p":
          Failures.checkInterrupted(source);
          paragraph(n);
          break;
        case "tbl":
          table(n, depth);
          break;
        case "sdt":
          Node content = child(n, "sdtContent");
          if (content != null) {
            blocks(content, depth + 1);
          }
          break;
        case "customXml":
        case "ins":
        case "moveTo":
        case "smartTag":
          blocks(n, depth + 1);
          break;
        case "altChunk":
          embedded++;
          break;
        default:
          break;
      }
    }
  }

  private void paragraph(Node p) {
    List<String> boxes = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    inline(p, text, boxes, 0);
    String clean = clean(text);
    int level = styles.headingLevel(p);
    if (level > 0) {
      builder.heading(level, clean);
    } else {
      builder.paragraph(clean);
    }
    titles.line(clean, styles.centered(p));
    for (String box : boxes) {
      builder.paragraph(box);
      titles.line(box, false);
    }
  }

  private void table(Node tbl, int depth) throws ReportException {
    List<Node> rows = DocxTables.rows(tbl);
    if (isFrame(rows)) {
      for (Node row : rows) {
        for (Node cell : DocxTables.cells(row)) {
          blocks(cell, depth + 1);
        }
      }
      return;
    }
    TableGrid grid = DocxTables.grid(rows, cell -> cellText(cell, depth + 1));
    if (grid.rowCount() == 0 || isBlank(grid)) {
      return;
    }
    grid.title(titles.title());
    builder.table(grid);
    titles.clear();
  }

  /** One column, and either one row or a nested table: a frame around content, not a table. */
  private static boolean isFrame(List<Node> rows) {
    if (rows.isEmpty()) {
      return false;
    }
    boolean nested = false;
    for (Node row : rows) {
      List<Node> cells = DocxTables.cells(row);
      if (cells.size() != 1) {
        return false;
      }
      nested |= child(cells.get(0), "tbl") != null;
    }
    return nested || rows.size() == 1;
  }

  private static boolean isBlank(TableGrid grid) {
    for (int r = 0; r < grid.rowCount(); r++) {
      for (String s : grid.rowTexts(r)) {
        if (!s.isBlank()) {
          return false;
        }
      }
    }
    return true;
  }

  /** A cell's paragraphs, one per line; a nested table one row per line. */
  private String cellText(Node cell, int depth) {
    StringBuilder out = new StringBuilder();
    cellContent(cell, out, depth);
    return out.toString();
  }

  private void cellContent(Node container, StringBuilder out, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (is(n, "p")) {
        List<String> boxes = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        inline(n, line, boxes, depth);
        boxes.add(0, clean(line));
        for (String s : boxes) {
          appendLine(out, s);
        }
      } else if (is(n, "tbl")) {
        for (Node row : DocxTables.rows(n)) {
          StringBuilder line = new StringBuilder();
          for (Node cell : DocxTables.cells(row)) {
            String s = cellText(cell, depth + 1).replace('\n', ' ').strip();
            if (!s.isEmpty()) {
              line.append(line.length() > 0 ? " " : "").append(s);
            }
          }
          appendLine(out, line.toString());
        }
      } else if (is(n, "sdt")) {
        Node content = child(n, "sdtContent");
        if (content != null) {
          cellContent(content, out, depth + 1);
        }
      } else if (is(n, "customXml") || is(n, "ins") || is(n, "moveTo")) {
        cellContent(n, out, depth + 1);
      }
    }
  }

  private static void appendLine(StringBuilder out, String line) {
    String s = line.strip();
    if (!s.isEmpty()) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(s);
    }
  }

  /** The visible text of a paragraph's content; text boxes go to {@code boxes}. */
  private void inline(Node parent, StringBuilder out, List<String> boxes, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() != Node.ELEMENT_NODE) {
        continue;
      }
      String ns = n.getNamespaceURI();
      String name = n.getLocalName();
      if (W.equals(ns)) {
        switch (name) {
          case "t":
            WordXml.appendText(n, out);
            break;
          case "tab":
          case "ptab":
            out.append('\t');
            break;
          case "br":
          case "cr":
            out.append('\n');
            break;
          case "noBreakHyphen":
            out.append('-');
            break;
          case "r":
            if (!on(child(child(n, "rPr"), "vanish"))) {
              inline(n, out, boxes, depth + 1);
            }
            break;
          case "txbxContent":
            StringBuilder box = new StringBuilder();
            cellContent(n, box, depth + 1);
            if (box.length() > 0) {
              boxes.add(box.toString());
            }
            break;
          case "pPr":
          case "rPr":
          case "del":
          case "moveFrom":
          case "delText":
          case "instrText":
          case "delInstrText":
          case "fldData":
            break;
          default:
            inline(n, out, boxes, depth + 1);
            break;
        }
      } else if (MC.equals(ns)) {
        if ("AlternateContent".equals(name)) {
          Node choice = firstElement(n);
          if (choice != null) {
            inline(choice, out, boxes, depth + 1);
          }
        }
      } else if (O.equals(ns) && "OLEObject".equals(name)) {
        embedded++;
      } else {
        inline(n, out, boxes, depth + 1);
      }
    }
  }

  private static @Nullable Node firstElement(Node parent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE) {
        return n;
      }
    }
    return null;
  }

  /** Paragraph text on the lines Word shows: tabs become spaces, carriage returns line breaks. */
  static String clean(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t') {
        out.append(' ');
      } else if (c == '\r' || c == '\u000B') {
        out.append('\n');
      } else {
        out.append(c);
      }
    }
    return out.toString().strip();
  }
}
