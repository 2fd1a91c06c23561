package io.suanzhang.corpus.output;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.Format;
import io.suanzhang.core.Json;
import io.suanzhang.core.Problem;
import io.suanzhang.core.Source;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.SpreadsheetVersion;
import org.jspecify.annotations.Nullable;

/**
 * One writing of the result files. The first pass streams the documents file into the CSV files and
 * the workbook and keeps a small entry per document; the second reads the documents again, in the
 * order of the report (most errors and warnings first), by the offsets the first pass noted.
 */
final class OutputRun {

  private final Path outDir;
  private final Path documentsFile;
  private final String documentsName;
  private final int rowLimit;
  private final UnaryOperator<Analysis> amend;
  private final int pageSize;

  OutputRun(Path outDir, Path documentsFile, UnaryOperator<Analysis> amend) {
    this(outDir, documentsFile, SpreadsheetVersion.EXCEL2007.getMaxRows(), ReportPage.PAGE_SIZE,
        amend);
  }

  OutputRun(Path outDir, Path documentsFile, int rowLimit, int pageSize,
      UnaryOperator<Analysis> amend) {
    this.amend = amend;
    this.pageSize = pageSize;
    this.outDir = outDir;
    this.documentsFile = documentsFile;
    Path name = documentsFile.getFileName();
    this.documentsName = name == null ? documentsFile.toString() : name.toString();
    this.rowLimit = rowLimit;
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
        CsvTable findings = CsvTable.create(outDir.resolve(ScanOutputs.FINDINGS_CSV), Tables.FINDINGS);
        CsvTable facts = CsvTable.create(outDir.resolve(ScanOutputs.FACTS_CSV), Tables.FACTS);
        SummaryWorkbook book = new SummaryWorkbook(documentsName, rowLimit)) {
      for (JsonLines.Line line = lines.next(); line != null; line = lines.next()) {
        Analysis a = parse(line.number(), line.bytes());
        book.documents.add(Tables.document(a));
        for (List<@Nullable Object> row : Tables.findings(a)) {
          findings.add(row);
          book.findings.add(row);
        }
        for (List<@Nullable Object> row : Tables.facts(a)) {
          facts.add(row);
          book.facts.add(row);
        }
        entries.add(Entry.of(line, a));
        overview.count(a);
      }
      book.write(outDir.resolve(ScanOutputs.SUMMARY_XLSX));
    }
    entries.sort(Entry.ORDER);
    try (FileChannel channel = JsonLines.open(documentsFile)) {
      ReportPage.write(
          outDir.resolve(ScanOutputs.REPORT_HTML), documentsName, overview, entries,
          e -> parse(e.line(), JsonLines.reread(channel, e.offset(), e.length())), pageSize);
    }
    return overview.totals();
  }

  /** The analysis on a line, amended, or a failed one saying why the line is not one. */
  private Analysis parse(long number, byte[] line) {
    try {
      return amend.apply(Json.mapper().readValue(line, Analysis.class));
    } catch (IOException e) {
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
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "no detail";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  /**
   * What the report needs of a document before it reads it again: where its line is, what it is
   * and how much was found in it.
   */
  record Entry(
      long line,
      long offset,
      int length,
      String path,
      boolean failed,
      @Nullable String errorCode,
      int errors,
      int warnings,
      int infos,
      @Nullable String kind,
      @Nullable Integer year,
      @Nullable String department) {

    /** Most errors and warnings first, then failed documents, then by path. */
    static final Comparator<Entry> ORDER =
        Comparator.comparingInt((Entry e) -> -(e.errors + e.warnings))
            .thenComparingInt(e -> -e.errors)
            .thenComparing(e -> !e.failed)
            .thenComparing(Entry::path)
            .thenComparingLong(Entry::line);

    static Entry of(JsonLines.Line line, Analysis a) {
      int[] counts = Tables.countBySeverity(a.findings());
      return new Entry(
          line.number(), line.offset(), line.bytes().length, a.source().path(), !a.ok(),
          a.errors().isEmpty() ? null : a.errors().get(0).code().jsonName(),
          counts[Severity.ERROR.ordinal()], counts[Severity.WARNING.ordinal()],
          counts[Severity.INFO.ordinal()],
          a.report().kind() == null ? null : a.report().kind().label(), a.report().year(),
          a.report().department());
    }

    /** The anchor of the document in report.html. */
    String anchor() {
      return "d" + line;
    }
  }

  /** Totals over all documents, findings by key, failures by code. */
  static final class Overview {
    private int documents;
    private int failed;
    private final int[] bySeverity = new int[Severity.values().length];
    private long facts;
    private final Map<String, int[]> byKey = new TreeMap<>();
    private final Map<String, Integer> failures = new TreeMap<>();

    void count(Analysis a) {
      documents++;
      facts += a.facts().size();
      if (!a.ok()) {
        failed++;
        failures.merge(a.errors().get(0).code().jsonName(), 1, Integer::sum);
      }
      for (Finding f : a.findings()) {
        bySeverity[f.severity().ordinal()]++;
        byKey.computeIfAbsent(f.key(), k -> new int[Severity.values().length])[
            f.severity().ordinal()]++;
      }
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
