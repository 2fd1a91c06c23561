package io.suanzhang.corpus.output;

import io.suanzhang.checks.cross.CrossDocuments;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.AnalysisParts;
import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.Format;
import io.suanzhang.core.Problem;
import io.suanzhang.core.ReportInfo;
import io.suanzhang.core.Source;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.corpus.worker.AnalysisTally;
import io.suanzhang.corpus.worker.CheckedNumbers;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.SpreadsheetVersion;
import org.jspecify.annotations.Nullable;

/**
 * One writing of the result files. The first pass streams the documents file into the CSV files and
 * the workbook, keeps a small entry per document and notes what the page shows of it, within a
 * budget ({@link PageDocuments}); the page is then written in its order (most errors and warnings
 * first), a document whose notes did not fit read again by the offsets the first pass noted. Each
 * document is read part by part ({@link AnalysisParts}): a row is written as its fact or finding is
 * read, and no document is ever held whole, however large.
 */
final class OutputRun {

  private final Path outDir;
  private final Path documentsFile;
  private final String documentsName;
  private final Budget budget;
  private final Amendments amend;
  /** Documents the last {@link #write} showed on the page as noted in the rows' pass. */
  private int pagesNoted;
  /** The most documents the last {@link #write} held for their amendments at once. */
  private int mostHeld;

  OutputRun(Path outDir, Path documentsFile, Amendments amend) {
    this(outDir, documentsFile, Budget.defaults(), amend);
  }

  OutputRun(Path outDir, Path documentsFile, Budget budget, Amendments amend) {
    this.outDir = outDir;
    this.documentsFile = documentsFile;
    Path name = documentsFile.getFileName();
    this.documentsName = name == null ? documentsFile.toString() : name.toString();
    this.budget = budget;
    this.amend = amend;
  }

  /**
   * What one writing of the outputs holds and writes at most.
   *
   * @param rowLimit rows of a sheet of the workbook
   * @param pageSize documents on a page of report.html
   * @param heldMax documents held for their amendments at most ({@link HeldRows})
   * @param heldBytes what the finding rows held for their amendments take of the heap at most: a
   *     document whose rows could take them past it is not read until the amendments before it, or
   *     its own where its rows alone could, are known ({@link HeldRows#room}); so that how much is
   *     held does not hang on how far ahead of the cross-document checks the writing happens to be
   * @param deferredMax the longest line read once, its rows kept until it has been read through
   *     ({@link #DEFERRED_MAX})
   * @param pageBudget characters of what the page shows held from the rows' pass ({@link
   *     PageDocuments})
   */
  record Budget(int rowLimit, int pageSize, int heldMax, long heldBytes, long deferredMax,
      long pageBudget) {

    /** The budget of a scan: the held rows bounded by a sixteenth of the heap. */
    static Budget defaults() {
      return new Budget(SpreadsheetVersion.EXCEL2007.getMaxRows(), ResultsPage.PAGE_SIZE, HELD_MAX,
          Runtime.getRuntime().maxMemory() / 16, DEFERRED_MAX, PageDocuments.BUDGET);
    }

    Budget withRows(int rowLimit, int pageSize) {
      return new Budget(rowLimit, pageSize, heldMax, heldBytes, deferredMax, pageBudget);
    }

    Budget withHeld(int heldMax, long heldBytes) {
      return new Budget(rowLimit, pageSize, heldMax, heldBytes, deferredMax, pageBudget);
    }

    Budget withDeferredMax(long deferredMax) {
      return new Budget(rowLimit, pageSize, heldMax, heldBytes, deferredMax, pageBudget);
    }

    Budget withPageBudget(long pageBudget) {
      return new Budget(rowLimit, pageSize, heldMax, heldBytes, deferredMax, pageBudget);
    }
  }

  ScanTotals write() throws IOException {
    if (!Files.isRegularFile(documentsFile)) {
      throw new IOException(
          "cannot write scan results: the documents file " + documentsFile + " does not exist");
    }
    Files.createDirectories(outDir);
    List<Entry> entries = new ArrayList<>();
    Overview overview = new Overview();
    try (JsonLines lines = new JsonLines(documentsFile);
        FileChannel channel = JsonLines.open(documentsFile);
        CsvTable findings = CsvTable.create(outDir.resolve(ScanOutputs.FINDINGS_CSV), Tables.FINDINGS);
        CsvTable facts = CsvTable.create(outDir.resolve(ScanOutputs.FACTS_CSV), Tables.FACTS);
        SummaryWorkbook book = new SummaryWorkbook(documentsName, budget.rowLimit());
        SheetFeed sheets = new SheetFeed()) {
      PageDocuments pages = new PageDocuments(budget.pageBudget());
      HeldRows held = new HeldRows(amend, budget.heldMax(), budget.heldBytes(), findings, book,
          sheets, entries, overview);
      long index = 0;
      for (JsonLines.Line line = lines.next(); line != null; line = lines.next()) {
        long at = index++;
        held.release(false);
        if (!held.isEmpty() || !amend.settled(at)) {
          held.room(at, line.length()); // it is to be held: within the budget
        }
        if (held.isEmpty() && amend.settled(at)) {
          DocumentRows t = new DocumentRows(findings, facts, book, sheets, overview, false);
          t.notePage(pages);
          held.finish(line, read(channel, line, t, amend));
        } else {
          // Its amendments are still being found: its facts are written now, its findings when they
          // are known, after those of the documents before it.
          DocumentRows t = new DocumentRows(findings, facts, book, sheets, overview, true);
          t.notePage(pages);
          held.add(at, line, read(channel, line, t, Amendments.NONE), t.heldRows());
        }
      }
      held.release(true);
      mostHeld = held.mostDocuments();
      sheets.finish();
      // The workbook is written beside the results page: they share nothing, and by now the
      // workers are done and a core is free.
      ExecutorService side = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "suanzhang-summary-workbook");
        t.setDaemon(true);
        return t;
      });
      Future<?> workbook = side.submit(() -> {
        book.write(outDir.resolve(ScanOutputs.SUMMARY_XLSX));
        return null;
      });
      side.shutdown();
      try {
        entries.sort(Entry.ORDER);
        ResultsPage.write(
            outDir.resolve(ScanOutputs.REPORT_HTML), documentsName, overview, entries,
            e -> {
              PageDocument noted = pages.remove(e.line());
              return noted != null ? noted : PageDocument.read(
                  () -> JsonLines.region(channel, e.offset(), e.length()),
                  amend.findings(e.path()), e.line(), this::failed,
                  e.errors() + e.warnings() + e.infos() > 0);
            },
            budget.pageSize(), amend.pairs());
      } finally {
        pagesNoted = pages.served();
        finished(workbook); // before the workbook is closed
      }
    }
    return overview.totals();
  }

  /** Documents the last {@link #write} showed on the page as noted while their rows were written. */
  int pagesNoted() {
    return pagesNoted;
  }

  /** The most documents the last {@link #write} held for their amendments at once. */
  int mostHeld() {
    return mostHeld;
  }

  /** Waits for a side task and rethrows what it failed with. */
  private static void finished(Future<?> task) throws IOException {
    try {
      task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while the summary workbook was being written");
    } catch (ExecutionException e) {
      rethrow(e.getCause());
    }
  }

  /** Rethrows what a side thread of the outputs failed with, as it was (checked ones as IO). */
  static void rethrow(Throwable failure) throws IOException {
    if (failure instanceof IOException io) {
      throw io;
    }
    if (failure instanceof RuntimeException re) {
      throw re;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    throw new IOException(failure);
  }

  /**
   * Reads a line into {@code t} and its amendments after its own parts; a line that is not an
   * analysis gives the tally of a failed document saying why, and no row is written for it. A line of
   * up to {@code deferredMax} bytes ({@value #DEFERRED_MAX}) is read once, its rows kept until it has
   * been read through; a longer one is first checked whole (unparsed), so that its rows need not be
   * kept.
   */
  private AnalysisTally read(
      FileChannel channel, JsonLines.Line line, DocumentRows t, Amendments amend) throws IOException {
    try {
      if (line.length() <= budget.deferredMax()) {
        t.defer();
      } else {
        try (InputStream in = buffered(JsonLines.region(channel, line.offset(), line.length()))) {
          AnalysisParts.read(in, new AnalysisParts.Visitor() {
            @Override
            public boolean wants(AnalysisParts.Part part) {
              return false;
            }
          });
        }
      }
      try (InputStream in = buffered(JsonLines.region(channel, line.offset(), line.length()))) {
        AnalysisParts.read(in, new Amended(t, amend));
      }
    } catch (DocumentRows.RowsNotWritten e) {
      throw e.getCause(); // the output's fault, not the line's
    } catch (IOException | RuntimeException e) {
      t.discard();
      return failed(line, e);
    }
    t.flush(); // what a line read once did to the outputs, now that it has been read through
    return t;
  }

  /** The tally of a line that is not an analysis. */
  private AnalysisTally failed(JsonLines.Line line, Exception e) {
    AnalysisTally failed = new AnalysisTally();
    AnalysisParts.replay(failed(line.number(), e), failed);
    return failed;
  }

  static InputStream buffered(InputStream in) {
    return new BufferedInputStream(in, 1 << 16);
  }

  /** The analysis of a line that is not one, saying why. */
  private Analysis failed(long number, Exception e) {
    String where = documentsName + ":" + number;
    String message =
        String.format(
            Locale.ROOT,
            "line %,d of %s is not a document's analysis (%s); was the scan that wrote it cut"
                + " short?",
            number, documentsName, firstLine(e.getMessage()));
    return Analysis.failed(
        new Source(where, "", Format.UNKNOWN, 0, null), new Problem(ErrorCode.CORRUPT, message));
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "no detail";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  /**
   * Checks and findings to add to the document of a path, after its own: the scan's cross-document
   * checks, listed with the report that carries them.
   */
  interface Amendments {
    Amendments NONE = new Amendments() {
      @Override
      public List<Finding> findings(String path) {
        return List.of();
      }

      @Override
      public List<Check> checks(String path) {
        return List.of();
      }
    };

    List<Finding> findings(String path);

    List<Check> checks(String path);

    /** The cross-document pairs themselves, for the page that sets a department's years side by side. */
    default List<CrossDocuments.Pair> pairs() throws IOException {
      return List.of();
    }

    /**
     * Waits until the amendments of the document at {@code index} (the first is 0) are known: where
     * they are found while the rows are written, they come department by department.
     */
    default void await(long index) throws IOException {}

    /** Whether the amendments of the document at {@code index} are known, without waiting. */
    default boolean settled(long index) {
      return true;
    }
  }

  /** Documents held for their amendments at most (a held document keeps its tally and finding rows). */
  static final int HELD_MAX = 1_000;

  /**
   * The longest line read once, its rows kept until it has been read through: reading every line
   * twice (checked, then read) was about a sixth of the CPU of writing the rows, in a profile.
   */
  static final int DEFERRED_MAX = 4 << 20;

  /**
   * Hands a document's parts to a visitor, and then its amendments: its extra findings after its
   * findings, its extra checks after its checks (or at the end, where it had none).
   */
  static final class Amended implements AnalysisParts.Visitor {
    private final AnalysisParts.Visitor v;
    private final Amendments amend;
    private String path = "";
    private boolean findingsDone;
    private boolean checksDone;
    private boolean inFindings;
    private boolean inChecks;

    Amended(AnalysisParts.Visitor v, Amendments amend) {
      this.v = v;
      this.amend = amend;
    }

    @Override
    public boolean wants(AnalysisParts.Part part) {
      return v.wants(part);
    }

    @Override
    public void source(Source s) {
      path = s.path();
      v.source(s);
    }

    @Override
    public void report(io.suanzhang.core.ReportInfo r) {
      v.report(r);
    }

    @Override
    public void section(io.suanzhang.core.fact.Section s) {
      v.section(s);
    }

    @Override
    public void mention(io.suanzhang.core.mention.Mention m) {
      v.mention(m);
    }

    @Override
    public boolean skims() {
      return v.skims();
    }

    @Override
    public void skimmedMention(io.suanzhang.core.mention.MentionKind kind, int start, int end) {
      v.skimmedMention(kind, start, end);
    }

    @Override
    public void fact(io.suanzhang.core.fact.Fact f) {
      v.fact(f);
    }

    @Override
    public void finding(Finding f) {
      inFindings = true;
      v.finding(f);
    }

    @Override
    public void check(Check c) {
      extraFindings();
      inChecks = true;
      v.check(c);
    }

    @Override
    public void skimmedCheck(boolean holds) {
      extraFindings();
      inChecks = true;
      v.skimmedCheck(holds);
    }

    @Override
    public void coverage(int numbers, int checked) {
      extraFindings();
      extraChecks();
      v.coverage(numbers, checked);
    }

    @Override
    public void unchecked(io.suanzhang.core.check.Coverage.Unchecked u) {
      v.unchecked(u);
    }

    @Override
    public void error(Problem p) {
      extraFindings();
      extraChecks();
      v.error(p);
    }

    @Override
    public void warning(io.suanzhang.core.document.Warning w) {
      extraFindings();
      extraChecks();
      v.warning(w);
    }

    /** The findings added once the document's own are through (the lists come in a fixed order). */
    private void extraFindings() {
      if (!findingsDone) {
        findingsDone = true;
        amend.findings(path).forEach(v::finding);
      }
    }

    private void extraChecks() {
      if (!checksDone) {
        checksDone = true;
        amend.checks(path).forEach(v::check);
      }
    }
  }

  /**
   * What the report needs of a document before it reads it again: where its line is, what it is
   * and how much was found in it.
   */
  record Entry(
      long line,
      long offset,
      long length,
      String path,
      boolean failed,
      @Nullable String errorCode,
      int errors,
      int warnings,
      int infos,
      @Nullable String kind,
      @Nullable Integer year,
      @Nullable String department,
      Counts counts) {

    /** Most errors and warnings first, then failed documents, then by path. */
    static final Comparator<Entry> ORDER =
        Comparator.comparingInt((Entry e) -> -(e.errors + e.warnings))
            .thenComparingInt(e -> -e.errors)
            .thenComparing(e -> !e.failed)
            .thenComparing(Entry::path)
            .thenComparingLong(Entry::line);

    static Entry of(JsonLines.Line line, AnalysisTally t) {
      ReportInfo r = t.report();
      return new Entry(
          line.number(), line.offset(), line.length(), t.source().path(), !t.ok(),
          t.ok() ? null : t.errors().get(0).code().jsonName(),
          t.findings(Severity.ERROR), t.findings(Severity.WARNING), t.findings(Severity.INFO),
          r.kind() == null ? null : r.kind().label(), r.year(), r.department(),
          new Counts(t.mentions(), t.facts(), t.holds(), t.checks(), t.checked(), t.numbers(),
              t.checkedNumbers()));
    }

    /** The anchor of the document in report.html. */
    String anchor() {
      return "d" + line;
    }
  }

  /**
   * What the page says was checked in a document, counted as its line was read for the rows (with
   * its amendments, in any order: the counts do not depend on it), so that the page need not read
   * its mentions and checks again.
   */
  record Counts(int mentions, int facts, int holds, int checks, int checked, int numbers,
      CheckedNumbers checkedNumbers) {}

  /** Totals over all documents, findings by key, failures by code. */
  static final class Overview {
    private int documents;
    private int failed;
    private final int[] bySeverity = new int[Severity.values().length];
    private long facts;
    private final Map<String, int[]> byKey = new TreeMap<>();
    private final Map<String, Integer> failures = new TreeMap<>();

    void count(AnalysisTally t) {
      documents++;
      facts += t.facts();
      if (!t.ok()) {
        failed++;
        failures.merge(t.errors().get(0).code().jsonName(), 1, Integer::sum);
      }
      for (Severity s : Severity.values()) {
        bySeverity[s.ordinal()] += t.findings(s);
      }
    }

    /** Counts a finding by its key (the severities are counted with the document). */
    void finding(Finding f) {
      byKey.computeIfAbsent(f.key(), k -> new int[Severity.values().length])[
          f.severity().ordinal()]++;
    }

    ScanTotals totals() {
      return new ScanTotals(
          documents, documents - failed, failed, bySeverity[Severity.ERROR.ordinal()],
          bySeverity[Severity.WARNING.ordinal()], bySeverity[Severity.INFO.ordinal()], facts);
    }

    /** Findings by key, counted by severity (indexed by {@link Severity#ordinal()}). */
    Map<String, int[]> byKey() {
      return byKey;
    }

    /** Failed documents by their first error code. */
    Map<String, Integer> failures() {
      return failures;
    }
  }
}
