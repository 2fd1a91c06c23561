package io.suanzhang.corpus.output;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.jspecify.annotations.Nullable;

/**
 * The writer of a sheet's rows to their temporary file: POI's gzipped one, deflating at the fastest
 * level, and escaping a cell's text as POI does but a run at a time. POI's escaping goes through the
 * text's code points as a stream and hands each character to the (synchronized) writer by itself:
 * without C2 that was a quarter of the workbook's rows' cost (0.32 of 1.24 s over the shared reports
 * as 200 files, 650,000 cells). What each character becomes is POI's, to the character ({@code
 * SheetXmlProperties} holds the two to the same output).
 */
final class SheetXml extends GZIPSheetDataWriter {

  /** The buffer of the temporary file's deflater, as POI's own gzip writer has. */
  private static final int BUFFER = 8192;

  SheetXml(@Nullable SharedStringsTable strings) throws IOException {
    super(strings);
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
