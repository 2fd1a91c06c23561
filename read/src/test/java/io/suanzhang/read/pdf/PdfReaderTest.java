package io.suanzhang.read.pdf;

import static io.suanzhang.read.pdf.PdfSamples.holdsAll;
import static io.suanzhang.read.pdf.PdfSamples.pdf;
import static io.suanzhang.read.pdf.PdfSamples.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.suanzhang.core.Document;
import io.suanzhang.core.document.Block;
import io.suanzhang.core.document.Cell;
import io.suanzhang.core.document.Heading;
import io.suanzhang.core.document.Table;
import io.suanzhang.core.text.CodePoints;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PDF reader on the real reports of the shared corpus: their page counts, the totals that
 * SOURCES.md lists found as table cells, and the page each block and heading carries.
 */
class PdfReaderTest {

  /** Two numbers in one cell: side by side, or glued ("2,132,777.5466,410,000.00", "18,120,5931,710"). */
  private static final Pattern TWO_NUMBERS =
      Pattern.compile("\\d[,.]?\\s+[-+]?\\d|\\d\\.\\d{2}\\d{1,3},\\d{3}|,\\d{4}|\\.\\d+\\.\\d");

  /** Page counts as SOURCES.md lists them. */
  private static final Map<String, Integer> PAGES = Map.ofEntries(
      Map.entry("上海市普陀区财政局2024年度部门决算.pdf", 25),
      Map.entry("上海市普陀区规划和自然资源局 2024 年度部门决算.pdf", 30),
      Map.entry("中共上海市普陀区委社会工作部 2024 年度部门决算.pdf", 24),
      Map.entry("上海市普陀区人民政府办公室25年预算.pdf", 22),
      Map.entry("上海市普陀区人民政府办公室单位25年预算.pdf", 21),
      Map.entry("上海市普陀区商务委员会25年预算.pdf", 26),
      Map.entry("上海市普陀区商务委员会单位25年预算.pdf", 22),
      Map.entry("上海市普陀区人民政府万里街道办事处24年预算.pdf", 33),
      Map.entry("上海市普陀区人民政府万里街道办事处25年预算.pdf", 31),
      Map.entry("上海市普陀区社会福利院2024年单位预算_1769321942920-969924351.pdf", 16),
      Map.entry("上海市普陀区财政局部门25年预算.pdf", 24),
      Map.entry("上海市财政局25年预算.pdf", 21),
      Map.entry("江苏省高级人民法院2019年度部门预算公开.pdf", 26),
      Map.entry("省法院2017年度部门预算公开.pdf", 27),
      Map.entry("2019年度部门预算公开.pdf", 33),
      Map.entry("江苏省委办公厅2018年度部门预算公开文件.pdf", 13),
      Map.entry("江苏省委办公厅2018年度部门预算公开表.pdf", 15),
      Map.entry("江苏省政协办公厅2019年度部门预算.pdf", 18),
      Map.entry("江苏省政协办公厅2019年预算公开表.pdf", 12),
      Map.entry("江苏省人大常委会2019年度部门预算公开.pdf", 19),
      Map.entry("省人大办公厅2018预算公开.pdf", 31),
      Map.entry("江苏省政协办公厅2018年度部门预算.pdf", 17),
      Map.entry("江苏省政协办公厅2018度部门预算公开表.pdf", 12),
      Map.entry("附件2：部门决算模板.pdf", 23));
  static Stream<Path> pdfs() {
    return PdfSamples.pdfs();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pdfs")
  void readsEveryPdfWithTheListedPageCount(Path file) {
    Document doc = read(file);
    Integer expected = PAGES.get(file.getFileName().toString());
    assertNotNull(expected, () -> file + " is not listed in SOURCES.md");
    assertEquals(expected, doc.source().pages());
    assertEquals(expected, doc.pages().size());
    for (int i = 0; i < doc.pages().size(); i++) {
      assertEquals(i + 1, doc.pages().get(i).number());
    }
    assertFalse(doc.text().isBlank());
    // Only the 2024 final accounts of the finance bureau have a page without text (page 14).
    long warnings = doc.warnings().stream().filter(w -> w.page() == null || w.page() != 14).count();
    assertEquals(0, warnings, () -> "unexpected warnings " + doc.warnings());
    CodePoints cp = CodePoints.of(doc.text());
    for (Table t : doc.tables()) {
      for (Cell c : t.cells()) {
        assertEquals(c.text(), cp.slice(c.span()), () -> "cell span of " + c);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pdfs")
  void noNumericCellHoldsTwoNumbers(Path file) {
    for (Table t : read(file).tables()) {
      for (Cell c : t.cells()) {
        String s = c.text().strip();
        boolean numeric = !s.isEmpty() && s.chars().allMatch(ch -> "0123456789.,-+% ".indexOf(ch) >= 0);
        assertFalse(numeric && TWO_NUMBERS.matcher(s).find(), () -> file.getFileName() + ": cell '" + s
            + "' of " + t.title() + " (page " + c.page() + ") holds more than one number");
      }
    }
  }

  /** What SOURCES.md lists for a file: numbers found together in one table row, one table, or the text. */
  record Expect(String file, String where, List<String> numbers) {
    @Override
    public String toString() {
      return file + " " + where + " " + numbers;
    }
  }

  private static Arguments row(String file, String... numbers) {
    return Arguments.of(new Expect(file, "row", List.of(numbers)));
  }

  private static Arguments table(String file, String... numbers) {
    return Arguments.of(new Expect(file, "table", List.of(numbers)));
  }

  private static Arguments text(String file, String... numbers) {
    return Arguments.of(new Expect(file, "text", List.of(numbers)));
  }

  static Stream<Arguments> listedTotals() {
    return Stream.of(
        row("上海市普陀区财政局2024年度部门决算.pdf", "2,995.39", "2,995.39"),
        table("上海市普陀区财政局2024年度部门决算.pdf", "2,946.25", "2,940.05", "6.20", "49.14", "2,995.39"),
        row("上海市普陀区财政局2024年度部门决算.pdf", "2,961.68", "2,961.68"),
        table("上海市普陀区财政局2024年度部门决算.pdf", "2,961.68", "2,940.05", "21.63"),
        row("上海市普陀区财政局2024年度部门决算.pdf", "2,940.05", "2,336.91", "603.14"),
        row("上海市普陀区财政局2024年度部门决算.pdf", "0.95", "0.95"),
        table("上海市普陀区规划和自然资源局 2024 年度部门决算.pdf", "9,746.50", "9,759.38", "112.88", "100.00"),
        row("上海市普陀区规划和自然资源局 2024 年度部门决算.pdf", "9,859.38", "9,859.38"),
        row("上海市普陀区规划和自然资源局 2024 年度部门决算.pdf", "2.85", "0.39"),
        row("中共上海市普陀区委社会工作部 2024 年度部门决算.pdf", "307.82", "307.82"),
        row("中共上海市普陀区委社会工作部 2024 年度部门决算.pdf", "264.87", "62.63", "202.24"),
        row("上海市普陀区人民政府办公室25年预算.pdf", "91,016,775.35", "91,016,775.35"),
        table("上海市普陀区人民政府办公室25年预算.pdf", "867.50"),
        row("上海市普陀区人民政府办公室单位25年预算.pdf",
            "91,016,775.35", "22,473,997.81", "2,132,777.54", "66,410,000.00"),
        row("上海市普陀区商务委员会25年预算.pdf", "371,514,655.00", "371,514,655.00"),
        table("上海市普陀区商务委员会25年预算.pdf", "1.00"),
        row("上海市普陀区商务委员会单位25年预算.pdf",
            "371,514,655.00", "18,120,593.00", "1,710,062.00", "351,684,000.00"),
        row("上海市普陀区人民政府万里街道办事处24年预算.pdf", "156,211,123", "156,211,123"),
        table("上海市普陀区人民政府万里街道办事处24年预算.pdf", "47.91"),
        row("上海市普陀区人民政府万里街道办事处25年预算.pdf", "189,767,551", "189,767,551"),
        row("上海市普陀区人民政府万里街道办事处25年预算.pdf", "94,995,790", "77,381,546", "17,614,243"),
        table("上海市普陀区人民政府万里街道办事处25年预算.pdf", "37.91"),
        row("上海市普陀区社会福利院2024年单位预算_1769321942920-969924351.pdf",
            "12,121,164", "7,380,214", "2,120,950", "2,620,000"),
        table("上海市普陀区社会福利院2024年单位预算_1769321942920-969924351.pdf", "9,501,164"),
        table("上海市普陀区社会福利院2024年单位预算_1769321942920-969924351.pdf", "6.40"),
        row("上海市普陀区财政局部门25年预算.pdf", "31,214,205.80", "31,214,205.80"),
        table("上海市普陀区财政局部门25年预算.pdf", "0.95"),
        row("上海市财政局25年预算.pdf", "171,915,169", "102,464,260", "25,177,779", "44,273,130"),
        row("上海市财政局25年预算.pdf", "24,840,779"),
        table("上海市财政局25年预算.pdf", "346.30"),
        row("江苏省高级人民法院2019年度部门预算公开.pdf", "37,188.34", "37,188.34"),
        row("江苏省高级人民法院2019年度部门预算公开.pdf", "37,188.34", "21,968.00"),
        row("江苏省高级人民法院2019年度部门预算公开.pdf",
            "2,382.02", "513.75", "160.00", "266.80", "86.95", "271.02", "1,597.25"),
        table("江苏省高级人民法院2019年度部门预算公开.pdf", "3,580.05"),
        table("江苏省高级人民法院2019年度部门预算公开.pdf", "5,227.59"),
        row("省法院2017年度部门预算公开.pdf", "28,849.38", "28,849.38"),
        table("省法院2017年度部门预算公开.pdf", "3,742.40"),
        table("2019年度部门预算公开.pdf", "24,169.74", "15,844.04", "4,335.30", "3,990.40"),
        row("2019年度部门预算公开.pdf", "11,960.62"),
        text("江苏省委办公厅2018年度部门预算公开文件.pdf", "24,458.43", "10,403.11", "3,608.98"),
        table("江苏省委办公厅2018年度部门预算公开表.pdf", "24,458.43", "10,403.11"),
        text("江苏省政协办公厅2019年度部门预算.pdf", "13,377.11", "3,226.63", "13,297.11", "6,522.75"),
        table("江苏省政协办公厅2019年预算公开表.pdf", "13,377.11"),
        table("江苏省政协办公厅2019年预算公开表.pdf", "1,624.42"),
        text("江苏省人大常委会2019年度部门预算公开.pdf", "18,330.37", "2,432.93", "9,312.9", "199.25",
            "183.6", "384.75"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listedTotals")
  void findsTheListedTotals(Expect e) {
    Document doc = read(pdf(e.file()));
    List<BigDecimal> wanted = e.numbers().stream().map(PdfSamples::value).toList();
    switch (e.where()) {
      case "row" -> {
        for (Table t : doc.tables()) {
          for (int r = 0; r < t.rowCount(); r++) {
            if (holdsAll(t.row(r), wanted)) {
              return;
            }
          }
        }
        fail("no table row of " + e.file() + " holds " + e.numbers() + " as separate cells");
      }
      case "table" -> {
        for (Table t : doc.tables()) {
          if (holdsAll(t.cells(), wanted)) {
            return;
          }
        }
        fail("no table of " + e.file() + " holds " + e.numbers() + " as cells");
      }
      default -> {
        // Read as prose: each number whole in the text, with or without its thousands commas
        // (extraction's PdfAmountsTest reads them as 万元).
        String digits = doc.text().replace(",", "");
        for (String n : e.numbers()) {
          Pattern whole = Pattern.compile("(?<![\\d.])" + Pattern.quote(n.replace(",", "")) + "(?![\\d])");
          assertTrue(whole.matcher(digits).find(), () -> e.file() + ": the text does not hold " + n);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pdfs")
  void everyBlockAndCellCarriesThePageItStartsOn(Path file) {
    Document doc = read(file);
    for (Block b : doc.blocks()) {
      Integer page = doc.pageAt(b.span().start());
      assertNotNull(page, () -> b + " lies outside every page");
      assertEquals(page, b.span().page(), () -> file.getFileName() + ": " + b);
      if (b instanceof Table t) {
        assertEquals(t.firstPage(), t.span().page(), () -> file.getFileName() + ": " + t.title());
        for (Cell c : t.cells()) {
          assertEquals(doc.pageAt(c.span().start()), c.page(), () -> file.getFileName() + ": " + c);
          assertEquals(c.page(), c.span().page(), () -> file.getFileName() + ": " + c);
        }
      }
    }
  }

  static Stream<Arguments> headingPages() {
    // The pages pdftotext shows these headings on.
    String renda = "江苏省人大常委会2019年度部门预算公开.pdf";
    String finance = "上海市普陀区财政局2024年度部门决算.pdf";
    String office = "上海市普陀区人民政府办公室单位25年预算.pdf";
    String city = "上海市财政局25年预算.pdf";
    return Stream.of(
        Arguments.of(renda, "一、收支预算总体情况说明", 9),
        Arguments.of(renda, "（二）社会保障和就业（类）", 13),
        Arguments.of(renda, "十四、预算绩效目标设置情况说明", 17),
        Arguments.of(finance, "（一）一般公共预算财政拨款支出决算总体情况", 21),
        Arguments.of(finance, "（二）政府采购支出情况", 24),
        Arguments.of(office, "2025年单位预算编制说明", 6),
        Arguments.of(office, "2025年预算单位财务收支预算总表", 8),
        Arguments.of(office, "五、国有资产占有使用情况", 21),
        Arguments.of(city, "上海市财政局（单位）机构设置", 4),
        Arguments.of(city, "一、2025年“三公”经费预算情况说明", 21));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("headingPages")
  void headingsCarryThePageTheyArePrintedOn(String file, String text, int page) {
    Document doc = read(pdf(file));
    List<Heading> found = doc.blocks().stream().filter(Heading.class::isInstance)
        .map(Heading.class::cast).filter(h -> h.text().equals(text)).toList();
    assertEquals(1, found.size(), () -> file + ": headings " + text + ": " + found);
    assertEquals(page, found.get(0).span().page(), () -> file + ": " + found.get(0));
  }
}
