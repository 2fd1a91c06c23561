package io.suanzhang.corpus.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * A result table as an RFC 4180 file (comma, double quotes, CRLF) in UTF-8 with a byte-order mark,
 * which is what makes Excel read the Chinese correctly. Decimals are written plain ({@code 0.00001},
 * never {@code 1E-5}). A text cell that starts with {@code =}, {@code +}, {@code -} or {@code @} and
 * is not a number gets a leading {@code '}, so that a spreadsheet does not run a report's text as a
 * formula.
 */
final class CsvTable implements Closeable {

  static final char BYTE_ORDER_MARK = '\uFEFF';

  private final CSVPrinter printer;

  private CsvTable(CSVPrinter printer) {
    this.printer = printer;
  }

  static CsvTable create(Path file, List<Column> columns) throws IOException {
    Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    try {
      out.write(BYTE_ORDER_MARK);
      CSVFormat format =
          CSVFormat.RFC4180.builder()
              .setHeader(columns.stream().map(Column::name).toArray(String[]::new))
              .get();
      return new CsvTable(new CSVPrinter(out, format));
    } catch (IOException | RuntimeException e) {
      out.close();
      throw e;
    }
  }

  void add(List<@Nullable Object> values) throws IOException {
    // printRecord would print the same values through a stream made for every record, which the
    // scan's JVM (C1 alone) pays for on each of tens of thousands of rows.
    for (Object v : values) {
      printer.print(text(v));
    }
    printer.println();
  }

  static String text(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Number n) {
      return n.toString();
    }
    return defused(value.toString());
  }

  /** The text with a leading {@code '} when a spreadsheet would take it for a formula. */
  static String defused(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    boolean formulaLike = first == '=' || first == '+' || first == '-' || first == '@';
    return formulaLike && !isNumber(text) ? "'" + text : text;
  }

  private static boolean isNumber(String text) {
    try {
      new BigDecimal(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
