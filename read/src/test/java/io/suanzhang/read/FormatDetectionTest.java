package io.suanzhang.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.primitives.Bytes;
import io.suanzhang.core.Format;
import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.read.DocumentReaders;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
  void aFileNamedPdfThatBeginsAsOneIsWhatTikaSaysItIs() throws Exception {
    List<Path> pdfs = new ArrayList<>(SharedFiles.files(SharedFiles.external().resolve("pdf"), ".pdf"));
    pdfs.addAll(SharedFiles.files(SharedFiles.repositoryRoot().resolve("samples"), ".pdf"));
    assertTrue(pdfs.size() > 24, pdfs::toString);
    List<byte[]> contents = new ArrayList<>();
    for (Path pdf : pdfs) {
      contents.add(Files.readAllBytes(pdf));
    }
    byte[] real = contents.get(0);
    contents.add(Arrays.copyOf(real, 5)); // the header alone
    contents.add("%PDF-1.7 预算 is not a PDF".getBytes(StandardCharsets.UTF_8));
    contents.add(Bytes.concat("\n\n".getBytes(StandardCharsets.US_ASCII), real)); // the header not first
    contents.add(Bytes.concat("%!PS-Adobe-3.0\n".getBytes(StandardCharsets.US_ASCII), real));
    for (byte[] content : contents) {
      for (String name : List.of("a.pdf", "A.PDF", "a.ai", "a", "a.docx")) {
        assertEquals(DocumentReaders.byTika(content, name), DocumentReaders.detect(content, name),
            () -> name + " beginning " + new String(content, 0, Math.min(20, content.length), StandardCharsets.ISO_8859_1));
      }
    }
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
