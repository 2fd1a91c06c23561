package io.suanzhang.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.suanzhang.core.Document;
import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.Format;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.Source;
import io.suanzhang.core.document.Block;
import io.suanzhang.core.document.Cell;
import io.suanzhang.core.document.Column;
import io.suanzhang.core.document.Heading;
import io.suanzhang.core.document.Table;
import io.suanzhang.core.document.Warning;
import io.suanzhang.core.document.WarningCode;
import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.core.text.CodePoints;
import io.suanzhang.read.ReadOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PDF reader on the real reports of the shared corpus (their page counts and the totals that
 * SOURCES.md lists, found as table cells), on PDFs made here (an unreadable font, encryption), and on
 * damaged bytes.
 */
class PdfReaderTest {

  private static final Map<Path, Document> READ = new ConcurrentHashMap<>();

  /** A cell that is a number and nothing else, and a cell made of two numbers side by side. */
  private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?%?");
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
    return SharedFiles.files(SharedFiles.external().resolve("pdf"), ".pdf").stream();
  }

  /** OCR that is not installed, whatever this machine has. */
  private static final Ocr NO_OCR = new Ocr() {
    @Override
    public boolean available() {
      return false;
    }

    @Override
    public String read(java.awt.image.BufferedImage page) throws IOException {
      throw new IOException("no OCR in this test");
    }
  };

  private static Path pdf(String name) {
    return pdfs().filter(p -> p.getFileName().toString().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " is not in the shared corpus"));
  }

  private static Document read(Path file) {
    return READ.computeIfAbsent(file, f -> {
      try {
        byte[] bytes = Files.readAllBytes(f);
        return new PdfReader().read(bytes, source(f.toString(), bytes), ReadOptions.DEFAULT);
      } catch (IOException e) {
        throw new AssertionError(f + " did not read: " + e.getMessage(), e);
      }
    });
  }

  private static Source source(String path, byte[] bytes) {
    return new Source(path, "", Format.PDF, bytes.length, null);
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
    List<BigDecimal> wanted = e.numbers().stream().map(PdfReaderTest::value).toList();
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

  /** Whether the cells hold every wanted number, each in a cell of its own. */
  private static boolean holdsAll(List<Cell> cells, List<BigDecimal> wanted) {
    List<BigDecimal> values = new ArrayList<>();
    for (Cell c : cells) {
      String s = c.text().strip();
      if (NUMBER.matcher(s).matches() && !s.endsWith("%")) {
        values.add(value(s));
      }
    }
    for (BigDecimal w : wanted) {
      int at = -1;
      for (int k = 0; k < values.size() && at < 0; k++) {
        if (values.get(k).compareTo(w) == 0) {
          at = k;
        }
      }
      if (at < 0) {
        return false;
      }
      values.remove(at);
    }
    return true;
  }

  private static BigDecimal value(String number) {
    return new BigDecimal(number.replace(",", ""));
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

  static Stream<Arguments> unitBudgetTotals() {
    // 收入总计, then 支出总计 under 合计, 人员经费, 公用经费 and 项目支出, as SOURCES.md lists them.
    return Stream.of(
        Arguments.of("上海市普陀区人民政府办公室单位25年预算.pdf", List.of(
            "91,016,775.35", "91,016,775.35", "22,473,997.81", "2,132,777.54", "66,410,000.00")),
        Arguments.of("上海市普陀区商务委员会单位25年预算.pdf", List.of(
            "371,514,655.00", "371,514,655.00", "18,120,593.00", "1,710,062.00", "351,684,000.00")),
        Arguments.of("上海市普陀区社会福利院2024年单位预算_1769321942920-969924351.pdf", List.of(
            "12,121,164", "12,121,164", "7,380,214", "2,120,950", "2,620,000")),
        Arguments.of("上海市财政局25年预算.pdf", List.of(
            "171,915,169", "171,915,169", "102,464,260", "25,177,779", "44,273,130")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unitBudgetTotals")
  void givesEachColumnOfAFourRowHeaderThePathAReaderSees(String file, List<String> totals) {
    // 本年收入 | 本年支出 over 项目 | 预算数 | 项目 | 预算数, 预算数 over 合计 | 基本支出 | 项目支出, and
    // 基本支出 over 人员经费 | 公用经费: each header is centred over the columns it spans, and set
    // narrower than them.
    Table t = titled(file, "财务收支预算总表");
    assertEquals(4, t.headerRows());
    assertEquals(List.of("本年收入/项目", "本年收入/预算数", "本年支出/项目", "本年支出/预算数/合计",
        "本年支出/预算数/基本支出/人员经费", "本年支出/预算数/基本支出/公用经费", "本年支出/预算数/项目支出"),
        labels(t));
    int income = rowWith(t, "本年收入/项目", "收入总计");
    assertEquals(totals.get(0), under(t, income, "本年收入/预算数"));
    int spending = rowWith(t, "本年支出/项目", "支出总计");
    assertEquals(totals.subList(1, 5), List.of(under(t, spending, "本年支出/预算数/合计"),
        under(t, spending, "本年支出/预算数/基本支出/人员经费"),
        under(t, spending, "本年支出/预算数/基本支出/公用经费"),
        under(t, spending, "本年支出/预算数/项目支出")));
  }

  @Test
  void spansHeadersOverTheColumnsTheirRulesEnclose() {
    String office = "上海市普陀区人民政府办公室单位25年预算.pdf";
    assertEquals(List.of("财政拨款收入/项目", "财政拨款收入/预算数", "财政拨款支出/项目", "财政拨款支出/合计",
        "财政拨款支出/一般公共预算", "财政拨款支出/政府性基金预算", "财政拨款支出/国有资本经营预算"),
        labels(titled(office, "财政拨款收支预算总表")));
    // 事业单位 / 经营收入 is one cell written on two lines; 事业收入 heads an empty column.
    assertEquals(List.of("项目/功能分类科目编码/类", "项目/功能分类科目编码/款", "项目/功能分类科目编码/项",
        "项目/功能分类科目名称", "收入预算/合计", "收入预算/财政拨款收入", "收入预算/事业收入",
        "收入预算/事业单位经营收入", "收入预算/其他收入"), labels(titled(office, "收入预算总表")));
  }

  @Test
  void findsTheEmptyColumnOfARuledHeaderAndKeepsItsNeighboursApart() {
    // 购置费 has no amount, and 小计 and 运行费 both hold 32.20 万元.
    Table t = titled("上海市财政局25年预算.pdf", "“三公”经费和机关运行经费预算表");
    assertEquals(List.of("“三公”经费预算数/合计", "“三公”经费预算数/因公出国(境)费", "“三公”经费预算数/公务接待费",
        "“三公”经费预算数/公务用车购置及运行费/小计", "“三公”经费预算数/公务用车购置及运行费/购置费",
        "“三公”经费预算数/公务用车购置及运行费/运行费", "机关运行经费预算数"), labels(t));
    int r = t.headerRows();
    assertEquals(List.of("346.30", "288.70", "25.40", "32.20", "", "32.20", "2,517.78"),
        labels(t).stream().map(label -> under(t, r, label)).toList());
  }

  @Test
  void nestsTheThreePublicExpensesOfAJiangsuBudgetUnderTheirHeader() {
    // 三公 513.75 = 160.00 + 266.80 + 86.95 beside 会议费 271.02 and 培训费 1,597.25.
    Table t = titled("江苏省高级人民法院2019年度部门预算公开.pdf", "“三公”经费、会议费、培训费支出预算表");
    assertEquals(3, t.headerRows());
    assertEquals(List.of("合计", "“三公”经费/小计", "“三公”经费/因公出国（境）费",
        "“三公”经费/公务用车购置及运行维护费/小计", "“三公”经费/公务用车购置及运行维护费/公务用车购置费",
        "“三公”经费/公务用车购置及运行维护费/公务用车运行维护费", "“三公”经费/公务接待费", "会议费", "培训费"),
        labels(t));
    int r = t.headerRows();
    assertEquals(List.of("2,382.02", "513.75", "160.00", "266.80", "", "266.80", "86.95", "271.02",
        "1,597.25"), labels(t).stream().map(label -> under(t, r, label)).toList());
  }

  @Test
  void readsHeaderCellsFromStrokedRulesAndWithoutThemFromTextAlone() throws IOException {
    // Spending is set narrow, over Basic only, in a cell whose rules enclose Total, Basic and Project;
    // Item, in a cell two rows high, stands to the right of its column's labels.
    byte[] ruled = ruledTablePdf(true);
    Table t = new PdfReader().read(ruled, source("ruled.pdf", ruled), ReadOptions.DEFAULT).tables().get(0);
    assertEquals(2, t.headerRows());
    assertEquals(List.of("Item", "Spending/Total", "Spending/Basic", "Spending/Project"), labels(t));
    assertEquals(List.of("Office", "1,000.00", "600.00", "400.00"),
        labels(t).stream().map(label -> under(t, 2, label)).toList());
    // The same page without its rules: the header comes from the positions of its words alone,
    // which put Item over a column of its own.
    byte[] plain = ruledTablePdf(false);
    Table u = new PdfReader().read(plain, source("plain.pdf", plain), ReadOptions.DEFAULT).tables().get(0);
    assertEquals(List.of("Office", "1,000.00", "600.00", "400.00"), u.row(u.headerRows()).stream()
        .map(Cell::text).filter(text -> !text.isEmpty()).toList());
    assertTrue(labels(u).contains("Item") && !labels(u).contains("Spending/Total"), () -> labels(u).toString());
  }

  /**
   * A table of a two-row header and two body rows in Helvetica, its borders stroked (the frame as a
   * rectangle, the inner rules as lines) or not drawn at all.
   */
  private static byte[] ruledTablePdf(boolean rules) throws IOException {
    try (PDDocument d = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      d.addPage(page);
      PDResources resources = new PDResources();
      resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      page.setResources(resources);
      StringBuilder ops = new StringBuilder();
      float top = 792;
      if (rules) {
        ops.append("0.5 w 72 ").append(top - 180).append(" 428 80 re S\n"); // the frame, y 100 to 180
        float[][] lines = {
          {200, 120, 500, 120}, {72, 140, 500, 140}, {72, 160, 500, 160},
          {200, 100, 200, 180}, {300, 120, 300, 180}, {400, 120, 400, 180}};
        for (float[] l : lines) {
          ops.append(l[0]).append(' ').append(top - l[1]).append(" m ")
              .append(l[2]).append(' ').append(top - l[3]).append(" l S\n");
        }
      }
      Object[][] words = {
        {"Spending", 332f, 114f}, {"Item", 160f, 133f}, {"Total", 238f, 134f}, {"Basic", 338f, 134f},
        {"Project", 433f, 134f}, {"Office", 80f, 154f}, {"1,000.00", 255f, 154f},
        {"600.00", 366f, 154f}, {"400.00", 466f, 154f}, {"Hall", 80f, 174f}, {"500.00", 266f, 174f},
        {"300.00", 366f, 174f}, {"200.00", 466f, 174f}};
      for (Object[] w : words) {
        ops.append("BT /F1 10 Tf ").append(w[1]).append(' ').append(top - (float) w[2]).append(" Td (")
            .append(w[0]).append(") Tj ET\n");
      }
      PDStream stream = new PDStream(d);
      try (OutputStream os = stream.createOutputStream()) {
        os.write(ops.toString().getBytes(StandardCharsets.US_ASCII));
      }
      page.setContents(stream);
      d.save(out);
      return out.toByteArray();
    }
  }

  private static Table titled(String file, String title) {
    return read(pdf(file)).tables().stream()
        .filter(t -> t.title() != null && t.title().contains(title)).findFirst()
        .orElseThrow(() -> new AssertionError(file + " has no table titled …" + title));
  }

  private static List<String> labels(Table t) {
    return t.columns().stream().map(Column::label).toList();
  }

  /** The text of the cell of a row under the column with this header path. */
  private static String under(Table t, int row, String label) {
    int column = labels(t).indexOf(label);
    assertTrue(column >= 0, () -> t.title() + " has no column " + label + ": " + labels(t));
    return t.cell(row, column).map(Cell::text).orElse("");
  }

  /** The first body row whose cell under a column reads {@code text}. */
  private static int rowWith(Table t, String label, String text) {
    for (int r = t.headerRows(); r < t.rowCount(); r++) {
      if (under(t, r, label).equals(text)) {
        return r;
      }
    }
    throw new AssertionError(t.title() + " has no row " + text + " under " + label);
  }

  @Test
  void readsATableContinuedOnTheNextPageAsOne() {
    Document doc = read(pdf("上海市普陀区财政局2024年度部门决算.pdf"));
    Table t = doc.tables().stream().filter(x -> "收入支出决算总表".equals(x.title())).findFirst()
        .orElseThrow(() -> new AssertionError("no 收入支出决算总表"));
    assertEquals(6, t.firstPage());
    assertEquals(7, t.lastPage());
    assertEquals(2, t.headerRows(), "收入 | 支出 over 项目 | 决算数 | 项目 | 决算数, not repeated");
    assertTrue(holdsAll(t.cells(), List.of(value("2,940.05"), value("2,946.25"), value("2,995.39"))));
    Cell total = t.cells().stream().filter(c -> c.text().equals("2,995.39")).findFirst().orElseThrow();
    assertEquals(7, total.page());
    assertEquals(7, doc.pageAt(total.span().start()), "the rows of page 7 are in page 7's text");
  }

  @Test
  void keepsEconomicCodesAsPrinted() {
    // 30102 津贴补贴 is printed as 301 | 2 under the headers 类 | 款: the leading zero is lost, and
    // the cells stay as printed.
    Document doc = read(pdf("上海市普陀区人民政府万里街道办事处24年预算.pdf"));
    boolean found = false;
    for (Table t : doc.tables()) {
      for (int r = 0; r < t.rowCount(); r++) {
        List<String> row = t.row(r).stream().map(Cell::text).toList();
        int at = row.indexOf("津贴补贴");
        found |= at >= 2 && row.get(at - 2).equals("301") && row.get(at - 1).equals("2");
      }
    }
    assertTrue(found, "no row 301 | 2 | 津贴补贴");
  }

  @Test
  void keepsTheNumbersOfPageSevenOfTheLandResourcesReport() {
    // SOURCES.md says page 7 uses a font without a Unicode map. Its Type0 fonts do have ToUnicode
    // maps, and PDFBox reads labels and numbers alike: the page must read cleanly, without a
    // warning, and its totals must be table cells beside their labels.
    Document doc = read(pdf("上海市普陀区规划和自然资源局 2024 年度部门决算.pdf"));
    Table total = doc.tables().stream().filter(t -> t.firstPage() != null && t.firstPage() == 7)
        .findFirst().orElseThrow(() -> new AssertionError("no table on page 7"));
    assertTrue(holdsAll(total.cells(), List.of(value("9746.50"), value("9859.38"), value("9859.38"))));
    assertTrue(total.cells().stream().anyMatch(c -> c.text().equals("一、一般公共预算财政拨款收入")));
    assertTrue(doc.warnings().stream().noneMatch(w -> w.code() == WarningCode.UNREADABLE_TEXT),
        () -> "unexpected warnings " + doc.warnings());
  }

  @Test
  void flagsAPageWhoseFontHasNoUnicodeMapAndKeepsItsNumbers() throws IOException {
    byte[] bytes = unmappedFontPdf();
    // Without OCR, whether or not this machine has tesseract: the warning must say OCR is missing.
    Document doc = new PdfReader(NO_OCR).read(bytes, source("unmapped.pdf", bytes), ReadOptions.DEFAULT);
    Warning w = doc.warnings().stream().filter(x -> x.code() == WarningCode.UNREADABLE_TEXT)
        .findFirst().orElseThrow(() -> new AssertionError("no warning in " + doc.warnings()));
    assertEquals(1, w.page());
    assertTrue(w.message().contains("page 1"), w::message);
    assertTrue(doc.warnings().stream().anyMatch(x -> x.code() == WarningCode.OCR_UNAVAILABLE),
        () -> doc.warnings().toString());
    Table t = doc.tables().get(0);
    assertTrue(holdsAll(t.cells(), List.of(value("9,746.50"), value("112.88"), value("9,859.38"))),
        () -> t.cells().toString());
  }

  @Test
  void warnsThatAPageWithoutTextNeedsOcr() throws IOException {
    Path file = pdf("上海市普陀区财政局2024年度部门决算.pdf");
    try (PDDocument d = Loader.loadPDF(Files.readAllBytes(file))) {
      PDFTextStripper plain = new PDFTextStripper();
      plain.setStartPage(14);
      plain.setEndPage(14);
      assertTrue(plain.getText(d).isBlank(), "page 14 should have no text layer");
    }
    // A reader without OCR, so that the warning is the same on a machine that has tesseract.
    byte[] bytes = Files.readAllBytes(file);
    Document doc = new PdfReader(NO_OCR).read(bytes, source(file.toString(), bytes), ReadOptions.DEFAULT);
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.NO_TEXT && w.page() == 14
        && w.message().contains("page 14")), () -> doc.warnings().toString());
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.OCR_UNAVAILABLE
        && w.message().contains("14")), () -> doc.warnings().toString());
    assertEquals(2, doc.warnings().size(), () -> doc.warnings().toString());
  }

  @Test
  void readsAPageWithoutTextByOcrWhenOcrIsThere() throws IOException {
    Path file = pdf("上海市普陀区财政局2024年度部门决算.pdf");
    byte[] bytes = Files.readAllBytes(file);
    List<Integer> rendered = new ArrayList<>();
    Ocr fake = new Ocr() {
      @Override
      public boolean available() {
        return true;
      }

      @Override
      public String read(java.awt.image.BufferedImage page) {
        rendered.add(page.getWidth());
        return "上 海 市 普陀区\n财政局 2024 年\n\n合计 12.5 万元\n";
      }
    };
    Document doc = new PdfReader(fake).read(bytes, source(file.toString(), bytes), ReadOptions.DEFAULT);
    assertEquals(1, rendered.size());
    assertTrue(doc.text().contains("上海市普陀区财政局 2024 年\n合计 12.5 万元\n"), doc::text);
    assertEquals(14, doc.pageAt(doc.text().indexOf("上海市普陀区财政局 2024 年")));
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.OCR_USED && w.page() == 14));
    assertTrue(doc.warnings().stream().noneMatch(w -> w.code() == WarningCode.OCR_UNAVAILABLE));
  }

  @Test
  void failsOnAnEncryptedPdfWithEncrypted() throws IOException {
    byte[] bytes;
    try (PDDocument d = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      d.addPage(new PDPage());
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      d.protect(policy);
      d.save(out);
      bytes = out.toByteArray();
    }
    byte[] encrypted = bytes;
    ReportException e = assertThrows(ReportException.class,
        () -> new PdfReader().read(encrypted, source("secret.pdf", encrypted), ReadOptions.DEFAULT));
    assertEquals(ErrorCode.ENCRYPTED, e.code());
    assertTrue(e.getMessage().startsWith("secret.pdf: "), e.getMessage());
  }

  @Test
  void readsWhatItCanOfATruncatedPdfOrFailsWithTruncated() throws IOException {
    for (Path file : pdfs().toList()) {
      byte[] all = Files.readAllBytes(file);
      byte[] half = Arrays.copyOf(all, all.length / 2);
      try {
        Document doc = new PdfReader().read(half, source(file.toString(), half), ReadOptions.DEFAULT);
        assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.SKIPPED_CONTENT),
            () -> file + " cut in half read without a warning");
      } catch (ReportException e) {
        assertEquals(ErrorCode.TRUNCATED, e.code(), e::getMessage);
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
      }
    }
  }

  @Test
  void failsOnGarbageWithAPdfHeaderAsCorrupt() {
    byte[] bytes = new byte[20_000];
    new Random(7).nextBytes(bytes);
    byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, bytes, 0, header.length);
    ReportException e = assertThrows(ReportException.class,
        () -> new PdfReader().read(bytes, source("garbage.pdf", bytes), ReadOptions.DEFAULT));
    assertTrue(e.code() == ErrorCode.CORRUPT || e.code() == ErrorCode.TRUNCATED, e::getMessage);
    assertTrue(e.getMessage().startsWith("garbage.pdf: "), e.getMessage());
    byte[] text = "just some text, not a PDF".getBytes(StandardCharsets.UTF_8);
    ReportException notPdf = assertThrows(ReportException.class,
        () -> new PdfReader().read(text, source("text.pdf", text), ReadOptions.DEFAULT));
    assertEquals(ErrorCode.CORRUPT, notPdf.code());
  }

  /**
   * A page whose labels are drawn in a font that maps its codes to glyph names no Unicode list knows,
   * beside amounts in Helvetica: a table of three rows.
   */
  private static byte[] unmappedFontPdf() throws IOException {
    try (PDDocument d = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      d.addPage(page);
      COSDictionary encoding = new COSDictionary();
      encoding.setItem(COSName.TYPE, COSName.ENCODING);
      COSArray differences = new COSArray();
      differences.add(COSInteger.get(65));
      for (int k = 0; k < 26; k++) {
        differences.add(COSName.getPDFName("xq" + k));
      }
      encoding.setItem(COSName.DIFFERENCES, differences);
      COSDictionary font = new COSDictionary();
      font.setItem(COSName.TYPE, COSName.FONT);
      font.setItem(COSName.SUBTYPE, COSName.TYPE1);
      font.setItem(COSName.BASE_FONT, COSName.getPDFName("Helvetica"));
      font.setItem(COSName.ENCODING, encoding);
      PDResources resources = new PDResources();
      resources.put(COSName.getPDFName("F1"), new PDType1Font(font));
      resources.put(COSName.getPDFName("F2"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      page.setResources(resources);
      StringBuilder ops = new StringBuilder();
      String[][] rows = {{"ABCDEFGH", "9,746.50"}, {"IJKLMN", "112.88"}, {"OPQRSTU", "9,859.38"}};
      for (int r = 0; r < rows.length; r++) {
        int y = 700 - 20 * r;
        ops.append("BT /F1 10 Tf 72 ").append(y).append(" Td (").append(rows[r][0]).append(") Tj ET\n");
        ops.append("BT /F2 10 Tf 300 ").append(y).append(" Td (").append(rows[r][1]).append(") Tj ET\n");
      }
      PDStream stream = new PDStream(d);
      try (OutputStream os = stream.createOutputStream()) {
        os.write(ops.toString().getBytes(StandardCharsets.US_ASCII));
      }
      page.setContents(stream);
      d.save(out);
      return out.toByteArray();
    }
  }
}
