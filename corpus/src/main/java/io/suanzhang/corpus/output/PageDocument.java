package io.suanzhang.corpus.output;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.AnalysisParts;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.corpus.worker.AnalysisTally;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * What report.html shows of one document: its tally, its first {@value ResultsPage#FINDINGS_SHOWN}
 * findings by severity (errors first, reading order within one), how many more it has, and where
 * the facts quoted by those findings start (to place marks in a quote that occurs more than once).
 */
record PageDocument(
    AnalysisTally tally, List<Finding> findings, int omitted, Map<String, List<Integer>> factStarts) {

  /** Opens the document's JSON afresh: it is read once for its findings, once for its facts. */
  @FunctionalInterface
  interface Source {
    InputStream open() throws IOException;
  }

  /**
   * Reads a document part by part, with extra findings after its own; a document that cannot be
   * read is shown as {@code failed} says.
   */
  static PageDocument read(Source json, List<Finding> extraFindings, long line,
      BiFunction<Long, Exception, Analysis> failed) {
    return read(json, extraFindings, line, failed, ResultsPage.QUOTES_KEPT, true);
  }

  /**
   * The same, for a document whose findings were counted: where it has none, its facts (read only
   * for the quotes findings cite, half a report's JSON) are skipped.
   */
  static PageDocument read(Source json, List<Finding> extraFindings, long line,
      BiFunction<Long, Exception, Analysis> failed, boolean findings) {
    return read(json, extraFindings, line, failed, ResultsPage.QUOTES_KEPT,
        findings || !extraFindings.isEmpty());
  }

  /**
   * {@link #read(Source, List, long, BiFunction)}, noting the starts of at most {@code quotesKept}
   * distinct fact quotes as the facts pass; the facts are not read where {@code facts} is false.
   */
  static PageDocument read(Source json, List<Finding> extraFindings, long line,
      BiFunction<Long, Exception, Analysis> failed, int quotesKept, boolean facts) {
    try {
      // The facts are read for the starts of the quotes the shown findings cite: where they are
      // few enough to keep, the starts are noted as they pass, and the document is not read again.
      ShownFindings shown = new ShownFindings(quotesKept, facts);
      try (InputStream in = OutputRun.buffered(json.open())) {
        AnalysisParts.read(in, new OutputRun.Amended(shown, new OutputRun.Amendments() {
          @Override
          public List<Finding> findings(String path) {
            return extraFindings;
          }

          @Override
          public List<Check> checks(String path) {
            return List.of(); // what was checked is counted with the rows (OutputRun.Counts)
          }
        }));
      }
      PageDocument noted = noted(shown);
      if (noted != null) {
        return noted;
      }
      Set<String> quotes = quotes(shown.shown());
      Map<String, List<Integer>> starts = new HashMap<>();
      try (InputStream in = OutputRun.buffered(json.open())) {
        AnalysisParts.read(in, new AnalysisParts.Visitor() {
          @Override
          public boolean wants(AnalysisParts.Part part) {
            return part == AnalysisParts.Part.FACTS;
          }

          @Override
          public void fact(Fact f) {
            if (quotes.contains(f.quote())) {
              starts.computeIfAbsent(f.quote(), q -> new ArrayList<>()).add(f.span().start());
            }
          }
        });
      }
      return new PageDocument(shown, shown.shown(), shown.omitted(), starts);
    } catch (IOException | RuntimeException e) {
      return of(failed.apply(line, e));
    }
  }

  /**
   * The page's view of a document read into {@code shown}, its fact quotes' starts taken from those
   * it noted as the facts passed; null where they were too many to note, and the facts must be read
   * again for those the findings cite. The starts noted are forgotten but for those.
   */
  static @Nullable PageDocument noted(ShownFindings shown) {
    List<Finding> findings = shown.shown();
    Map<String, List<Integer>> starts = new HashMap<>();
    if (!findings.isEmpty()) {
      Map<String, List<Integer>> kept = shown.factStarts();
      if (kept == null) {
        return null;
      }
      for (String q : quotes(findings)) {
        List<Integer> at = kept.get(q);
        if (at != null) {
          starts.put(q, at);
        }
      }
    }
    shown.forgetFactStarts();
    return new PageDocument(shown, findings, shown.omitted(), starts);
  }

  /** The page's view of an analysis in memory. */
  static PageDocument of(Analysis a) {
    ShownFindings shown = new ShownFindings();
    AnalysisParts.replay(a, shown);
    Map<String, List<Integer>> starts = new HashMap<>();
    for (Fact f : a.facts()) {
      starts.computeIfAbsent(f.quote(), q -> new ArrayList<>()).add(f.span().start());
    }
    return new PageDocument(shown, shown.shown(), shown.omitted(), starts);
  }

  /**
   * The characters this holds, about: of the findings shown and the quotes whose starts it has, with
   * what their map costs counted as characters as {@link ShownFindings#retained} counts it.
   */
  long chars() {
    long n = 0;
    for (Finding f : findings) {
      n += ShownFindings.size(f);
    }
    for (Map.Entry<String, List<Integer>> e : factStarts.entrySet()) {
      n += e.getKey().length() + ShownFindings.QUOTE_COST
          + (long) ShownFindings.START_COST * e.getValue().size();
    }
    return n;
  }

  private static Set<String> quotes(List<Finding> findings) {
    Set<String> quotes = new HashSet<>();
    findings.forEach(f -> f.evidence().forEach(e -> quotes.add(e.quote())));
    return quotes;
  }
}
