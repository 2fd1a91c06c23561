package io.suanzhang.corpus;

import io.suanzhang.checks.cross.CrossDocuments;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.Problem;
import io.suanzhang.corpus.output.OutputsWarmUp;
import io.suanzhang.corpus.output.ScanOutputs;
import io.suanzhang.corpus.scan.AnswerKeys;
import io.suanzhang.corpus.scan.Progress;
import io.suanzhang.corpus.scan.Scan;
import io.suanzhang.corpus.scan.ScanOptions;
import io.suanzhang.corpus.scan.ScanResult;
import io.suanzhang.corpus.scan.ScratchFolder;
import io.suanzhang.corpus.worker.CheckedNumbers;
import io.suanzhang.corpus.worker.DocumentSummary;
import io.suanzhang.corpus.worker.Status;
import io.suanzhang.read.ReadOptions;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Reads files, folders and zip archives in a pool of worker JVMs and prints a line per input and the
 * totals; with {@code --out DIR} also keeps each result and writes {@code DIR/documents.jsonl}.
 */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Read every file under the PATHs (files, folders searched recursively, zip archives) and print a"
          + " line per input and the totals. Documents are read in worker JVMs, two at a time each,"
          + " with a heap and a time limit; one that fails, hangs or runs out of memory becomes an error"
          + " record (a document read beside it is read again alone) and the scan goes on.",
      "With --out DIR each result is kept as it comes, so that a run stopped by Ctrl-C or kill -9"
          + " and started again reads only what is left; DIR/documents.jsonl then holds the extract"
          + " JSON of every input, in the order of their paths.",
      "Exit status: 0 no error finding, 1 error findings, 2 an input could not be read or the"
          + " arguments are wrong."
    })
final class ScanCommand implements Callable<Integer> {

  private static final int FILE_WIDTH = 56;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description = "files, folders (searched recursively) and zip archives (entries are inputs)")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "keep results in DIR/.suanzhang (resumable) and write DIR/documents.jsonl and"
          + " DIR/cross-documents.jsonl")
  @Nullable Path out;

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description = "documents read at once, two to a worker JVM (default: the number of cores, "
          + "${DEFAULT-VALUE}); 0 reads in this JVM, without isolation")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "the longest one document may take (default: ${DEFAULT-VALUE}); raised on a"
          + " later run with the same --out, it reads again only what timed out")
  long timeoutSeconds = ReadOptions.DEFAULT.timeout().toSeconds();

  @Option(
      names = "--max-size",
      paramLabel = "MB",
      description = "the largest input read; larger ones are recorded as too_large (default:"
          + " ${DEFAULT-VALUE}); raised later, it reads again only those")
  long maxSizeMegabytes = ReadOptions.DEFAULT.maxBytes() / (1024 * 1024);

  @Option(
      names = "--worker-heap",
      paramLabel = "MB",
      description = "the heap of each worker JVM (default: ${DEFAULT-VALUE}); raised later, it reads"
          + " again only what ran out of memory")
  int workerHeapMegabytes = ScanOptions.defaults().workerHeapMegabytes();

  @Mixin RuleOptions rules = new RuleOptions();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ScanArchive.tidy();
    ScanOptions options;
    try {
      rules.checks(); // an unknown rule or a bad settings file stops the scan before it starts
      options = ScanOptions.defaults()
          .withJobs(jobs)
          .withTimeout(Duration.ofSeconds(timeoutSeconds))
          .withMaxBytes(Math.multiplyExact(maxSizeMegabytes, 1024L * 1024))
          .withWorkerHeap(workerHeapMegabytes)
          .withRules(rules.settings())
          .withOut(this.out)
          .withProgress(
              System.console() != null ? Progress.Mode.TERMINAL : Progress.Mode.PLAIN,
              Duration.ofSeconds(5));
    } catch (IllegalArgumentException | ArithmeticException e) {
      err.println("suanzhang: " + e.getMessage());
      return 2;
    }
    String root =
        paths.size() == 1 && Files.isDirectory(paths.get(0)) ? paths.get(0) + File.separator : "";
    out.printf(
        Locale.ROOT, "%s %-8s %6s %7s %6s %9s %9s %7s %6s %5s %5s %5s %6s%n", pad("file", FILE_WIDTH),
        "format", "money", "percent", "count", "%checked", "changes", "checks", "holds", "error",
        "warn", "info", "unread");
    out.flush();
    // A generated corpus carries its answers: they are scored, which needs the analyses kept.
    List<Path> keys = AnswerKeys.in(paths);
    Path kept = null;
    if (this.out == null && !keys.isEmpty()) {
      kept = Files.createTempDirectory("suanzhang-scan");
      options = options.withOut(kept);
    }
    ScanResult result;
    // The outputs' code runs cold after the last document unless it is warmed while the first
    // worker starts, with the sample a worker of this build read (kept by an earlier scan).
    String sample = this.out != null && options.jobs() > 0 ? Scan.workerSample() : null;
    ScratchFolder warmUpFolder = null;
    OutputsWarmUp warmUp = null;
    if (sample != null) {
      try {
        warmUpFolder = ScratchFolder.create(Path.of(System.getProperty("java.io.tmpdir")));
        warmUp = OutputsWarmUp.start(
            sample, rules.settings().crossDocuments(), warmUpFolder.dir());
      } catch (IOException e) {
        // No warm-up: the outputs are written all the same, only colder.
      }
    }
    try {
      result = Scan.run(paths, options, err, d -> row(out, root, d));
      List<CrossDocuments.Pair> cross = null;
      UnaryOperator<Analysis> amend = UnaryOperator.identity();
      boolean outputs = this.out != null && result.documentsFile() != null;
      if (outputs) {
        // the cross-document checks run while the result files are written
        cross = ScanOutputs.writeChecked(this.out, result.documentsFile(), listed(result),
            rules.settings().crossDocuments());
        CrossDocuments.write(cross, this.out.resolve(CrossDocuments.FILE_NAME));
      } else if (result.documentsFile() != null) {
        cross = CrossDocuments.check(result.documentsFile(), rules.settings().crossDocuments());
      }
      if (cross != null) {
        amend = CrossDocuments.amending(cross);
      }
      summary(out, result, cross);
      if (outputs) {
        out.println("wrote findings.csv, facts.csv, summary.xlsx and report.html to " + this.out);
      }
      if (!keys.isEmpty()) {
        List<Analysis> analyses;
        try (Stream<Analysis> all = result.analyses()) {
          analyses = all.filter(a -> keys.stream().anyMatch(k -> AnswerKeys.covers(k, a)))
              .map(amend).toList();
        }
        keys.forEach(k -> out.println(AnswerKeys.score(k, analyses)));
      }
    } catch (IOException e) {
      // Not a document's fault (those are records): the output folder, the workers, an interrupt.
      out.flush();
      err.println("suanzhang: " + e.getMessage());
      return 2;
    } finally {
      if (warmUp != null) {
        warmUp.close();
      }
      if (warmUpFolder != null) {
        closeQuietly(warmUpFolder);
      }
      if (kept != null) {
        deleteTree(kept);
      }
    }
    out.flush();
    int errors = result.documents().stream().mapToInt(DocumentSummary::errors).sum();
    return result.failed() > 0 ? 2 : errors > 0 ? 1 : 0;
  }

  /** Deletes a temporary folder; one left behind is deleted by the next scan. */
  private static void closeQuietly(ScratchFolder folder) {
    try {
      folder.close();
    } catch (IOException e) {
      // The next scan deletes it: its lock is gone with this one.
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** What the scan knows of the documents of its documents file, a line each. */
  private static List<CrossDocuments.Listed> listed(ScanResult result) {
    return result.documents().stream()
        .map(d -> new CrossDocuments.Listed(d.read(), d.report())).toList();
  }

  private static void row(PrintWriter out, String root, DocumentSummary d) {
    String name = !root.isEmpty() && d.name().startsWith(root) ? d.name().substring(root.length()) : d.name();
    CheckedNumbers c = d.checked();
    out.printf(
        Locale.ROOT, "%s %-8s %6d %7d %6d %9s %9s %7d %6d %5d %5d %5d %6d%n",
        pad(display(name), FILE_WIDTH), d.format().jsonName(), d.money(), d.percent(), d.count(),
        c.percentsChecked() + "/" + c.percents(), c.changesChecked() + "/" + c.changes(),
        d.checks(), d.holds(), d.errors(), d.warnings(), d.infos(), d.problems().size());
    for (Problem p : d.problems()) {
      out.printf(Locale.ROOT, "    %s: %s%n", p.code().jsonName(), p.message());
    }
    out.flush();
  }

  private void summary(PrintWriter out, ScanResult r, @Nullable List<CrossDocuments.Pair> cross) {
    List<DocumentSummary> docs = r.documents();
    int files = docs.size();
    int failed = r.failed();
    out.printf(
        Locale.ROOT,
        "%d files: %d read, %d unreadable; %d mentions; %d relations checked, %d hold; findings: %d"
            + " errors, %d warnings, %d info%n",
        files, files - failed, failed, docs.stream().mapToInt(DocumentSummary::mentions).sum(),
        docs.stream().mapToInt(DocumentSummary::checks).sum(),
        docs.stream().mapToInt(DocumentSummary::holds).sum(),
        docs.stream().mapToInt(DocumentSummary::errors).sum(),
        docs.stream().mapToInt(DocumentSummary::warnings).sum(),
        docs.stream().mapToInt(DocumentSummary::infos).sum());
    CheckedNumbers checked = docs.stream()
        .map(DocumentSummary::checked).reduce(CheckedNumbers.NONE, CheckedNumbers::plus);
    out.printf(
        Locale.ROOT, "percentages checked: %d of %d (%s); stated changes checked: %d of %d (%s)%n",
        checked.percentsChecked(), checked.percents(),
        share(checked.percentsChecked(), checked.percents()), checked.changesChecked(),
        checked.changes(), share(checked.changesChecked(), checked.changes()));
    String byStatus = byStatus(docs);
    out.printf(Locale.ROOT, "failed by status: %s%n", byStatus.isEmpty() ? "none" : byStatus);
    double seconds = r.elapsed().toMillis() / 1000.0;
    out.printf(
        Locale.ROOT,
        "%d documents read in %.1f s (%.2f documents/s, %s), %d kept from an earlier run, %d"
            + " duplicates%s%n",
        r.read(), seconds, r.documentsPerSecond(),
        jobs == 0 ? "in this JVM" : jobs + (jobs == 1 ? " job" : " jobs"), r.resumed(),
        r.duplicates(),
        r.peakWorkerHeapBytes() > 0
            ? String.format(
                Locale.ROOT, "; peak worker heap %d MB of %d MB",
                (r.peakWorkerHeapBytes() + (1 << 20) - 1) >> 20, workerHeapMegabytes)
            : "");
    if (this.out != null && r.documentsFile() != null) {
      out.println("wrote " + r.documentsFile());
    }
    if (cross != null) {
      out.printf(
          Locale.ROOT, "cross-document checks: %d evaluated, %d findings%s%n", cross.size(),
          cross.stream().filter(p -> !p.holds()).count(),
          this.out == null ? "" : " (" + this.out.resolve(CrossDocuments.FILE_NAME) + ")");
    }
  }

  /**
   * The failures by status and, within a status that has several, by error code, each most frequent
   * first: {@code 8 parse_error (5 corrupt, 2 empty, 1 unsupported), 2 encrypted, 4 too_large (3
   * too_large, 1 zip_bomb)}. A group alone does not say what to do about its inputs.
   */
  static String byStatus(List<DocumentSummary> docs) {
    Map<Status, Map<String, Integer>> codes = new EnumMap<>(Status.class);
    for (DocumentSummary d : docs) {
      if (d.status() != Status.OK) {
        String code = d.problems().isEmpty() ? d.status().jsonName() : d.problems().get(0).code().jsonName();
        codes.computeIfAbsent(d.status(), k -> new TreeMap<>()).merge(code, 1, Integer::sum);
      }
    }
    List<String> parts = new ArrayList<>();
    codes.forEach((status, counts) -> {
      int total = counts.values().stream().mapToInt(Integer::intValue).sum();
      String each = counts.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .map(e -> e.getValue() + " " + e.getKey())
          .collect(Collectors.joining(", "));
      boolean alone = counts.size() == 1 && counts.containsKey(status.jsonName());
      parts.add(total + " " + status.jsonName() + (alone ? "" : " (" + each + ")"));
    });
    return String.join(", ", parts);
  }

  private static String share(int part, int whole) {
    return whole == 0 ? "none stated" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }

  /** Shortens a path from the left to fit the file column. */
  private static String display(String s) {
    if (width(s) <= FILE_WIDTH) {
      return s;
    }
    int start = 0;
    while (width(s.substring(start)) > FILE_WIDTH - 1) {
      start = s.offsetByCodePoints(start, 1);
    }
    return "…" + s.substring(start);
  }

  /** Pads to a width in terminal columns, where a CJK character takes two. */
  static String pad(String s, int columns) {
    return s + " ".repeat(Math.max(0, columns - width(s)));
  }

  static int width(String s) {
    return s.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115f)
        || (cp >= 0x2e80 && cp <= 0xa4cf)
        || (cp >= 0xac00 && cp <= 0xd7a3)
        || (cp >= 0xf900 && cp <= 0xfaff)
        || (cp >= 0xfe30 && cp <= 0xfe4f)
        || (cp >= 0xff00 && cp <= 0xff60)
        || (cp >= 0xffe0 && cp <= 0xffe6)
        || (cp >= 0x20000 && cp <= 0x3fffd);
  }
}
