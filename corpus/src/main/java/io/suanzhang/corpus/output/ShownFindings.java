package io.suanzhang.corpus.output;

import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.corpus.worker.AnalysisTally;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts a document and keeps the findings report.html shows, by severity in reading order: no
 * more than {@value ResultsPage#FINDINGS_SHOWN}, and no more than {@value ResultsPage#TEXT_SHOWN}
 * characters of messages and quotes. One finding of a long table can quote it in each of hundreds of evidence numbers; a
 * 2,000-page PDF has a thousand such findings, forty megabytes of JSON.
 */
final class ShownFindings extends AnalysisTally {
  private final List<List<Finding>> bySeverity = new ArrayList<>();
  private final long[] text = new long[Severity.values().length];
  private int seen;


  ShownFindings() {
    for (int i = 0; i < Severity.values().length; i++) {
      bySeverity.add(new ArrayList<>());
    }
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

  private static long size(Finding f) {
    long n = f.zh().length() + f.en().length();
    for (Evidence e : f.evidence()) {
      n += e.quote().length() + e.text().length();
    }
    return n;
  }
}
