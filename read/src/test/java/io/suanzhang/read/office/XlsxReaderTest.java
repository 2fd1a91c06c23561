package io.suanzhang.read.office;

import static io.suanzhang.read.office.DocumentChecks.assertBudgetTable;
import static io.suanzhang.read.office.DocumentChecks.assertSpansQuoteText;
import static io.suanzhang.read.office.DocumentChecks.assertTableMoneyFound;
import static io.suanzhang.read.office.DocumentChecks.outline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Document;
import io.suanzhang.core.Format;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.document.Heading;
import io.suanzhang.core.document.Table;
import io.suanzhang.read.ReadOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxReaderTest {

  static Document read(byte[] bytes) throws ReportException {
    return new XlsxReader()
        .read(bytes, OfficeFixtures.source("预算.xlsx", Format.XLSX, bytes), ReadOptions.DEFAULT);
  }

  @Test
  void readsEachVisibleSheetAsHeadingAndTable() throws ReportException {
    Document doc = read(OfficeFixtures.budgetXlsx());
    assertEquals("H2 P P T H2 P", outline(doc));
    assertEquals("预算表", ((Heading) doc.blocks().get(0)).text());
    assertEquals(2, ((Heading) doc.blocks().get(0)).level());
    assertEquals("说明", ((Heading) doc.blocks().get(4)).text());
    assertFalse(doc.text().contains("不应出现"), "hidden sheet read");
    assertSpansQuoteText(doc);
  }

  @Test
  void readsMergedHeaderFormattedValuesAndCachedFormulas() throws ReportException {
    Document doc = read(OfficeFixtures.budgetXlsx());
    Table table = doc.tables().get(0);
    assertBudgetTable(table);
    assertEquals(OfficeFixtures.TITLE, table.title());
    assertTableMoneyFound(doc);
  }

  private static Document withFirstSheet(String sheetData) throws ReportException {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
        + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + sheetData + "</worksheet>";
    return read(OfficeFixtures.replaceEntry(OfficeFixtures.budgetXlsx(), "xl/worksheets/sheet1.xml",
        xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsInlineStringsErrorsAndCellsWithoutReferences() throws ReportException {
    Document doc = withFirstSheet("<sheetData>"
        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>项目</t></is></c>"
        + "<c r=\"B1\" t=\"inlineStr\"><is><t>增长率</t></is></c></row>"
        + "<row><c t=\"inlineStr\"><is><t>收入</t></is></c><c t=\"e\"><v>#DIV/0!</v></c></row>"
        + "<row><c t=\"inlineStr\"><is><t>支出</t></is></c><c><v>12.5</v></c></row>"
        + "</sheetData>");
    Table t = doc.tables().get(0);
    assertEquals(List.of("收入", "#DIV/0!"), DocumentChecks.rowTexts(t, 1));
    assertEquals(List.of("支出", "12.5"), DocumentChecks.rowTexts(t, 2));
    assertSpansQuoteText(doc);
  }

  @Test
  void skipsSheetWhoseUsedRangeIsBeyondTheLimitAndReadsTheRest() throws ReportException {
    Document doc = withFirstSheet("<sheetData>"
        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>项目</t></is></c></row>"
        + "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>远处的单元格</t></is></c></row>"
        + "</sheetData>");
    assertEquals("H2 P", outline(doc));
    assertEquals("说明", ((Heading) doc.blocks().get(0)).text());
    assertEquals(1, doc.warnings().size());
    assertTrue(doc.warnings().get(0).message().contains("预算表"), doc.warnings()::toString);
  }

  @Test
  void displaysNumbersAsFormatted() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet sheet = wb.createSheet("收入");
      CellStyle money = wb.createCellStyle();
      money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
      CellStyle percent = wb.createCellStyle();
      percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
      sheet.createRow(0).createCell(0).setCellValue("项目");
      sheet.getRow(0).createCell(1).setCellValue("金额");
      sheet.getRow(0).createCell(2).setCellValue("占比");
      sheet.createRow(1).createCell(0).setCellValue("财政拨款收入");
      sheet.getRow(1).createCell(1).setCellValue(91016775.35);
      sheet.getRow(1).getCell(1).setCellStyle(money);
      sheet.getRow(1).createCell(2).setCellValue(0.9563);
      sheet.getRow(1).getCell(2).setCellStyle(percent);
      sheet.createRow(2).createCell(0).setCellValue("事业收入");
      sheet.getRow(2).createCell(1).setCellValue(1234.5);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      Document doc = read(out.toByteArray());
      Table t = doc.tables().get(0);
      assertEquals("91,016,775.35", t.cell(1, 1).orElseThrow().text());
      assertEquals("95.6%", t.cell(1, 2).orElseThrow().text());
      assertEquals("1234.5", t.cell(2, 1).orElseThrow().text());
      assertTrue(doc.warnings().isEmpty());
    }
  }
}
