package io.suanzhang.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Document;
import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.Format;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.Source;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gives its own error code and a message naming the file; nothing else escapes. */
class BadFilesTest {

  @TempDir Path dir;

  private static ErrorCode codeOf(Path file, ReadOptions options) {
    ReportException e = assertThrows(ReportException.class, () -> DocumentReaders.read(file, options));
    assertTrue(e.getMessage().startsWith(file.toString()), e::getMessage);
    return e.code();
  }

  private static ErrorCode codeOf(Path file) {
    return codeOf(file, ReadOptions.DEFAULT);
  }

  @Test
  void emptyFileIsEmpty() throws Exception {
    assertEquals(ErrorCode.EMPTY, codeOf(Files.createFile(dir.resolve("empty.txt"))));
  }

  @Test
  void missingFileAndFolderAreNotFound() throws Exception {
    assertEquals(ErrorCode.NOT_FOUND, codeOf(dir.resolve("missing.pdf")));
    assertEquals(ErrorCode.NOT_FOUND, codeOf(Files.createDirectory(dir.resolve("folder.txt"))));
  }

  @Test
  void randomBytesAreUnsupported() throws Exception {
    byte[] noise = new byte[10_000];
    new Random(42).nextBytes(noise);
    assertEquals(ErrorCode.UNSUPPORTED, codeOf(Files.write(dir.resolve("noise.dat"), noise)));
  }

  @Test
  void fileOverTheLimitIsTooLarge() throws Exception {
    Path big = Files.write(dir.resolve("big.txt"), new byte[4096]);
    assertEquals(ErrorCode.TOO_LARGE, codeOf(big, ReadOptions.DEFAULT.withMaxBytes(1024)));
  }

  @Test
  void gbkTextIsReadNotRefused() throws Exception {
    Path gbk =
        Files.write(
            dir.resolve("gbk.txt"), "部门预算数1413.96万元，执行率64.79%。".getBytes(Charset.forName("GBK")));
    Document doc = DocumentReaders.read(gbk);
    assertEquals(Format.TEXT, doc.source().format());
    assertEquals("部门预算数1413.96万元，执行率64.79%。", doc.text());
  }

  @Test
  void encryptedPdfIsEncrypted() throws Exception {
    Path pdf = dir.resolve("encrypted.pdf");
    try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy policy =
          new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(
              "owner", "user", new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(pdf.toFile());
    }
    assertEquals(ErrorCode.ENCRYPTED, codeOf(pdf));
  }

  @Test
  void truncatedPdfIsTruncatedOrReadInPartWithAWarning() throws Exception {
    Path real = smallestSharedPdf();
    byte[] bytes = Files.readAllBytes(real);
    Path cut = Files.write(dir.resolve("cut.pdf"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    try {
      Document doc = DocumentReaders.read(cut);
      assertTrue(
          doc.warnings().stream()
              .anyMatch(w -> w.code() == io.suanzhang.core.document.WarningCode.SKIPPED_CONTENT),
          () -> "a half PDF read without a warning: " + doc.warnings());
    } catch (ReportException e) {
      assertTrue(Set.of(ErrorCode.TRUNCATED, ErrorCode.CORRUPT).contains(e.code()), e::getMessage);
    }
  }

  @Test
  void corruptPdfIsCorruptOrTruncated() throws Exception {
    byte[] noise = new byte[20_000];
    new Random(3).nextBytes(noise);
    byte[] header = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    System.arraycopy(header, 0, noise, 0, header.length);
    ErrorCode code = codeOf(Files.write(dir.resolve("corrupt.pdf"), noise));
    assertTrue(Set.of(ErrorCode.CORRUPT, ErrorCode.TRUNCATED).contains(code), code::toString);
  }

  @Test
  void pdfOverTheLimitIsTooLarge() throws Exception {
    Path real = smallestSharedPdf();
    assertEquals(ErrorCode.TOO_LARGE, codeOf(real, ReadOptions.DEFAULT.withMaxBytes(Files.size(real) - 1)));
  }

  @Test
  void docxZipBombIsRefused() throws Exception {
    Path bomb = Files.write(dir.resolve("bomb.docx"), io.suanzhang.read.office.OfficeFixtures.zipBombDocx(50));
    assertTrue(Files.size(bomb) < 1_000_000);
    assertEquals(ErrorCode.ZIP_BOMB, codeOf(bomb));
  }

  @Test
  void encryptedDocxIsEncrypted() throws Exception {
    byte[] docx = io.suanzhang.read.office.OfficeFixtures.budgetDocx();
    Path locked =
        Files.write(dir.resolve("locked.docx"), io.suanzhang.read.office.OfficeFixtures.encrypt(docx, "secret"));
    assertEquals(ErrorCode.ENCRYPTED, codeOf(locked));
  }

  private static Path smallestSharedPdf() throws Exception {
    Path smallest = null;
    for (Path p : io.suanzhang.core.testing.SharedFiles.files(
        io.suanzhang.core.testing.SharedFiles.external().resolve("pdf"), ".pdf")) {
      if (smallest == null || Files.size(p) < Files.size(smallest)) {
        smallest = p;
      }
    }
    return java.util.Objects.requireNonNull(smallest);
  }

  @Test
  void aReaderThatHangsTimesOut() {
    DocumentReader stuck =
        reader(
            () -> {
              Thread.sleep(60_000);
              return null;
            });
    ReportException e =
        assertThrows(
            ReportException.class,
            () ->
                DocumentReaders.readWith(
                    stuck, dir.resolve("slow.pdf").toString(), new byte[1], source(),
                    ReadOptions.DEFAULT.withTimeout(Duration.ofMillis(200))));
    assertEquals(ErrorCode.TIMEOUT, e.code());
    // in the unit the caller gave, not "0 s"
    assertTrue(e.getMessage().endsWith("slow.pdf: reading took longer than the limit of 200 ms"), e.getMessage());
  }

  @Test
  void whatEscapesAReaderIsTyped() {
    assertEquals(ErrorCode.CORRUPT, escaping(new IllegalStateException("bad xref")));
    assertEquals(ErrorCode.CORRUPT, escaping(new StackOverflowError()));
    assertEquals(ErrorCode.OUT_OF_MEMORY, escaping(new OutOfMemoryError("Java heap space")));
  }

  private static ErrorCode escaping(Throwable t) {
    DocumentReader broken =
        reader(
            () -> {
              if (t instanceof Error) {
                throw (Error) t;
              }
              throw (RuntimeException) t;
            });
    return assertThrows(
            ReportException.class,
            () ->
                DocumentReaders.readWith(
                    broken, "x.pdf", new byte[1], source(), ReadOptions.DEFAULT))
        .code();
  }

  private interface Body {
    Document run() throws Exception;
  }

  private static DocumentReader reader(Body body) {
    return new DocumentReader() {
      @Override
      public Set<Format> formats() {
        return Set.of(Format.PDF);
      }

      @Override
      public Document read(byte[] bytes, Source source, ReadOptions options) throws ReportException {
        try {
          return body.run();
        } catch (ReportException | RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    };
  }

  private static Source source() {
    return new Source("x.pdf", "", Format.PDF, 1, null);
  }
}
