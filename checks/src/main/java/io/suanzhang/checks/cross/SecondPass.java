package io.suanzhang.checks.cross;

import static java.util.Objects.requireNonNull;

import io.suanzhang.checks.cross.CrossDocuments.Doc;
import io.suanzhang.checks.cross.CrossDocuments.Pair;
import io.suanzhang.core.ReportInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The second pass: each department's reports held until its last one is read, then paired. What
 * the first pass found (each department's last report, and its reports) decides what is held; a
 * report is held as what makes it ({@link CrossDocuments.Each}), made when its department is paired.
 */
final class SecondPass {
  private final Map<String, Long> last;
  private final Map<String, List<ReportInfo>> reports;
  private final Map<String, List<Held>> open = new HashMap<>();
  private final Set<String> seen = new HashSet<>();
  final List<Pair> pairs = new ArrayList<>();
  long index;

  /** A report held: its year (its own, or the one its set gives it) and what makes it. */
  private record Held(int year, Supplier<Doc> doc) {
    Doc made() {
      Doc d = doc.get();
      return d.report().year() == null ? d.withYear(year) : d;
    }
  }

  SecondPass(Map<String, Long> last, Map<String, List<ReportInfo>> reports) {
    this.last = last;
    this.reports = reports;
  }

  /** One document read, and its department's pairs if it is the last. */
  void read(@Nullable String key, ReportInfo report, String sha256, Supplier<Doc> doc) {
    long at = index++;
    if (key == null) {
      return;
    }
    List<Held> held = open.computeIfAbsent(key, k -> new ArrayList<>());
    ReportInfo dated = CrossDocuments.dated(report, reports.get(key));
    // the same content under another name is the same report
    if (dated != null && (sha256.isEmpty() || seen.add(sha256))
        && CrossDocuments.comparable(dated, reports.get(key))) {
      held.add(new Held(requireNonNull(dated.year()), doc));
    }
    if (last.get(key) == at) {
      List<Doc> docs = new ArrayList<>();
      for (Held h : open.remove(key)) {
        docs.add(h.made());
      }
      CrossDocuments.pairs(docs, pairs);
    }
  }
}
