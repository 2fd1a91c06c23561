package io.suanzhang.corpus.scan;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.checks.Checks;
import io.suanzhang.core.Json;
import io.suanzhang.corpus.worker.RuleSettings;
import io.suanzhang.corpus.worker.Status;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeping results between runs, in this JVM ({@code --jobs 0}) to be quick. */
class ResultStoreTest {

  @TempDir Path dir;
  private Path in;
  private Path out;
  private ScanOptions options;

  @BeforeEach
  void inputs() throws Exception {
    in = Files.createDirectories(dir.resolve("in"));
    for (int n = 1; n <= 3; n++) {
      ScanTest.write(in.resolve("r" + n + ".txt"), n);
    }
    ScanTest.write(in.resolve("same-as-r1.txt"), 1);
    out = dir.resolve("out");
    options = ScanOptions.defaults().withJobs(0).withOut(out);
  }

  @Test
  void aSecondRunReadsNothingAndWritesTheSameDocuments() throws Exception {
    ScanResult first = ScanTest.scan(options, in);
    byte[] documents = Files.readAllBytes(out.resolve("documents.jsonl"));

    ScanResult second = ScanTest.scan(options, in);

    assertEquals(3, first.read());
    assertEquals(1, first.duplicates());
    assertEquals(0, second.read());
    assertEquals(3, second.resumed());
    assertArrayEquals(documents, Files.readAllBytes(out.resolve("documents.jsonl")));
    assertEquals(4, Files.readAllLines(out.resolve("documents.jsonl"), UTF_8).size());
  }

  @Test
  void aTornManifestLineOrAMissingResultIsReadAgain() throws Exception {
    ScanTest.scan(options, in);
    byte[] documents = Files.readAllBytes(out.resolve("documents.jsonl"));
    Path manifest = out.resolve(".suanzhang/manifest.jsonl");
    List<String> entries = Files.readAllLines(manifest, UTF_8);
    assertEquals(3, entries.size());
    // As a kill in the middle of an append leaves it: the last line cut short.
    String torn = String.join("\n", entries.subList(0, 2)) + "\n" + entries.get(2).substring(0, 30);
    Files.writeString(manifest, torn, UTF_8);
    String key = Json.mapper().readTree(entries.get(0)).path("key").asText();
    Files.delete(out.resolve(".suanzhang/results/" + key + ".json"));

    ScanResult again = ScanTest.scan(options, in);

    assertEquals(2, again.read());
    assertEquals(1, again.resumed());
    assertArrayEquals(documents, Files.readAllBytes(out.resolve("documents.jsonl")));
    assertEquals(3, Files.readAllLines(manifest, UTF_8).size());
  }

  @Test
  void resultsMadeWithOtherSettingsAreNotReused() throws Exception {
    ScanTest.scan(options, in);
    String rule = Checks.standard().ruleIds().get(0);
    StringWriter err = new StringWriter();

    ScanResult again = Scan.run(
        List.of(in), options.withRules(new RuleSettings(null, List.of(rule))), new PrintWriter(err),
        d -> {});

    assertEquals(3, again.read());
    assertEquals(0, again.resumed());
    assertTrue(err.toString().contains("made with other rule settings"), err::toString);
  }

  @Test
  void resultsMadeByAnotherBuildAreNotReusedAndTheNoteSaysSo() throws Exception {
    ScanTest.scan(options, in);
    Path settings = out.resolve(".suanzhang/scan.json");
    Origin origin = Origin.parse(Files.readString(settings, UTF_8));
    assertEquals(Build.current().id(), origin.build());
    // As another jar leaves it: same version and rules, other code.
    Files.writeString(settings, new Origin(origin.version(), "0".repeat(64), origin.rules()).json(), UTF_8);
    StringWriter err = new StringWriter();

    ScanResult again = Scan.run(List.of(in), options, new PrintWriter(err), d -> {});

    assertEquals(3, again.read());
    assertEquals(0, again.resumed());
    assertTrue(err.toString().contains("made by another build of suanzhang (" + origin.version()
        + " (build 000000000000); this is " + Build.current() + ")"), err::toString);
    assertEquals(origin, Origin.parse(Files.readString(settings, UTF_8)));
  }

  @Test
  void resultsOfAScanThatRecordedNoBuildAreNotReused() throws Exception {
    ScanTest.scan(options, in);
    Files.writeString(out.resolve(".suanzhang/scan.json"), "{\"fingerprint\":\"0123\"}\n", UTF_8);
    StringWriter err = new StringWriter();

    ScanResult again = Scan.run(List.of(in), options, new PrintWriter(err), d -> {});

    assertEquals(3, again.read());
    assertTrue(err.toString().contains("did not record its build"), err::toString);
  }

  @Test
  void aResultIsReadAgainOnlyWhenTheLimitItHitHasBeenRaised() throws Exception {
    Limits limits = new Limits(10_000, 1_000, 256);
    Map<Status, String> shas = new EnumMap<>(Status.class);
    Origin origin = new Origin("1", "b", "");
    try (ResultStore store = ResultStore.open(out, origin, limits, new PrintWriter(new StringWriter()))) {
      for (Status status : Status.values()) {
        String sha = String.format(Locale.ROOT, "%064x", status.ordinal());
        store.save(sha, "{}".getBytes(UTF_8), status);
        shas.put(status, sha);
      }
    }

    assertEquals(Set.of(), rereads(origin, limits, shas));
    assertEquals(Set.of(), rereads(origin, new Limits(5_000, 500, 128), shas));
    assertEquals(Set.of(Status.TIMEOUT), rereads(origin, new Limits(10_001, 1_000, 256), shas));
    assertEquals(Set.of(Status.TOO_LARGE), rereads(origin, new Limits(10_000, 2_000, 256), shas));
    assertEquals(Set.of(Status.OUT_OF_MEMORY), rereads(origin, new Limits(1, 1_000, 512), shas));
    assertEquals(
        Set.of(Status.TIMEOUT, Status.TOO_LARGE, Status.OUT_OF_MEMORY),
        rereads(origin, new Limits(20_000, 2_000, 512), shas));
  }

  /** The statuses whose kept result a store opened with {@code limits} would have read again. */
  private Set<Status> rereads(Origin origin, Limits limits, Map<Status, String> shas) throws Exception {
    StringWriter err = new StringWriter();
    try (ResultStore store = ResultStore.open(out, origin, limits, new PrintWriter(err))) {
      Set<Status> rereads = EnumSet.noneOf(Status.class);
      shas.forEach((status, sha) -> {
        if (!store.has(sha)) {
          rereads.add(status);
        }
      });
      assertEquals(rereads.isEmpty(), !err.toString().contains("reading again"), err::toString);
      return rereads;
    }
  }

  @Test
  void aLargerMaxSizeReadsWhatWasTooLargeAndReusesTheRest() throws Exception {
    Files.writeString(in.resolve("r4-long.txt"), Files.readString(in.resolve("r1.txt"), UTF_8).repeat(20)
        .replace("1001.50", "4004.50"), UTF_8);
    long size = Files.size(in.resolve("r4-long.txt"));

    ScanResult first = ScanTest.scan(options.withMaxBytes(size - 1), in);
    ScanResult second = ScanTest.scan(options.withMaxBytes(size), in);

    assertEquals(Status.TOO_LARGE, first.documents().get(3).status());
    assertEquals(Status.OK, second.documents().get(3).status());
    assertEquals(1, second.read());
    assertEquals(3, second.resumed());
    assertEquals(5, Files.readAllLines(out.resolve("documents.jsonl"), UTF_8).size());
  }

  @Test
  void twoScansDoNotShareAnOutputFolder() throws Exception {
    Origin origin = new Origin("1", "b", "");
    try (ResultStore first =
        ResultStore.open(out, origin, Limits.of(options), new PrintWriter(new StringWriter()))) {
      IOException e = assertThrows(IOException.class, () -> ScanTest.scan(options, in));
      assertTrue(e.getMessage().contains("another scan"), e::getMessage);
    }
    assertEquals(3, ScanTest.scan(options, in).read());
  }

  @Test
  void documentsAreListedInInputOrderAsTheyAreDone() throws Exception {
    StringWriter seen = new StringWriter();
    ScanResult result = Scan.run(
        List.of(in), options, new PrintWriter(new StringWriter()), d -> seen.write(d.name() + "\n"));

    assertEquals(
        List.of(in + "/r1.txt", in + "/r2.txt", in + "/r3.txt", in + "/same-as-r1.txt"),
        List.of(seen.toString().split("\n")));
    assertEquals(4, result.documents().size());
    try (var analyses = result.analyses()) {
      assertEquals(
          List.of(in + "/r1.txt", in + "/r2.txt", in + "/r3.txt", in + "/same-as-r1.txt"),
          analyses.map(a -> a.source().path()).toList());
    }
  }
}
