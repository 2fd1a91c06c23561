package io.suanzhang.corpus.output;

import static io.suanzhang.corpus.output.Html.attr;
import static io.suanzhang.corpus.output.Html.text;

import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import com.google.common.collect.Multimaps;
import io.suanzhang.checks.cross.CrossDocuments.Compared;
import io.suanzhang.checks.cross.CrossDocuments.Pair;
import io.suanzhang.corpus.output.OutputRun.Entry;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The part of {@code report.html} that puts a department's reports side by side: a column per report
 * (by year, then kind: 2018 预算, 2019 预算 …), a row per figure the cross-document checks compared,
 * each report's figure in its column, and whether they agreed. A reader sees what 2019's text said of
 * 2018 next to what 2018's report printed.
 *
 * <p>Bounded like the rest of the page: at most {@value #DEPARTMENTS} departments and {@value #ROWS}
 * rows each (disagreements first); the page says how many more {@code cross-documents.jsonl} lists.
 */
final class DepartmentYears {

  static final int DEPARTMENTS = 100;
  static final int ROWS = 200;

  private static final Comparator<Entry> BY_YEAR = Comparator
      .comparing((Entry e) -> e.year() == null ? Integer.MAX_VALUE : e.year())
      .thenComparing(e -> Objects.toString(e.kind(), ""))
      .thenComparing(Entry::path);

  private DepartmentYears() {}

  /**
   * Writes the section; nothing where no pair names what it compared.
   *
   * @param page the page file holding a document's anchor ("" for this page)
   */
  static void write(Writer out, List<Entry> entries, List<Pair> pairs, Function<Entry, String> page)
      throws IOException {
    Map<String, Entry> byPath = new HashMap<>();
    entries.forEach(e -> byPath.putIfAbsent(e.path(), e));
    // departments in the order their first pair comes, each with its pairs
    ListMultimap<String, Pair> byDepartment = MultimapBuilder.linkedHashKeys().arrayListValues().build();
    for (Pair p : pairs) {
      Entry doc = byPath.get(p.document());
      if (p.compared() != null && doc != null && doc.department() != null
          && byPath.containsKey(p.other())) {
        byDepartment.put(doc.department(), p);
      }
    }
    if (byDepartment.isEmpty()) {
      return;
    }
    out.write("<section id=\"years\">\n<h2>部门各年报告对照 <span lang=\"en\">a department's reports"
        + " side by side</span></h2>\n");
    int shown = 0;
    for (Map.Entry<String, List<Pair>> d : Multimaps.asMap(byDepartment).entrySet()) {
      if (shown++ == DEPARTMENTS) {
        out.write("<p class=\"apart\">另有 " + (byDepartment.keySet().size() - DEPARTMENTS) + " 个部门见 "
            + "<code>cross-documents.jsonl</code> <span lang=\"en\">more departments in"
            + " cross-documents.jsonl</span></p>\n");
        break;
      }
      department(out, d.getKey(), d.getValue(), byPath, page);
    }
    out.write("</section>\n");
  }

  private static void department(Writer out, String department, List<Pair> pairs,
      Map<String, Entry> byPath, Function<Entry, String> page) throws IOException {
    List<Entry> reports = new ArrayList<>();
    for (Pair p : pairs) {
      for (String path : List.of(p.document(), p.other())) {
        Entry e = byPath.get(path);
        if (!reports.contains(e)) {
          reports.add(e);
        }
      }
    }
    reports.sort(BY_YEAR);
    out.write("<details open><summary>" + text(department) + " <span lang=\"en\">(" + pairs.size()
        + ")</span></summary>\n<table class=\"years\">\n<thead><tr><th>项目 <span lang=\"en\">item"
        + "</span></th>");
    for (Entry e : reports) {
      out.write("<th><a href=\"" + attr(page.apply(e)) + "#" + e.anchor() + "\">"
          + text(Objects.toString(e.year(), "?") + " " + Objects.toString(e.kind(), ""))
          + "</a><br><span class=\"page\">" + text(name(e.path())) + "</span></th>");
    }
    out.write("<th>结果 <span lang=\"en\">result</span></th></tr></thead>\n<tbody>\n");
    List<Pair> ordered = new ArrayList<>(pairs);
    ordered.sort(Comparator.comparing(Pair::holds)); // disagreements first
    int rows = 0;
    for (Pair p : ordered) {
      if (rows++ == ROWS) {
        break;
      }
      Compared c = Objects.requireNonNull(p.compared());
      out.write("<tr" + (p.holds() ? "" : " class=\"differs\"") + "><td>" + text(c.item()) + "</td>");
      for (Entry e : reports) {
        String cell = e.path().equals(p.document()) ? c.stated()
            : e.path().equals(p.other()) ? c.reference() : "";
        out.write("<td class=\"num\">" + text(cell) + "</td>");
      }
      out.write("<td>" + (p.holds() ? "✓" : "<code>" + text(Objects.requireNonNull(p.finding())
          .key()) + "</code>") + "</td></tr>\n");
    }
    out.write("</tbody>\n</table>\n");
    if (pairs.size() > ROWS) {
      out.write("<p class=\"apart\">另有 " + (pairs.size() - ROWS) + " 项见 <code>cross-documents.jsonl"
          + "</code> <span lang=\"en\">more in cross-documents.jsonl</span></p>\n");
    }
    out.write("</details>\n");
  }

  private static String name(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }
}
