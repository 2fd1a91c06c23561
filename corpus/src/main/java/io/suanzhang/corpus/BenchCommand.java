package io.suanzhang.corpus;

import io.suanzhang.Suanzhang;
import io.suanzhang.core.Analysis;
import io.suanzhang.corpus.bench.BareTika;
import io.suanzhang.corpus.bench.ScaleBench;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.apache.tika.parser.AutoDetectParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Times the pipeline against bare Tika text extraction of the same files in the same run, and one job
 * against two, and prints the ratios the project is measured by.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "Time the whole pipeline against bare Tika text extraction of the same files, in one run,"
            + " and 1 job against 2; print the ratios, pages/s and peak heap. With --scale, time"
            + " the whole scan as processes instead.")
final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "files or folders to time")
  List<Path> paths;

  @Option(
      names = "--rounds",
      description = "timed rounds (default 5 after one warm-up; with --scale, 1 a scale)")
  @Nullable Integer rounds;

  @Option(
      names = "--scale",
      split = ",",
      paramLabel = "N",
      description = "time the whole scan as processes on N distinct copies of the files instead,"
          + " against bare Tika in one JVM, with 1 job and one a core (e.g. --scale 20,200)")
  List<Integer> scales = List.of();

  /**
   * Made when a bench runs: picocli builds every subcommand for every command line, and Tika's parser
   * took 0.4 s of CPU to make at the start of each {@code scan}.
   */
  private @Nullable AutoDetectParser tika;

  @Override
  public Integer call() throws Exception {
    int rounds = this.rounds != null ? this.rounds : scales.isEmpty() ? 5 : 1;
    if (rounds < 1) {
      // Checked before the warm-up, which can take minutes: no round would leave no median to print.
      throw new ParameterException(spec.commandLine(), "--rounds must be at least 1, not " + rounds);
    }
    for (int n : scales) {
      if (n < 1) {
        throw new ParameterException(spec.commandLine(), "--scale must be at least 1, not " + n);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Path> files = files(paths);
    if (files.isEmpty()) {
      spec.commandLine().getErr().println("suanzhang: no files to time");
      return 2;
    }
    if (!scales.isEmpty()) {
      return new ScaleBench(out).run(files, scales, rounds);
    }
    out.printf(Locale.ROOT, "%d files; warming up…%n", files.size());
    out.flush();
    long pages = pipeline(files);
    tika(files);

    long[] tikaNanos = new long[rounds];
    long[] oursNanos = new long[rounds];
    resetPeaks();
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      tika(files);
      long t1 = System.nanoTime();
      pipeline(files);
      long t2 = System.nanoTime();
      tikaNanos[r] = t1 - t0;
      oursNanos[r] = t2 - t1;
    }
    double tikaS = median(tikaNanos) / 1e9;
    double oursS = median(oursNanos) / 1e9;
    out.printf(Locale.ROOT, "bare Tika text extraction:         %8.3f s (median of %d)%n", tikaS, rounds);
    out.printf(Locale.ROOT, "pipeline (read … checks):          %8.3f s%n", oursS);
    out.printf(Locale.ROOT, "ratio pipeline / Tika:             %8.2f   (target ≤ 1.20)%n", oursS / tikaS);
    if (pages > 0) {
      out.printf(
          Locale.ROOT, "pages/s, one core:                 %8.1f   (%d pages; target ≥ 100)%n", pages / oursS,
          pages);
    }
    long oneJobPeak = peakHeap();
    // Largest files first, so that the last one to finish is a small one (the jobs end together).
    List<Path> largestFirst = new ArrayList<>(files);
    largestFirst.sort(java.util.Comparator.comparingLong(BenchCommand::size).reversed());
    long[] oneNanos = new long[rounds];
    long[] twoNanos = new long[rounds];
    for (int r = 0; r < rounds; r++) {
      oneNanos[r] = parallel(largestFirst, 1);
      twoNanos[r] = parallel(largestFirst, 2);
    }
    double one = median(oneNanos) / 1e9;
    double two = median(twoNanos) / 1e9;
    out.printf(
        Locale.ROOT, "1 job %.3f s, 2 jobs %.3f s: speed-up %.2f× (target ≥ 1.6 on 2 cores; %d cores here)%n",
        one, two, one / two, Runtime.getRuntime().availableProcessors());
    // Peaks of the heap's pools added up: an upper bound of what one job held at once.
    out.printf(
        Locale.ROOT, "peak heap of one job %d MB of %d MB max (target ≤ 512 per worker)%n",
        oneJobPeak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    out.flush();
    return 0;
  }

  private long pipeline(List<Path> files) {
    long pages = 0;
    for (Path f : files) {
      Analysis a = Suanzhang.analyse(f);
      Integer p = a.source().pages();
      pages += p == null ? 0 : p;
    }
    return pages;
  }

  private void tika(List<Path> files) throws Exception {
    if (tika == null) {
      tika = new AutoDetectParser();
    }
    for (Path f : files) {
      BareTika.extract(tika, f);
    }
  }

  private static long size(Path f) {
    try {
      return Files.size(f);
    } catch (java.io.IOException e) {
      return 0;
    }
  }

  /** Nanoseconds for {@code jobs} threads to analyse the files twice over. */
  private static long parallel(List<Path> files, int jobs) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(jobs);
    try {
      long t0 = System.nanoTime();
      List<Future<Analysis>> results = new ArrayList<>();
      for (Path f : files) {
        for (int r = 0; r < 2; r++) {
          results.add(pool.submit(() -> Suanzhang.analyse(f)));
        }
      }
      for (Future<Analysis> result : results) {
        result.get();
      }
      return System.nanoTime() - t0;
    } finally {
      pool.shutdownNow();
    }
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  static List<Path> files(List<Path> paths) throws java.io.IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      }
    }
    return files;
  }
}
