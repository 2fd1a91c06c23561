package io.suanzhang.checks.cross;

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
 * the first pass found (each department's last report, and its reports) decides what is held.
 */
final class SecondPass {
  private final Map<String, Long> last;
  private final Map<String, List<ReportInfo>> reports;
  private final Map<String, List<Doc>> open = new HashMap<>();
  private final Set<String> seen = new HashSet<>();
  final List<Pair> pairs = new ArrayList<>();
  long index;

  SecondPass(Map<String, Long> last, Map<String, List<ReportInfo>> reports) {
    this.last = last;
    this.reports = reports;
  }

  /** One document read, and its department's pairs if it is the last. */
  void read(@Nullable String key, Supplier<Doc> supplier) {
    long at = index++;
    if (key == null) {
      return;
    }
    List<Doc> docs = open.computeIfAbsent(key, k -> new ArrayList<>());
    Doc doc = CrossDocuments.dated(supplier.get(), reports.get(key));
    if (doc == null) {
      if (last.get(key) == at) {
        CrossDocuments.pairs(open.remove(key), pairs);
      }
      return;
    }
    // the same content under another name is the same report
    if ((doc.sha256().isEmpty() || seen.add(doc.sha256()))
        && CrossDocuments.comparable(doc.report(), reports.get(key))) {
      docs.add(doc);
    }
    if (last.get(key) == at) {
      CrossDocuments.pairs(open.remove(key), pairs);
    }
  }
}
