package io.suanzhang.read.office;

import static io.suanzhang.read.office.DocumentChecks.assertBudgetTable;
import static io.suanzhang.read.office.DocumentChecks.assertSpansQuoteText;
import static io.suanzhang.read.office.DocumentChecks.assertTableMoneyFound;
import static io.suanzhang.read.office.DocumentChecks.outline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Document;
import io.suanzhang.core.Format;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.document.Heading;
import io.suanzhang.core.document.Table;
import io.suanzhang.read.ReadOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocxReaderTest {

  private static Document read(byte[] bytes) throws ReportException {
    return new DocxReader()
        .read(bytes, OfficeFixtures.source("预算.docx", Format.DOCX, bytes), ReadOptions.DEFAULT);
  }

  @Test
  void readsBlocksInOrderWithHeadingLevels() throws ReportException {
    Document doc = read(OfficeFixtures.budgetDocx());
    assertEquals("H1 H2 P H3 P P T P", outline(doc));
    Heading top = (Heading) doc.blocks().get(0);
    assertEquals("2025年部门预算", top.text());
    assertEquals("一、部门职责", ((Heading) doc.blocks().get(1)).text());
    assertEquals("（一）预算收支情况", ((Heading) doc.blocks().get(3)).text());
    assertSpansQuoteText(doc);
  }

  private static final String W =
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
          + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
          + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
          + "xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\"";

  private static String p(String runs) {
    return "<w:p>" + runs + "</w:p>";
  }

  private static String r(String text) {
    return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
  }

  private static String tc(String props, String content) {
    return "<w:tc><w:tcPr>" + props + "</w:tcPr>" + content + "</w:tc>";
  }

  private static Document readBody(String body) throws ReportException {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + W + "><w:body>" + body
        + "</w:body></w:document>";
    return read(OfficeFixtures.replaceEntry(OfficeFixtures.budgetDocx(), "word/document.xml",
        xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsTextAsWordShowsIt() throws ReportException {
    String field = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> MERGEFIELD 收入 </w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + r("合计") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    String textBox = "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>"
        + p(r("文本框内容")) + "</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>"
        + "<v:textbox><w:txbxContent>" + p(r("文本框内容")) + "</w:txbxContent></v:textbox></v:shape></w:pict>"
        + "</mc:Fallback></mc:AlternateContent></w:r>";
    Document doc = readBody(
        "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>" + r("二、收支预算") + "</w:p>"
            + p(r("本年收入") + field + "<w:del><w:r><w:delText>删除的</w:delText></w:r></w:del>"
                + "<w:ins>" + r("1,000.00万元") + "</w:ins><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>"
                + "<w:r><w:tab/><w:t>。</w:t></w:r>")
            + "<w:sdt><w:sdtPr/><w:sdtContent>" + p(r("控件中的段落")) + "</w:sdtContent></w:sdt>"
            + p(r("正文") + textBox)
            + p("<w:r><w:object><v:shape/><o:OLEObject ProgID=\"Excel.Sheet.12\"/></w:object></w:r>")
            + "<w:p><w:pPr><w:outlineLvl w:val=\"9\"/><w:pStyle w:val=\"Heading1\"/></w:pPr>" + r("正文级别") + "</w:p>");
    assertEquals("H1 P P P P P", outline(doc));
    assertEquals("二、收支预算\n本年收入合计1,000.00万元 。\n控件中的段落\n正文\n文本框内容\n正文级别\n", doc.text());
    assertEquals(1, doc.warnings().size());
    assertTrue(doc.warnings().get(0).message().startsWith("1 embedded object"), doc.warnings()::toString);
    assertSpansQuoteText(doc);
  }

  @Test
  void readsFramesNestedTablesAndRowGeometry() throws ReportException {
    String inner = "<w:tbl>" + "<w:tr>" + tc("", p(r("项目"))) + tc("", p(r("金额"))) + "</w:tr>"
        + "<w:tr>" + tc("", p(r("工资福利支出"))) + tc("", p(r("120.50"))) + "</w:tr></w:tbl>";
    String frame = "<w:tbl><w:tr>" + tc("", p(r("框内说明")) + inner + p("")) + "</w:tr></w:tbl>";
    String nested = "<w:tbl><w:tr>" + tc("", p(r("指标"))) + tc("", p(r("完成情况"))) + "</w:tr>"
        + "<w:tr>" + tc("", p(r("产出指标"))) + tc("", "<w:tbl><w:tr>" + tc("", p(r("数量"))) + tc("", p(r("100%")))
        + "</w:tr><w:tr>" + tc("", p(r("质量"))) + tc("", p(r("达标"))) + "</w:tr></w:tbl>" + p("")) + "</w:tr></w:tbl>";
    String geometry = "<w:tbl>"
        + "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + tc("", p(r("项目"))) + tc("<w:hMerge w:val=\"restart\"/>", p(r("金额")))
        + tc("<w:hMerge/>", p("")) + "</w:tr>"
        + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc("", p(r("10.00"))) + tc("", p(r("20.00"))) + "</w:tr>"
        + "<w:tr>" + tc("", p(r("合计"))) + tc("<w:gridSpan w:val=\"2\"/>", p(r("30.00"))) + "</w:tr></w:tbl>";
    Document doc = readBody(frame + nested + geometry);
    assertEquals("P T T T", outline(doc));
    Table real = doc.tables().get(0);
    assertEquals(List.of("工资福利支出", "120.50"), DocumentChecks.rowTexts(real, 1));
    Table form = doc.tables().get(1);
    assertEquals(List.of("产出指标", "数量 100% 质量 达标"), DocumentChecks.rowTexts(form, 1));
    Table shaped = doc.tables().get(2);
    assertEquals(1, shaped.headerRows());
    assertEquals(2, shaped.cell(0, 2).orElseThrow().columnSpan());
    assertEquals("10.00", shaped.cell(1, 1).orElseThrow().text());
    assertEquals("", shaped.cell(1, 0).orElseThrow().text());
    assertEquals(List.of("金额"), shaped.columns().get(2).headers());
    assertSpansQuoteText(doc);
  }

  @Test
  void readsBudgetTableWithMergesTitleAndUnit() throws ReportException {
    Document doc = read(OfficeFixtures.budgetDocx());
    Table table = doc.tables().get(0);
    assertBudgetTable(table);
    assertEquals(OfficeFixtures.TITLE, table.title());
    assertTableMoneyFound(doc);
  }
}
