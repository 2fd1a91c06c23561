package io.suanzhang.example.embed;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.testing.SharedFiles;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the example as a user would, {@code java -cp} on its runtime class path in a process of its
 * own, and holds the library to what an embedding program needs: the process ends as soon as
 * {@code main} returns, stdout carries the program's lines only, and stderr no logging noise.
 */
class EmbedTest {

  /** Lines the program prints: a summary per file and an indented line per error finding. */
  private static final Pattern OWN_LINE =
      Pattern.compile("[^ ].*: (not read: .+|.+ \\d+ numbers, \\d+ findings)|  [a-z_.-]+: stated .+");

  /** What Log4j without a provider, SLF4J without a binding and PDFBox or Tika logging look like. */
  private static final Pattern NOISE =
      Pattern.compile("(?i)slf4j|log4j|StatusLogger|logging provider|pdfbox|org\\.apache|WARN|INFO|DEBUG");

  @Test
  void exitsWhenMainReturnsAndPrintsOnlyItsOwnLines() throws Exception {
    // A PDF (PDFBox, Tika's detector) and a DOC (POI, which logs through the Log4j API).
    Path pdf = SharedFiles.external().resolve("pdf/jiangsu/江苏省委办公厅/江苏省委办公厅2018年度部门预算公开表.pdf");
    Path doc = SharedFiles.repositoryRoot().resolve("extract/src/test/resources/fixtures/budget.doc");
    Process p = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
            "-cp", runtimeClassPath(), Embed.class.getName(), pdf.toString(), doc.toString())
        .start();
    List<String> out = new ArrayList<>();
    long[] lastLine = new long[1];
    CompletableFuture<Void> stdout = CompletableFuture.runAsync(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          out.add(line);
          lastLine[0] = System.nanoTime();
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> {
      try {
        return new String(p.getErrorStream().readAllBytes(), UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the program did not end within 120 s");
    long exited = System.nanoTime();
    stdout.get(10, TimeUnit.SECONDS);
    String err = stderr.get(10, TimeUnit.SECONDS);

    assertEquals(0, p.exitValue(), err);
    // The last line is main's last act: the time from it to the process's end is the time threads
    // or hooks of the library kept the JVM alive after main returned.
    long lingerMillis = TimeUnit.NANOSECONDS.toMillis(exited - lastLine[0]);
    System.out.printf(java.util.Locale.ROOT, "EmbedTest: exited %d ms after its last line%n", lingerMillis);
    assertTrue(lingerMillis < 1000, "exited " + lingerMillis + " ms after main's last line");

    assertTrue(out.stream().allMatch(l -> OWN_LINE.matcher(l).matches()), "stdout: " + out);
    assertEquals(2, out.stream().filter(l -> !l.startsWith(" ")).count(), "one summary per file: " + out);
    assertTrue(out.stream().filter(l -> !l.startsWith(" ")).allMatch(l -> l.contains(" numbers, ")),
        "both files read: " + out);
    // A ReportKind prints its Chinese name where the program prints it.
    assertTrue(out.get(0).startsWith(pdf.getFileName() + ": 部门预算 2018, "), out.get(0));
    assertTrue(err.lines().noneMatch(l -> NOISE.matcher(l).find()), "stderr: " + err);
  }

  /** The runtime class path Maven resolved for the program, and its own classes. */
  private static String runtimeClassPath() throws IOException, java.net.URISyntaxException {
    Path target = Path.of(Embed.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .getParent();
    String dependencies = Files.readString(target.resolve("runtime-class-path.txt"), UTF_8).trim();
    return target.resolve("classes") + File.pathSeparator + dependencies;
  }
}
