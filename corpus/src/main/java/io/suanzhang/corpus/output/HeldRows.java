package io.suanzhang.corpus.output;

import io.suanzhang.corpus.worker.AnalysisTally;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The documents read before their amendments were known, in order, with their finding rows; each
 * is finished (its finding rows, then its amendments', its summary row and entry) once its own and
 * every earlier one's amendments are. At most {@link OutputRun.Budget#heldMax()} documents, {@link
 * #HELD_ROWS_MAX} rows or {@link OutputRun.Budget#heldBytes()} bytes of lines are held: past them the
 * writing waits for the amendments.
 */
final class HeldRows {

  /** Finding rows held at most, whatever the number of documents. */
  static final int HELD_ROWS_MAX = 50_000;

  private final OutputRun.Amendments amend;
  private final int heldMax;
  private final long bytesMax;
  private final CsvTable findings;
  private final SummaryWorkbook book;
  private final SheetFeed sheets;
  private final List<OutputRun.Entry> entries;
  private final OutputRun.Overview overview;
  private final ArrayDeque<Document> documents = new ArrayDeque<>();
  private long rows;
  private long bytes;
  private long mostBytes;

  private record Document(
      long index, JsonLines.Line line, AnalysisTally tally, List<List<@Nullable Object>> rows) {}

  HeldRows(OutputRun.Amendments amend, int heldMax, long bytesMax, CsvTable findings,
      SummaryWorkbook book, SheetFeed sheets, List<OutputRun.Entry> entries,
      OutputRun.Overview overview) {
    this.amend = amend;
    this.heldMax = heldMax;
    this.bytesMax = bytesMax;
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
    bytes += line.length();
    mostBytes = Math.max(mostBytes, bytes);
  }

  /** The most bytes of lines held at once so far. */
  long mostBytes() {
    return mostBytes;
  }

  /**
   * Makes room for the document at {@code index}, whose line is {@code length} bytes: while the held
   * documents are too many or too large to take it, waits until the first is settled; where its line
   * alone is over the bytes, waits until it is settled itself, so that it is never held. Which
   * documents are held depends on how far ahead of the amendments the writing is; how much is held,
   * does not.
   */
  void room(long index, long length) throws IOException {
    while (!documents.isEmpty() && (documents.size() >= heldMax || rows >= HELD_ROWS_MAX
        || bytes + length > bytesMax)) {
      amend.await(documents.getFirst().index());
      release(false);
    }
    if (length > bytesMax) {
      amend.await(index);
    }
  }

  /** Finishes the held documents that are settled, in order; all of them, waiting, at the end. */
  void release(boolean all) throws IOException {
    while (!documents.isEmpty() && (all || amend.settled(documents.getFirst().index()))) {
      Document d = documents.removeFirst();
      amend.await(d.index()); // at once where settled; rethrows the amendments' failure
      rows -= d.rows().size();
      bytes -= d.line().length();
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
