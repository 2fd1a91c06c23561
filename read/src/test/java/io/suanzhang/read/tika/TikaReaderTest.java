package io.suanzhang.read.tika;

import static io.suanzhang.read.office.DocumentChecks.assertBudgetTable;
import static io.suanzhang.read.office.DocumentChecks.assertSpansQuoteText;
import static io.suanzhang.read.office.DocumentChecks.assertTableMoneyFound;
import static io.suanzhang.read.office.DocumentChecks.outline;
import static io.suanzhang.read.office.DocumentChecks.rowTexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Document;
import io.suanzhang.core.Format;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.document.Heading;
import io.suanzhang.core.document.Table;
import io.suanzhang.read.ReadOptions;
import io.suanzhang.read.office.OfficeFixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TikaReaderTest {

  static Document read(String name, Format format, byte[] bytes) throws ReportException {
    return new TikaReader()
        .read(bytes, OfficeFixtures.source(name, format, bytes), ReadOptions.DEFAULT);
  }

  @Test
  void readsHtmlHeadingsParagraphsAndSpanningTable() throws ReportException {
    byte[] html = TikaFixtures.budgetHtml("gb2312").getBytes(TikaFixtures.GBK);
    Document doc = read("预算.html", Format.HTML, html);
    assertEquals("H1 H2 P H3 P P T P", outline(doc));
    assertEquals(3, ((Heading) doc.blocks().get(3)).level());
    assertEquals("本部门主要职责是 组织实施全市社会保障工作。",
        doc.text().lines().filter(l -> l.startsWith("本部门")).findFirst().orElseThrow());
    assertFalse(doc.text().contains("不应出现"));
    assertFalse(doc.text().contains("预算公开"), "the head's title is not body text");
    Table table = doc.tables().get(0);
    assertBudgetTable(table);
    assertEquals(OfficeFixtures.TITLE, table.title());
    assertSpansQuoteText(doc);
    assertTableMoneyFound(doc);
  }

  @Test
  void detectsGbkWithoutMetaAndHonoursUtf8Meta() throws ReportException {
    byte[] gbk = TikaFixtures.budgetHtml(null).getBytes(TikaFixtures.GBK);
    assertBudgetTable(read("a.html", Format.HTML, gbk).tables().get(0));
    byte[] utf8 = TikaFixtures.budgetHtml("utf-8").getBytes(StandardCharsets.UTF_8);
    assertBudgetTable(read("b.html", Format.HTML, utf8).tables().get(0));
  }

  @Test
  void readsGbkPageWhoseMetaClaimsUtf8() throws ReportException {
    byte[] lying = TikaFixtures.budgetHtml("utf-8").getBytes(TikaFixtures.GBK);
    assertBudgetTable(read("c.html", Format.HTML, lying).tables().get(0));
  }

  @Test
  void takesCaptionAsTitleAndLineBreaksInCells() throws ReportException {
    String html = "<html><body><div style=\"text-align: center\">附表</div>"
        + "<table><caption>2025年项目支出表（单位：万元）</caption>"
        + "<tr><th>项目</th><th>金额</th></tr>"
        + "<tr><td>信息化<br>建设</td><td>1,200.00</td></tr></table>"
        + "<table><tr><td>说明：以上数据为预算数。</td></tr></table></body></html>";
    Document doc = read("caption.html", Format.HTML, html.getBytes(StandardCharsets.UTF_8));
    assertEquals("P T P", outline(doc));
    Table t = doc.tables().get(0);
    assertEquals("2025年项目支出表（单位：万元）", t.title());
    assertEquals("万元", t.unit());
    assertEquals(List.of("信息化建设", "1,200.00"), rowTexts(t, 1));
    assertSpansQuoteText(doc);
  }

  @Test
  void readsInnerTablesOfALayoutTable() throws ReportException {
    String html = "<html><body><table><tr><td>首页 &gt; 信息公开</td></tr>"
        + "<tr><td><p>单位：万元</p><table><tr><th>项目</th><th>金额</th></tr>"
        + "<tr><td>工资福利支出</td><td>120.50</td></tr></table></td></tr></table>"
        + "<table><tr><td>联系电话：12345</td></tr></table></body></html>";
    Document doc = read("layout.html", Format.HTML, html.getBytes(StandardCharsets.UTF_8));
    assertEquals("P P T P", outline(doc));
    Table t = doc.tables().get(0);
    assertEquals(List.of("工资福利支出", "120.50"), rowTexts(t, 1));
    assertEquals("万元", t.unit());
    assertEquals(1, t.headerRows());
    assertSpansQuoteText(doc);
  }

  @Test
  void readsRtfTableWithMergedCells() throws ReportException {
    Document doc = read("预算.rtf", Format.RTF, TikaFixtures.budgetRtf());
    assertEquals("P P P P T P", outline(doc));
    assertTrue(doc.text().startsWith("2025年部门预算\n本部门主要职责"), doc::text);
    Table table = doc.tables().get(0);
    assertBudgetTable(table);
    assertEquals(OfficeFixtures.TITLE, table.title());
    assertSpansQuoteText(doc);
    assertTableMoneyFound(doc);
  }

  @Test
  void readsXlsSheetsWithMergedRegionsAndSkipsHiddenSheets() throws ReportException {
    Document doc = read("预算.xls", Format.XLS, OfficeFixtures.budgetXls());
    assertEquals("H2 P P T H2 P", outline(doc));
    assertEquals("预算表", ((Heading) doc.blocks().get(0)).text());
    assertFalse(doc.text().contains("不应出现"));
    Table table = doc.tables().get(0);
    assertBudgetTable(table);
    assertEquals(OfficeFixtures.TITLE, table.title());
    assertSpansQuoteText(doc);
    assertTableMoneyFound(doc);
  }
}
