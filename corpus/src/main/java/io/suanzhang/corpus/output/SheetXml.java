package io.suanzhang.corpus.output;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.jspecify.annotations.Nullable;

/**
 * The writer of a sheet's rows to their temporary file: POI's gzipped one, deflating at the fastest
 * level, writing text, number and blank cells as POI writes them but in fewer writes, and escaping a
 * cell's text as POI does but a run at a time. POI's escaping goes through the text's code points as
 * a stream and hands each character to the (synchronized) writer by itself, and a cell's name and
 * attributes take a dozen writes more: without C2 that was over half of what the workbook's rows cost
 * (escaping 0.32 s, naming 0.11 s, attributes 0.27 s of 1.24 s over the shared reports as 200 files,
 * 650,000 cells; a third less since). The XML is POI's, to the character
 * ({@code SheetXmlProperties} holds the two to the same output).
 */
final class SheetXml extends GZIPSheetDataWriter {

  /** The buffer of the temporary file's deflater, as POI's own gzip writer has. */
  private static final int BUFFER = 8192;

  /** Whether text goes to the shared strings table: then POI writes its cells. */
  private final boolean shared;
  /** The row being written (POI keeps its own, out of reach). */
  private int row;
  /** Column names by index, A, B, … as they are first asked for. */
  private String[] columns = new String[26];

  SheetXml(@Nullable SharedStringsTable strings) throws IOException {
    super(strings);
    this.shared = strings != null;
  }

  @Override
  public void writeRow(int rownum, SXSSFRow r) throws IOException {
    row = rownum;
    super.writeRow(rownum, r);
  }

  /**
   * A text, number or blank cell written as POI writes it, in a few writes: POI names its cell by a
   * new {@code CellReference} and writes each attribute in five writes to the (synchronized) writer.
   * Other cells, and text kept in shared strings, are POI's to write.
   */
  @Override
  public void writeCell(int column, @Nullable Cell cell) throws IOException {
    if (cell == null) {
      return;
    }
    CellType type = cell.getCellType();
    if (shared || type != CellType.STRING && type != CellType.NUMERIC && type != CellType.BLANK) {
      super.writeCell(column, cell);
      return;
    }
    Writer out = _out;
    out.write("<c r=\"");
    out.write(column(column));
    out.write(Integer.toString(row + 1));
    out.write('"');
    short style = cell.getCellStyle().getIndex();
    if (style != 0) {
      out.write(" s=\"");
      out.write(Integer.toString(style & 0xffff));
      out.write('"');
    }
    switch (type) {
      case NUMERIC -> {
        out.write(" t=\"n\"><v>");
        out.write(Double.toString(cell.getNumericCellValue()));
        out.write("</v>");
      }
      case STRING -> {
        String text = cell.getStringCellValue();
        out.write(" t=\"inlineStr\"><is><t");
        if (edgeSpace(text)) {
          out.write(" xml:space=\"preserve\"");
        }
        out.write('>');
        escape(text, out);
        out.write("</t></is>");
      }
      default -> out.write('>');
    }
    out.write("</c>");
  }

  private String column(int index) {
    if (index >= columns.length) {
      columns = Arrays.copyOf(columns, Math.max(index + 1, columns.length * 2));
    }
    String name = columns[index];
    if (name == null) {
      name = columns[index] = CellReference.convertNumToColString(index);
    }
    return name;
  }

  /** Whether a text starts or ends with white space, which XML would drop unless told not to. */
  private static boolean edgeSpace(@Nullable String s) {
    return s != null && !s.isEmpty()
        && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
  }

  @Override
  protected OutputStream decorateOutputStream(FileOutputStream out) throws IOException {
    return new GZIPOutputStream(out, BUFFER) {
      {
        def.setLevel(Deflater.BEST_SPEED);
      }
    };
  }

  @Override
  protected void outputEscapedString(String s) throws IOException {
    escape(s, _out);
  }

  /**
   * Writes {@code s} as POI's {@code SheetDataWriter.outputEscapedString} writes it: the markup
   * characters, line ends, tabs and the no-break space as character references, other control
   * characters and U+FFFE, U+FFFF as {@code ?}, every other UTF-16 unit (a surrogate, paired or not,
   * among them) as it is.
   */
  static void escape(@Nullable String s, Writer out) throws IOException {
    if (s == null) {
      return;
    }
    int n = s.length();
    int run = 0; // the first character not yet written
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      String reference = switch (c) {
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '&' -> "&amp;";
        case '"' -> "&quot;";
        case '\n' -> "&#xa;";
        case '\r' -> "&#xd;";
        case '\t' -> "&#x9;";
        case '\u00a0' -> "&#xa0;";
        default -> c < ' ' || c >= '\ufffe' ? "?" : null;
      };
      if (reference != null) {
        out.write(s, run, i - run);
        out.write(reference);
        run = i + 1;
      }
    }
    out.write(s, run, n - run);
  }
}
