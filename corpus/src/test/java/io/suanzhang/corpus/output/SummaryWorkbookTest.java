package io.suanzhang.corpus.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryWorkbookTest {

  @Test
  void aSheetAtItsRowLimitEndsWithANoteOfTheRowsLeftOut(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("s.xlsx");
    try (SummaryWorkbook book = new SummaryWorkbook("documents.jsonl", 5)) {
      for (int i = 0; i < 10; i++) {
        Object[] row = new Object[Tables.FACTS.size()];
        row[2] = "f" + i;
        book.facts.add(Arrays.asList(row));
      }
      assertEquals(3, book.facts.rows());
      assertEquals(7, book.facts.leftOut());
      book.write(file);
    }
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      XSSFSheet facts = book.getSheet(SummaryWorkbook.FACTS);
      assertEquals(4, facts.getLastRowNum());
      assertEquals(
          "… 7 more rows do not fit in a sheet; they are in facts.csv",
          facts.getRow(4).getCell(0).getStringCellValue());
      assertTrue(facts.getCTWorksheet().getAutoFilter().getRef().endsWith("4"), "note not filtered");
    }
  }

  @Test
  void decimalsAreNumbersOnlyWhereADoubleHoldsThemExactly() {
    assertTrue(SummaryWorkbook.fitsDouble(new BigDecimal("1413.96")));
    assertTrue(SummaryWorkbook.fitsDouble(new BigDecimal("2946.2500")));
    assertTrue(SummaryWorkbook.fitsDouble(new BigDecimal("-0.0392")));
    assertTrue(SummaryWorkbook.fitsDouble(BigDecimal.ZERO.setScale(4)));
    assertFalse(SummaryWorkbook.fitsDouble(new BigDecimal("12345678901234567.89")));
    assertFalse(SummaryWorkbook.fitsDouble(new BigDecimal("0.1234567890123456789")));
  }

  @Test
  void textLongerThanACellHoldsIsCutWithoutSplittingACharacter() {
    int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    String text = "a".repeat(max - 2) + "𠀀".repeat(10);
    String cut = SummaryWorkbook.clipped(text);
    assertTrue(cut.length() <= max);
    assertTrue(cut.endsWith("…"));
    assertFalse(Character.isHighSurrogate(cut.charAt(cut.length() - 2)));
    assertEquals("短", SummaryWorkbook.clipped("短"));
  }
}
