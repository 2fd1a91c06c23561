package io.suanzhang.corpus.output;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What report.html shows of each document, noted as the rows are written ({@link DocumentRows}), so
 * that the page need not read the documents again: reading them again for their findings and the
 * starts of the quotes those cite was a fifth of the outputs' CPU after a scan of 200 reports. Held
 * within a budget of characters (the findings a page may show of a document, the quotes whose starts
 * are noted, for documents still being read or held for their amendments and for those kept): a
 * document that does not fit is read again when its part of the page is written, as before.
 *
 * <p>Not thread-safe: the rows are written, and the page after them, by one thread.
 */
final class PageDocuments {

  /**
   * Characters held at most, the maps' own cost counted as characters ({@link
   * ShownFindings#QUOTE_COST}): about 32 MB of the scan's heap.
   */
  static final long BUDGET = 16_000_000;

  private final long budget;
  private long used;
  private final Map<Long, PageDocument> kept = new HashMap<>();
  private int served;

  PageDocuments(long budget) {
    this.budget = budget;
  }

  /** Takes {@code chars} of the budget; false, and nothing taken, where they do not fit. */
  boolean take(long chars) {
    if (used + chars > budget) {
      return false;
    }
    used += chars;
    return true;
  }

  /** Gives back what was taken. */
  void give(long chars) {
    used -= chars;
  }

  /**
   * Keeps the page's view of the document on {@code line}, read through into {@code shown}, which
   * took {@code taken} of the budget as it was read; nothing where its quotes were too many to note
   * or it does not fit.
   */
  void keep(long line, ShownFindings shown, long taken) {
    give(taken);
    PageDocument d = PageDocument.noted(shown);
    if (d != null && take(d.chars())) {
      kept.put(line, d);
    }
  }

  /** The page's view of the document on {@code line}, now no longer held; null where none was kept. */
  @Nullable PageDocument remove(long line) {
    PageDocument d = kept.remove(line);
    if (d != null) {
      give(d.chars());
      served++;
    }
    return d;
  }

  /** How many documents the page was given from what was noted, not read again. */
  int served() {
    return served;
  }
}
