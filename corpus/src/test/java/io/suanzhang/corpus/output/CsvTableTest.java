package io.suanzhang.corpus.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {

  private static final List<Column> COLUMNS =
      List.of(new Column("text", "文本", 10), new Column("number", "数", 10),
          new Column("count", "个数", 10));

  @Test
  void quotesCommasLineBreaksAndChineseReadBackAsWritten(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("t.csv");
    String awkward = "合计\t2,946.25 \"万元\"\r\n其中：基本支出，项目支出";
    try (CsvTable t = CsvTable.create(file, COLUMNS)) {
      t.add(Arrays.asList(awkward, new BigDecimal("0.00001"), 3L));
      t.add(Arrays.asList(null, null, null));
      t.add(Arrays.asList("", new BigDecimal("1E+3"), -1L));
    }

    List<CSVRecord> records = OutputAssertions.csv(file, COLUMNS);

    assertEquals(3, records.size());
    assertEquals(List.of(awkward, "0.00001", "3"), records.get(0).toList());
    assertEquals(List.of("", "", ""), records.get(1).toList());
    assertEquals(List.of("", "1000", "-1"), records.get(2).toList());
  }

  @Test
  void recordsEndInCrLfAfterAByteOrderMark(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("t.csv");
    try (CsvTable t = CsvTable.create(file, COLUMNS)) {
      t.add(Arrays.asList("a", BigDecimal.ONE, 1L));
    }
    assertEquals(
        "\uFEFFtext,number,count\r\na,1,1\r\n",
        new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
  }

  @Test
  void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
    assertEquals("'=HYPERLINK(\"x\")", CsvTable.text("=HYPERLINK(\"x\")"));
    assertEquals("'+1+2", CsvTable.text("+1+2"));
    assertEquals("'@SUM(A1)", CsvTable.text("@SUM(A1)"));
    assertEquals("'-万元", CsvTable.text("-万元"));
    assertEquals("-12.5", CsvTable.text("-12.5"));
    assertEquals("-12.5", CsvTable.text(new BigDecimal("-12.5")));
    assertEquals("预算数=1413.96万元", CsvTable.text("预算数=1413.96万元"));
  }
}
