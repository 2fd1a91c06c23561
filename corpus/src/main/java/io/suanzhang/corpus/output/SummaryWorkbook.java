package io.suanzhang.corpus.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.jspecify.annotations.Nullable;

/**
 * {@code summary.xlsx}: the three result tables as sheets 文档 documents, 发现 findings and 事实 facts,
 * written with POI's streaming API so that only a window of rows is ever in memory. Each sheet has its
 * header row frozen and an auto-filter over its rows; numbers are numeric cells where Excel's double
 * holds them exactly, and text with the exact decimal otherwise; severity and status cells are
 * coloured. A sheet that reaches Excel's row limit ends with a row saying how many rows are only in
 * the CSV file.
 */
final class SummaryWorkbook implements Closeable {

  static final String DOCUMENTS = "文档 documents";
  static final String FINDINGS = "发现 findings";
  static final String FACTS = "事实 facts";

  /** Rows SXSSF keeps in memory per sheet before it flushes them to a temporary file. */
  private static final int WINDOW = 100;
  private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  private final SXSSFWorkbook workbook;
  private final Map<String, CellStyle> marked;
  private final CellStyle header;
  private final CellStyle plain;
  final Sheet documents;
  final Sheet findings;
  final Sheet facts;

  /**
   * @param documentsFile the name of the documents file, where rows left out of the documents sheet are
   * @param rowLimit the rows a sheet may have, header included: Excel's 1,048,576, or fewer in tests
   */
  SummaryWorkbook(String documentsFile, int rowLimit) {
    workbook = new FastDeflating(WINDOW);
    header = headerStyle();
    plain = workbook.getCellStyleAt(0);
    marked =
        Map.of(
            "error", fill(IndexedColors.ROSE),
            "warning", fill(IndexedColors.LIGHT_YELLOW),
            "info", fill(IndexedColors.GREY_25_PERCENT),
            Tables.FAILED, fill(IndexedColors.ROSE),
            Tables.READ, fill(IndexedColors.LIGHT_GREEN));
    documents = new Sheet(DOCUMENTS, Tables.DOCUMENTS, "status", documentsFile, rowLimit);
    findings = new Sheet(FINDINGS, Tables.FINDINGS, "severity", ScanOutputs.FINDINGS_CSV, rowLimit);
    facts = new Sheet(FACTS, Tables.FACTS, null, ScanOutputs.FACTS_CSV, rowLimit);
  }

  SummaryWorkbook(String documentsFile) {
    this(documentsFile, SpreadsheetVersion.EXCEL2007.getMaxRows());
  }

  /** Ends each sheet (its filter, a note of rows left out) and writes the workbook. */
  void write(Path file) throws IOException {
    documents.finish();
    findings.finish();
    facts.finish();
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
  }

  /** Closes the workbook; since POI 5.3 that also deletes its temporary files. */
  @Override
  public void close() throws IOException {
    workbook.close();
  }

  /**
   * Deflates at the fastest level, both the temporary files of flushed rows and the workbook's parts:
   * at POI's default level the two were a third of the CPU the workbook cost a scan (over 200 reports,
   * 1.2 s of its 3.6 s); the workbook comes out a quarter larger (4.5 → 5.6 MB).
   */
  private static final class FastDeflating extends SXSSFWorkbook {

    FastDeflating(int window) {
      super(window);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
      return new SheetXml(getSharedStringSource());
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
      ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
      zip.setLevel(Deflater.BEST_SPEED);
      return zip;
    }
  }

  /** One sheet: its columns, the row to write next and the rows left out beyond the limit. */
  final class Sheet {
    private final SXSSFSheet sheet;
    private final List<Column> columns;
    private final int markedColumn;
    private final String restIn;
    private final int rowLimit;
    private int next;
    private long leftOut;

    private Sheet(
        String name, List<Column> columns, @Nullable String marked, String restIn, int rowLimit) {
      this.sheet = workbook.createSheet(name);
      this.columns = columns;
      this.restIn = restIn;
      this.rowLimit = rowLimit;
      int index = -1;
      Row row = sheet.createRow(next++);
      for (int i = 0; i < columns.size(); i++) {
        Column c = columns.get(i);
        Cell cell = row.createCell(i);
        cell.setCellValue(c.header());
        cell.setCellStyle(header);
        sheet.setColumnWidth(i, Math.min(255, Math.max(c.width(), c.header().length() + 2)) * 256);
        if (c.name().equals(marked)) {
          index = i;
        }
      }
      this.markedColumn = index;
      sheet.createFreezePane(0, 1);
    }

    /** Rows written after the header, the note of rows left out not counted. */
    int rows() {
      return next - 1;
    }

    long leftOut() {
      return leftOut;
    }

    void add(List<@Nullable Object> values) {
      if (next >= rowLimit - 1) {
        leftOut++; // the last row is kept for the note
        return;
      }
      Row row = sheet.createRow(next++);
      for (int i = 0; i < values.size(); i++) {
        Object v = values.get(i);
        if (v == null) {
          continue;
        }
        Cell cell = row.createCell(i);
        set(cell, v);
        CellStyle style = i == markedColumn ? marked.get(v.toString()) : null;
        // Every cell gets a style, the workbook's default where it has none of its own: SXSSF looks
        // up a cell without one in the column styles as it writes the row, which took most of the
        // time of writing a sheet of 65,000 facts.
        cell.setCellStyle(style != null ? style : plain);
      }
    }

    private void finish() {
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, columns.size() - 1));
      if (leftOut > 0) {
        Row row = sheet.createRow(next);
        row.createCell(0)
            .setCellValue(
                String.format(
                    Locale.ROOT,
                    "… %,d more rows do not fit in a sheet; they are in %s",
                    leftOut, restIn));
      }
    }
  }

  private static void set(Cell cell, Object value) {
    if (value instanceof BigDecimal d) {
      if (fitsDouble(d)) {
        cell.setCellValue(d.doubleValue());
      } else {
        cell.setCellValue(d.toPlainString());
      }
    } else if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else {
      cell.setCellValue(clipped(value.toString()));
    }
  }

  /** Whether Excel's double shows the decimal exactly: 15 significant digits that round-trip. */
  static boolean fitsDouble(BigDecimal d) {
    if (d.signum() == 0) {
      return true;
    }
    if (d.stripTrailingZeros().precision() > 15) {
      return false;
    }
    double x = d.doubleValue();
    return !Double.isInfinite(x) && new BigDecimal(Double.toString(x)).compareTo(d) == 0;
  }

  /** Text cut to what a cell holds, with an ellipsis, never inside a surrogate pair. */
  static String clipped(String text) {
    if (text.length() <= MAX_TEXT) {
      return text;
    }
    int end = MAX_TEXT - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  private CellStyle headerStyle() {
    Font bold = workbook.createFont();
    bold.setBold(true);
    CellStyle style = workbook.createCellStyle();
    style.setFont(bold);
    style.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    return style;
  }

  private CellStyle fill(IndexedColors color) {
    CellStyle style = workbook.createCellStyle();
    style.setFillForegroundColor(color.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    return style;
  }
}
