package io.suanzhang.read.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Document;
import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.Format;
import io.suanzhang.core.ReportException;
import io.suanzhang.read.DocumentReader;
import io.suanzhang.read.ReadOptions;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.junit.jupiter.api.Test;

class OfficeFailuresTest {

  private static ReportException fails(DocumentReader reader, String name, byte[] bytes) {
    Format format = reader instanceof DocxReader ? Format.DOCX : Format.XLSX;
    ReportException e =
        assertThrows(
            ReportException.class,
            () -> reader.read(bytes, OfficeFixtures.source(name, format, bytes), ReadOptions.DEFAULT));
    assertTrue(e.getMessage().startsWith(name + ": "), e::getMessage);
    return e;
  }

  @Test
  void refusesDocxZipBomb() {
    byte[] bomb = OfficeFixtures.zipBombDocx(50);
    assertTrue(bomb.length < 500_000, "the bomb is small: " + bomb.length);
    ReportException e = fails(new DocxReader(), "bomb.docx", bomb);
    assertEquals(ErrorCode.ZIP_BOMB, e.code(), e::getMessage);
    assertTrue(e.getMessage().contains("word/document.xml"), e::getMessage);
  }

  @Test
  void refusesZipBombEvenAfterTikaSwitchedPoisGuardOff() {
    // Loading OOXMLParser sets ZipSecureFile's ratio to -1 for the whole JVM, as new Tika() does.
    new OOXMLParser();
    assertTrue(ZipSecureFile.getMinInflateRatio() < 0);
    ReportException e = fails(new DocxReader(), "bomb.docx", OfficeFixtures.zipBombDocx(50));
    assertEquals(ErrorCode.ZIP_BOMB, e.code(), e::getMessage);
  }

  @Test
  void refusesXlsxZipBomb() {
    byte[] xlsx = OfficeFixtures.budgetXlsx();
    StringBuilder sheet = new StringBuilder(
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    sheet.append(" ".repeat(30 << 20)).append("</sheetData></worksheet>");
    byte[] bomb =
        OfficeFixtures.replaceEntry(xlsx, "xl/worksheets/sheet1.xml",
            sheet.toString().getBytes(StandardCharsets.UTF_8));
    ReportException e = fails(new XlsxReader(), "bomb.xlsx", bomb);
    assertEquals(ErrorCode.ZIP_BOMB, e.code(), e::getMessage);
  }

  @Test
  void reportsTruncatedDocx() {
    byte[] docx = OfficeFixtures.budgetDocx();
    ReportException e = fails(new DocxReader(), "cut.docx", Arrays.copyOf(docx, docx.length * 2 / 3));
    assertEquals(ErrorCode.TRUNCATED, e.code(), e::getMessage);
  }

  @Test
  void reportsTruncatedXlsx() {
    byte[] xlsx = OfficeFixtures.budgetXlsx();
    ReportException e = fails(new XlsxReader(), "cut.xlsx", Arrays.copyOf(xlsx, xlsx.length - 10));
    assertEquals(ErrorCode.TRUNCATED, e.code(), e::getMessage);
  }

  @Test
  void reportsRandomBytesAsCorrupt() {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    assertEquals(ErrorCode.CORRUPT, fails(new DocxReader(), "noise.docx", noise).code());
    assertEquals(ErrorCode.CORRUPT, fails(new XlsxReader(), "noise.xlsx", noise).code());
  }

  @Test
  void reportsDamagedPartAsCorrupt() {
    byte[] docx =
        OfficeFixtures.replaceEntry(OfficeFixtures.budgetDocx(), "word/document.xml",
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
                .getBytes(StandardCharsets.UTF_8));
    ReportException e = fails(new DocxReader(), "damaged.docx", docx);
    assertEquals(ErrorCode.CORRUPT, e.code(), e::getMessage);
  }

  @Test
  void reportsSpreadsheetGivenAsDocxAsCorrupt() {
    ReportException e = fails(new DocxReader(), "wrong.docx", OfficeFixtures.budgetXlsx());
    assertEquals(ErrorCode.CORRUPT, e.code(), e::getMessage);
  }

  @Test
  void reportsPasswordProtectedXlsxAsEncrypted() {
    byte[] encrypted = OfficeFixtures.encrypt(OfficeFixtures.budgetXlsx(), "s3cret");
    ReportException e = fails(new XlsxReader(), "locked.xlsx", encrypted);
    assertEquals(ErrorCode.ENCRYPTED, e.code(), e::getMessage);
    assertTrue(e.getMessage().contains("password"), e::getMessage);
  }

  @Test
  void reportsPasswordProtectedDocxAsEncrypted() {
    byte[] encrypted = OfficeFixtures.encrypt(OfficeFixtures.budgetDocx(), "s3cret");
    assertEquals(ErrorCode.ENCRYPTED, fails(new DocxReader(), "locked.docx", encrypted).code());
  }

  @Test
  void opensWorkbookProtectedWithExcelsDefaultPassword() throws ReportException {
    byte[] encrypted = OfficeFixtures.encrypt(OfficeFixtures.budgetXlsx(), "VelvetSweatshop");
    Document doc =
        new XlsxReader().read(encrypted, OfficeFixtures.source("readonly.xlsx", Format.XLSX, encrypted),
            ReadOptions.DEFAULT);
    DocumentChecks.assertBudgetTable(doc.tables().get(0));
  }

  @Test
  void stopsWhenTheReadingThreadIsInterrupted() {
    Thread.currentThread().interrupt();
    try {
      assertEquals(ErrorCode.TIMEOUT, fails(new DocxReader(), "slow.docx", OfficeFixtures.budgetDocx()).code());
      Thread.currentThread().interrupt();
      assertEquals(ErrorCode.TIMEOUT, fails(new XlsxReader(), "slow.xlsx", OfficeFixtures.budgetXlsx()).code());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void reportsEmptyFile() {
    assertEquals(ErrorCode.EMPTY, fails(new DocxReader(), "empty.docx", new byte[0]).code());
  }
}
