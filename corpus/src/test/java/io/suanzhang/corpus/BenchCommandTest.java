package io.suanzhang.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.Suanzhang;
import io.suanzhang.core.testing.SharedFiles;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code bench} prints, on a tiny input: every line and ratio present and well formed. The
 * values are this machine's and this moment's, so only their form and what bounds them are checked.
 */
class BenchCommandTest {

  private static final Path SAMPLES = SharedFiles.repositoryRoot().resolve("samples");
  private static final String SECONDS = "(\\d+\\.\\d{3})";
  private static final String RATIO = "(\\d+\\.\\d{2})";

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.command(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void printsTheTimesRatiosPagesAndHeapOfATinyInput(@TempDir Path dir) throws Exception {
    // A text without pages and a small PDF with them, so that the pages/s line is printed too.
    Path pdf = SAMPLES.resolve("generated/08-西林市市场监督管理局2018年度部门决算.pdf");
    Path txt = SAMPLES.resolve("written/示例县医疗保障局2023年度部门决算说明.txt");
    Files.copy(pdf, dir.resolve("report.pdf"));
    Files.copy(txt, dir.resolve("report.txt"));
    Integer pages = Suanzhang.analyse(pdf).source().pages();
    assertTrue(pages != null && pages > 0, "the sample PDF has pages");

    Run run = run("bench", "--rounds", "1", dir.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(7, lines.size(), run::out);

    assertEquals("2 files; warming up…", lines.get(0));
    double tika = number(line(lines.get(1),
        "bare Tika text extraction: +" + SECONDS + " s \\(median of 1\\)"), 1);
    double ours = number(line(lines.get(2), "pipeline \\(read … checks\\): +" + SECONDS + " s"), 1);
    assertTrue(tika > 0 && ours > 0, run::out);
    positive(line(lines.get(3), "ratio pipeline / Tika: +" + RATIO + " +\\(target ≤ 1\\.20\\)"), 1);
    Matcher rate = line(lines.get(4),
        "pages/s, one core: +(\\d+\\.\\d) +\\((\\d+) pages; target ≥ 100\\)");
    positive(rate, 1);
    assertEquals(pages, Integer.valueOf(rate.group(2)), "the pages of one pass over the files");
    Matcher jobs = line(lines.get(5), "1 job " + SECONDS + " s, 2 jobs " + SECONDS + " s: speed-up "
        + RATIO + "× \\(target ≥ 1\\.6 on 2 cores; (\\d+) cores here\\)");
    positive(jobs, 1);
    positive(jobs, 2);
    positive(jobs, 3);
    assertEquals(Runtime.getRuntime().availableProcessors(), Integer.parseInt(jobs.group(4)));
    Matcher heap = line(lines.get(6),
        "peak heap of one job (\\d+) MB of (\\d+) MB max \\(target ≤ 512 per worker\\)");
    assertTrue(Long.parseLong(heap.group(1)) <= Long.parseLong(heap.group(2)), lines.get(6));
    assertEquals(Runtime.getRuntime().maxMemory() >> 20, Long.parseLong(heap.group(2)));
  }

  @Test
  void atScaleTimesTheScanAsProcessesAgainstTikaOnDistinctCopies(@TempDir Path dir) throws Exception {
    Path pdf = SAMPLES.resolve("generated/08-西林市市场监督管理局2018年度部门决算.pdf");
    Files.copy(pdf, dir.resolve("report.pdf"));
    Files.copy(SAMPLES.resolve("written/示例县医疗保障局2023年度部门决算说明.txt"), dir.resolve("a.txt"));
    Integer pages = Suanzhang.analyse(pdf).source().pages();

    Run run = run("bench", "--scale", "3", dir.toString());
    assertEquals(0, run.status(), run.err() + run.out());
    String out = run.out();
    // Three files: the PDF, the text (copied once: its bytes cannot change), and a second copy of the
    // PDF made distinct, so that the scan reads it rather than skipping a duplicate.
    line(out.lines().filter(l -> l.startsWith("3 files, ")).findFirst().orElseThrow(),
        "3 files, " + (2 * pages) + " pages \\(as Tika counts them\\)");
    String seconds = " +(\\d+\\.\\d{2})";
    String ratio = seconds;
    String rate = " +(\\d+\\.\\d|n/a)";
    String used = " +(\\d+\\.\\d{2})";
    int cores = Runtime.getRuntime().availableProcessors();
    for (String name : List.of("bare Tika, 1 JVM", "scan --jobs 1", "scan --jobs " + cores)) {
      String row = out.lines().filter(l -> l.startsWith(name + " ")).findFirst().orElseThrow(() ->
          new AssertionError("no row for " + name + " in\n" + out));
      Matcher m = line(row, Pattern.quote(name) + seconds + seconds + ratio + ratio + rate + used);
      positive(m, 1);
      positive(m, 2);
      // The cores a run kept busy: its CPU over its wall time (both printed to 2 places, a run of a
      // few seconds: the rounding moves their quotient by less than 0.02).
      double cpuOverWall = Double.parseDouble(m.group(2)) / Double.parseDouble(m.group(1));
      assertEquals(cpuOverWall, Double.parseDouble(m.group(6)), 0.02, row);
    }
    boolean pinned = cores > 1 && onPath("taskset");
    assertEquals(pinned, out.lines().anyMatch(l -> l.startsWith("scan --jobs 1, 1 core ")), out);
    if (pinned) {
      // The baseline of the speed-up: one job on one core, whose JVMs see one processor.
      String row = out.lines().filter(l -> l.startsWith("scan --jobs 1, 1 core ")).findFirst().orElseThrow();
      Matcher one = line(row, Pattern.quote("scan --jobs 1, 1 core") + seconds + seconds + ratio + ratio + rate + used);
      positive(one, 1);
      // Pinned to one core, a scan keeps at most that one busy.
      assertTrue(Double.parseDouble(one.group(6)) <= 1.05, row);
      positive(line(out.lines().filter(l -> l.contains("against 1 job on 1 core")).findFirst().orElseThrow(),
          "jobs " + cores + " on " + cores + " cores against 1 job on 1 core \\(taskset\\): (\\d+\\.\\d{2})× faster"), 1);
    }
    // Each round's scan against that round's Tika (one round here: its ratios are the rows').
    Matcher paired = line(out.lines().filter(l -> l.startsWith("each round's own ratios")).findFirst().orElseThrow(),
        "each round's own ratios, median \\(lowest–highest\\) of 1: scan --jobs " + cores + " against Tika"
            + " CPU (\\d+\\.\\d{2}) \\(\\1–\\1\\), wall (\\d+\\.\\d{2}) \\(\\2–\\2\\); jobs " + cores
            + " against 1 (\\d+\\.\\d{2}) \\(\\3–\\3\\)×");
    String rowN = out.lines().filter(l -> l.startsWith("scan --jobs " + cores + " ")).findFirst().orElseThrow();
    assertTrue(rowN.contains(" " + paired.group(2) + " "), rowN + " against " + paired.group());
    assertTrue(out.contains("documents.jsonl of --jobs 1 and --jobs " + cores + ": byte-identical"), out);
    Matcher heap = line(out.lines().filter(l -> l.startsWith("peak worker heap")).findFirst().orElseThrow(),
        "peak worker heap (\\d+) MB of 512 MB \\(target ≤ 512\\)");
    positive(heap, 1);
  }

  private static boolean onPath(String program) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, program)));
  }

  @Test
  void refusesAScaleBelowOne(@TempDir Path dir) throws Exception {
    Files.copy(SAMPLES.resolve("written/示例县医疗保障局2023年度部门决算说明.txt"), dir.resolve("a.txt"));
    Run run = run("bench", "--scale", "20,0", dir.toString());
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("--scale must be at least 1, not 0"), run::err);
  }

  @Test
  void saysSoWhenThereIsNothingToTime(@TempDir Path dir) {
    Run run = run("bench", dir.toString());
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertEquals("suanzhang: no files to time", run.err().strip());
  }

  @Test
  void refusesZeroRoundsBeforeWarmingUp(@TempDir Path dir) throws Exception {
    Files.copy(SAMPLES.resolve("written/示例县医疗保障局2023年度部门决算说明.txt"), dir.resolve("a.txt"));
    Run run = run("bench", "--rounds", "0", dir.toString());
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("--rounds must be at least 1, not 0"), run::err);
  }

  private static Matcher line(String line, String pattern) {
    Matcher m = Pattern.compile(pattern).matcher(line);
    assertTrue(m.matches(), () -> "'" + line + "' is not of the form " + pattern);
    return m;
  }

  private static double number(Matcher m, int group) {
    return Double.parseDouble(m.group(group));
  }

  /** A ratio or rate: a finite number above zero (0.00 would be a time too small to measure). */
  private static void positive(Matcher m, int group) {
    double value = number(m, group);
    assertTrue(Double.isFinite(value) && value > 0, () -> m.group() + ": group " + group);
  }
}
