package io.suanzhang.corpus.output;

import static io.suanzhang.corpus.output.Html.attr;
import static io.suanzhang.corpus.output.Html.text;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.io.Resources;
import io.suanzhang.checks.cross.CrossDocuments;
import io.suanzhang.core.Problem;
import io.suanzhang.core.ReportInfo;
import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.document.Warning;
import io.suanzhang.corpus.output.OutputRun.Entry;
import io.suanzhang.corpus.output.OutputRun.Overview;
import io.suanzhang.corpus.worker.AnalysisTally;
import io.suanzhang.corpus.worker.CheckedNumbers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * {@code report.html}: the page for a person to review a scan, with no external resources and no
 * script; past {@value #PAGE_SIZE} documents it goes on in {@code report-2.html} …. At the top the totals, findings by key and an index of the documents; below, the documents
 * with the most error and warning findings first, each with its report metadata, its read errors or
 * warnings and its findings: the message in Chinese with the English beneath, stated against
 * recomputed, difference and tolerance, and the evidence as its quotes with every number marked
 * ({@code <mark data-role="total">}) and the page it is on. A box hides the info findings.
 */
final class ResultsPage {

  /** The role of evidence from another report: {@code reference:<path>}. */
  private static final String REFERENCE = "reference:";


  /** Reads a document again for its part of the page. */
  @FunctionalInterface
  interface Loader {
    PageDocument load(Entry entry) throws IOException;
  }

  /**
   * Distinct fact quotes of one document kept as it is read for the page; a document with more is
   * read again for the starts of the quotes its shown findings cite.
   */
  static final int QUOTES_KEPT = 20_000;

  /** Findings shown of one document; past them the page says how many more findings.csv lists. */
  static final int FINDINGS_SHOWN = 500;

  /** The characters of messages and quotes shown of one document's findings at most. */
  static final long TEXT_SHOWN = 2_000_000;

  /** Up to this many documents the index is shown open; a longer one is folded. */
  private static final int INDEX_OPEN = 100;

  private static final String[] SEVERITY_ZH = {"错误", "警告", "提示"};

  private final Writer out;

  /** The page's style sheet, kept beside this class as {@code report.css}. */
  private static final String CSS = styleSheet();

  private static String styleSheet() {
    try {
      return Resources.toString(Resources.getResource(ResultsPage.class, "report.css"), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("report.css is missing from the build", e);
    }
  }

  private ResultsPage(Writer out) {
    this.out = out;
  }

  /**
   * Documents on one page. Beyond them the documents go on in {@code report-2.html}, {@code
   * report-3.html} …, each page self-contained and a few megabytes at most, and the index on the
   * first page links into them.
   */
  static final int PAGE_SIZE = 500;

  static void write(
      Path file, String documentsName, Overview overview, List<Entry> ordered, Loader documents)
      throws IOException {
    write(file, documentsName, overview, ordered, documents, PAGE_SIZE, List.of());
  }

  /**
   * Writes the pages of {@code pageSize} documents each; returns their files, the first first. The
   * first page sets each department's reports side by side by the {@code cross}-document pairs.
   */
  static List<Path> write(Path file, String documentsName, Overview overview, List<Entry> ordered,
      Loader documents, int pageSize, List<CrossDocuments.Pair> cross) throws IOException {
    List<Path> files = pages(file, Math.max(1, (ordered.size() + pageSize - 1) / pageSize));
    for (int p = 0; p < files.size(); p++) {
      try (Writer out = Files.newBufferedWriter(files.get(p), StandardCharsets.UTF_8)) {
        ResultsPage page = new ResultsPage(out);
        page.head(documentsName);
        if (p == 0) {
          page.summary(overview, ordered, files, pageSize);
          Map<Entry, Integer> rank = new HashMap<>();
          for (int i = 0; i < ordered.size(); i++) {
            rank.putIfAbsent(ordered.get(i), i);
          }
          DepartmentYears.write(out, ordered, cross, e -> rank.get(e) < pageSize ? ""
              : String.valueOf(files.get(rank.get(e) / pageSize).getFileName()));
        }
        page.nav(files, p);
        out.write("<main>\n");
        for (int rank = p * pageSize; rank < Math.min(ordered.size(), (p + 1) * pageSize); rank++) {
          Entry e = ordered.get(rank);
          page.document(rank + 1, e, documents.load(e));
        }
        out.write("</main>\n</body>\n</html>\n");
      }
    }
    return files;
  }

  /**
   * The files of {@code count} pages: {@code report.html}, then {@code report-2.html} … beside it.
   * Pages a larger earlier scan left beyond them are deleted, so no page of another run stays.
   */
  private static List<Path> pages(Path first, int count) throws IOException {
    String name = String.valueOf(first.getFileName());
    String base = name.endsWith(".html") ? name.substring(0, name.length() - 5) : name;
    List<Path> files = new ArrayList<>();
    files.add(first);
    for (int p = 2; p <= count; p++) {
      files.add(first.resolveSibling(base + "-" + p + ".html"));
    }
    for (int p = count + 1; Files.deleteIfExists(first.resolveSibling(base + "-" + p + ".html")); p++) {
      // an earlier scan's page
    }
    return files;
  }

  /** Links to every page when there are several, this one marked. */
  private void nav(List<Path> files, int current) throws IOException {
    if (files.size() < 2) {
      return;
    }
    out.write("<nav class=\"pages\">页 <span lang=\"en\">pages</span>:");
    for (int p = 0; p < files.size(); p++) {
      out.write(p == current ? " <b>" + (p + 1) + "</b>"
          : " <a href=\"" + attr(String.valueOf(files.get(p).getFileName())) + "\">" + (p + 1) + "</a>");
    }
    out.write("</nav>\n");
  }

  private void head(String documentsName) throws IOException {
    out.write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write("<title>算账 扫描结果 · Suanzhang scan results</title>\n<style>\n");
    out.write(CSS);
    out.write("</style>\n</head>\n<body>\n<header>\n<h1>算账 扫描结果 <span lang=\"en\">Scan results</span></h1>\n");
    out.write("<p class=\"from\">" + text(documentsName) + "</p>\n</header>\n");
  }

  private void summary(Overview overview, List<Entry> ordered, List<Path> files, int pageSize)
      throws IOException {
    ScanTotals t = overview.totals();
    out.write("<section id=\"summary\">\n<div class=\"tiles\">\n");
    tile("", t.documents(), "文档", "documents");
    tile("read", t.read(), "已读", "read");
    tile("failed", t.failed(), "失败", "failed");
    tile("error", t.errors(), "错误", "error");
    tile("warning", t.warnings(), "警告", "warning");
    tile("info", t.infos(), "提示", "info");
    tile("", t.facts(), "事实", "facts");
    out.write("</div>\n");
    if (!overview.failures().isEmpty()) {
      out.write("<p class=\"failures\">失败原因 <span lang=\"en\">failed with</span>: ");
      out.write(
          overview.failures().entrySet().stream()
              .map(f -> "<code>" + text(f.getKey()) + "</code> " + f.getValue())
              .collect(Collectors.joining(", ")));
      out.write("</p>\n");
    }
    if (!overview.byKey().isEmpty()) {
      out.write("<table class=\"keys\">\n<thead><tr><th>类别 <span lang=\"en\">key</span></th>");
      for (Severity s : Severity.values()) {
        out.write("<th class=\"num\">" + SEVERITY_ZH[s.ordinal()] + " <span lang=\"en\">"
            + s.jsonName() + "</span></th>");
      }
      out.write("</tr></thead>\n<tbody>\n");
      for (Map.Entry<String, int[]> k : overview.byKey().entrySet()) {
        out.write("<tr><td><code>" + text(k.getKey()) + "</code></td>");
        for (int n : k.getValue()) {
          out.write("<td class=\"num\">" + (n == 0 ? "" : n) + "</td>");
        }
        out.write("</tr>\n");
      }
      out.write("</tbody>\n</table>\n");
    }
    out.write("<details class=\"index\"" + (ordered.size() <= INDEX_OPEN ? " open" : "")
        + "><summary>文档列表 <span lang=\"en\">documents</span> (" + ordered.size()
        + ")</summary>\n");
    out.write("<table class=\"index\">\n<thead><tr><th class=\"num\">#</th>"
        + "<th>文档 <span lang=\"en\">document</span></th><th>报告 <span lang=\"en\">kind</span></th>"
        + "<th>年度 <span lang=\"en\">year</span></th><th>部门 <span lang=\"en\">department</span></th>"
        + "<th>状态 <span lang=\"en\">status</span></th>");
    for (Severity s : Severity.values()) {
      out.write("<th class=\"num\">" + s.jsonName() + "</th>");
    }
    out.write("</tr></thead>\n<tbody>\n");
    int rank = 0;
    for (Entry e : ordered) {
      String page = rank < pageSize ? "" : String.valueOf(files.get(rank / pageSize).getFileName());
      out.write("<tr><td class=\"num\">" + ++rank + "</td><td><a href=\"" + attr(page) + "#"
          + e.anchor() + "\">"
          + text(e.path()) + "</a></td><td>" + optional(e.kind()) + "</td><td>"
          + optional(e.year()) + "</td><td>" + optional(e.department()) + "</td><td>"
          + (e.failed()
              ? "<span class=\"status failed\">failed <code>" + optional(e.errorCode()) + "</code></span>"
              : "<span class=\"status read\">read</span>")
          + "</td>" + count("error", e.errors()) + count("warning", e.warnings())
          + count("info", e.infos()) + "</tr>\n");
    }
    out.write("</tbody>\n</table>\n</details>\n");
    out.write("<p class=\"filter\"><label><input type=\"checkbox\" id=\"hide-info\"> 隐藏提示 "
        + "<span lang=\"en\">hide info findings</span></label></p>\n</section>\n");
  }

  private void tile(String kind, long n, String zh, String en) throws IOException {
    out.write("<div class=\"tile " + kind + "\"><b>" + n + "</b> " + zh + " <span lang=\"en\">" + en
        + "</span></div>\n");
  }

  private static String count(String severity, int n) {
    return n == 0 ? "<td class=\"num\"></td>" : "<td class=\"num " + severity + "\">" + n + "</td>";
  }

  private void document(int rank, Entry entry, PageDocument d) throws IOException {
    AnalysisTally a = d.tally();
    boolean open = !a.ok() || entry.errors() + entry.warnings() > 0;
    String state = !a.ok() ? "failed" : entry.errors() > 0 ? "error" : entry.warnings() > 0
        ? "warning" : "clean";
    out.write("<article class=\"doc " + state + "\" id=\"" + entry.anchor() + "\">\n<details"
        + (open ? " open" : "") + ">\n<summary><span class=\"rank\">#" + rank + "</span> "
        + "<span class=\"path\">" + text(a.source().path()) + "</span>");
    if (!a.ok()) {
      out.write(" <span class=\"sev failed\">failed</span>");
    }
    for (Severity s : Severity.values()) {
      int n = s == Severity.ERROR ? entry.errors() : s == Severity.WARNING ? entry.warnings()
          : entry.infos();
      if (n > 0) {
        out.write(" <span class=\"sev " + s.jsonName() + "\">" + n + " " + s.jsonName() + "</span>");
      }
    }
    out.write("</summary>\n");
    meta(a, entry.counts());
    for (Problem p : a.errors()) {
      out.write("<p class=\"problem\"><code class=\"code\">" + text(p.code().jsonName())
          + "</code> " + text(p.message()) + "</p>\n");
    }
    warnings(a.warnings(), a.warningCount());
    findings(d, entry.anchor());
    out.write("</details>\n</article>\n");
  }

  private void meta(AnalysisTally a, OutputRun.Counts counts) throws IOException {
    ReportInfo r = a.report();
    io.suanzhang.core.Source s = a.source();
    out.write("<dl class=\"meta\">\n");
    item("报告类型", "kind", r.kind() == null ? null : r.kind().label());
    item("年度", "year", r.year());
    item("部门", "department", r.department());
    item("单位", "unit", r.unit());
    item("填报日期", "filed", r.filed());
    item("公开时间", "published", r.published());
    item("格式", "format", s.format().jsonName()
        + (s.pages() == null ? "" : ", " + s.pages() + " 页 pages")
        + String.format(Locale.ROOT, ", %,d bytes", s.bytes()));
    if (!s.sha256().isEmpty()) {
      out.write("<dt>SHA-256</dt><dd><code title=\"" + attr(s.sha256()) + "\">"
          + text(s.sha256().substring(0, Math.min(16, s.sha256().length()))) + "…</code></dd>\n");
    }
    if (a.ok()) {
      CheckedNumbers checked = counts.checkedNumbers();
      item("核对", "checks", String.format(Locale.ROOT,
          "%d 数字 numbers, %d 事实 facts, %d/%d 关系成立 relations hold, %d/%d 数字已核 numbers checked,"
              + " %d/%d 百分数已核 percentages checked, %d/%d 增减已核 stated changes checked",
          counts.mentions(), counts.facts(), counts.holds(), counts.checks(),
          counts.checked(), counts.numbers(), checked.percentsChecked(),
          checked.percents(), checked.changesChecked(), checked.changes()));
    }
    out.write("</dl>\n");
  }

  private void item(String zh, String en, @Nullable Object value) throws IOException {
    if (value == null) {
      return;
    }
    out.write("<dt>" + zh + " <span lang=\"en\">" + en + "</span></dt><dd>"
        + text(value.toString()) + "</dd>\n");
  }

  private void warnings(List<Warning> warnings, int count) throws IOException {
    if (warnings.isEmpty()) {
      return;
    }
    out.write("<details class=\"read-warnings\"><summary>" + count
        + " 读取警告 <span lang=\"en\">read warnings</span></summary>\n<ul>\n");
    for (Warning w : warnings) {
      out.write("<li><code>" + text(w.code().jsonName()) + "</code>"
          + (w.page() == null ? "" : " <span class=\"page\">p. " + w.page() + "</span>") + " "
          + text(w.message()) + "</li>\n");
    }
    if (count > warnings.size()) {
      out.write("<li class=\"more\">另有 " + (count - warnings.size()) + " 条，见 documents.jsonl"
          + " <span lang=\"en\">" + (count - warnings.size()) + " more in documents.jsonl</span></li>\n");
    }
    out.write("</ul>\n</details>\n");
  }

  private void findings(PageDocument d, String anchor) throws IOException {
    if (d.findings().isEmpty()) {
      if (d.tally().ok()) {
        out.write("<p class=\"none\">没有发现 <span lang=\"en\">no findings</span></p>\n");
      }
      return;
    }
    out.write("<ol class=\"findings\">\n");
    for (Finding f : d.findings()) {
      finding(f, anchor + "-" + f.id(), d.factStarts());
    }
    out.write("</ol>\n");
    if (d.omitted() > 0) {
      out.write("<p class=\"more\">另有 " + d.omitted() + " 项发现未列出，见 findings.csv"
          + " <span lang=\"en\">" + d.omitted() + " more findings are not shown here; findings.csv"
          + " lists them all</span></p>\n");
    }
  }

  private void finding(Finding f, String id, Map<String, List<Integer>> factStarts)
      throws IOException {
    String sev = f.severity().jsonName();
    out.write("<li class=\"finding " + sev + "\" id=\"" + attr(id) + "\">\n<div class=\"fhead\"><span class=\"sev " + sev
        + "\">" + SEVERITY_ZH[f.severity().ordinal()] + " " + sev + "</span> <code class=\"key\">"
        + text(f.key()) + "</code>");
    if (!f.subject().isBlank()) {
      out.write(" <span class=\"subject\">" + text(f.subject()) + "</span>");
    }
    out.write(" <span class=\"fid\">" + text(f.rule()) + " · " + text(f.id()) + "</span></div>\n");
    out.write("<p class=\"zh\">" + text(f.zh()) + "</p>\n<p class=\"en\" lang=\"en\">" + text(f.en())
        + "</p>\n");
    if (f.stated() != null || f.recomputed() != null) {
      String unit = f.unit() == null ? "" : " " + f.unit();
      // Against another report the second value is that report's figure, not a recomputation.
      boolean elsewhere = f.evidence().stream().anyMatch(e -> e.role().startsWith(REFERENCE));
      out.write("<table class=\"values\"><tr><th>所述 <span lang=\"en\">stated</span></th>"
          + (elsewhere ? "<th>另一报告 <span lang=\"en\">other report</span></th>"
              : "<th>重算 <span lang=\"en\">recomputed</span></th>")
          + "<th>差额 <span lang=\"en\">difference</span></th>"
          + "<th>容差 <span lang=\"en\">tolerance</span></th></tr>\n<tr>"
          + value(f.stated(), unit) + value(f.recomputed(), unit) + value(f.difference(), unit)
          + value(f.tolerance(), unit) + "</tr></table>\n");
    }
    out.write("<div class=\"evidence\">\n");
    Map<String, List<Evidence>> byQuote = new LinkedHashMap<>();
    for (Evidence e : f.evidence()) {
      byQuote.computeIfAbsent(e.quote(), q -> new ArrayList<>()).add(e);
    }
    @Nullable Set<Integer> figurePages = null; // the pages of the open figure; quotes on the same pages share it
    for (Map.Entry<String, List<Evidence>> q : byQuote.entrySet()) {
      Set<Integer> pages = pages(q.getValue());
      if (!pages.equals(figurePages)) {
        if (figurePages != null) {
          out.write("</figure>\n");
        }
        figure(pages);
        figurePages = pages;
      }
      quote(Highlights.place(
          q.getKey(), q.getValue(), factStarts.getOrDefault(q.getKey(), List.of())));
    }
    if (figurePages != null) {
      out.write("</figure>\n");
    }
    out.write("</div>\n</li>\n");
  }

  private static String value(@Nullable BigDecimal v, String unit) {
    return v == null ? "<td>—</td>" : "<td class=\"num\">" + text(v.toPlainString() + unit) + "</td>";
  }

  private static Set<Integer> pages(List<Evidence> evidence) {
    Set<Integer> pages = new TreeSet<>();
    for (Evidence e : evidence) {
      if (e.page() != null) {
        pages.add(e.page());
      }
    }
    return pages;
  }

  /** Opens the figure of the quotes on these pages, captioned with them. */
  private void figure(Set<Integer> pages) throws IOException {
    out.write("<figure class=\"quote\">");
    if (!pages.isEmpty()) {
      String list = pages.stream().map(String::valueOf).collect(Collectors.joining(", "));
      out.write("<figcaption class=\"page\">第 " + list + " 页 <span lang=\"en\">p"
          + (pages.size() > 1 ? "p" : "") + ". " + list + "</span></figcaption>");
    }
  }

  /** A quote with its marks, then the evidence not found in it. */
  private void quote(Highlights.Placed placed) throws IOException {
    out.write("<blockquote>");
    String q = placed.quote();
    int at = 0;
    Deque<Highlights.Mark> open = new ArrayDeque<>();
    for (Highlights.Mark m : placed.marks()) {
      while (!open.isEmpty() && open.peek().end() <= m.start()) {
        at = close(q, at, open.pop());
      }
      out.write(text(q.substring(at, m.start())));
      out.write(markTag(m.evidence()));
      open.push(m);
      at = m.start();
    }
    while (!open.isEmpty()) {
      at = close(q, at, open.pop());
    }
    out.write(text(q.substring(at)));
    out.write("</blockquote>\n");
    Set<String> elsewhere = new LinkedHashSet<>();
    placed.marks().forEach(m -> m.evidence().forEach(e -> {
      if (e.role().startsWith(REFERENCE)) {
        elsewhere.add(e.role().substring(REFERENCE.length()));
      }
    }));
    for (String document : elsewhere) {
      out.write("<p class=\"apart\"><span class=\"note\">见 <span lang=\"en\">in</span></span> "
          + text(document) + "</p>\n");
    }
    for (Evidence e : placed.apart()) {
      out.write("<p class=\"apart\">" + markTag(List.of(e)) + text(e.text()) + "</mark>"
          + (e.page() == null ? "" : " <span class=\"page\">p. " + e.page() + "</span>")
          + " <span class=\"note\">不在引文中 <span lang=\"en\">not in the quote</span></span></p>\n");
    }
  }

  private int close(String q, int at, Highlights.Mark m) throws IOException {
    out.write(text(q.substring(at, m.end())));
    out.write("</mark>");
    return m.end();
  }

  private static String markTag(List<Evidence> evidence) {
    Set<String> roles = new LinkedHashSet<>();
    List<String> titles = new ArrayList<>();
    for (Evidence e : evidence) {
      // a cross-document reference names its report below the quote, not in every mark
      roles.add(e.role().startsWith(REFERENCE) ? "reference" : e.role());
      titles.add(e.role()
          + (e.value() == null ? "" : " · " + e.value().toPlainString() + (e.unit() == null ? "" : " " + e.unit()))
          + (e.page() == null ? "" : " · p. " + e.page()));
    }
    return "<mark data-role=\"" + attr(String.join(" ", roles)) + "\" title=\""
        + attr(String.join("\n", titles)) + "\">";
  }

  private static String optional(@Nullable Object value) {
    return value == null ? "" : text(value.toString());
  }
}
