package io.suanzhang.corpus.output;

import io.suanzhang.core.Analysis;
import java.util.function.UnaryOperator;
import java.io.IOException;
import java.nio.file.Path;

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
 * <p>The documents file is read as a stream, twice: memory does not grow with the number of
 * documents beyond a small entry for each. A line that is not an analysis is reported as a document
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
    return write(outDir, documentsJsonl, UnaryOperator.identity());
  }

  /**
   * Writes the four result files, each analysis read passed through {@code amend} first: the scan
   * adds the findings of its cross-document checks to the reports that carry them.
   *
   * @throws IOException if the documents file cannot be read or a result cannot be written
   */
  public static ScanTotals write(Path outDir, Path documentsJsonl, UnaryOperator<Analysis> amend)
      throws IOException {
    return new OutputRun(outDir, documentsJsonl, amend).write();
  }
}
