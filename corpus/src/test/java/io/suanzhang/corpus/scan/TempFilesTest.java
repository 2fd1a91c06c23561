package io.suanzhang.corpus.scan;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.corpus.Main;
import io.suanzhang.corpus.worker.Worker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15: the archives a scan unpacks from inside archives, and the copies of entries it reads,
 * stayed in the system's temporary folder when the scan was killed with {@code kill -9}. Now they are
 * under the output folder's store, emptied by the next run, or without an output folder in a locked
 * folder the next scan deletes.
 */
class TempFilesTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "with an output folder = {0}")
  @ValueSource(booleans = {true, false})
  void whatAScanKilledWithKillNineUnpackedIsDeletedByTheNextScan(boolean out) throws Exception {
    Path system = Files.createDirectories(dir.resolve("system-tmp"));
    Path zip = zipOfZips(Files.createDirectories(dir.resolve("in")).resolve("reports.zip"));
    Path store = dir.resolve("out/.suanzhang/tmp");
    Path temps = out ? store : system;

    // slowed down (each document takes 0.5 s longer), killed once it has unpacked the inner zip
    Process scan = scan(system, out, zip, "-D" + Worker.TEST_HOOKS + "delayMillis=500").start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (unpacked(temps).isEmpty() && scan.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertTrue(scan.isAlive(), "the scan ended before it could be killed");
    List<ProcessHandle> workers = scan.descendants().toList();
    scan.destroyForcibly();
    scan.waitFor();
    for (ProcessHandle worker : workers) {
      worker.onExit().get(10, TimeUnit.SECONDS);
    }
    List<Path> left = unpacked(temps);
    assertTrue(!left.isEmpty(), "kill -9 runs no clean-up: the inner zip is left");

    Process again = scan(system, out, zip).start();
    assertTrue(again.waitFor(120, TimeUnit.SECONDS));
    assertTrue(again.exitValue() < 2, "exit status " + again.exitValue());
    for (Path p : left) {
      assertTrue(!Files.exists(p), p + " is still there");
    }
    assertEquals(List.of(), unpacked(system), "nothing of a scan in the system's temporary folder");
    assertEquals(List.of(), unpacked(store));
  }

  @Test
  void aScanStillRunningKeepsItsFolder() throws Exception {
    try (ScratchFolder running = ScratchFolder.create(dir)) {
      Path copy = Files.writeString(running.dir().resolve("entry.txt"), "支出100万元", UTF_8);
      ScratchFolder.create(dir).close(); // another scan, which deletes what killed scans left
      assertTrue(Files.exists(copy));
    }
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of(), left.toList());
    }
  }

  /** The zip archives under {@code folder}, at any depth: outer ones the scan unpacked. */
  private static List<Path> unpacked(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> all = Files.walk(folder)) {
      return all.filter(p -> p.toString().endsWith(".zip")).toList();
    }
  }

  /** {@code suanzhang scan --jobs 1 [--out OUT] ZIP} in a JVM of its own, its temporary folder {@code system}. */
  private ProcessBuilder scan(Path system, boolean out, Path zip, String... jvmOptions) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Djava.io.tmpdir=" + system);
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of("scan", "--jobs", "1"));
    if (out) {
      command.addAll(List.of("--out", dir.resolve("out").toString()));
    }
    command.add(zip.toString());
    return new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
  }

  /** A zip holding a zip of eight short reports. */
  private static Path zipOfZips(Path file) throws IOException {
    ByteArrayOutputStream inner = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(inner)) {
      for (int i = 1; i <= 8; i++) {
        zip.putNextEntry(new ZipEntry("report-" + i + ".txt"));
        zip.write(("一般公共预算支出" + (100 + i) + "万元，比上年增长" + i + "%。").getBytes(UTF_8));
      }
    }
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("inner.zip"));
      zip.write(inner.toByteArray());
    }
    return file;
  }
}
