package io.suanzhang.read.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Document;
import io.suanzhang.core.document.Block;
import io.suanzhang.core.document.Cell;
import io.suanzhang.core.document.Heading;
import io.suanzhang.core.document.Paragraph;
import io.suanzhang.core.document.Table;
import io.suanzhang.core.text.CodePoints;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Assertions every reader's documents must pass, and the shape of the 部门预算 table. */
public final class DocumentChecks {

  private DocumentChecks() {}

  /** Every heading, paragraph, table and cell span quotes the document text exactly. */
  public static void assertSpansQuoteText(Document doc) {
    CodePoints text = CodePoints.of(doc.text());
    int previousEnd = 0;
    for (Block b : doc.blocks()) {
      assertTrue(b.span().start() >= previousEnd, () -> "blocks overlap or go back: " + b);
      assertTrue(b.span().end() <= text.length(), () -> "block past the end: " + b);
      previousEnd = b.span().end();
      if (b instanceof Heading) {
        assertEquals(((Heading) b).text(), text.slice(b.span()));
      }
      if (b instanceof Paragraph) {
        assertTrue(!text.slice(b.span()).isBlank(), "blank paragraph");
      }
      if (b instanceof Table) {
        for (Cell c : ((Table) b).cells()) {
          assertEquals(c.text(), text.slice(c.span()), () -> "cell " + c);
          assertTrue(b.span().contains(c.span()), () -> "cell outside its table " + c);
        }
      }
    }
  }

  /** The block kinds in order: H1, P, T … */
  public static String outline(Document doc) {
    List<String> out = new ArrayList<>();
    for (Block b : doc.blocks()) {
      if (b instanceof Heading) {
        out.add("H" + ((Heading) b).level());
      } else if (b instanceof Paragraph) {
        out.add("P");
      } else {
        out.add("T");
      }
    }
    return String.join(" ", out);
  }

  public static List<String> rowTexts(Table t, int row) {
    return t.row(row).stream().map(Cell::text).collect(Collectors.toList());
  }

  /**
   * The 部门预算 table: 2 header rows and 3 data rows by 5 columns, 科目编码/科目名称 merged down,
   * 本年支出 across the three amount columns, unit 元.
   */
  public static void assertBudgetTable(Table t) {
    assertEquals(5, t.rowCount(), () -> "rows of " + t);
    assertEquals(5, t.columnCount());
    assertEquals(2, t.headerRows());
    assertEquals("元", t.unit());
    assertEquals(List.of("科目编码", "科目名称", "本年支出"), rowTexts(t, 0));
    assertEquals(List.of("合计", "基本支出", "项目支出"), rowTexts(t, 1));
    Cell code = t.cell(1, 0).orElseThrow();
    assertEquals(0, code.row());
    assertEquals(2, code.rowSpan());
    Cell spanning = t.cell(0, 3).orElseThrow();
    assertEquals("本年支出", spanning.text());
    assertEquals(3, spanning.columnSpan());
    assertEquals(List.of("本年支出", "合计"), t.columns().get(2).headers());
    assertEquals(List.of("本年支出", "项目支出"), t.columns().get(4).headers());
    assertEquals(List.of("科目编码"), t.columns().get(0).headers());
    for (int r = 0; r < OfficeFixtures.DATA.length; r++) {
      assertEquals(List.of(OfficeFixtures.DATA[r]), rowTexts(t, 2 + r));
    }
    assertTrue(t.cells().stream().filter(c -> c.row() < 2).allMatch(Cell::header));
  }

  /**
   * 45,400.00 is read as two cells of one table whose unit (单位：元, stated above it) the table
   * carries, so that extraction can give the bare amounts their unit; their spans quote them.
   */
  public static void assertTableMoneyFound(Document doc) {
    List<String> units = new ArrayList<>();
    for (Table t : doc.tables()) {
      for (Cell c : t.cells()) {
        if (c.text().equals("45,400.00")) {
          String columnUnit = t.columns().get(c.column()).unit();
          units.add(columnUnit != null ? columnUnit : String.valueOf(t.unit()));
          assertEquals("45,400.00", CodePoints.of(doc.text()).slice(c.span()));
        }
      }
    }
    assertEquals(List.of("元", "元"), units, () -> "tables: " + doc.tables());
  }
}
