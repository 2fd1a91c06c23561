package io.suanzhang.corpus.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import java.io.StringWriter;
import java.io.Writer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.jspecify.annotations.Nullable;

/**
 * A sheet's rows are written as POI writes them, to the character: text of any characters (white
 * space at its ends among them), numbers of any value, blank cells, styled or not, in any column.
 */
class SheetXmlProperties {

  /** A cell: text, a number, or blank (null); styled or not. */
  record Value(@Nullable Object value, boolean styled) {}

  @Property(tries = 100)
  void writesRowsAsPoiWritesThem(@ForAll("rows") List<List<Value>> rows) throws IOException {
    assertEquals(sheet(rows, false), sheet(rows, true));
  }

  @Provide
  Arbitrary<List<List<Value>>> rows() {
    Arbitrary<Object> values = Arbitraries.oneOf(
        texts().map(Object.class::cast),
        Arbitraries.strings().withChars(" \t\n\u3000a").ofMaxLength(4).map(Object.class::cast),
        Arbitraries.doubles().map(Object.class::cast),
        Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1e20, 1e-7, 12345.678)
            .map(Object.class::cast),
        Arbitraries.just(null));
    Arbitrary<Value> cell = Combinators.combine(values, Arbitraries.of(true, false)).as(Value::new);
    return cell.list().ofMaxSize(30).list().ofMaxSize(40);
  }

  /** The first sheet's XML of a workbook of these rows, written by POI's writer or this one. */
  private static String sheet(List<List<Value>> rows, boolean ours) throws IOException {
    try (SXSSFWorkbook book = ours ? new SXSSFWorkbook(7) {
          @Override
          protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new SheetXml(null);
          }
        } : new SXSSFWorkbook(7)) {
      CellStyle style = book.createCellStyle();
      style.setWrapText(true);
      Sheet sheet = book.createSheet("s");
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        List<Value> cells = rows.get(r);
        for (int c = 0; c < cells.size(); c++) {
          Value v = cells.get(c);
          Cell cell = row.createCell(c);
          if (v.value() instanceof String text) {
            cell.setCellValue(text);
          } else if (v.value() instanceof Double d) {
            cell.setCellValue(d);
          }
          if (v.styled()) {
            cell.setCellStyle(style);
          }
        }
      }
      Path file = Files.createTempFile("sheet-xml", ".xlsx");
      try {
        try (OutputStream out = Files.newOutputStream(file)) {
          book.write(out);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
          return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))
              .readAllBytes(), StandardCharsets.UTF_8);
        }
      } finally {
        Files.delete(file);
      }
    }
  }

  @Property(tries = 3_000)
  void escapesAsPoiEscapes(@ForAll("texts") String text) throws IOException {
    assertEquals(poi(text), ours(text), () -> text.chars().mapToObj(Integer::toHexString).toList()
        .toString());
  }

  @Example
  void escapesTheCharactersPoiEscapes() throws IOException {
    String text = "a<b>&\"c\n\r\t\u00a0\u0000\u001f\ufffe\uffff\ud83d\ude00\ud800x，合计";
    assertEquals(poi(text), ours(text));
    assertEquals("a&lt;b&gt;&amp;&quot;c&#xa;&#xd;&#x9;&#xa0;????\ud83d\ude00\ud800x，合计", ours(text));
    assertEquals("", ours(""));
  }

  @Provide
  static Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars("<>&\"'\n\r\t\u00a0\u0000\u0001\u001f \u007f\ufffe\uffff\ufffd\ud800\udc00a合计，")
        .withCharRange('\ud7f0', '\ue010')
        .ofMaxLength(30);
  }

  private static String ours(String text) throws IOException {
    StringWriter out = new StringWriter();
    SheetXml.escape(text, out);
    return out.toString();
  }

  private static String poi(String text) throws IOException {
    StringWriter out = new StringWriter();
    new PoiEscaping(out).escape(text);
    return out.toString();
  }

  /** POI's own escaping, reached through its writer of a sheet's rows. */
  private static final class PoiEscaping extends SheetDataWriter {
    PoiEscaping(Writer out) throws IOException {
      super(out);
    }

    void escape(String text) throws IOException {
      outputEscapedString(text);
    }
  }
}
