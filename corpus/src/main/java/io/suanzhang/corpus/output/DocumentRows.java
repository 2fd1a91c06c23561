package io.suanzhang.corpus.output;

import io.suanzhang.core.AnalysisParts;
import io.suanzhang.core.check.Finding;
import io.suanzhang.corpus.worker.AnalysisTally;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Writes a document's fact and finding rows as they are read, and counts it; or keeps what its parts
 * do to the outputs until it has been read through ({@link #defer}), so that a line that turns out
 * not to be an analysis writes nothing. Notes, where told to ({@link #notePage}), what report.html
 * will show of it, as the page would read it again.
 */
final class DocumentRows extends AnalysisTally {
  private final CsvTable findings;
  private final CsvTable facts;
  private final SummaryWorkbook book;
  private final SheetFeed sheets;
  private final OutputRun.Overview overview;
  private final Map<String, String> sections = new HashMap<>();

  /** The finding rows held back, where they are (null: written as they are read). */
  private final @Nullable List<List<@Nullable Object>> held;

  /** What reading the document does to the outputs, kept until it is read through (null: done). */
  private @Nullable List<IoAction> deferred;

  /** What the page will show of the document, as read so far (null: not noted). */
  private @Nullable ShownFindings page;
  private @Nullable PageDocuments pages;
  /** Of the pages' budget, what {@link #page} took. */
  private long pageTaken;

  DocumentRows(CsvTable findings, CsvTable facts, SummaryWorkbook book, SheetFeed sheets,
      OutputRun.Overview overview, boolean holdFindings) {
    super(true); // mentions and checks are only counted
    this.held = holdFindings ? new ArrayList<>() : null;
    this.findings = findings;
    this.facts = facts;
    this.book = book;
    this.sheets = sheets;
    this.overview = overview;
  }

  @Override
  public boolean wants(AnalysisParts.Part part) {
    return true;
  }


  /**
   * Notes, as the document is read, what the page will show of it: the parts the page reads, and the
   * findings its amendments add after its own, are handed to a {@link ShownFindings} too, within
   * the budget of {@code pages}.
   */
  void notePage(PageDocuments pages) {
    this.pages = pages;
    this.page = new ShownFindings(ResultsPage.QUOTES_KEPT, true);
  }

  /** Keeps what was noted for the page, the document being read through and amended. */
  void keepPage(long line) {
    ShownFindings p = page;
    if (p != null) {
      page = null;
      Objects.requireNonNull(pages).keep(line, p, pageTaken);
      pageTaken = 0;
    }
  }

  /** Takes what the page's notes grew by from the budget; where it does not fit, forgets them. */
  private void chargeNotes() {
    ShownFindings p = page;
    PageDocuments all = pages;
    if (p == null || all == null) {
      return;
    }
    long grown = p.retained() - pageTaken;
    if (grown > 0) {
      if (all.take(grown)) {
        pageTaken += grown;
      } else {
        forgetPage();
      }
    }
  }

  private void forgetPage() {
    if (page != null) {
      Objects.requireNonNull(pages).give(pageTaken);
      page = null;
      pageTaken = 0;
    }
  }

  @Override
  public void source(io.suanzhang.core.Source s) {
    super.source(s);
    toPage(shown -> shown.source(s));
  }

  @Override
  public void report(io.suanzhang.core.ReportInfo r) {
    super.report(r);
    toPage(shown -> shown.report(r));
  }

  @Override
  public void coverage(int numbers, int checked) {
    super.coverage(numbers, checked);
    toPage(shown -> shown.coverage(numbers, checked));
  }

  /** Hands a part the page reads to what is noted for it, if anything is. */
  private void toPage(Consumer<ShownFindings> part) {
    if (page != null) {
      part.accept(page);
    }
  }

  @Override
  public void error(io.suanzhang.core.Problem p) {
    super.error(p);
    toPage(shown -> shown.error(p));
  }

  @Override
  public void warning(io.suanzhang.core.document.Warning w) {
    super.warning(w);
    toPage(shown -> shown.warning(w));
  }

  @Override
  public void section(io.suanzhang.core.fact.Section s) {
    super.section(s);
    sections.put(s.id(), Tables.section(s));
  }

  @Override
  public void fact(io.suanzhang.core.fact.Fact f) {
    super.fact(f);
    if (page != null) {
      page.fact(f);
      chargeNotes();
    }
    List<@Nullable Object> row = Tables.fact(source(), sections, f);
    act(() -> {
      facts.add(row);
      sheets.add(book.facts, row);
    });
  }

  @Override
  public void finding(Finding f) {
    super.finding(f);
    if (page != null) {
      page.finding(f);
      chargeNotes();
    }
    List<@Nullable Object> row = Tables.finding(source(), report(), f);
    act(() -> {
      overview.finding(f);
      if (held != null) {
        held.add(row);
      } else {
        findings.add(row);
        sheets.add(book.findings, row);
      }
    });
  }

  List<List<@Nullable Object>> heldRows() {
    return held == null ? List.of() : held;
  }

  /** Keeps what the document's parts do to the outputs until {@link #flush} or {@link #discard}. */
  void defer() {
    deferred = new ArrayList<>();
  }

  /** Does what was kept, in the order it was read. */
  void flush() throws IOException {
    List<IoAction> kept = deferred;
    deferred = null;
    if (kept != null) {
      for (IoAction a : kept) {
        a.run();
      }
    }
  }

  /** Forgets what was kept: the document could not be read through. */
  void discard() {
    deferred = null;
    forgetPage();
  }

  private void act(IoAction action) {
    if (deferred != null) {
      deferred.add(action);
    } else {
      unchecked(action);
    }
  }

  private static void unchecked(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new RowsNotWritten(e);
    }
  }

  /** A row could not be written: out of a visitor, which cannot throw checked exceptions. */
  static final class RowsNotWritten extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    RowsNotWritten(IOException e) {
      super(e);
    }
  }

  @FunctionalInterface
  private interface IoAction {
    void run() throws IOException;
  }
}
