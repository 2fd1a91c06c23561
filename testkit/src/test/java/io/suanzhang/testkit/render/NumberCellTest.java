package io.suanzhang.testkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberCellTest {

  @ParameterizedTest
  @CsvSource({
    "'1,234.50', '#,##0.00'",
    "91.68, 0.00",
    "0, 0",
    "12, 0",
    "'1,234', '#,##0'",
    "93%, 0%",
    "150.70%, 0.00%",
    "-5.5, 0.0",
    "4822.4935, 0.0000",
  })
  void choosesAFormatThatShowsTheNumberAsWritten(String written, String format) {
    NumberCell cell = NumberCell.of(written).orElseThrow();
    assertEquals(format, cell.format());
    // What Excel (and POI's DataFormatter) displays for the stored value in that format.
    DataFormatter excel = new DataFormatter(Locale.ROOT);
    assertEquals(written, excel.formatRawCellContents(cell.stored(), 0, format));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "3 万元", "≥90%", "007", "1,23", "12.", "DRG", "1234567890123456", "2020-01"})
  void leavesOtherCellsAsText(String cell) {
    assertTrue(NumberCell.of(cell).isEmpty(), cell);
  }
}
