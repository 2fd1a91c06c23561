package io.suanzhang.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.suanzhang.core.Format;
import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.read.DocumentReaders;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The format comes from the content; a name only decides between kinds of plain text. */
class FormatDetectionTest {

  @TempDir Path dir;

  @Test
  void plainTextIsTextMarkdownOrCsvByItsName() throws Exception {
    byte[] gbk = "部门预算数1413.96万元".getBytes(Charset.forName("GBK"));
    assertEquals(Format.TEXT, DocumentReaders.detect(Files.write(dir.resolve("a.txt"), gbk)));
    assertEquals(Format.MARKDOWN, DocumentReaders.detect(Files.write(dir.resolve("a.md"), gbk)));
    assertEquals(Format.CSV, DocumentReaders.detect(Files.write(dir.resolve("a.csv"), gbk)));
  }

  @Test
  void contentWinsOverAMisleadingName() throws Exception {
    Path pdf = SharedFiles.files(SharedFiles.external().resolve("pdf"), ".pdf").get(0);
    assertEquals(Format.PDF, DocumentReaders.detect(Files.copy(pdf, dir.resolve("report.txt"))));
    byte[] html = "<!DOCTYPE html><html><body><p>预算</p></body></html>".getBytes(StandardCharsets.UTF_8);
    assertEquals(Format.HTML, DocumentReaders.detect(Files.write(dir.resolve("page.txt"), html)));
    byte[] rtf = "{\\rtf1\\ansi 预算}".getBytes(StandardCharsets.UTF_8);
    assertEquals(Format.RTF, DocumentReaders.detect(Files.write(dir.resolve("doc.txt"), rtf)));
  }
}
