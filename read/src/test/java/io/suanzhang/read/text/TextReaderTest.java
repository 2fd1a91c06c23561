package io.suanzhang.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.suanzhang.core.Document;
import io.suanzhang.core.Format;
import io.suanzhang.core.Source;
import io.suanzhang.core.document.Cell;
import io.suanzhang.core.document.Heading;
import io.suanzhang.core.document.Paragraph;
import io.suanzhang.core.document.Table;
import io.suanzhang.core.text.CodePoints;
import io.suanzhang.read.ReadOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReaderTest {

  private static Document read(String text, Format format, String name) throws Exception {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new TextReader().read(bytes, new Source(name, "", format, bytes.length, null), ReadOptions.DEFAULT);
  }

  @Test
  void keepsTheContentAsTheTextAndFindsHeadingsParagraphsAndTables() throws Exception {
    String md =
        "# 部门决算\n\n## 一、收入支出\n收支总计91.68万元。\n\n单位：万元\n"
            + "| 科目编码 | 科目名称 | 决算数 |\n|---|---|---|\n| 208 | 社会保障和就业支出 | 39.62 |\n";
    Document doc = read(md, Format.MARKDOWN, "a.md");
    assertEquals(md, doc.text());
    assertEquals(2, ((Heading) doc.blocks().get(1)).level());
    assertInstanceOf(Paragraph.class, doc.blocks().get(2));
    Table table = doc.tables().get(0);
    assertEquals("万元", table.unit());
    assertEquals(1, table.headerRows());
    assertEquals(List.of("决算数"), table.columns().get(2).headers());
    CodePoints cp = CodePoints.of(doc.text());
    for (Cell cell : table.cells()) {
      assertEquals(cell.text(), cp.slice(cell.span()));
    }
    assertEquals("39.62", table.cell(1, 2).orElseThrow().text());
  }

  @Test
  void readsCsvAsOneTableWithQuotedFields() throws Exception {
    String csv = "项目,金额（元）\n\"公务接待费, 国内\",\"1,614\"\n差旅费,938\n";
    Document doc = read(csv, Format.CSV, "a.csv");
    Table table = doc.tables().get(0);
    assertEquals(3, table.rowCount());
    assertEquals("公务接待费, 国内", table.cell(1, 0).orElseThrow().text());
    assertEquals("1,614", table.cell(1, 1).orElseThrow().text());
    assertEquals("元", table.columns().get(1).unit());
    CodePoints cp = CodePoints.of(doc.text());
    for (Cell cell : table.cells()) {
      assertEquals(cell.text(), cp.slice(cell.span()));
    }
  }
}
