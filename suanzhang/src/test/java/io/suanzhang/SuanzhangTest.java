package io.suanzhang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.checks.Checks;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.Document;
import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.Format;
import io.suanzhang.core.Json;
import io.suanzhang.core.Source;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.core.text.CodePoints;
import io.suanzhang.read.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuanzhangTest {

  /** A PDF, a text file and a CSV table from different publishers. */
  private static List<Path> samples() {
    Path external = SharedFiles.external();
    return List.of(
        external.resolve("pdf/jiangsu/江苏省政协办公厅/江苏省政协办公厅2019年预算公开表.pdf"),
        external.resolve("txt/施甸县2016年三公经费决算情况统计表.txt"),
        SharedFiles.files(external.resolve("csv"), ".csv").get(0));
  }

  @Test
  void bytesAndStreamsAnalyseAsTheFileDoes() throws IOException {
    for (Path file : samples()) {
      String fromFile = json(Suanzhang.analyse(file));
      byte[] bytes = Files.readAllBytes(file);
      assertEquals(fromFile, json(Suanzhang.analyse(bytes, file.toString())), file.toString());
      try (InputStream in = Files.newInputStream(file)) {
        assertEquals(fromFile, json(Suanzhang.analyse(in, file.toString())), file.toString());
      }
    }
  }

  @Test
  void readGivesTheTextTheOffsetsPointInto() throws IOException {
    int mentions = 0;
    for (Path file : samples()) {
      Document document = Suanzhang.read(file);
      Analysis analysis = Suanzhang.check(document);
      assertEquals(json(Suanzhang.analyse(file)), json(analysis), file.toString());
      CodePoints text = CodePoints.of(document.text());
      for (Mention m : analysis.mentions()) {
        assertEquals(m.text(), text.slice(m.start(), m.end()), file + " at " + m.start());
      }
      mentions += analysis.mentions().size();
    }
    assertTrue(mentions > 100, "mentions: " + mentions);
  }

  @Test
  void nullAndFoldersAreMisuseThatSaysWhatToPass() {
    Path folder = SharedFiles.external();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Suanzhang.analyse(folder));
    assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Suanzhang.read(folder));
    e = assertThrows(IllegalArgumentException.class, () -> Suanzhang.analyse((Path) null));
    assertEquals("file is null: pass the path of a report file", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Suanzhang.analyse(new byte[1], null));
    assertTrue(e.getMessage().startsWith("name is null"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Suanzhang.analyse((InputStream) null, "a.pdf"));
    assertThrows(IllegalArgumentException.class, () -> Suanzhang.check(null));
  }

  @Test
  void aHashTheCallerKnowsIsTakenForContentOfItsLengthOnly() throws IOException {
    for (Path file : samples()) {
      Analysis plain = Suanzhang.analyse(file);
      long size = Files.size(file);
      // A hash no file has: seen in the result, it was taken, not computed.
      String given = "ab".repeat(32);
      Analysis known = Suanzhang.analyse(
          file, new Source("x", given, Format.UNKNOWN, size, null), ReadOptions.DEFAULT, Checks.standard());
      assertEquals(given, known.source().sha256(), file.toString());
      assertEquals(json(plain).replace(plain.source().sha256(), given), json(known), file.toString());
      // Of another length, the file is not what was hashed: its own hash.
      Analysis changed = Suanzhang.analyse(
          file, new Source("x", given, Format.UNKNOWN, size + 1, null), ReadOptions.DEFAULT,
          Checks.standard());
      assertEquals(json(plain), json(changed), file.toString());
    }
    // A file that cannot be read keeps the known hash where its length matches.
    Path noise = Files.createTempFile("suanzhang-noise", ".pdf");
    try {
      Files.write(noise, new byte[] {'%', 'P', 'D', 'F', '-', 'x'});
      Analysis failed = Suanzhang.analyse(noise, new Source("x", "cd".repeat(32), Format.UNKNOWN, 6, null),
          ReadOptions.DEFAULT, Checks.standard());
      assertTrue(!failed.ok(), "noise read as a report");
      assertEquals("cd".repeat(32), failed.source().sha256());
    } finally {
      Files.delete(noise);
    }
  }

  @Test
  void streamsThatAreTooLongOrFailAreAnsweredNotThrown() throws IOException {
    Path file = samples().get(0);
    ReadOptions small = ReadOptions.DEFAULT.withMaxBytes(1000);
    try (InputStream in = Files.newInputStream(file)) {
      Analysis a = Suanzhang.analyse(in, "upload.pdf", small, Checks.standard());
      assertEquals(ErrorCode.TOO_LARGE, a.errors().get(0).code());
      assertEquals("upload.pdf", a.source().path());
    }
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("connection reset");
      }
    };
    Analysis a = Suanzhang.analyse(failing, "s3://bucket/部门决算.pdf");
    assertEquals(ErrorCode.IO, a.errors().get(0).code());
    assertTrue(a.errors().get(0).message().contains("connection reset"), a.errors().get(0).message());
    assertEquals(ErrorCode.EMPTY, Suanzhang.analyse(new ByteArrayInputStream(new byte[0]), "x.pdf")
        .errors().get(0).code());
  }

  @Test
  void noReaderThreadOutlivesTheWorkBySecond() throws InterruptedException {
    for (Path file : samples()) {
      assertTrue(Suanzhang.analyse(file).ok(), file.toString());
    }
    List<Thread> ours = suanzhangThreads();
    assertTrue(ours.stream().allMatch(Thread::isDaemon), "non-daemon threads: " + ours);
    Thread.sleep(1000);
    assertEquals(List.of(), suanzhangThreads(), "threads alive one second after analyse returned");
  }

  private static List<Thread> suanzhangThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("suanzhang"))
        .toList();
  }

  private static String json(Analysis analysis) throws IOException {
    return Json.mapper().writeValueAsString(analysis);
  }
}
