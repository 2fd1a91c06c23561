package io.suanzhang.corpus.scan;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.corpus.Main;
import io.suanzhang.corpus.worker.Worker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A scan killed (kill -9, or stopped as by Ctrl-C) and run again gives what one uninterrupted run gives. */
class ResumeTest {

  @TempDir Path dir;

  /** SIGKILL ({@code kill -9}: nothing runs) or SIGTERM (as Ctrl-C: shutdown hooks run). */
  @ParameterizedTest(name = "forcibly = {0}")
  @ValueSource(booleans = {true, false})
  void aScanKilledHalfwayAndRunAgainWritesTheSameDocumentsAsOneUninterruptedRun(boolean forcibly)
      throws Exception {
    Path seeds = SharedFiles.seeds();
    Path bad = BadFiles.make(dir.resolve("bad"));
    Path resumed = dir.resolve("resumed");
    Path whole = dir.resolve("whole");

    // A separate JVM, slowed down (each document takes 0.5 s longer), killed once a few results exist.
    Process scan = scan(resumed, seeds, bad, "-D" + Worker.TEST_HOOKS + "delayMillis=500")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    Path results = resumed.resolve(".suanzhang/results");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (results(results) < 3 && scan.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertTrue(scan.isAlive(), "the scan ended before it could be killed halfway");
    List<ProcessHandle> workers = scan.descendants().toList();
    if (forcibly) {
      scan.destroyForcibly();
    } else {
      scan.destroy();
    }
    scan.waitFor();
    assertFalse(Files.exists(resumed.resolve("documents.jsonl")));
    int kept = results(results);
    assertTrue(kept >= 3 && kept < 9, "results before the kill: " + kept);
    for (ProcessHandle worker : workers) {
      worker.onExit().get(10, TimeUnit.SECONDS); // Workers of a killed scan stop by themselves.
    }
    String manifest = Files.readString(resumed.resolve(".suanzhang/manifest.jsonl"), UTF_8);
    assertFalse(
        manifest.contains("\"crashed\"") || manifest.contains("\"timeout\""), manifest);

    Path log = dir.resolve("again.txt");
    Process rerun = scan(resumed, seeds, bad).redirectOutput(log.toFile()).start();
    assertTrue(rerun.waitFor(120, TimeUnit.SECONDS));
    String again = Files.readString(log, UTF_8);
    assertEquals(2, rerun.exitValue(), again); // bad files could not be read
    Matcher m = Pattern.compile("(\\d+) documents read .*, (\\d+) kept from an earlier run").matcher(again);
    assertTrue(m.find(), again);
    assertEquals(9, Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)), again);
    assertTrue(Integer.parseInt(m.group(2)) >= kept, again);

    ScanTest.scan(ScanOptions.defaults().withJobs(2).withOut(whole), seeds, bad);

    assertArrayEquals(
        Files.readAllBytes(whole.resolve("documents.jsonl")),
        Files.readAllBytes(resumed.resolve("documents.jsonl")));
    assertEquals(results(whole.resolve(".suanzhang/results")), results(results));
  }

  private static int results(Path dir) throws Exception {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return (int) files.filter(p -> p.toString().endsWith(".json")).count();
    }
  }

  /** {@code suanzhang scan --jobs 2 --out OUT SEEDS BAD} in a JVM of its own. */
  private static ProcessBuilder scan(Path out, Path seeds, Path bad, String... jvmOptions) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of("scan", "--jobs", "2", "--out", out.toString(), seeds.toString(), bad.toString()));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
  }
}
