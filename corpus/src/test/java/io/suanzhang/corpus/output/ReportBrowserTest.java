package io.suanzhang.corpus.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.corpus.output.ScanFixture.Scan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html as Chromium renders it (Debian's {@code chromium} package; CI installs it): the DOM
 * after rendering still holds every highlighted number, and a screenshot of the top of the page is
 * left in {@code target/scan-outputs/shared-corpus/report.png} for a person to look at.
 */
class ReportBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final long TIMEOUT_SECONDS = 120;

  @Test
  void chromiumRendersEveryHighlightedNumberAndTakesAScreenshot(@TempDir Path profile)
      throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM),
        () -> CHROMIUM + " is not installed (apt-get install chromium): no browser to render"
            + " report.html with");
    Scan scan = ScanFixture.sharedCorpus();
    Path report = scan.file(ScanOutputs.REPORT_HTML);

    Path dom = profile.resolve("dom.html");
    chromium(profile, dom, "--dump-dom", report.toUri().toString());
    Document rendered = Jsoup.parse(Files.readString(dom, StandardCharsets.UTF_8));
    Document written = Jsoup.parse(report.toFile(), "UTF-8");
    assertTrue(rendered.select("mark[data-role]").size() > 0, "marks in the rendered DOM");
    assertEquals(
        written.select("mark[data-role]").eachText(), rendered.select("mark[data-role]").eachText());
    OutputAssertions.assertReportPage(rendered, scan.analyses());

    Path screenshot = scan.file("report.png");
    Files.deleteIfExists(screenshot);
    chromium(profile, profile.resolve("screenshot.log"), "--screenshot=" + screenshot,
        "--window-size=1280,2000", report.toUri().toString());
    byte[] png = Files.readAllBytes(screenshot);
    assertArrayEquals(
        new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4), "a PNG at " + screenshot);
    assertTrue(png.length > 20_000, "a screenshot with something on it: " + png.length + " bytes");
  }

  /** Runs headless Chromium with its own profile, its output to {@code out}. */
  private static void chromium(Path profile, Path out, String... args)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(CHROMIUM.toString(), "--headless", "--disable-gpu", "--no-sandbox",
                "--no-first-run", "--user-data-dir=" + profile.resolve("profile")));
    command.addAll(List.of(args));
    Path err = profile.resolve("chromium.err");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
    }
    assertEquals(
        0, p.exitValue(),
        () -> "chromium " + command + " failed: " + readQuietly(err));
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no error output: " + e.getMessage() + ")";
    }
  }
}
