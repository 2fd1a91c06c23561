package io.suanzhang.corpus.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.corpus.worker.Status;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {

  @TempDir Path dir;

  @Test
  void countsFilesDoneFailuresAndTheRate() {
    Progress progress = new Progress(new PrintWriter(new StringWriter()), Progress.Mode.OFF, Duration.ofSeconds(5), 4);
    progress.done(Status.OK, true);
    progress.done(Status.TIMEOUT, true);

    String line = progress.line();

    assertTrue(line.matches("2/4 files, [0-9.]+ files/s, ETA \\d+:\\d\\d, 1 failed"), line);
  }

  @Test
  void notOnATerminalAScanPrintsPlainLinesAndALastOne() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    ScanTest.write(in.resolve("a.txt"), 1);
    Files.createFile(in.resolve("b.txt"));
    StringWriter err = new StringWriter();

    Scan.run(
        List.of(in), ScanOptions.defaults().withJobs(0).withProgress(Progress.Mode.PLAIN, Duration.ofSeconds(5)),
        new PrintWriter(err), d -> {});

    String[] lines = err.toString().split("\n");
    assertTrue(lines[lines.length - 1].matches("scan: 2/2 files, [0-9.]+ files/s, done in \\d+:\\d\\d, 1 failed"),
        err::toString);
  }

  @Test
  void onATerminalTheBarIsClearedBeforeARowAndDrawnInPlace() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    ScanTest.write(in.resolve("a.txt"), 1);
    StringWriter err = new StringWriter();

    Scan.run(
        List.of(in), ScanOptions.defaults().withJobs(0).withProgress(Progress.Mode.TERMINAL, Duration.ofSeconds(5)),
        new PrintWriter(err), d -> {});

    String shown = err.toString();
    assertTrue(shown.contains("\r[" + "=".repeat(24) + "] 1/1 files, "), shown);
    assertTrue(shown.endsWith("failed\033[K" + System.lineSeparator()), shown);
    assertEquals(1, shown.chars().filter(c -> c == '\n').count(), "one line break, at the end");
  }
}
