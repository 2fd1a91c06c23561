package io.suanzhang.read.pdf;

import static io.suanzhang.read.pdf.PdfSamples.holdsAll;
import static io.suanzhang.read.pdf.PdfSamples.labels;
import static io.suanzhang.read.pdf.PdfSamples.pdf;
import static io.suanzhang.read.pdf.PdfSamples.read;
import static io.suanzhang.read.pdf.PdfSamples.rowWith;
import static io.suanzhang.read.pdf.PdfSamples.saved;
import static io.suanzhang.read.pdf.PdfSamples.source;
import static io.suanzhang.read.pdf.PdfSamples.titled;
import static io.suanzhang.read.pdf.PdfSamples.under;
import static io.suanzhang.read.pdf.PdfSamples.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Document;
import io.suanzhang.core.document.Cell;
import io.suanzhang.core.document.Table;
import io.suanzhang.read.ReadOptions;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tables the PDF reader rebuilds from the positions of their text: header cells over the columns
 * their rules or their words stand over, tables continued over a page break, cells kept as printed.
 */
class PdfTablesTest {


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
    try (PDDocument d = new PDDocument()) {
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
      return saved(d, page, ops);
    }
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
}
