package io.suanzhang.read.pdf;

import static io.suanzhang.read.pdf.PdfSamples.pdfs;
import static io.suanzhang.read.pdf.PdfSamples.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Document;
import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.document.WarningCode;
import io.suanzhang.read.ReadOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

/** PDFs the reader cannot read, or not all of: encrypted, cut short, or garbage behind a PDF header. */
class PdfFailuresTest {

  @Test
  void failsOnAnEncryptedPdfWithEncrypted() throws IOException {
    byte[] bytes;
    try (PDDocument d = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      d.addPage(new PDPage());
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      d.protect(policy);
      d.save(out);
      bytes = out.toByteArray();
    }
    byte[] encrypted = bytes;
    ReportException e = assertThrows(ReportException.class,
        () -> new PdfReader().read(encrypted, source("secret.pdf", encrypted), ReadOptions.DEFAULT));
    assertEquals(ErrorCode.ENCRYPTED, e.code());
    assertTrue(e.getMessage().startsWith("secret.pdf: "), e.getMessage());
  }

  @Test
  void readsWhatItCanOfATruncatedPdfOrFailsWithTruncated() throws IOException {
    for (Path file : pdfs().toList()) {
      byte[] all = Files.readAllBytes(file);
      byte[] half = Arrays.copyOf(all, all.length / 2);
      try {
        Document doc = new PdfReader().read(half, source(file.toString(), half), ReadOptions.DEFAULT);
        assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.SKIPPED_CONTENT),
            () -> file + " cut in half read without a warning");
      } catch (ReportException e) {
        assertEquals(ErrorCode.TRUNCATED, e.code(), e::getMessage);
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
      }
    }
  }

  @Test
  void failsOnGarbageWithAPdfHeaderAsCorrupt() {
    byte[] bytes = new byte[20_000];
    new Random(7).nextBytes(bytes);
    byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, bytes, 0, header.length);
    ReportException e = assertThrows(ReportException.class,
        () -> new PdfReader().read(bytes, source("garbage.pdf", bytes), ReadOptions.DEFAULT));
    assertTrue(e.code() == ErrorCode.CORRUPT || e.code() == ErrorCode.TRUNCATED, e::getMessage);
    assertTrue(e.getMessage().startsWith("garbage.pdf: "), e.getMessage());
    byte[] text = "just some text, not a PDF".getBytes(StandardCharsets.UTF_8);
    ReportException notPdf = assertThrows(ReportException.class,
        () -> new PdfReader().read(text, source("text.pdf", text), ReadOptions.DEFAULT));
    assertEquals(ErrorCode.CORRUPT, notPdf.code());
  }
}
