package io.suanzhang.corpus.scan;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.corpus.worker.DocumentSummary;
import io.suanzhang.corpus.worker.Status;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input gets one record, with the status and the cause of what became of it. */
public class InputRecordsTest {

  @TempDir Path dir;

  private static final String LONG = "长".repeat(100) + ".txt";

  @Test
  void everyEntryOfAnArchiveIsARecordThoughSomeCannotBeRead() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    byte[] seed = Files.readAllBytes(seed());
    Path zip = in.resolve("mixed.zip");
    try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip.toFile())) {
      for (String name : List.of("dup.txt", "dup.txt", "enc.txt", "xz.txt", "name-placeholder.txt", LONG)) {
        out.putArchiveEntry(new ZipArchiveEntry(name));
        out.write(name.equals("dup.txt") ? seed : "收入预算100万元。".getBytes(UTF_8));
        out.closeArchiveEntry();
      }
    }
    byte[] bytes = Files.readAllBytes(zip);
    patch(bytes, "enc.txt", 1, -1); // the encryption flag
    patch(bytes, "xz.txt", 0, 95); // XZ, which Suanzhang does not read
    rename(bytes, "name-placeholder.txt", new byte[] {'b', 'a', 'd', '-', (byte) 0xff, (byte) 0xfe});
    Files.write(zip, bytes);

    Map<String, DocumentSummary> byName = scan(in);

    String at = in + "/mixed.zip!/";
    assertEquals(Status.OK, byName.get(at + "dup.txt").status());
    assertEquals(Status.OK, byName.get(at + "dup.txt [2]").status(), byName::toString);
    assertEquals(Status.ENCRYPTED, byName.get(at + "enc.txt").status());
    DocumentSummary xz = byName.get(at + "xz.txt");
    assertEquals("unsupported", xz.problems().get(0).code().jsonName());
    assertTrue(xz.problems().get(0).message().contains("XZ (method 95)"), xz::toString);
    DocumentSummary bad = byName.get(at + "bad-\\xFF\\xFElaceholder.txt"); // its bytes, and read
    assertEquals(Status.OK, bad == null ? null : bad.status(), byName::toString);
    assertEquals(Status.OK, byName.get(at + LONG).status(), "a name over 255 bytes is read from a copy of another name");
    assertEquals(6, byName.size(), byName::toString);
  }

  @Test
  void aReportInAZipInsideAZipIsReadUnderBothNames() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path inner = dir.resolve("inner.zip");
    InputsTest.zip(inner, UTF_8, Map.of("决算/report.txt", Files.readAllBytes(seed())));
    InputsTest.zip(in.resolve("outer.zip"), UTF_8, Map.of("inner.zip", Files.readAllBytes(inner)));

    Map<String, DocumentSummary> byName = scan(in);

    String name = in + "/outer.zip!/inner.zip!/决算/report.txt";
    DocumentSummary d = byName.get(name);
    assertEquals(Status.OK, d == null ? null : d.status(), byName::toString);
    assertTrue(d.mentions() > 0, d::toString);
    assertEquals(1, byName.size(), byName::toString);
  }

  @Test
  void linksThatLeadNowhereOrRoundAndPipesAreSkippedWithTheReason() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.createSymbolicLink(in.resolve("loop-a"), Path.of("loop-b"));
    Files.createSymbolicLink(in.resolve("loop-b"), Path.of("loop-a"));
    Files.createSymbolicLink(in.resolve("dangling"), Path.of("nowhere.txt"));
    Process mkfifo = new ProcessBuilder("mkfifo", in.resolve("pipe").toString()).start();
    assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0);
    Files.copy(seed(), in.resolve("report.txt"));

    Map<String, DocumentSummary> byName = scan(in);

    assertEquals(5, byName.size(), byName::toString);
    assertEquals(Status.OK, byName.get(in + "/report.txt").status());
    for (String name : List.of("loop-a", "loop-b", "dangling", "pipe")) {
      assertEquals(Status.SKIPPED, byName.get(in + "/" + name).status(), name);
    }
    assertTrue(byName.get(in + "/loop-a").problems().get(0).message().contains("loop"));
    assertTrue(byName.get(in + "/dangling").problems().get(0).message().contains("dangling"));
    assertTrue(byName.get(in + "/pipe").problems().get(0).message().contains("named pipe"));
  }

  @Test
  void aFileNameThatIsNotUtf8IsReadAndNamedByItsBytes() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    // The shell writes the bytes: Java cannot name such a file itself.
    Process write = new ProcessBuilder("sh", "-c", "cp \"$1\" \"$2/$(printf 'bad-\\377\\376.txt')\"",
        "sh", seed().toString(), in.toString()).start();
    assertTrue(write.waitFor(10, TimeUnit.SECONDS) && write.exitValue() == 0);

    Map<String, DocumentSummary> byName = scan(in);

    DocumentSummary d = byName.get(in + "/bad-\\xFF\\xFE.txt");
    assertEquals(Status.OK, d == null ? null : d.status(), byName::toString);
  }

  @Test
  void aPdfClaimingABillionPagesIsTooLargeWithTheLimit() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path pdf = billionPages(in.resolve("billion.pdf"));

    DocumentSummary d = scan(in).get(pdf.toString());

    assertEquals(Status.TOO_LARGE, d.status()); // as `extract` says: CommandLineTest
    assertTrue(d.problems().get(0).message().contains("more than the limit of 100,000 pages"));
  }

  /** A one-page PDF whose page tree says it has a billion. */
  public static Path billionPages(Path pdf) throws Exception {
    try (PDDocument d = new PDDocument()) {
      d.addPage(new PDPage());
      d.getDocumentCatalog().getPages().getCOSObject().setInt(COSName.COUNT, 1_000_000_000);
      d.save(pdf.toFile());
    }
    return pdf;
  }

  @Test
  void aCrashedRecordCarriesTheWorkersLastErrorOrSignal() {
    assertEquals(
        "exit status 1; last error: Exception in thread \"main\" java.lang.IllegalStateException: boom"
            + " at io.suanzhang.X.y(X.java:3)",
        WorkerProcess.lastWords(1, List.of("noise", "Exception in thread \"main\""
            + " java.lang.IllegalStateException: boom", "\tat io.suanzhang.X.y(X.java:3)",
            "\tat io.suanzhang.X.main(X.java:1)")));
    assertEquals("killed by signal 11 (SIGSEGV)", WorkerProcess.lastWords(139, List.of("# A fatal error")));
  }

  private Map<String, DocumentSummary> scan(Path in) throws Exception {
    ScanResult r = Scan.run(List.of(in), ScanOptions.defaults().withJobs(0).withOut(dir.resolve("out")),
        new PrintWriter(new StringWriter()), d -> {});
    Map<String, DocumentSummary> byName = new LinkedHashMap<>();
    r.documents().forEach(d -> byName.put(d.name(), d));
    return byName;
  }

  private static Path seed() throws Exception {
    try (var seeds = Files.list(SharedFiles.seeds())) {
      return seeds.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
    }
  }

  /** Sets the flag bits and (where not -1) the method of an entry, in its local and central headers. */
  private static void patch(byte[] zip, String name, int flag, int method) {
    byte[] n = name.getBytes(UTF_8);
    for (int i = 0; i + 46 < zip.length; i++) {
      boolean local = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4;
      boolean central = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2;
      int nameAt = local ? i + 30 : i + 46;
      int flags = local ? i + 6 : i + 8;
      if ((local || central) && java.util.Arrays.equals(zip, nameAt, nameAt + n.length, n, 0, n.length)) {
        zip[flags] |= (byte) flag;
        if (method >= 0) {
          zip[flags + 2] = (byte) method;
          zip[flags + 3] = 0;
        }
      }
    }
  }

  /** Overwrites the start of an entry's name with other bytes (the length stays). */
  private static void rename(byte[] zip, String name, byte[] start) {
    byte[] n = name.getBytes(UTF_8);
    for (int i = 0; i + n.length <= zip.length; i++) {
      if (java.util.Arrays.equals(zip, i, i + n.length, n, 0, n.length)) {
        System.arraycopy(start, 0, zip, i, start.length);
      }
    }
  }
}
