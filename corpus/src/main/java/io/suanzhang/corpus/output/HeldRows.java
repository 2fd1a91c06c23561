package io.suanzhang.corpus.output;

import io.suanzhang.corpus.worker.AnalysisTally;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The documents read before their amendments were known, in order, with their finding rows; each
 * is finished (its finding rows, then its amendments', its summary row and entry) once its own and
 * every earlier one's amendments are. At most {@link OutputRun#HELD_MAX} documents (in a scan) or
 * {@link #HELD_ROWS_MAX} rows are held: past them the writing waits for the amendments.
 */
final class HeldRows {

  /** Finding rows held at most, whatever the number of documents. */
  static final int HELD_ROWS_MAX = 50_000;

  private final OutputRun.Amendments amend;
  private final int heldMax;
  private final CsvTable findings;
  private final SummaryWorkbook book;
  private final SheetFeed sheets;
  private final List<OutputRun.Entry> entries;
  private final OutputRun.Overview overview;
  private final ArrayDeque<Document> documents = new ArrayDeque<>();
  private long rows;

  private record Document(
      long index, JsonLines.Line line, AnalysisTally tally, List<List<@Nullable Object>> rows) {}

  HeldRows(OutputRun.Amendments amend, int heldMax, CsvTable findings, SummaryWorkbook book,
      SheetFeed sheets, List<OutputRun.Entry> entries, OutputRun.Overview overview) {
    this.amend = amend;
    this.heldMax = heldMax;
    this.findings = findings;
    this.book = book;
    this.sheets = sheets;
    this.entries = entries;
    this.overview = overview;
  }

  boolean isEmpty() {
    return documents.isEmpty();
  }

  void add(long index, JsonLines.Line line, AnalysisTally t, List<List<@Nullable Object>> heldRows)
      throws IOException {
    documents.add(new Document(index, line, t, heldRows));
    rows += heldRows.size();
  }

  /** Waits, where the held documents are many, until the first is settled. */
  void room() throws IOException {
    while (documents.size() >= heldMax || rows >= HELD_ROWS_MAX) {
      amend.await(documents.getFirst().index());
      release(false);
    }
  }

  /** Finishes the held documents that are settled, in order; all of them, waiting, at the end. */
  void release(boolean all) throws IOException {
    while (!documents.isEmpty() && (all || amend.settled(documents.getFirst().index()))) {
      Document d = documents.removeFirst();
      amend.await(d.index()); // at once where settled; rethrows the amendments' failure
      rows -= d.rows().size();
      // The tally of a document read before its amendments is its rows' writer, holding its finding
      // rows (d.rows()): an amendment's finding goes the way of the document's own (counted, by key
      // too, its row held after theirs), and then they are written. (A failed document, whose tally
      // writes nothing, takes part in no pair.)
      AnalysisTally t = d.tally();
      String path = t.source().path();
      amend.findings(path).forEach(t::finding);
      amend.checks(path).forEach(t::check);
      for (List<@Nullable Object> row : d.rows()) {
        findings.add(row);
        sheets.add(book.findings, row);
      }
      finish(d.line(), t);
    }
  }

  /**
   * A document's summary row, entry and counts, once its findings are all written, and what the page
   * shows of it where that was noted.
   */
  void finish(JsonLines.Line line, AnalysisTally t) throws IOException {
    if (t instanceof DocumentRows rows) {
      rows.keepPage(line.number());
    }
    sheets.add(book.documents, Tables.document(t));
    entries.add(OutputRun.Entry.of(line, t));
    overview.count(t);
  }
}
