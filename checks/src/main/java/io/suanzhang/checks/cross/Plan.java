package io.suanzhang.checks.cross;

import io.suanzhang.core.ReportInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the first pass over the documents finds: each document's department, each department's last
 * document and its reports (year, kind, unit), so that the second pass keeps the facts of no report
 * that has nothing to be compared with, and knows when a department is complete.
 */
final class Plan {
  private final Map<String, Long> last = new HashMap<>();
  private final Map<String, List<ReportInfo>> reports = new HashMap<>();
  /** Each document's department, one String a department (the listener's plan needs them). */
  private final List<@Nullable String> keys = new ArrayList<>();
  private final Map<String, String> departments = new HashMap<>();
  /** Whether the plan was made from a list the documents read must match. */
  private final boolean listed;

  private Plan(boolean listed) {
    this.listed = listed;
  }

  /** The next document: its department key (null: it takes part in no pair) and its report. */
  void add(@Nullable String key, ReportInfo report) {
    if (key != null) {
      last.put(key, (long) keys.size());
      reports.computeIfAbsent(key, k -> new ArrayList<>()).add(report);
    }
    keys.add(key == null ? null : departments.computeIfAbsent(key, k -> k));
  }

  /** The plan of a scan's list: each document's {@code ok} and report, in the file's order. */
  static Plan of(List<CrossDocuments.Listed> listed) {
    Plan plan = new Plan(true);
    for (CrossDocuments.Listed l : listed) {
      plan.add(CrossDocuments.departmentKey(l.ok(), l.report()), l.report());
    }
    return plan;
  }

  /** The first pass: the plan of the documents as read, their facts skipped. */
  static Plan read(CrossDocuments.Reading documents) throws IOException {
    Plan plan = new Plan(false);
    documents.each(
        (key, report, sha256, doc) -> plan.add(key, key == null ? ReportInfo.UNKNOWN : report));
    return plan;
  }

  /**
   * Holds the document read at {@code index}, of department {@code key}, to a listed plan: one that
   * is not of the department listed means the list is not the file's.
   */
  void expect(long index, @Nullable String key) {
    if (listed && (index >= keys.size() || !Objects.equals(key, keys.get((int) index)))) {
      throw new UncheckedIOException(new IOException(String.format(Locale.ROOT,
          "document %,d of the documents file is of department %s, the scan listed %s", index + 1,
          key, index >= keys.size() ? "fewer documents" : "it as of " + keys.get((int) index))));
    }
  }

  /** Holds the number of documents read to a listed plan. */
  void expectSize(long read) throws IOException {
    if (listed && read != keys.size()) {
      throw new IOException(String.format(Locale.ROOT,
          "the documents file has %,d documents, the scan listed %,d", read, keys.size()));
    }
  }

  /**
   * For each document, the index of the document whose reading settles every pair it is in: its
   * department's last, or its own for one that takes part in none.
   */
  long[] settledBy() {
    long[] settledBy = new long[keys.size()];
    for (int i = 0; i < settledBy.length; i++) {
      String key = keys.get(i);
      settledBy[i] = key == null ? i : Objects.requireNonNull(last.get(key));
    }
    return settledBy;
  }

  Map<String, Long> last() {
    return last;
  }

  Map<String, List<ReportInfo>> reports() {
    return reports;
  }

  /** The reports of a department, none for a document in no pair. */
  List<ReportInfo> reports(@Nullable String key) {
    return key == null ? List.of() : reports.getOrDefault(key, List.of());
  }
}
