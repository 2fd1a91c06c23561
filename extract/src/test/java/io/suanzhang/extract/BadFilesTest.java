package io.suanzhang.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.Document;
import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.Format;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.Source;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gives its own error code and a message naming the file; nothing else escapes. */
class BadFilesTest {

  @TempDir Path dir;

  private static ErrorCode codeOf(Path file, ReadOptions options) {
    ReportException e = assertThrows(ReportException.class, () -> Reports.read(file, options));
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
    Document doc = Reports.read(gbk);
    assertEquals(Format.TEXT, doc.source().format());
    assertEquals(2, Reports.mentions(doc).size());
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
                    stuck, dir.resolve("slow.pdf"), new byte[1], source(),
                    ReadOptions.DEFAULT.withTimeout(Duration.ofMillis(200))));
    assertEquals(ErrorCode.TIMEOUT, e.code());
  }

  @Test
  void whatEscapesAReaderIsTyped() {
    assertEquals(ErrorCode.CORRUPT, escaping(new IllegalStateException("bad xref")));
    assertEquals(ErrorCode.CORRUPT, escaping(new StackOverflowError()));
    assertEquals(ErrorCode.TOO_LARGE, escaping(new OutOfMemoryError("Java heap space")));
  }

  @Test
  void analyseTurnsEveryFailureIntoAnErrorRecord() throws Exception {
    Analysis a = Reports.analyse(Files.createFile(dir.resolve("empty.md")));
    assertEquals(1, a.errors().size());
    assertEquals(ErrorCode.EMPTY, a.errors().get(0).code());
    assertTrue(a.mentions().isEmpty());
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
                    broken, Path.of("x.pdf"), new byte[1], source(), ReadOptions.DEFAULT))
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
