package io.suanzhang.testkit.render;

import io.suanzhang.testkit.render.PlainBlock.Heading;
import io.suanzhang.testkit.render.PlainBlock.Paragraph;
import io.suanzhang.testkit.render.PlainBlock.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Renders a report as one XLSX sheet the way a report exported to Excel looks: every heading and
 * paragraph in column A of its own row, table rows across the columns with thin borders and an empty
 * row before and after. Table cells that are plain numbers are numeric cells whose format shows them
 * as written ({@link NumberCell}); all else is text.
 */
public final class XlsxRenderer {

  private static final int MAX_COLUMN_CHARS = 40;
  private static final int MIN_COLUMN_CHARS = 8;
  private static final int PARAGRAPH_COLUMN_CHARS = 60;

  private final XSSFWorkbook book;
  private final XSSFSheet sheet;
  private final XSSFFont bold;
  private final XSSFCellStyle[] headings = new XSSFCellStyle[6];
  private final XSSFCellStyle textCell;
  private final Map<String, XSSFCellStyle> numberCells = new HashMap<>();
  private final int[] columnChars = new int[256];
  private int row;

  private XlsxRenderer(XSSFWorkbook book) {
    this.book = book;
    this.sheet = book.createSheet("报告");
    this.bold = book.createFont();
    bold.setBold(true);
    for (int level = 1; level <= 6; level++) {
      XSSFFont font = book.createFont();
      font.setBold(true);
      font.setFontHeightInPoints((short) Math.max(11, 18 - 2 * (level - 1)));
      XSSFCellStyle style = book.createCellStyle();
      style.setFont(font);
      headings[level - 1] = style;
    }
    textCell = bordered(book.createCellStyle());
    textCell.setWrapText(true);
    textCell.setVerticalAlignment(VerticalAlignment.TOP);
  }

  public static void render(PlainReport report, Path out) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      XlsxRenderer r = new XlsxRenderer(book);
      book.getProperties().getCoreProperties().setTitle(Emphasis.plain(report.title()));
      report.blocks().forEach(r::block);
      r.sizeColumns();
      try (OutputStream os = Files.newOutputStream(out)) {
        book.write(os);
      }
    }
  }

  private void block(PlainBlock block) {
    if (block instanceof Heading h) {
      XSSFCell cell = sheet.createRow(row++).createCell(0);
      cell.setCellValue(rich(h.text()));
      cell.setCellStyle(headings[h.level() - 1]);
    } else if (block instanceof Paragraph p) {
      sheet.createRow(row++).createCell(0).setCellValue(rich(p.text()));
    } else if (block instanceof Table t) {
      table(t);
    }
  }

  private void table(Table t) {
    if (row > 0 && sheet.getRow(row - 1) != null) {
      row++; // an empty row before, so that two tables stay two
    }
    for (int r = 0; r < t.rows().size(); r++) {
      XSSFRow sheetRow = sheet.createRow(row++);
      for (int c = 0; c < t.columns(); c++) {
        String text = t.cell(r, c);
        XSSFCell cell = sheetRow.createCell(c);
        Optional<NumberCell> number = NumberCell.of(text);
        if (number.isPresent()) {
          cell.setCellValue(number.get().stored());
          cell.setCellStyle(numberStyle(number.get().format()));
        } else {
          if (!text.isEmpty()) {
            cell.setCellValue(rich(text));
          }
          cell.setCellStyle(textCell);
        }
        if (c < columnChars.length) {
          columnChars[c] = Math.max(columnChars[c], displayChars(Emphasis.plain(text)));
        }
      }
    }
    row++;
  }

  private XSSFRichTextString rich(String text) {
    XSSFRichTextString s = new XSSFRichTextString(Emphasis.plain(text));
    int at = 0;
    for (Emphasis.Run run : Emphasis.runs(text)) {
      if (run.bold()) {
        s.applyFont(at, at + run.text().length(), bold);
      }
      at += run.text().length();
    }
    return s;
  }

  private XSSFCellStyle numberStyle(String format) {
    return numberCells.computeIfAbsent(format, f -> {
      XSSFCellStyle style = bordered(book.createCellStyle());
      style.setDataFormat(book.createDataFormat().getFormat(f));
      style.setAlignment(HorizontalAlignment.RIGHT);
      style.setVerticalAlignment(VerticalAlignment.TOP);
      return style;
    });
  }

  private static XSSFCellStyle bordered(XSSFCellStyle style) {
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    return style;
  }

  /** Widths from the table text (no AWT font metrics): a CJK character counts two. */
  private void sizeColumns() {
    for (int c = 0; c < columnChars.length; c++) {
      int chars = columnChars[c];
      if (c == 0) {
        chars = Math.max(chars, PARAGRAPH_COLUMN_CHARS);
      } else if (chars == 0) {
        continue;
      }
      chars = Math.max(MIN_COLUMN_CHARS, Math.min(MAX_COLUMN_CHARS, chars + 1));
      sheet.setColumnWidth(c, chars * 256);
    }
  }

  private static int displayChars(String text) {
    return text.codePoints().map(cp -> cp < 0x1100 ? 1 : 2).sum();
  }
}
