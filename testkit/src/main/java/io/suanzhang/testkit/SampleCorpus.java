package io.suanzhang.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.suanzhang.core.answer.AnswerKey;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Writes the generated sample corpus: three consistent reports and one report per {@link ErrorKind}
 * that goes into one report, as TXT, Markdown, DOCX, XLSX and PDF, then a {@link ReportSet} (a
 * department's 预算, 决算 and self-evaluations of one year) with a {@link ErrorKind#CROSS_DOCUMENT}
 * error, with their {@link AnswerKey} as {@code answers.json}.
 * The same seed writes the same files (PDF and Office files carry no dates that change between runs
 * but their zip and PDF metadata: compare {@code answers.json}).
 *
 * <pre>
 * java -cp … io.suanzhang.testkit.SampleCorpus samples/generated [seed]
 * </pre>
 *
 * <p>The cross-reference error stands in a short project report (a summary and its own table):
 * inside a whole generated report the rule does not yet compare a changed summary with its table.
 */
public final class SampleCorpus {

  /** The seed of the committed corpus, {@code samples/generated}. */
  public static final long SEED = 20_240_601L;

  /**
   * What each file holds and its format.
   */
  private static final List<Map.Entry<Optional<ErrorKind>, Rendering>> PLAN = List.of(
      Map.entry(Optional.empty(), Rendering.TXT),
      Map.entry(Optional.of(ErrorKind.PART), Rendering.DOCX),
      Map.entry(Optional.of(ErrorKind.TOTAL), Rendering.PDF),
      Map.entry(Optional.of(ErrorKind.RATE), Rendering.TXT),
      Map.entry(Optional.of(ErrorKind.SHARE), Rendering.DOCX),
      Map.entry(Optional.of(ErrorKind.GROWTH), Rendering.MD),
      Map.entry(Optional.of(ErrorKind.CHANGE), Rendering.TXT),
      Map.entry(Optional.of(ErrorKind.TITLE_YEAR), Rendering.PDF),
      Map.entry(Optional.of(ErrorKind.CROSS_REFERENCE), Rendering.TXT),
      Map.entry(Optional.of(ErrorKind.UNIT), Rendering.DOCX),
      Map.entry(Optional.of(ErrorKind.TARGET), Rendering.MD),
      Map.entry(Optional.of(ErrorKind.CONTRADICTION), Rendering.MD),
      Map.entry(Optional.of(ErrorKind.PLACEHOLDER), Rendering.DOCX),
      Map.entry(Optional.of(ErrorKind.RATE), Rendering.XLSX),
      Map.entry(Optional.empty(), Rendering.PDF));

  private SampleCorpus() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      throw new IllegalArgumentException("usage: SampleCorpus <output folder> [seed]");
    }
    long seed = args.length == 2 ? Long.parseLong(args[1]) : SEED;
    AnswerKey key = write(Path.of(args[0]), seed);
    PrintStream out = new PrintStream(System.out, true, UTF_8);
    for (AnswerKey.FileAnswers f : key.files()) {
      out.printf(Locale.ROOT, "%-40s %s%n", f.file(),
          f.errors().isEmpty() ? "consistent" : f.errors().get(0).kind() + " (" + f.errors().get(0).rule() + ")");
    }
  }

  /**
   * The formats of a report set's files: the budget, the final accounts, the self-evaluations (the
   * last format repeated for more), then last year's final accounts.
   */
  private static final List<Rendering> SET_RENDERINGS =
      List.of(Rendering.DOCX, Rendering.PDF, Rendering.TXT, Rendering.MD, Rendering.TXT);
  private static final Rendering PREVIOUS_YEAR_RENDERING = Rendering.XLSX;

  /**
   * Writes a {@link ReportSet} with a cross-document error in one self-evaluation, numbered from
   * {@code n + 1}; returns the last number used.
   */
  private static int writeSet(Path dir, Random random, Years years, int n,
      List<AnswerKey.FileAnswers> files) throws IOException {
    ReportSet.Injected injected;
    do {
      injected = Testkit.crossDocumentError(random.nextLong());
    } while (!years.claim(injected.set().finalAccounts().department(),
        injected.set().finalAccounts().year() - 1, injected.set().finalAccounts().year()));
    List<GeneratedReport> reports = injected.set().reports();
    for (int i = 0; i < reports.size(); i++) {
      GeneratedReport r = reports.get(i);
      Rendering rendering = r == injected.set().previousYear() ? PREVIOUS_YEAR_RENDERING
          : SET_RENDERINGS.get(Math.min(i, SET_RENDERINGS.size() - 1));
      String name = String.format(Locale.ROOT, "%02d-%s", ++n, r.title());
      List<AnswerKey.Answer> answers = r.name().equals(injected.error().report().name())
          ? List.of(injected.error().answer(rendering)) : List.of();
      Path file = rendering.renderInto(r.named(name), dir);
      files.add(new AnswerKey.FileAnswers(file.getFileName().toString(), rendering.extension(), answers));
    }
    return n;
  }

  /** Writes the corpus of {@code seed} into {@code dir} and returns its answer key. */
  public static AnswerKey write(Path dir, long seed) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(seed);
    List<AnswerKey.FileAnswers> files = new ArrayList<>();
    Years years = new Years();
    int n = 0;
    for (Map.Entry<Optional<ErrorKind>, Rendering> planned : PLAN) {
      n++;
      ErrorKind kind = planned.getKey().orElse(null);
      Rendering rendering = planned.getValue();
      if (!rendering.available()) {
        throw new IllegalStateException("cannot write " + rendering + " here: "
            + io.suanzhang.testkit.render.PdfRenderer.MISSING_FONT);
      }
      long reportSeed;
      GeneratedReport report;
      do {
        reportSeed = random.nextLong();
        Generator g = new Generator(new Random(reportSeed));
        report = kind == ErrorKind.CROSS_REFERENCE ? g.projectReport("r") : g.report("r");
      } while (!years.claim(report.department(), report.year()));
      String name = String.format(Locale.ROOT, "%02d-%s%d年度%s", n, report.department(), report.year(),
          kind == ErrorKind.CROSS_REFERENCE ? "部门决算（项目支出部分）" : "部门决算");
      List<AnswerKey.Answer> answers = new ArrayList<>();
      if (kind != null) {
        Injector injector = new Injector(new Random(reportSeed ^ kind.ordinal()));
        InjectedError e = injector.inject(report, kind);
        report = e.report();
        answers.add(e.answer(rendering));
      }
      Path file = rendering.renderInto(report.named(name), dir);
      files.add(new AnswerKey.FileAnswers(file.getFileName().toString(), rendering.extension(), answers));
    }
    n = writeSet(dir, random, years, n, files);
    AnswerKey key = new AnswerKey(seed, files);
    key.write(dir.resolve(AnswerKey.FILE_NAME));
    return key;
  }

  /**
   * The years each department's reports are of. Reports made apart are not meant to agree, so no two
   * of one department are of the same or of consecutive years: a scan would compare them.
   */
  private static final class Years {
    private final Map<String, java.util.Set<Integer>> byDepartment = new java.util.HashMap<>();

    /** Takes the years for the department unless one of them is taken or next to a taken one. */
    boolean claim(String department, int... wanted) {
      java.util.Set<Integer> taken = byDepartment.computeIfAbsent(department, d -> new java.util.HashSet<>());
      for (int y : wanted) {
        if (taken.contains(y - 1) || taken.contains(y) || taken.contains(y + 1)) {
          return false;
        }
      }
      for (int y : wanted) {
        taken.add(y);
      }
      return true;
    }
  }
}
