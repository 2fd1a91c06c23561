package io.suanzhang.corpus.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * {@code suanzhang bench --scale N}: the whole {@code scan}, as the processes a user runs, on N
 * distinct copies of the given files, against bare Tika text extraction of the same files in one JVM,
 * with 1 job and with one a core, and with 1 job pinned to one core where {@code taskset} is there
 * (the baseline of the speed-up); and {@code pdftotext -layout} where poppler is installed. Every
 * figure is measured in this run, and the ratios are what the project is held to.
 */
public final class ScaleBench {

  /** The worker heap the scan's summary reports: {@code …; peak worker heap 211 MB of 512 MB}. */
  private static final Pattern PEAK = Pattern.compile("peak worker heap (\\d+) MB of (\\d+) MB");

  private static final Pattern PAGES = Pattern.compile("pages (\\d+)");

  private final PrintWriter out;
  private final int cores = Runtime.getRuntime().availableProcessors();

  public ScaleBench(PrintWriter out) {
    this.out = out;
  }

  /** Runs each scale in turn, {@code rounds} times each (medians printed); returns the exit status. */
  public int run(List<Path> files, List<Integer> scales, int rounds) throws IOException, InterruptedException {
    Path root = Files.createTempDirectory("suanzhang-bench");
    try {
      boolean pdftotext = onPath("pdftotext");
      boolean pinned = cores > 1 && onPath("taskset");
      out.printf(Locale.ROOT, "%d files given; %d cores; %d round(s) a scale, medians shown%n",
          files.size(), cores, rounds);
      warmUp(root, files);
      for (int n : scales) {
        Path dir = Files.createDirectories(root.resolve("copies-" + n));
        List<Path> copies = Copies.make(files, n, dir);
        if (copies.isEmpty()) {
          out.println("no file to copy");
          return 2;
        }
        scale(root, dir, copies, rounds, pdftotext, pinned);
        Copies.delete(dir);
      }
      return 0;
    } finally {
      Copies.delete(root);
    }
  }

  /**
   * One scan, not timed, before any that is: the first scan of a build writes the class archives its
   * own JVM and its workers map in later scans (half a second and more of their start), as it would
   * for a user once, and it is not the one the figures should meet.
   */
  private void warmUp(Path root, List<Path> files) throws IOException, InterruptedException {
    Path dir = Files.createDirectories(root.resolve("warm-up"));
    List<Path> two = files.subList(0, Math.min(2, files.size()));
    Copies.make(two, two.size(), dir);
    Path output = root.resolve("warm-up-out");
    scan(dir, output, cores, root);
    Copies.delete(output);
    Copies.delete(dir);
  }

  /**
   * @param pinned whether to time {@code scan --jobs 1} on one core too ({@code taskset}): on more,
   *     its worker compiles with C2 on the core it leaves free and the scan's own JVM works there, so
   *     that {@code --jobs 1} on all cores is no one-core baseline for the speed-up of more jobs
   */
  private void scale(Path root, Path dir, List<Path> copies, int rounds, boolean pdftotext,
      boolean pinned) throws IOException, InterruptedException {
    List<Timed> tika = new ArrayList<>();
    List<Timed> one = new ArrayList<>();
    List<Timed> oneCore = new ArrayList<>();
    List<Timed> all = new ArrayList<>();
    List<Timed> poppler = new ArrayList<>();
    long pages = 0;
    long peak = 0;
    long heapLimit = 0;
    boolean identical = true;
    for (int r = 0; r < rounds; r++) {
      Timed t = Timed.run(java(BareTika.class.getName(), dir.toString()), root);
      Matcher m = PAGES.matcher(t.out());
      pages = m.find() ? Long.parseLong(m.group(1)) : 0;
      tika.add(t);
      Path out1 = root.resolve("scan-1");
      Path outN = root.resolve("scan-n");
      // The scan the targets are about right after Tika: the machine changes from minute to minute.
      all.add(scan(dir, outN, cores, root));
      one.add(scan(dir, out1, 1, root));
      if (pinned) {
        Path outP = root.resolve("scan-pinned");
        oneCore.add(scan(dir, outP, 1, root, List.of("taskset", "-c", "0")));
        Copies.delete(outP);
      }
      for (Timed s : List.of(one.get(r), all.get(r))) {
        Matcher p = PEAK.matcher(s.out() + s.err());
        if (p.find()) {
          peak = Math.max(peak, Long.parseLong(p.group(1)));
          heapLimit = Long.parseLong(p.group(2));
        }
      }
      // Compared as streams: 1,000 reports make a documents file of 260 MB, two of which do not fit
      // the bench's heap.
      identical &= Files.mismatch(out1.resolve("documents.jsonl"), outN.resolve("documents.jsonl")) < 0;
      Copies.delete(out1);
      Copies.delete(outN);
      if (pdftotext) {
        poppler.add(pdftotext(copies, root));
      }
    }
    Timed t = median(tika);
    Timed s1 = median(one);
    Timed sn = median(all);
    out.printf(Locale.ROOT, "%n%d files, %d pages (as Tika counts them)%n", copies.size(), pages);
    out.println(
        "                          wall s     CPU s   wall/Tika  CPU/Tika  pages per CPU-s  cores used");
    row("bare Tika, 1 JVM", t, t, pages);
    row("scan --jobs 1", s1, t, pages);
    row("scan --jobs " + cores, sn, t, pages);
    if (pinned) {
      row("scan --jobs 1, 1 core", median(oneCore), t, pages);
    }
    if (pdftotext) {
      row("pdftotext -layout", median(poppler), t, pages);
    }
    out.printf(Locale.ROOT, "targets: scan CPU/Tika ≤ 1.00, wall/Tika ≤ 1.20%n");
    out.printf(Locale.ROOT, "jobs %d against 1: %.2f× faster (target ≥ 1.6 on 2 cores)%n",
        cores, (double) s1.wallNanos() / sn.wallNanos());
    if (pinned) {
      out.printf(Locale.ROOT, "jobs %d on %d cores against 1 job on 1 core (taskset): %.2f× faster%n",
          cores, cores, (double) median(oneCore).wallNanos() / sn.wallNanos());
    }
    paired(tika, one, all);
    if (cores > 0) {
      out.printf(Locale.ROOT,
          "pages/s per core, scan --jobs %d: %.1f (pages ÷ wall s ÷ cores; target ≥ 150)%n",
          cores, pages / seconds(sn.wallNanos()) / cores);
    }
    if (pdftotext && sn.cpuNanos().isPresent() && s1.cpuNanos().isPresent()
        && median(poppler).cpuNanos().isPresent()) {
      long poppled = median(poppler).cpuNanos().getAsLong();
      out.printf(Locale.ROOT, "scan CPU against pdftotext -layout: %.1f× (--jobs %d), %.1f× (--jobs 1)%n",
          (double) sn.cpuNanos().getAsLong() / poppled, cores,
          (double) s1.cpuNanos().getAsLong() / poppled);
    }
    out.printf(Locale.ROOT, "peak worker heap %d MB of %d MB (target ≤ 512)%n", peak, heapLimit);
    out.printf(Locale.ROOT, "documents.jsonl of --jobs 1 and --jobs %d: %s%n", cores,
        identical ? "byte-identical" : "DIFFERENT");
    for (Timed s : List.of(s1, sn)) {
      if (s.status() > 1) {
        out.printf(Locale.ROOT, "a scan ended with status %d: %s%n", s.status(), s.err().strip());
      }
    }
    out.flush();
  }

  private void row(String name, Timed run, Timed tika, long pages) {
    OptionalLong cpu = run.cpuNanos();
    // Cores used (CPU ÷ wall) says what a row's wall time had to work with: one job on all cores also
    // compiles with C2 and writes the outputs on the core its worker leaves, so the speed-up of all
    // jobs over one is bounded by how many cores that one job already kept busy.
    out.printf(Locale.ROOT, "%-22s %9.2f %9s %11.2f %9s %16s %11s%n",
        name,
        seconds(run.wallNanos()),
        cpu.isPresent() ? String.format(Locale.ROOT, "%.2f", seconds(cpu.getAsLong())) : "n/a",
        (double) run.wallNanos() / tika.wallNanos(),
        cpu.isPresent() && tika.cpuNanos().isPresent()
            ? String.format(Locale.ROOT, "%.2f", (double) cpu.getAsLong() / tika.cpuNanos().getAsLong())
            : "n/a",
        cpu.isPresent() && pages > 0
            ? String.format(Locale.ROOT, "%.1f", pages / seconds(cpu.getAsLong()))
            : "n/a",
        cpu.isPresent()
            ? String.format(Locale.ROOT, "%.2f", (double) cpu.getAsLong() / run.wallNanos())
            : "n/a");
  }

  /** The scan as {@code bin/suanzhang scan} runs it: its own JVM's options, then the command. */
  private Timed scan(Path dir, Path output, int jobs, Path root) throws IOException, InterruptedException {
    return scan(dir, output, jobs, root, List.of());
  }

  /** The scan, run through {@code launcher} ({@code taskset -c 0}) where it is not empty. */
  private Timed scan(Path dir, Path output, int jobs, Path root, List<String> launcher)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(launcher);
    Path script = script();
    if (script != null) {
      command.add(script.toString());
    } else {
      command.add(javaCommand());
      command.addAll(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.suanzhang.corpus.Main"));
    }
    command.addAll(List.of("scan", "--jobs", String.valueOf(jobs), "--out", output.toString(), dir.toString()));
    return Timed.run(command, root);
  }

  /**
   * {@code bin/suanzhang} beside the jar this runs from ({@code corpus/target/suanzhang.jar}): the
   * scan is timed as the script starts it (its JVM options, its class archive); from elsewhere (the
   * tests' class folders) the scan's JVM is started with the script's options but no archive.
   */
  private static @Nullable Path script() {
    Path jar = Path.of(System.getProperty("java.class.path", "")).toAbsolutePath();
    Path target = jar.getParent();
    Path module = target == null ? null : target.getParent();
    Path repository = module == null ? null : module.getParent();
    if (!String.valueOf(jar.getFileName()).equals("suanzhang.jar") || repository == null) {
      return null;
    }
    Path script = repository.resolve("bin").resolve("suanzhang");
    return Files.isExecutable(script) ? script : null;
  }

  private static Timed pdftotext(List<Path> copies, Path root) throws IOException, InterruptedException {
    Timed sum = null;
    for (Path f : copies) {
      if (!f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
        continue;
      }
      Timed t = Timed.run(List.of("pdftotext", "-layout", f.toString(), "-"), root);
      sum = sum == null ? t : sum.plus(t);
    }
    return sum == null ? new Timed(0, 1, OptionalLong.of(0), "", "") : sum;
  }

  private static List<String> java(String main, String... args) {
    List<String> command = new ArrayList<>(List.of(javaCommand(), "-Xmx512m", "-cp",
        System.getProperty("java.class.path"), main));
    command.addAll(List.of(args));
    return command;
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(java.io.File.pathSeparator))
        .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, program)));
  }

  /**
   * The ratios of each round's runs, which ran minutes apart at most: on a shared machine whose speed
   * drifts by a tenth from one minute to the next, their median and spread say more than the ratio of
   * the medians, which may come from different rounds.
   */
  private void paired(List<Timed> tika, List<Timed> one, List<Timed> all) {
    List<Double> cpu = new ArrayList<>();
    List<Double> wall = new ArrayList<>();
    List<Double> jobs = new ArrayList<>();
    for (int r = 0; r < tika.size(); r++) {
      Timed t = tika.get(r);
      Timed n = all.get(r);
      wall.add((double) n.wallNanos() / t.wallNanos());
      jobs.add((double) one.get(r).wallNanos() / n.wallNanos());
      if (n.cpuNanos().isPresent() && t.cpuNanos().isPresent()) {
        cpu.add((double) n.cpuNanos().getAsLong() / t.cpuNanos().getAsLong());
      }
    }
    out.printf(Locale.ROOT, "each round's own ratios, median (lowest–highest) of %d: scan --jobs %d against"
            + " Tika CPU %s, wall %s; jobs %d against 1 %s×%n",
        tika.size(), cores, spread(cpu), spread(wall), cores, spread(jobs));
  }

  private static String spread(List<Double> values) {
    if (values.isEmpty()) {
      return "n/a";
    }
    List<Double> sorted = values.stream().sorted().toList();
    return String.format(Locale.ROOT, "%.2f (%.2f–%.2f)",
        sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
  }

  /** The run of median wall time. */
  private static Timed median(List<Timed> runs) {
    List<Timed> sorted = new ArrayList<>(runs);
    sorted.sort(java.util.Comparator.comparingLong(Timed::wallNanos));
    return sorted.get(sorted.size() / 2);
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
