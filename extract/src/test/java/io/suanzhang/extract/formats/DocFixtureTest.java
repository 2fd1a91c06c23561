package io.suanzhang.extract.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Document;
import io.suanzhang.core.Format;
import io.suanzhang.core.document.Cell;
import io.suanzhang.core.document.Heading;
import io.suanzhang.core.document.Table;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.text.CodePoints;
import io.suanzhang.extract.Extraction;
import io.suanzhang.read.DocumentReaders;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Word 97–2003 file made with LibreOffice (see fixtures/README.md), read through Tika. */
class DocFixtureTest {

  private static Path fixture() throws Exception {
    return Path.of(DocFixtureTest.class.getResource("/fixtures/budget.doc").toURI());
  }

  @Test
  void readsHeadingsParagraphsAndTheSpanningTableOfADoc() throws Exception {
    Document doc = DocumentReaders.read(fixture());
    assertEquals(Format.DOC, doc.source().format());
    List<Heading> headings =
        doc.blocks().stream().filter(Heading.class::isInstance).map(Heading.class::cast).toList();
    assertEquals("示例局2024年部门预算", headings.get(0).text());
    assertEquals(1, headings.get(0).level());
    assertEquals(2, headings.get(1).level());

    Table table = doc.tables().get(0);
    assertEquals("元", table.unit());
    assertEquals(2, table.headerRows());
    assertEquals(List.of("本年支出", "合计"), table.columns().get(2).headers());
    // Tika's Word 97 path does not pass merges on: 本年支出 heads only its own column there.
    assertEquals(List.of("基本支出"), table.columns().get(3).headers());
    assertEquals(List.of("项目支出"), table.columns().get(4).headers());
    CodePoints cp = CodePoints.of(doc.text());
    for (Cell cell : table.cells()) {
      assertEquals(cell.text(), cp.slice(cell.span()));
    }
  }

  @Test
  void findsTheTableAmountsInTheTableUnit() throws Exception {
    List<Mention> money =
        Extraction.mentions(DocumentReaders.read(fixture())).stream()
            .filter(m -> m.kind() == MentionKind.MONEY)
            .toList();
    assertTrue(
        money.stream()
            .anyMatch(m -> m.text().equals("72,100.00") && m.yuan().compareTo(new BigDecimal("72100")) == 0
                && "元".equals(m.unit())),
        money::toString);
    assertTrue(money.stream().noneMatch(m -> m.text().equals("2080505")), money::toString);
  }
}
