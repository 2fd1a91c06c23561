package io.suanzhang.extract.office;

import static io.suanzhang.extract.office.DocumentChecks.assertBudgetTable;
import static io.suanzhang.extract.office.DocumentChecks.assertSpansQuoteText;
import static io.suanzhang.extract.office.DocumentChecks.assertTableMoneyFound;
import static io.suanzhang.extract.office.DocumentChecks.outline;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.suanzhang.core.Document;
import io.suanzhang.core.Format;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.document.Heading;
import io.suanzhang.core.document.Table;
import io.suanzhang.extract.ReadOptions;
import org.junit.jupiter.api.Test;

class DocxReaderTest {

  private static Document read(byte[] bytes) throws ReportException {
    return new DocxReader()
        .read(bytes, OfficeFixtures.source("预算.docx", Format.DOCX, bytes), ReadOptions.DEFAULT);
  }

  @Test
  void readsBlocksInOrderWithHeadingLevels() throws ReportException {
    Document doc = read(OfficeFixtures.budgetDocx());
    System.out.println(doc.text());
    assertEquals("H1 H2 P H3 P P T P", outline(doc));
    Heading top = (Heading) doc.blocks().get(0);
    assertEquals("2025年部门预算", top.text());
    assertEquals("一、部门职责", ((Heading) doc.blocks().get(1)).text());
    assertEquals("（一）预算收支情况", ((Heading) doc.blocks().get(3)).text());
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
