package io.suanzhang.corpus.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.corpus.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan of hostile inputs ({@link FuzzCorpus}) run as a user runs it, in a JVM of its own with one
 * worker: it writes every output, one record per input and archive entry, none {@code crashed} or
 * {@code internal}, and ends with exit status 2 (some inputs cannot be read); the same scan killed
 * with {@code kill -9} while it reads and then run again writes the same {@code documents.jsonl},
 * byte for byte.
 *
 * <p>The build runs 40 inputs. The README's "Fuzzing" runs 500 with huge documents: {@code
 * -Dfuzz.resumeInputs=500 -Dfuzz.huge=true}; {@code -Dfuzz.dir=DIR} keeps the inputs in DIR.
 */
class FuzzResumeTest {

  private static final Pattern KEPT = Pattern.compile("(\\d+) documents read .*, (\\d+) kept from an earlier run");

  private static final List<String> OUTPUTS =
      List.of("documents.jsonl", "findings.csv", "facts.csv", "summary.xlsx", "report.html", "cross-documents.jsonl");

  @TempDir Path temp;

  @Test
  void aHostileScanKilledWhileReadingAndRunAgainWritesTheDocumentsOfOneUninterruptedRun() throws Exception {
    String keep = System.getProperty("fuzz.dir", "");
    Path dir = keep.isBlank() ? temp.resolve("corpus") : Path.of(keep);
    List<FuzzInput> inputs = FuzzScanTest.corpus(temp, dir, Integer.getInteger("fuzz.resumeInputs", 40));
    Path whole = temp.resolve("whole");
    Path resumed = temp.resolve("resumed");

    long t0 = System.nanoTime();
    String said = finish(scan(dir, whole), temp.resolve("whole.txt"));
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<String, String> messages = new HashMap<>();
    Map<String, List<String>> codes = FuzzScanTest.records(whole.resolve("documents.jsonl"), messages);
    System.out.printf(Locale.ROOT, "%d inputs, %d records, uninterrupted scan %.0f s:%n%s%n", inputs.size(),
        codes.size(), seconds, tail(said));
    assertTrue(said.startsWith("exit 2\n"), () -> "exit status 2 (inputs that cannot be read):\n" + tail(said));
    for (String output : OUTPUTS) {
      assertTrue(Files.isRegularFile(whole.resolve(output)), output);
    }
    List<String> broken = FuzzScanTest.broken(inputs, codes, messages);
    assertTrue(broken.isEmpty(), () -> String.join("\n", broken));
    assertFalse(FuzzScanTest.STACK_TRACE.matcher(said).find(), () -> FuzzScanTest.excerpt(said));

    // Slowed down so that it is still reading when a third of the records are kept.
    Process first = scan(dir, resumed, "-Dsuanzhang.worker.test.delayMillis=200").start();
    Path manifest = resumed.resolve(".suanzhang/manifest.jsonl");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
    while (lines(manifest) < codes.size() / 3 && first.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(first.isAlive(), "the scan ended before it could be killed");
    List<ProcessHandle> workers = first.descendants().toList();
    first.destroyForcibly(); // SIGKILL: no shutdown hook, no last write
    first.waitFor();
    for (ProcessHandle worker : workers) {
      worker.onExit().get(30, TimeUnit.SECONDS); // the workers of a killed scan stop by themselves
    }
    assertFalse(Files.exists(resumed.resolve("documents.jsonl")));
    int kept = lines(manifest);
    assertTrue(kept > 0 && kept < codes.size(), "records before the kill: " + kept);

    String again = finish(scan(dir, resumed), temp.resolve("again.txt"));
    assertTrue(again.startsWith("exit 2\n"), again);
    Matcher m = KEPT.matcher(again);
    assertTrue(m.find(), again);
    assertTrue(Integer.parseInt(m.group(2)) >= kept - 1, () -> kept + " kept before the kill:\n" + tail(again));
    // Compared as files, not in memory: with huge documents they are hundreds of megabytes.
    for (String output : List.of("documents.jsonl", "findings.csv", "facts.csv", "cross-documents.jsonl")) {
      long at = Files.mismatch(whole.resolve(output), resumed.resolve(output));
      assertEquals(-1L, at, () -> output + " differs from byte " + at);
    }
  }

  /**
   * {@code suanzhang scan --jobs 1 --out OUT DIR} in a JVM of its own with the options {@code
   * bin/suanzhang} gives a scan; what it prints goes to a file.
   */
  private ProcessBuilder scan(Path dir, Path out, String... jvmOptions) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "scan", "--jobs", "1", "--out", out.toString(), dir.toString()));
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(temp.resolve(out.getFileName() + ".log").toFile());
  }

  /** Runs the scan to its end: "exit N", then what it printed. */
  private String finish(ProcessBuilder scan, Path log) throws Exception {
    Process p = scan.redirectOutput(log.toFile()).start();
    assertTrue(p.waitFor(3, TimeUnit.HOURS), "the scan did not end");
    return "exit " + p.exitValue() + "\n" + Files.readString(log, UTF_8);
  }

  private static int lines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return 0;
    }
    try (Stream<String> lines = Files.lines(file, UTF_8)) {
      return (int) lines.count();
    }
  }

  /** The totals: the lines after the table. */
  private static String tail(String said) {
    String[] lines = said.split("\n");
    return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 9), lines.length));
  }
}
