package io.suanzhang.corpus.scan;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.suanzhang.core.Json;
import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.corpus.worker.DocumentSummary;
import io.suanzhang.corpus.worker.Status;
import io.suanzhang.corpus.worker.Worker;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans in worker JVMs, as {@code suanzhang scan} runs them. */
class ScanTest {

  @TempDir Path dir;

  static ScanResult scan(ScanOptions options, Path... paths) throws IOException {
    return Scan.run(List.of(paths), options, new PrintWriter(new StringWriter()), d -> {});
  }

  static List<JsonNode> lines(Path documents) throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(documents, UTF_8)) {
      lines.add(Json.mapper().readTree(line));
    }
    return lines;
  }

  /** The first error code of each line, or "ok", by source path. */
  static Map<String, String> codes(List<JsonNode> lines) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (JsonNode line : lines) {
      JsonNode errors = line.get("errors");
      codes.put(
          line.at("/source/path").asText(),
          errors.isEmpty() ? "ok" : errors.get(0).get("code").asText());
    }
    return codes;
  }

  @Test
  void seedsAndBadFilesGiveOneLinePerInputWithItsStatus() throws Exception {
    Path seeds = SharedFiles.seeds();
    Path bad = BadFiles.make(dir.resolve("bad"));
    Path out = dir.resolve("out");

    ScanResult result = scan(ScanOptions.defaults().withJobs(2).withOut(out), seeds, bad);

    List<JsonNode> lines = lines(out.resolve("documents.jsonl"));
    List<Path> seedFiles = SharedFiles.files(seeds, "");
    assertEquals(seedFiles.size() + 7, lines.size());
    Map<String, String> codes = codes(lines);
    List<String> names = new ArrayList<>(codes.keySet());
    assertEquals(names.stream().sorted().toList(), names, "documents.jsonl is in the order of the paths");
    for (Path seed : seedFiles) {
      assertEquals("ok", codes.get(seed.toString()), seed::toString);
    }
    assertTrue(Set.of("truncated", "corrupt").contains(codes.get(bad + "/truncated.pdf")), codes::toString);
    assertEquals("corrupt", codes.get(bad + "/random.pdf"));
    assertEquals("empty", codes.get(bad + "/empty.txt"));
    assertEquals("encrypted", codes.get(bad + "/encrypted.pdf"));
    Path first = seedFiles.get(0);
    String copy = bad + "/copy-of-" + first.getFileName();
    assertEquals("ok", codes.get(copy));
    for (Path seed : seedFiles.subList(1, 3)) {
      assertEquals("ok", codes.get(bad + "/two-seeds.zip!/inner/" + seed.getFileName()), codes::toString);
    }

    // A duplicate is read once; its line is the original's with its own path.
    assertEquals(3, result.duplicates());
    assertEquals(seedFiles.size() + 4, result.read());
    ObjectNode original = (ObjectNode) lines.get(names.indexOf(first.toString()));
    ObjectNode duplicate = (ObjectNode) lines.get(names.indexOf(copy));
    ((ObjectNode) duplicate.get("source")).put("path", first.toString());
    assertEquals(original, duplicate);

    Map<Status, Integer> statuses = result.statuses();
    assertEquals(seedFiles.size() + 3, statuses.get(Status.OK));
    assertEquals(3, statuses.get(Status.PARSE_ERROR));
    assertEquals(1, statuses.get(Status.ENCRYPTED));
    assertEquals(4, result.failed());
    assertEquals(
        names, result.documents().stream().map(DocumentSummary::name).collect(Collectors.toList()));
  }

  @Test
  void aWorkerThatHangsIsKilledAtTheTimeoutAndTheScanGoesOn() throws Exception {
    Path in = inputs("a.txt", "b-HANG.txt", "c.txt");
    ScanOptions options = ScanOptions.defaults()
        .withJobs(1)
        .withTimeout(Duration.ofSeconds(2))
        .withWorkerHeap(256)
        .withWorkerProperties(Map.of(Worker.TEST_HOOKS + "hang", "HANG"));

    long start = System.nanoTime();
    ScanResult result = scan(options, in);

    List<DocumentSummary> docs = result.documents();
    assertEquals(List.of(Status.OK, Status.TIMEOUT, Status.OK), statuses(docs));
    assertEquals(
        in.resolve("b-HANG.txt") + ": reading took longer than the limit of 2 s",
        docs.get(1).problems().get(0).message());
    assertTrue(System.nanoTime() - start < Duration.ofSeconds(60).toNanos());
  }

  @Test
  void aDocumentSentAheadIsTimedFromWhenItsReadingStartsNotWhileItWaits() throws Exception {
    // Each takes 1.5 s of a 2 s limit; the scan sends the next while one is read, and it waits there.
    Path in = inputs("a.txt", "b.txt", "c.txt", "d.txt");
    ScanOptions options = ScanOptions.defaults()
        .withJobs(1)
        .withTimeout(Duration.ofSeconds(2))
        .withWorkerProperties(Map.of(Worker.TEST_HOOKS + "delayMillis", "1500"));

    ScanResult result = scan(options, in);

    assertEquals(List.of(Status.OK, Status.OK, Status.OK, Status.OK), statuses(result.documents()));
  }

  @Test
  void aDocumentWaitingBehindOneThatCrashesIsNotHeldToBlame() throws Exception {
    // The delay keeps the crashing document under way while the next one is sent and waits.
    Path in = inputs("a.txt", "b-CRASH.txt", "c.txt", "d-OOM.txt", "e.txt");
    ScanOptions options = ScanOptions.defaults()
        .withJobs(1)
        .withWorkerHeap(128)
        .withWorkerProperties(Map.of(Worker.TEST_HOOKS + "crash", "CRASH", Worker.TEST_HOOKS + "oom",
            "OOM", Worker.TEST_HOOKS + "delayMillis", "500"));

    ScanResult result = scan(options, in);

    assertEquals(
        List.of(Status.OK, Status.CRASHED, Status.OK, Status.OUT_OF_MEMORY, Status.OK),
        statuses(result.documents()));
  }

  @Test
  void aWorkerThatRunsOutOfMemoryOrCrashesIsReplacedAndTheRestIsRead() throws Exception {
    Path in = inputs("a.txt", "b-OOM.txt", "c.txt", "d-CRASH.txt", "e.txt");
    ScanOptions options = ScanOptions.defaults()
        .withJobs(1)
        .withWorkerHeap(128)
        .withOut(dir.resolve("out"))
        .withWorkerProperties(Map.of(Worker.TEST_HOOKS + "oom", "OOM", Worker.TEST_HOOKS + "crash", "CRASH"));

    ScanResult result = scan(options, in);

    assertEquals(
        List.of(Status.OK, Status.OUT_OF_MEMORY, Status.OK, Status.CRASHED, Status.OK),
        statuses(result.documents()));
    assertEquals(
        in.resolve("b-OOM.txt") + ": reading needed more memory than the heap of 128 MB",
        result.documents().get(1).problems().get(0).message());
    Map<String, String> codes = codes(lines(result.documentsFile()));
    assertEquals("out_of_memory", codes.get(in.resolve("b-OOM.txt").toString()));
    assertEquals("crashed", codes.get(in.resolve("d-CRASH.txt").toString()));
    assertTrue(result.peakWorkerHeapBytes() > 0);
    assertFalse(result.peakWorkerHeapBytes() > 128L << 20, "a worker never has more than its -Xmx");
  }

  @Test
  void inAJvmOfTwoJobsOnlyTheDocumentAtFaultFailsAndTheOneBesideItIsReadAgainAlone() throws Exception {
    // Each document takes a moment, so that one is always being read beside another when the JVM
    // runs out of memory, crashes or is killed at a deadline.
    Path in = inputs("a.txt", "b-OOM.txt", "c.txt", "d-CRASH.txt", "e.txt", "f-HANG.txt", "g.txt");
    ScanOptions options = ScanOptions.defaults()
        .withJobs(2)
        .withTimeout(Duration.ofSeconds(3))
        .withWorkerHeap(128)
        .withOut(dir.resolve("out"))
        .withWorkerProperties(Map.of(
            Worker.TEST_HOOKS + "oom", "OOM", Worker.TEST_HOOKS + "crash", "CRASH",
            Worker.TEST_HOOKS + "hang", "HANG", Worker.TEST_HOOKS + "delayMillis", "400"));

    ScanResult result = scan(options, in);

    assertEquals(
        List.of(Status.OK, Status.OUT_OF_MEMORY, Status.OK, Status.CRASHED, Status.OK, Status.TIMEOUT,
            Status.OK),
        statuses(result.documents()));
    assertEquals(
        in.resolve("b-OOM.txt") + ": reading needed more memory than the heap of 128 MB",
        result.documents().get(1).problems().get(0).message());
    assertEquals(
        in.resolve("f-HANG.txt") + ": reading took longer than the limit of 3 s",
        result.documents().get(5).problems().get(0).message());
    // The documents read again alone are read as any other: the same analysis as a scan of one job.
    Path innocent = Files.createDirectories(dir.resolve("innocent"));
    for (String name : List.of("a.txt", "c.txt", "e.txt", "g.txt")) {
      Files.copy(in.resolve(name), innocent.resolve(name));
    }
    ScanResult alone = scan(ScanOptions.defaults().withJobs(1).withOut(dir.resolve("alone")), innocent);
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    for (JsonNode line : lines(result.documentsFile())) {
      byName.put(Path.of(line.at("/source/path").asText()).getFileName().toString(), line);
    }
    for (JsonNode line : lines(alone.documentsFile())) {
      String name = Path.of(line.at("/source/path").asText()).getFileName().toString();
      assertEquals(line.get("mentions"), byName.get(name).get("mentions"), name);
      assertEquals(line.get("findings"), byName.get(name).get("findings"), name);
    }
  }

  @Test
  void aResultThatHitALimitIsReadAgainOnceThatLimitIsRaisedAndOnlyThen() throws Exception {
    Path in = inputs("a.txt", "b-HANG.txt", "c-OOM.txt");
    Path out = dir.resolve("out");
    ScanOptions limited = ScanOptions.defaults()
        .withJobs(1)
        .withTimeout(Duration.ofSeconds(2))
        .withWorkerHeap(128)
        .withOut(out);
    ScanOptions hooked = limited.withWorkerProperties(
        Map.of(Worker.TEST_HOOKS + "hang", "HANG", Worker.TEST_HOOKS + "oom", "OOM"));
    List<Status> hit = List.of(Status.OK, Status.TIMEOUT, Status.OUT_OF_MEMORY);

    ScanResult first = scan(hooked, in);
    ScanResult same = scan(limited.withTimeout(Duration.ofSeconds(1)).withWorkerHeap(96), in);
    ScanResult longer = scan(limited.withTimeout(Duration.ofSeconds(3)), in);
    ScanResult larger = scan(limited.withTimeout(Duration.ofSeconds(3)).withWorkerHeap(160), in);

    assertEquals(hit, statuses(first.documents()));
    assertEquals(hit, statuses(same.documents()), "lower limits reuse every result");
    assertEquals(0, same.read());
    assertEquals(List.of(Status.OK, Status.OK, Status.OUT_OF_MEMORY), statuses(longer.documents()));
    assertEquals(1, longer.read());
    assertEquals(2, longer.resumed());
    assertEquals(List.of(Status.OK, Status.OK, Status.OK), statuses(larger.documents()));
    assertEquals(1, larger.read());
    Map<String, String> codes = codes(lines(out.resolve("documents.jsonl")));
    assertEquals(List.of("ok", "ok", "ok"), List.copyOf(codes.values()), "one line per input");
  }

  /** A folder of short reports, one per name, each different. */
  private Path inputs(String... names) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < names.length; i++) {
      write(in.resolve(names[i]), i + 1);
    }
    return in;
  }

  static List<Status> statuses(List<DocumentSummary> docs) {
    return docs.stream().map(DocumentSummary::status).toList();
  }

  /** A short report, different for each n. */
  static void write(Path file, int n) throws IOException {
    Files.writeString(
        file, "一、收入支出预算总体情况\n收入预算" + (1000 + n) + ".50万元，其中财政拨款" + (900 + n) + ".50万元。\n",
        UTF_8);
  }
}
