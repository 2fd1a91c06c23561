package io.suanzhang.read.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Document;
import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.Format;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.document.WarningCode;
import io.suanzhang.read.ReadOptions;
import io.suanzhang.read.office.OfficeFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;

class TikaFailuresTest {

  private static ReportException fails(String name, Format format, byte[] bytes) {
    ReportException e =
        assertThrows(
            ReportException.class,
            () -> new TikaReader()
                .read(bytes, OfficeFixtures.source(name, format, bytes), ReadOptions.DEFAULT));
    assertTrue(e.getMessage().startsWith(name + ": "), e::getMessage);
    return e;
  }

  @Test
  void reportsRandomBytesAsCorrupt() {
    byte[] noise = new byte[4096];
    new Random(11).nextBytes(noise);
    assertEquals(ErrorCode.CORRUPT, fails("noise.doc", Format.DOC, noise).code());
    assertEquals(ErrorCode.CORRUPT, fails("noise.xls", Format.XLS, noise).code());
  }

  @Test
  void reportsTruncatedXls() {
    byte[] xls = OfficeFixtures.budgetXls();
    ReportException e = fails("cut.xls", Format.XLS, Arrays.copyOf(xls, xls.length * 2 / 3 + 100));
    assertEquals(ErrorCode.TRUNCATED, e.code(), e::getMessage);
  }

  @Test
  void reportsPasswordProtectedXlsAsEncrypted() throws IOException {
    byte[] xls;
    Biff8EncryptionKey.setCurrentUserPassword("s3cret");
    try (HSSFWorkbook wb = (HSSFWorkbook) OfficeFixtures.budgetWorkbook(new HSSFWorkbook())) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      xls = out.toByteArray();
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
    ReportException e = fails("locked.xls", Format.XLS, xls);
    assertEquals(ErrorCode.ENCRYPTED, e.code(), e::getMessage);
  }

  @Test
  void reportsPasswordProtectedOoxmlAsEncrypted() {
    byte[] encrypted = OfficeFixtures.encrypt(OfficeFixtures.budgetXlsx(), "s3cret");
    assertEquals(ErrorCode.ENCRYPTED, fails("locked.xls", Format.XLS, encrypted).code());
  }

  @Test
  void warnsAboutRtfCutShortOrRefusesIt() {
    byte[] rtf = TikaFixtures.budgetRtf();
    byte[] cut = Arrays.copyOf(rtf, rtf.length / 2);
    try {
      Document doc = TikaReaderTest.read("cut.rtf", Format.RTF, cut);
      assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.SKIPPED_CONTENT),
          () -> "warnings: " + doc.warnings());
    } catch (ReportException e) {
      assertEquals(ErrorCode.TRUNCATED, e.code(), e::getMessage);
    }
  }

  @Test
  void refusesFormatsItDoesNotRead() {
    assertEquals(ErrorCode.UNSUPPORTED, fails("a.docx", Format.DOCX, new byte[] {1}).code());
  }

  @Test
  void stopsWhenTheReadingThreadIsInterrupted() {
    Thread.currentThread().interrupt();
    try {
      byte[] html = TikaFixtures.budgetHtml("utf-8").getBytes(java.nio.charset.StandardCharsets.UTF_8);
      assertEquals(ErrorCode.TIMEOUT, fails("slow.html", Format.HTML, html).code());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void reportsEmptyFile() {
    assertEquals(ErrorCode.EMPTY, fails("empty.html", Format.HTML, new byte[0]).code());
  }
}
