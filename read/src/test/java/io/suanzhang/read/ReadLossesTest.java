package io.suanzhang.read;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Document;
import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.Format;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.Source;
import io.suanzhang.core.document.WarningCode;
import io.suanzhang.read.pdf.PdfReader;
import io.suanzhang.read.text.TextReader;
import io.suanzhang.read.tika.TikaReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Issue 15, item 5: a reader that loses part of a document says so, and an encrypted file cut short is encrypted. */
class ReadLossesTest {

  private static Document rtf(String text) throws ReportException {
    byte[] bytes = text.getBytes(US_ASCII);
    return new TikaReader().read(bytes, new Source("a.rtf", "", Format.RTF, bytes.length, null), ReadOptions.DEFAULT);
  }

  @Test
  void rtfTextAfterTheLastParagraphMarkIsRead() throws ReportException {
    assertEquals("Total 100", rtf("{\\rtf1\\ansi Total 100}").text().strip());
  }

  @Test
  void rtfBodyOpeningWithAGroupIsNotTakenForTheHeader() throws ReportException {
    assertEquals("Total 100", rtf("{\\rtf1\\ansi {\\b Total 100}}").text().strip());
    assertEquals("Total 100", rtf("{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}{\\f0 Total 100}\\par}").text().strip());
  }

  @Test
  void rtfWithOneHundredThousandNestedGroupsKeepsItsText() throws ReportException {
    String deep = "{".repeat(100_000) + "Total 100" + "}".repeat(100_000);
    assertEquals("Total 100", rtf("{\\rtf1\\ansi " + deep + "}").text().strip());
  }

  @Test
  void rtfCutShortKeepsWhatCameBeforeTheCutAndSaysSo() throws ReportException {
    Document doc = rtf("{\\rtf1\\ansi {{{Total 100 and mo");
    assertEquals("Total 100 and mo", doc.text().strip());
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.SKIPPED_CONTENT), doc.warnings()::toString);
  }

  @Test
  void rtfWithNothingToReadWarnsThatNoTextWasRead() throws ReportException {
    Document doc = rtf("{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}{\\*\\generator x;}}");
    assertEquals("", doc.text());
    assertEquals(WarningCode.NO_TEXT, doc.warnings().get(0).code());
  }

  @Test
  void bytesATextDecodingReplacesAreCountedInAWarning() throws ReportException {
    byte[] bytes = "收入预算100万元。\n支出200万元。\n".getBytes(StandardCharsets.UTF_8);
    bytes[12] = (byte) 0xff; // the 1 of 100
    Document doc = new TextReader().read(bytes, new Source("a.txt", "", Format.TEXT, bytes.length, null), ReadOptions.DEFAULT);

    assertEquals(1, doc.warnings().size(), doc.warnings()::toString);
    assertEquals(WarningCode.SKIPPED_CONTENT, doc.warnings().get(0).code());
    assertTrue(doc.warnings().get(0).message().contains("read as U+FFFD"), doc.warnings()::toString);
  }

  @Test
  void aCleanTextHasNoWarning() throws ReportException {
    byte[] bytes = "收入预算100万元。\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(0, new TextReader().read(bytes, new Source("a.txt", "", Format.TEXT, bytes.length, null),
        ReadOptions.DEFAULT).warnings().size());
  }

  @Test
  void anEncryptedPdfCutShortIsEncryptedNotAnEmptyReport() throws IOException {
    byte[] pdf = pdf(true);
    byte[] cut = Arrays.copyOf(pdf, pdf.length * 6 / 10);

    ReportException e = assertThrows(ReportException.class, () -> readPdf(cut));

    assertEquals(ErrorCode.ENCRYPTED, e.code(), e::getMessage);
    assertTrue(e.getMessage().contains("cut short"), e::getMessage);
  }

  @Test
  void aPlainPdfCutShortIsStillReadWithAWarning() throws IOException {
    byte[] pdf = pdf(false);
    Document doc = readPdf(Arrays.copyOf(pdf, pdf.length * 6 / 10));
    assertTrue(doc.text().contains("Total 100"), doc::text);
    assertTrue(doc.warnings().stream().anyMatch(w -> w.message().contains("cut short")), doc.warnings()::toString);
  }

  private static Document readPdf(byte[] bytes) throws ReportException {
    return new PdfReader().read(bytes, new Source("a.pdf", "", Format.PDF, bytes.length, null), ReadOptions.DEFAULT);
  }

  /** Six pages of text, each page's content a deflated stream, its objects written one by one. */
  private static byte[] pdf(boolean encrypted) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int p = 0; p < 6; p++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.beginText();
          content.setFont(font, 12);
          content.newLineAtOffset(72, 700);
          content.showText("Total 100 on page " + (p + 1));
          content.endText();
        }
      }
      if (encrypted) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      doc.save(out, CompressParameters.NO_COMPRESSION);
      return out.toByteArray();
    }
  }
}
