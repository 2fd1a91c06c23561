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
 * #HELD_ROWS_MAX} rows or {@link OutputRun.Budget#heldBytes()} bytes of rows are held: past them the
 * writing waits for the amendments.
 */
final class HeldRows {

  /**
   * What a document's finding rows take of the heap for a byte of its line, at most as this counts
   * them ({@link #size}): a finding is a small part of its document's line, and its row, a list of
   * texts, takes a few times its JSON.
   */
  static final int ROWS_PER_BYTE = 4;

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
  /** What the held rows take of the heap, estimated ({@link #size}). */
  private long bytes;
  private int mostDocuments;

  private record Document(long index, JsonLines.Line line, AnalysisTally tally,
      List<List<@Nullable Object>> rows, long bytes) {}

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
    long size = 0;
    for (List<@Nullable Object> row : heldRows) {
      size += size(row);
    }
    documents.add(new Document(index, line, t, heldRows, size));
    rows += heldRows.size();
    bytes += size;
    mostDocuments = Math.max(mostDocuments, documents.size());
  }

  /** The most documents held at once so far. */
  int mostDocuments() {
    return mostDocuments;
  }

  /**
   * What a row takes of the heap, over-estimated: its list, and each cell as an object of its own,
   * a text at two bytes a character.
   */
  static long size(List<@Nullable Object> row) {
    long size = 64 + 16L * row.size();
    for (Object cell : row) {
      size += cell instanceof String text ? 48 + 2L * text.length() : 32;
    }
    return size;
  }

  /**
   * Makes room for the document at {@code index}, whose line is {@code length} bytes: while the held
   * documents are too many, or their rows and what the document's may take ({@link #ROWS_PER_BYTE}
   * times its line) too large, waits until the first is settled; where its line alone could take the
   * bytes, waits until it is settled itself, so that it is never held. Which documents are held
   * depends on how far ahead of the amendments the writing is; how much is held, does not.
   */
  void room(long index, long length) throws IOException {
    long ahead = ROWS_PER_BYTE * length;
    while (!documents.isEmpty() && (documents.size() >= heldMax || rows >= HELD_ROWS_MAX
        || bytes + ahead > bytesMax)) {
      amend.await(documents.getFirst().index());
      release(false);
    }
    if (ahead > bytesMax) {
      amend.await(index);
    }
  }

  /** Finishes the held documents that are settled, in order; all of them, waiting, at the end. */
  void release(boolean all) throws IOException {
    while (!documents.isEmpty() && (all || amend.settled(documents.getFirst().index()))) {
      Document d = documents.removeFirst();
      amend.await(d.index()); // at once where settled; rethrows the amendments' failure
      rows -= d.rows().size();
      bytes -= d.bytes();
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
