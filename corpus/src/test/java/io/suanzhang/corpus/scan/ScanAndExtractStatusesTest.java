package io.suanzhang.corpus.scan;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.suanzhang.core.Json;
import io.suanzhang.corpus.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extract} and {@code scan} give one bad input the same error code and the same message:
 * every kind of failure a file can have, each run as a user runs it, in a JVM of its own with the
 * same limits ({@code --timeout}, {@code --max-size}, and the heap: {@code -Xmx} for extract, {@code
 * --worker-heap} for scan).
 */
class ScanAndExtractStatusesTest {

  @TempDir Path dir;

  @Test
  void everyKindOfBadInputHasOneCodeAndCauseInScanAndExtract() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Map<Path, String> expected = new TreeMap<>();
    expected.put(Files.createFile(in.resolve("empty.txt")), "empty");
    byte[] noise = new byte[8192];
    new Random(7).nextBytes(noise);
    byte[] header = "%PDF-1.7\n".getBytes(UTF_8);
    expected.put(Files.write(in.resolve("damaged.pdf"), concat(header, noise)), "corrupt");
    expected.put(Files.write(in.resolve("random.pdf"), noise), "corrupt"); // named a PDF, not one
    // The same bytes again: scan reads them once per extension, as extract reads each file.
    expected.put(Files.write(in.resolve("random.bin"), noise), "unsupported");
    expected.put(truncated(in.resolve("truncated.pdf")), "truncated");
    Path encrypted = in.resolve("encrypted.pdf");
    BadFiles.encryptedPdf(encrypted);
    expected.put(encrypted, "encrypted");
    expected.put(InputRecordsTest.billionPages(in.resolve("billion.pdf")), "too_large");
    expected.put(bomb(in.resolve("bomb.docx")), "zip_bomb");
    try (RandomAccessFile big = new RandomAccessFile(in.resolve("big.txt").toFile(), "rw")) {
      big.setLength(9L << 20); // above --max-size 8
    }
    expected.put(in.resolve("big.txt"), "too_large");
    expected.put(Files.createSymbolicLink(in.resolve("dangling.pdf"), in.resolve("gone.pdf")), "skipped");
    expected.put(Files.createSymbolicLink(in.resolve("loop.pdf"), in.resolve("loop.pdf")), "skipped");
    expected.put(Files.createSymbolicLink(in.resolve("folder.pdf"), dir), "skipped");
    Path fifo = in.resolve("pipe.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
    expected.put(fifo, "skipped");
    List<String> limits = List.of("--max-size", "8");

    Map<String, JsonNode> scanned = scan(in, limits, 512);
    Map<String, JsonNode> extracted = extract(expected.keySet(), limits, 512);

    Map<String, String> codes = new TreeMap<>();
    expected.forEach((file, code) -> codes.put(file.toString(), code));
    Map<String, String> said = new TreeMap<>();
    scanned.forEach((file, error) -> said.put(file, error.path("code").asText()));
    assertEquals(codes, said, scanned::toString);
    assertEquals(scanned, extracted);
  }

  /** Issue 15: a path given that names nothing stopped the scan with no record at all. */
  @Test
  void aPathThatNamesNothingIsOneNotFoundRecordInScanAsInExtractAndTheRestIsRead() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path good = Files.writeString(in.resolve("good.txt"), "预算数1413.96万元，执行率64.79%。", UTF_8);
    Path missing = dir.resolve("missing.pdf");
    Path out = dir.resolve("scan-missing");

    run(512, List.of("scan", "--jobs", "1", "--out", out.toString(), missing.toString(), in.toString()));
    List<String> lines = Files.readAllLines(out.resolve("documents.jsonl"), UTF_8);
    Map<String, JsonNode> scanned = firstErrors(lines);
    Map<String, JsonNode> extracted = extract(List.of(missing), List.of(), 512);

    assertEquals(2, lines.size(), lines::toString);
    assertEquals(Set.of(missing.toString(), good.toString()), scanned.keySet());
    assertEquals("not_found", scanned.get(missing.toString()).path("code").asText(), lines::toString);
    assertEquals(extracted.get(missing.toString()), scanned.get(missing.toString()));
    assertTrue(scanned.get(good.toString()).isMissingNode(), lines::toString);
  }

  @Test
  void aDocumentReadLongerThanTheTimeoutIsTimeoutInScanAndExtract() throws Exception {
    // Reading and checking twenty thousand rows takes more than a second, however warm the JVM; the
    // limit bounds both in scan and extract alike.
    Path table = LargeDocumentTest.table(Files.createDirectories(dir.resolve("in")).resolve("slow.html"), 20_000);
    List<String> limits = List.of("--timeout", "1");

    JsonNode s = scan(table.getParent(), limits, 512).get(table.toString());
    JsonNode e = extract(List.of(table), limits, 512).get(table.toString());

    assertEquals("timeout", s.path("code").asText(), s::toString);
    assertEquals(s, e);
  }

  @Test
  void aDocumentThatFillsTheHeapIsOutOfMemoryInScanAndExtract() throws Exception {
    Path table = LargeDocumentTest.table(Files.createDirectories(dir.resolve("in")).resolve("table.html"), 20_000);

    JsonNode s = scan(table.getParent(), List.of(), 96).get(table.toString());
    JsonNode e = extract(List.of(table), List.of(), 96).get(table.toString());

    assertEquals("out_of_memory", s.path("code").asText(), s::toString);
    assertEquals(s.path("code"), e.path("code"));
    // The heap as the JVM counts it: a collector may keep a survivor space out of it.
    assertEquals(heapless(s), heapless(e));
    assertTrue(s.path("message").asText().endsWith("reading needed more memory than the heap of 96 MB"), s::toString);
  }

  private static String heapless(JsonNode error) {
    return error.path("message").asText().replaceAll("heap of \\d+ MB", "heap of N MB");
  }

  /**
   * The first error of each record of {@code suanzhang scan --jobs 1 FOLDER}, by path: a folder, in
   * which a link to a folder is skipped (given by itself, it is the folder to scan).
   */
  private Map<String, JsonNode> scan(Path folder, List<String> limits, int heap) throws Exception {
    Path out = dir.resolve("scan-" + heap);
    List<String> args = new ArrayList<>(List.of("scan", "--jobs", "1", "--worker-heap", String.valueOf(heap),
        "--out", out.toString()));
    args.addAll(limits);
    args.add(folder.toString());
    run(512, args);
    return firstErrors(Files.readAllLines(out.resolve("documents.jsonl"), UTF_8));
  }

  /** The first error of each line of {@code suanzhang extract FILES…} in a JVM of {@code heap} MB. */
  private Map<String, JsonNode> extract(Iterable<Path> files, List<String> limits, int heap) throws Exception {
    List<String> args = new ArrayList<>(List.of("extract"));
    args.addAll(limits);
    files.forEach(f -> args.add(f.toString()));
    return firstErrors(run(heap, args));
  }

  /** Runs {@code suanzhang args…} in a JVM of its own; returns what it printed on stdout. */
  private List<String> run(int heap, List<String> args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap + "m",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(args);
    Path stdout = Files.createTempFile(dir, "stdout", ".txt");
    Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile())
        .redirectErrorStream(false).redirectError(dir.resolve("stderr.txt").toFile()).start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), () -> "did not end: " + args);
    String said = Files.readString(dir.resolve("stderr.txt"), UTF_8);
    assertEquals(2, p.exitValue(), () -> "inputs that cannot be read: " + args + "\n" + said);
    return Files.readAllLines(stdout, UTF_8);
  }

  private static Map<String, JsonNode> firstErrors(List<String> lines) throws IOException {
    Map<String, JsonNode> errors = new TreeMap<>();
    for (String line : lines) {
      if (line.startsWith("{")) {
        JsonNode doc = Json.mapper().readTree(line);
        errors.put(doc.at("/source/path").asText(), doc.path("errors").path(0));
      }
    }
    return errors;
  }

  /** The first half of a PDF of twenty pages. */
  private static Path truncated(Path file) throws IOException {
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < 20; i++) {
        doc.addPage(new PDPage());
      }
      doc.save(whole);
    }
    byte[] bytes = whole.toByteArray();
    return Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** A DOCX whose document part inflates a thousandfold: POI's guard calls it a zip bomb. */
  private static Path bomb(Path file) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
          + "wordprocessingml.document.main+xml\"/></Types>").getBytes(UTF_8));
      zip.putNextEntry(new ZipEntry("_rels/.rels"));
      zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          + "officeDocument\" Target=\"word/document.xml\"/></Relationships>").getBytes(UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(" ".repeat(20 << 20).getBytes(UTF_8));
    }
    return Files.write(file, bytes.toByteArray());
  }
}
