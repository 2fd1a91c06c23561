package io.suanzhang.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.answer.AnswerKey;
import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.corpus.Main;
import io.suanzhang.corpus.output.TableRows;
import io.suanzhang.corpus.worker.Worker;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in Spark's local mode ({@code local[2]}, no cluster) against {@code suanzhang scan} over the
 * same inputs: the shared seeds and a folder of files that cannot be read, hang, run out of memory,
 * crash a worker or are too large, a zip archive whose entries are inputs, and a generated corpus's
 * answer key, which is not one. The documents, findings, facts and cross-document pairs are the
 * same, the paths aside (the job names a file by its Hadoop path, {@code file:/…}).
 */
class SparkScanTest {

  private static final int MAX_MEGABYTES = 1;
  private static final int TIMEOUT_SECONDS = 8;
  private static final int HEAP_MEGABYTES = 256;
  private static final Map<String, String> HOOKS = Map.of(
      Worker.TEST_HOOKS + "hang", "HANG", Worker.TEST_HOOKS + "oom", "OOM",
      Worker.TEST_HOOKS + "crash", "CRASH");

  @TempDir static Path dir;
  private static SparkSession spark;
  private static Path seeds;
  private static Path bad;
  private static Path scanned;
  private static Path job;
  private static SparkScan.Result first;

  @BeforeAll
  static void runBoth() throws IOException {
    seeds = SharedFiles.seeds().toAbsolutePath().normalize();
    bad = badFiles(dir.resolve("bad"));
    // The workers of scan and of the job take the test hooks from this JVM's properties.
    HOOKS.forEach(System::setProperty);
    scanned = dir.resolve("scan");
    int status = Main.run("scan", "--jobs", "2", "--timeout", String.valueOf(TIMEOUT_SECONDS),
        "--max-size", String.valueOf(MAX_MEGABYTES), "--worker-heap", String.valueOf(HEAP_MEGABYTES),
        "--out", scanned.toString(), seeds.toString(), bad.toString());
    assertEquals(2, status, "the bad files are failures");
    spark = SparkSession.builder().master("local[2]").appName("SparkScanTest")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
    job = dir.resolve("job");
    first = SparkScan.run(spark, List.of(seeds.toString(), bad.toString()), job.toString(),
        settings(), System.err);
  }

  @AfterAll
  static void stop() {
    HOOKS.keySet().forEach(System::clearProperty);
    if (spark != null) {
      spark.stop();
    }
  }

  private static JobSettings settings() {
    return JobSettings.defaults().withLimits(
        MAX_MEGABYTES * 1024L * 1024, TIMEOUT_SECONDS * 1000L, HEAP_MEGABYTES);
  }

  @Test
  void everyInputHasOneRowWithTheJsonScanWrites() throws IOException {
    List<String> scan = renamed(Files.readAllLines(scanned.resolve("documents.jsonl")));
    List<String> mine = parts(job.resolve("documents.jsonl"));
    assertEquals(scan.size(), mine.size());
    assertEquals(sorted(scan), mine, "in path order, as scan writes them");
    Map<String, String> statuses = new TreeMap<>();
    for (Row r : spark.read().parquet(job.resolve("documents").toString())
        .select("path", "status", "json").collectAsList()) {
      assertEquals(null, statuses.put(r.getString(0), r.getString(1)), "one row per input");
      assertTrue(mine.contains(r.getString(2)));
    }
    assertEquals(seeds(), statuses.size() - 12);
    Map<String, String> expected = new TreeMap<>(Map.of(
        "truncated.pdf", "parse_error", "random.pdf", "parse_error", "empty.txt", "parse_error",
        "encrypted.pdf", "encrypted", "d-HANG.txt", "timeout", "d-OOM.txt", "out_of_memory",
        "d-CRASH.txt", "crashed", "big.txt", "too_large", "copy-of-seed.txt", "ok"));
    expected.putAll(Map.of("bundle.zip!/表/report.txt", "ok", "bundle.zip!/noise.pdf", "parse_error",
        "broken.zip", "parse_error"));
    expected.forEach((file, status) ->
        assertEquals(status, statuses.get("file:" + bad.resolve(file)), file));
    assertEquals(mine.size(), first.inputs());
  }

  @Test
  void findingsFactsAndPairsAreScans() throws IOException {
    assertEquals(csv(scanned.resolve("findings.csv")), table("findings", TableRows.findingColumns()));
    assertEquals(csv(scanned.resolve("facts.csv")), table("facts", TableRows.factColumns()));
    assertEquals(sorted(renamed(Files.readAllLines(scanned.resolve("cross-documents.jsonl")))),
        sorted(parts(job.resolve("cross-documents.jsonl"))));
  }

  @Test
  void aSecondRunReadsNothingAgain() throws IOException {
    List<String> before = parts(job.resolve("documents.jsonl"));
    SparkScan.Result again = SparkScan.run(spark, List.of(seeds.toString(), bad.toString()),
        job.toString(), settings(), System.err);
    assertEquals(0, again.read(), again::toString);
    assertEquals(first.read(), again.kept(), "every input read is kept");
    assertEquals(before, parts(job.resolve("documents.jsonl")));
  }

  @Test
  void aFileListedAsWhenItWasReadIsNotFetchedAgain() throws Exception {
    Path in = Files.createDirectories(dir.resolve("listed"));
    List<Path> files = new ArrayList<>();
    for (Path seed : SharedFiles.files(SharedFiles.seeds(), "").subList(0, 2)) {
      files.add(Files.copy(seed, in.resolve(seed.getFileName())));
    }
    Path out = dir.resolve("listed-out");
    SparkScan.Result first = SparkScan.run(spark, List.of(in.toString()), out.toString(), settings(),
        System.err);
    assertEquals(2, first.read());
    List<String> before = parts(out.resolve("documents.jsonl"));

    // The same length and time, another content: trusted as listed, so not fetched, not read.
    Path a = files.get(0);
    FileTime time = Files.getLastModifiedTime(a);
    byte[] bytes = Files.readAllBytes(a);
    bytes[bytes.length - 1] = (byte) (bytes[bytes.length - 1] == ' ' ? '\n' : ' ');
    Files.write(a, bytes);
    Files.setLastModifiedTime(a, time);
    SparkScan.Result same = SparkScan.run(spark, List.of(in.toString()), out.toString(), settings(),
        System.err);
    assertEquals(0, same.read(), same::toString);
    assertEquals(before, parts(out.resolve("documents.jsonl")));

    // A new time: fetched and hashed again, and its new content read.
    Files.setLastModifiedTime(a, FileTime.fromMillis(time.toMillis() + 60_000));
    SparkScan.Result changed = SparkScan.run(spark, List.of(in.toString()), out.toString(),
        settings(), System.err);
    assertEquals(1, changed.read(), changed::toString);
    assertEquals(1, changed.kept(), changed::toString);
  }

  @Test
  void aRunStoppedMidwayKeepsWhatItReadAndTheNextReadsOnlyTheRest() throws Exception {
    Path out = dir.resolve("stopped");
    Path kept = out.resolve("_kept");
    List<String> inputs = List.of(seeds.toString(), bad.toString());
    CompletableFuture<SparkScan.Result> stopped = CompletableFuture.supplyAsync(() -> {
      try {
        return SparkScan.run(spark, inputs, out.toString(), settings(), System.err);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    // The hanging document holds its task for the whole time-out: the job is stopped before it ends.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (keptFiles(kept) < 3 && !stopped.isDone() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    spark.sparkContext().cancelAllJobs();
    assertThrows(ExecutionException.class, stopped::get, "the job was stopped");
    long keptBefore = keptFiles(kept);
    assertTrue(keptBefore >= 3, "results kept before the stop: " + keptBefore);
    assertTrue(keptBefore < first.read(), "stopped before the end: " + keptBefore);

    SparkScan.Result again = SparkScan.run(spark, inputs, out.toString(), settings(), System.err);
    // Tasks under way when the job was stopped may finish their document, and keep it, after that.
    assertTrue(again.kept() >= keptBefore, "each result kept is reused: " + again);
    assertEquals(first.read(), again.kept() + again.read(), "only the rest is read: " + again);
    assertEquals(parts(job.resolve("documents.jsonl")), parts(out.resolve("documents.jsonl")));
    assertFalse(Files.exists(kept), "once the outputs are written, what was kept on the way is in them");
  }

  private static long keptFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".kept")).count();
    }
  }

  /** The scan's lines under the job's names: the same file is {@code file:/…} to Hadoop. */
  private static List<String> renamed(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      out.add(line.replace(bad.toString(), "file:" + bad).replace(seeds.toString(), "file:" + seeds));
    }
    return out;
  }

  private static List<String> sorted(List<String> lines) {
    return lines.stream().sorted().toList();
  }

  /** The lines of a folder of Spark's part files, in the order of the parts. */
  private static List<String> parts(Path folder) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path p : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  /** A CSV file of the scan as sorted rows, under the job's names. */
  private static List<List<String>> csv(Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.skip(1); // the byte-order mark
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        rows.add(renamed(r.toList()).stream().map(SparkScanTest::undefused).toList());
      }
    }
    return rows.stream().sorted(Comparator.comparing(Object::toString)).toList();
  }

  /** The text of a cell as the table holds it: the CSV puts a ' before what looks like a formula. */
  private static String undefused(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0
        ? cell.substring(1) : cell;
  }

  private static List<List<String>> table(String name, List<String> columns) {
    List<List<String>> rows = new ArrayList<>();
    for (Row r : spark.read().parquet(job.resolve(name).toString()).collectAsList()) {
      assertEquals(columns, List.of(r.schema().fieldNames()));
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        cells.add(r.isNullAt(i) ? "" : String.valueOf(r.get(i)));
      }
      rows.add(cells);
    }
    return rows.stream().sorted(Comparator.comparing(Object::toString)).toList();
  }

  private static int seeds() throws IOException {
    try (Stream<Path> files = Files.list(seeds)) {
      return (int) files.count();
    }
  }

  /** Files that cannot be read, or stop a worker (by the test hooks), beside a copy of a seed. */
  private static Path badFiles(Path folder) throws IOException {
    Files.createDirectories(folder);
    Path pdf = SharedFiles.files(SharedFiles.external(), ".pdf").stream()
        .min(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
    byte[] noise = new byte[8192];
    new Random(7).nextBytes(noise);
    byte[] big = new byte[MAX_MEGABYTES * 1024 * 1024 + 1];
    Arrays.fill(big, (byte) 'x');
    Path seed = SharedFiles.files(SharedFiles.seeds(), "").get(0);
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    Map<String, byte[]> files = new TreeMap<>(Map.of(
        "truncated.pdf", Arrays.copyOf(Files.readAllBytes(pdf), (int) Files.size(pdf) / 2),
        "random.pdf", noise,
        "empty.txt", new byte[0],
        "encrypted.pdf", encryptedPdf(),
        "big.txt", big,
        "copy-of-seed.txt", Files.readAllBytes(seed)));
    for (String marker : List.of("HANG", "OOM", "CRASH")) {
      // Contents of their own: a copy would be a duplicate, which scan does not read again.
      files.put("d-" + marker + ".txt", (text + "\n" + marker + "\n").getBytes(StandardCharsets.UTF_8));
    }
    // An archive, read entry by entry (one of them damaged), one that is not an archive at all, and
    // the answer key of a generated corpus, which is not an input.
    Path other = SharedFiles.files(SharedFiles.seeds(), "").get(1);
    files.put("bundle.zip", zip(Map.of("表/report.txt", Files.readAllBytes(other), "noise.pdf", noise)));
    files.put("broken.zip", noise);
    files.put(AnswerKey.FILE_NAME, Files.readAllBytes(Path.of("..", "samples", "generated", AnswerKey.FILE_NAME)));
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Files.write(folder.resolve(f.getKey()), f.getValue());
    }
    return folder;
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> e : new TreeMap<>(entries).entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] encryptedPdf() throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.addPage(new PDPage());
      doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
      doc.save(out);
      return out.toByteArray();
    }
  }
}
