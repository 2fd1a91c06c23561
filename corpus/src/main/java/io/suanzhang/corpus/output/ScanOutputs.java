package io.suanzhang.corpus.output;

import com.google.common.collect.ListMultimap;
import com.google.common.collect.Multimaps;
import io.suanzhang.checks.cross.CrossDocuments;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes the result files of a batch scan from its {@code documents.jsonl} (one analysis per line, as
 * {@code suanzhang extract} prints them, unreadable documents included):
 *
 * <ul>
 *   <li>{@value #FINDINGS_CSV}: one row per finding, with its document and report, the stated and
 *       recomputed values, the pages and the evidence;
 *   <li>{@value #FACTS_CSV}: one row per fact, its values as plain decimals, its span, page and quote;
 *   <li>{@value #SUMMARY_XLSX}: the documents, findings and facts as three sheets;
 *   <li>{@value #REPORT_HTML}: one self-contained page for review, documents with the most errors and
 *       warnings first, each finding's evidence highlighted in its quote; past 500 documents they go
 *       on in {@code report-2.html}, {@code report-3.html} …, linked from the first page's index.
 * </ul>
 *
 * <p>The documents file is read as a stream, and each document in it part by part; what report.html
 * shows of a document is noted as it passes, within a budget, and a document past it is read again
 * for the page: memory does not grow with the number of documents beyond a small entry for each and
 * that budget, nor with the size of one; report.html shows the first {@value ResultsPage#FINDINGS_SHOWN} findings of a document and
 * says how many more findings.csv lists. A line that is not an analysis is reported as a document
 * that failed with {@code corrupt}, not thrown.
 */
public final class ScanOutputs {

  public static final String DOCUMENTS_JSONL = "documents.jsonl";
  public static final String FINDINGS_CSV = "findings.csv";
  public static final String FACTS_CSV = "facts.csv";
  public static final String SUMMARY_XLSX = "summary.xlsx";
  public static final String REPORT_HTML = "report.html";

  private ScanOutputs() {}

  /**
   * Writes the four result files into {@code outDir} (created if missing, files replaced).
   *
   * @throws IOException if the documents file cannot be read or a result cannot be written
   */
  public static ScanTotals write(Path outDir, Path documentsJsonl) throws IOException {
    return new OutputRun(outDir, documentsJsonl, OutputRun.Amendments.NONE).write();
  }

  /**
   * Writes the four result files while the cross-document checks of the same documents run beside
   * them, and returns the pairs: a report's rows wait for its own department's pairs only, so that the
   * checks and the writing share the machine rather than take turns. The files are those of {@link
   * #write(Path, Path, List)} with the pairs {@link CrossDocuments#check(Path,
   * CrossDocuments.Settings)} finds.
   *
   * @throws IOException if the documents file cannot be read or a result cannot be written
   */
  public static List<CrossDocuments.Pair> writeChecked(
      Path outDir, Path documentsJsonl, CrossDocuments.Settings settings) throws IOException {
    CrossBeside cross = CrossBeside.start(documentsJsonl, null, settings);
    new OutputRun(outDir, documentsJsonl, cross).write();
    return cross.pairs();
  }

  /**
   * {@link #writeChecked(Path, Path, CrossDocuments.Settings)} for a documents file whose documents
   * are {@code listed}, a line each in order, as the scan that wrote it knows them: the checks read
   * the file once rather than twice ({@link CrossDocuments#check(Path, List,
   * CrossDocuments.Settings, CrossDocuments.Listener)}).
   *
   * @throws IOException if the documents file cannot be read, is not the one listed, or a result
   *     cannot be written
   */
  public static List<CrossDocuments.Pair> writeChecked(Path outDir, Path documentsJsonl,
      List<CrossDocuments.Listed> listed, CrossDocuments.Settings settings) throws IOException {
    CrossBeside cross = CrossBeside.start(documentsJsonl, listed, settings);
    new OutputRun(outDir, documentsJsonl, cross).write();
    return cross.pairs();
  }

  /**
   * Writes the four result files with the scan's cross-document checks added to the reports that
   * carry them ({@link CrossDocuments.Pair#document()}), after their own checks and findings.
   *
   * @throws IOException if the documents file cannot be read or a result cannot be written
   */
  public static ScanTotals write(Path outDir, Path documentsJsonl, List<CrossDocuments.Pair> cross)
      throws IOException {
    return new OutputRun(outDir, documentsJsonl, amendments(cross)).write();
  }

  /** The pairs of cross-document checks as what they add to the reports that carry them. */
  static OutputRun.Amendments amendments(List<CrossDocuments.Pair> cross) {
    ListMultimap<String, CrossDocuments.Pair> byDocument =
        Multimaps.index(cross, CrossDocuments.Pair::document);
    return new OutputRun.Amendments() {
      @Override
      public List<Finding> findings(String path) {
        return byDocument.get(path).stream()
            .map(CrossDocuments.Pair::finding).filter(Objects::nonNull).toList();
      }

      @Override
      public List<Check> checks(String path) {
        return byDocument.get(path).stream().map(CrossDocuments.Pair::check).toList();
      }

      @Override
      public List<CrossDocuments.Pair> pairs() {
        return cross;
      }
    };
  }
}
