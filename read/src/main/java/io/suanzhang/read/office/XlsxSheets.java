package io.suanzhang.read.office;

import io.suanzhang.core.Document;
import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.Source;
import io.suanzhang.core.document.WarningCode;
import io.suanzhang.read.internal.DocumentBuilder;
import io.suanzhang.read.internal.Failures;
import io.suanzhang.read.internal.SheetTable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** Streams the sheets of one workbook into a document. */
final class XlsxSheets {

  private static final long MAX_CELLS = SheetTable.MAX_WORKBOOK_CELLS;

  private record SheetRef(String name, String relationId, boolean hidden) {}

  /** Stops a sheet's SAX parse from inside a callback that may not throw checked exceptions. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final boolean cancelled;

    Stop(boolean cancelled) {
      super(cancelled ? "cancelled" : "too many cells", null, false, false);
      this.cancelled = cancelled;
    }
  }

  private final Source source;
  private final OoxmlPackage pkg;
  private final DocumentBuilder builder;
  private long budget = MAX_CELLS;

  XlsxSheets(Source source, OoxmlPackage pkg) {
    this.source = source;
    this.pkg = pkg;
    this.builder = new DocumentBuilder(source);
  }

  Document read() throws IOException, OpenXML4JException, SAXException, ReportException {
    OPCPackage opc = pkg.opc();
    XSSFReader reader = new XSSFReader(opc);
    StylesTable styles = reader.getStylesTable();
    SharedStrings strings = sharedStrings(opc);
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    List<SheetRef> sheets;
    try (InputStream workbook = reader.getWorkbookData()) {
      sheets = sheetRefs(workbook);
    }
    Exception firstFailure = null;
    int read = 0;
    for (SheetRef ref : sheets) {
      if (ref.hidden()) {
        continue;
      }
      Failures.checkInterrupted(source);
      SheetTable sheet = new SheetTable(ref.name());
      try (InputStream in = reader.getSheet(ref.relationId())) {
        parse(in, new Merges(sheet, new XSSFSheetXMLHandler(
            styles, null, strings, new Cells(sheet), formatter, false)));
      } catch (Stop stop) {
        if (stop.cancelled) {
          Failures.checkInterrupted(source);
        }
        skip(ref, "it has more cells than the limit of " + MAX_CELLS);
        continue;
      } catch (Exception e) {
        // A damaged sheet costs that sheet, unless nothing else can be read; a bomb costs all.
        ReportException failure = pkg.failure(e);
        if (failure.code() == ErrorCode.ZIP_BOMB || failure.code() == ErrorCode.TIMEOUT) {
          throw failure;
        }
        firstFailure = firstFailure == null ? e : firstFailure;
        skip(ref, "it is damaged (" + Failures.describe(e) + ")");
        continue;
      }
      if (sheet.area() > budget) {
        skip(ref, String.format(Locale.ROOT, "its used range of %,d cells is beyond the limit",
            sheet.area()));
        continue;
      }
      budget -= sheet.area();
      sheet.writeTo(builder);
      read++;
    }
    if (read == 0 && firstFailure != null) {
      throw pkg.failure(firstFailure);
    }
    return builder.build();
  }

  private void skip(SheetRef ref, String why) {
    builder.warning(WarningCode.SKIPPED_CONTENT, null,
        "sheet " + ref.name() + " was not read: " + why);
  }

  private static @Nullable SharedStrings sharedStrings(OPCPackage opc)
      throws IOException, SAXException, InvalidFormatException {
    List<PackagePart> parts =
        opc.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
    // Phonetic runs (furigana, pinyin guides) are not part of the displayed text.
    return parts.isEmpty() ? null : new ReadOnlySharedStringsTable(parts.get(0), false);
  }

  private static void parse(InputStream in, ContentHandler handler) throws IOException, SAXException {
    XMLReader xml;
    try {
      xml = XMLHelper.newXMLReader();
    } catch (ParserConfigurationException e) {
      throw new SAXException(e);
    }
    xml.setContentHandler(handler);
    xml.parse(new InputSource(in));
  }

  /** The sheets listed in workbook.xml, in tab order, with their visibility. */
  private static List<SheetRef> sheetRefs(InputStream workbook) throws IOException, SAXException {
    List<SheetRef> refs = new ArrayList<>();
    parse(workbook, new DefaultHandler() {
      @Override
      public void startElement(String uri, String local, String qName, Attributes atts) {
        if (!"sheet".equals(local)) {
          return;
        }
        String name = null;
        String id = null;
        String state = null;
        for (int i = 0; i < atts.getLength(); i++) {
          switch (atts.getLocalName(i)) {
            case "name":
              name = atts.getValue(i);
              break;
            case "id":
              id = atts.getValue(i);
              break;
            case "state":
              state = atts.getValue(i);
              break;
            default:
              break;
          }
        }
        if (name != null && id != null && !id.isEmpty()) {
          refs.add(new SheetRef(name, id, "hidden".equals(state) || "veryHidden".equals(state)));
        }
      }
    });
    return refs;
  }

  /** Collects displayed cell values into the sheet. */
  private static final class Cells implements XSSFSheetXMLHandler.SheetContentsHandler {

    private final SheetTable sheet;
    private int row;
    private int column;

    Cells(SheetTable sheet) {
      this.sheet = sheet;
    }

    @Override
    public void startRow(int rowNum) {
      if (Thread.currentThread().isInterrupted()) {
        throw new Stop(true);
      }
      row = rowNum;
      column = -1;
    }

    @Override
    public void endRow(int rowNum) {}

    @Override
    public void cell(@Nullable String reference, @Nullable String value, @Nullable XSSFComment comment) {
      // Some writers leave out the reference: the cell then follows the previous one.
      column = reference == null ? column + 1 : new CellReference(reference).getCol();
      if (value == null) {
        return;
      }
      sheet.cell(row, column, value.startsWith("ERROR:#") ? value.substring(6) : value);
      if (sheet.cells() > MAX_CELLS) {
        throw new Stop(false);
      }
    }
  }

  /** Passes the sheet XML to POI's handler and takes the merged regions on the way. */
  private static final class Merges extends ContentHandlerDecorator {

    private final SheetTable sheet;

    Merges(SheetTable sheet, ContentHandler delegate) {
      super(delegate);
      this.sheet = sheet;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts)
        throws SAXException {
      if ("mergeCell".equals(local)) {
        String ref = atts.getValue("ref");
        if (ref != null) {
          try {
            CellRangeAddress range = CellRangeAddress.valueOf(ref);
            sheet.merge(range.getFirstRow(), range.getFirstColumn(), range.getLastRow(),
                range.getLastColumn());
          } catch (IllegalArgumentException e) {
            // A malformed range merges nothing.
          }
        }
      }
      super.startElement(uri, local, qName, atts);
    }
  }
}
