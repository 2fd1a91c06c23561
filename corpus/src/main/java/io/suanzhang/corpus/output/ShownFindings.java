package io.suanzhang.corpus.output;

import io.suanzhang.core.AnalysisParts;
import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.corpus.worker.AnalysisTally;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a document for report.html (its source, report, problems and warnings, not its mentions or
 * checks) and keeps the findings it shows, by severity in reading order: no
 * more than {@value ResultsPage#FINDINGS_SHOWN}, and no more than {@value ResultsPage#TEXT_SHOWN}
 * characters of messages and quotes. One finding of a long table can quote it in each of hundreds of evidence numbers; a
 * 2,000-page PDF has a thousand such findings, forty megabytes of JSON.
 */
final class ShownFindings extends AnalysisTally {
  private final List<List<Finding>> bySeverity = new ArrayList<>();
  private final long[] text = new long[Severity.values().length];
  private int seen;


  /** Where each fact quote starts, up to {@link #quotesKept} quotes; null past them. */
  private @Nullable Map<String, List<Integer>> factStarts;
  private final int quotesKept;
  /** The characters of the distinct quotes in {@link #factStarts}, and its own cost as characters. */
  private long quoteChars;

  /**
   * What the map of starts costs beyond a quote's characters, counted as characters (two bytes
   * each): an entry, its list and the quote's header, about 96 bytes; each start about 24.
   */
  static final int QUOTE_COST = 48;
  static final int START_COST = 12;

  /** Whether the facts are read: not for a document known to have no finding to show. */
  private final boolean facts;

  ShownFindings() {
    this(0, true);
  }

  /**
   * Also notes where the facts of up to {@code quotesKept} distinct quotes start; reads no facts at
   * all where {@code facts} is false.
   */
  ShownFindings(int quotesKept, boolean facts) {
    this.facts = facts;
    for (int i = 0; i < Severity.values().length; i++) {
      bySeverity.add(new ArrayList<>());
    }
    this.quotesKept = quotesKept;
    this.factStarts = quotesKept > 0 ? new HashMap<>() : null;
  }

  /**
   * Not the mentions, checks or unchecked numbers: what the page says of them was counted when the
   * rows were written ({@link OutputRun.Counts}). Mentions are most of a report's JSON.
   */
  @Override
  public boolean wants(AnalysisParts.Part part) {
    return switch (part) {
      case SECTIONS, MENTIONS, CHECKS, UNCHECKED -> false;
      case FACTS -> facts;
      default -> true;
    };
  }

  @Override
  public void fact(Fact f) {
    super.fact(f);
    Map<String, List<Integer>> starts = factStarts;
    if (starts == null) {
      return;
    }
    List<Integer> at = starts.get(f.quote());
    if (at == null) {
      if (starts.size() == quotesKept) {
        forgetFactStarts(); // too many to keep: the caller reads the facts again for those it needs
        return;
      }
      at = new ArrayList<>();
      starts.put(f.quote(), at);
      quoteChars += f.quote().length() + QUOTE_COST;
    }
    at.add(f.span().start());
    quoteChars += START_COST;
  }

  /**
   * The characters this holds of the document, about: the findings it may show and the quotes whose
   * starts it notes. A document kept for the page ({@link PageDocuments}) is counted by them.
   */
  long retained() {
    long n = factStarts == null ? 0 : quoteChars;
    for (long t : text) {
      n += t;
    }
    return n;
  }

  /** Forgets the starts of the quotes, once those the page needs are taken. */
  void forgetFactStarts() {
    factStarts = null;
    quoteChars = 0;
  }

  /** Where the facts of each quote start, in reading order; null where they were too many to keep. */
  @Nullable Map<String, List<Integer>> factStarts() {
    return factStarts;
  }

  @Override
  public void finding(Finding f) {
    super.finding(f);
    seen++;
    int s = f.severity().ordinal();
    long size = size(f);
    // the first of each severity that fit: those shown are among them
    if (bySeverity.get(s).size() < ResultsPage.FINDINGS_SHOWN && text[s] + size <= ResultsPage.TEXT_SHOWN) {
      bySeverity.get(s).add(f);
      text[s] += size;
    }
  }

  List<Finding> shown() {
    List<Finding> all = new ArrayList<>();
    long total = 0;
    for (List<Finding> severity : bySeverity) {
      for (Finding f : severity) {
        total += size(f);
        if (all.size() == ResultsPage.FINDINGS_SHOWN || total > ResultsPage.TEXT_SHOWN) {
          return List.copyOf(all);
        }
        all.add(f);
      }
    }
    return List.copyOf(all);
  }

  int omitted() {
    return seen - shown().size();
  }

  static long size(Finding f) {
    long n = f.zh().length() + f.en().length();
    for (Evidence e : f.evidence()) {
      n += e.quote().length() + e.text().length();
    }
    return n;
  }
}
