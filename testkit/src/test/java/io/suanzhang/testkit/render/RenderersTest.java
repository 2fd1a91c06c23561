package io.suanzhang.testkit.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.testkit.render.PlainBlock.Heading;
import io.suanzhang.testkit.render.PlainBlock.Paragraph;
import io.suanzhang.testkit.render.PlainBlock.Table;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders each seed to DOCX, XLSX and PDF under {@code target/renders} and checks the files with POI
 * and PDFBox directly (not with Suanzhang's readers): the structure is real, and every amount of
 * money and every percentage of the text is in each rendering, written the same way.
 */
class RenderersTest {

  static final Path RENDERS = Path.of("target", "renders");

  /** An amount with its unit or a percentage, as a reader would quote it. */
  private static final Pattern AMOUNT = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?\\s*(?:[百千万亿]*元|%)");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("(?m)^\\s*#{1,6}(?:\\s|$)");
  private static final Pattern FOLIO = Pattern.compile("- (\\d+) -");

  /**
   * Tables of each seed, counted by hand: 002's contents list (cut in two by a blank line) and its
   * five project tables, four of them cut in two by a blank line as well.
   */
  private static final Map<String, Integer> TABLES =
      Map.of("000", 0, "001", 0, "002", 11, "003", 0, "004", 0);

  private static final Map<String, List<String>> KEY_AMOUNTS =
      Map.of(
          "000", List.of("32万元", "45202元", "14%", "272884元"),
          "001", List.of("1413.96万元", "916.11万元", "64.79%", "782.25万元", "40.37%"),
          "002", List.of("91.68 万元", "150.70%", "19.94%", "1.92万元", "286.83 万元"),
          "003", List.of("455.84万元", "385.67万元", "98.01%", "45.57 万元"),
          "004", List.of("7096.40万元", "2170.6240万元", "4822.4935万元", "97%"));

  static Stream<Path> seeds() {
    return SharedFiles.files(SharedFiles.seeds(), ".txt").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void docxHasRealHeadingsAndTables(Path seed) throws IOException {
    String text = Files.readString(seed, UTF_8);
    PlainReport report = PlainReport.parse(text);
    Path docx = render(seed, "docx");
    DocxRenderer.render(report, docx);

    try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
      List<XWPFParagraph> headings =
          doc.getParagraphs().stream()
              .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
              .toList();
      List<Table> tables = report.blocks(Table.class);
      assertAll(
          () -> assertEquals(count(MARKDOWN_HEADING, text), headings.size(), "heading paragraphs"),
          () -> assertEquals(TABLES.get(id(seed)), doc.getTables().size(), "tables"),
          () -> assertEquals(tables.size(), doc.getTables().size(), "tables parsed"),
          () -> {
            for (XWPFParagraph p : headings) {
              XWPFStyle style = doc.getStyles().getStyle(p.getStyle());
              int level = Integer.parseInt(p.getStyle().substring("Heading".length()));
              assertEquals("heading " + level, style.getName(), "a built-in heading style");
              assertEquals(level - 1, style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue());
            }
          },
          () -> {
            for (int i = 0; i < tables.size(); i++) {
              XWPFTable t = doc.getTables().get(i);
              assertEquals(tables.get(i).rows().size(), t.getNumberOfRows(), "rows of table " + i);
              assertEquals(
                  tables.get(i).columns(), t.getRow(0).getTableCells().size(), "columns of table " + i);
              assertEquals(tables.get(i).cell(0, 0), t.getRow(0).getCell(0).getText());
            }
          });
      try (XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
        assertEquals(
            amounts(Emphasis.plain(text)), amounts(words.getText()), "amounts in the DOCX text");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void xlsxHoldsTableNumbersAsNumericCells(Path seed) throws IOException {
    PlainReport report = PlainReport.read(seed);
    Path xlsx = render(seed, "xlsx");
    XlsxRenderer.render(report, xlsx);

    List<String> numbers = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (PlainBlock b : report.blocks()) {
      if (b instanceof Heading h) {
        texts.add(Emphasis.plain(h.text()));
      } else if (b instanceof Paragraph p) {
        texts.add(Emphasis.plain(p.text()));
      } else if (b instanceof Table t) {
        t.rows().forEach(row -> row.stream().filter(c -> !c.isEmpty()).forEach(c ->
            (NumberCell.of(c).isPresent() ? numbers : texts).add(Emphasis.plain(c))));
      }
    }
    List<String> numericCells = new ArrayList<>();
    List<String> textCells = new ArrayList<>();
    DataFormatter shown = new DataFormatter(Locale.ROOT);
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
      assertEquals(1, book.getNumberOfSheets());
      XSSFSheet sheet = book.getSheetAt(0);
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.NUMERIC) {
            numericCells.add(shown.formatCellValue(cell));
          } else if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()) {
            textCells.add(cell.getStringCellValue());
          }
        }
      }
    }
    assertEquals(sorted(numbers), sorted(numericCells), "numeric cells, shown as written");
    assertEquals(sorted(texts), sorted(textCells), "text cells");
    if (id(seed).equals("002")) {
      List<String> expected = List.of("0", "5", "93%", "100%", "50");
      assertTrue(numericCells.containsAll(expected), numericCells::toString);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void pdfHasTheAmountsInEmbeddedFontsOnNumberedA4Pages(Path seed) throws IOException {
    Assumptions.assumeTrue(PdfRenderer.cjkFont().isPresent(), PdfRenderer.MISSING_FONT);
    String text = Files.readString(seed, UTF_8);
    Path pdf = render(seed, "pdf");
    PdfRenderer.render(PlainReport.parse(text), pdf);

    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      StringBuilder body = new StringBuilder();
      for (int n = 1; n <= doc.getNumberOfPages(); n++) {
        PDPage page = doc.getPage(n - 1);
        assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 0.5f);
        assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 0.5f);
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(
              font.isEmbedded() && font.getName().matches("[A-Z]{6}\\+.*"), "an embedded subset: " + font);
        }
        stripper.setStartPage(n);
        stripper.setEndPage(n);
        String pageText = stripper.getText(doc).strip();
        Matcher folio = FOLIO.matcher(pageText);
        int last = -1;
        while (folio.find()) {
          last = folio.start();
        }
        assertTrue(
            last >= 0 && pageText.substring(last).equals("- " + n + " -"), "page number at the foot of " + n);
        body.append(pageText, 0, last).append('\n');
      }
      String all = body.toString();
      assertFalse(amounts(text).isEmpty(), "amounts to compare");
      for (String amount : KEY_AMOUNTS.get(id(seed))) {
        assertTrue(all.contains(amount), () -> amount + " is not in the PDF text of " + seed);
      }
      assertEquals(amounts(Emphasis.plain(text)), amounts(all), "amounts in the PDF text");
    }
  }

  @Test
  void seed002SpansPagesAndContinuesTablesOnTheNextPage() throws IOException {
    Assumptions.assumeTrue(PdfRenderer.cjkFont().isPresent(), PdfRenderer.MISSING_FONT);
    Path seed = SharedFiles.seeds().resolve("002_7fbbccf8b4cea76e.txt");
    Path pdf = render(seed, "pdf");
    PdfRenderer.render(PlainReport.read(seed), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertTrue(doc.getNumberOfPages() > 20, "pages: " + doc.getNumberOfPages());
      // The contents table of page 1 ends on page 2.
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(2);
      stripper.setEndPage(2);
      assertTrue(stripper.getText(doc).contains("十四、国有资本经营预算财政拨款支出决算表"));
    }
  }

  private static Path render(Path seed, String extension) throws IOException {
    Files.createDirectories(RENDERS);
    return RENDERS.resolve(seed.getFileName().toString().replaceFirst("\\.txt$", "." + extension));
  }

  private static String id(Path seed) {
    return seed.getFileName().toString().substring(0, 3);
  }

  private static int count(Pattern p, String text) {
    return (int) p.matcher(text).results().count();
  }

  /** Each amount as written, with the spaces inside it made single, and how often it occurs. */
  static Map<String, Integer> amounts(String text) {
    Map<String, Integer> found = new TreeMap<>();
    Matcher m = AMOUNT.matcher(text);
    while (m.find()) {
      found.merge(m.group().replaceAll("\\s+", " "), 1, Integer::sum);
    }
    return found;
  }

  private static List<String> sorted(List<String> values) {
    return values.stream().sorted().toList();
  }
}
