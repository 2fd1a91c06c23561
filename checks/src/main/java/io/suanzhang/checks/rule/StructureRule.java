package io.suanzhang.checks.rule;

import io.suanzhang.checks.Draft;
import io.suanzhang.checks.Message;
import io.suanzhang.checks.Report;
import io.suanzhang.checks.Results;
import io.suanzhang.checks.Rule;
import io.suanzhang.checks.rule.Templates.Required;
import io.suanzhang.checks.rule.Templates.Template;
import io.suanzhang.core.Format;
import io.suanzhang.core.ReportInfo;
import io.suanzhang.core.ReportKind;
import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.document.Table;
import io.suanzhang.core.fact.Section;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.text.CodePoints;
import io.suanzhang.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code structure}: a 部门预算 or 部门决算 against the template it follows ({@link Templates}): every
 * table the template requires is printed under its title, in the template's order, a table printed
 * empty says so (说明：…本年度没有政府性基金预算财政拨款收入和支出，故本表无数据; 此表为空), and the 说明 has
 * the sections the template gives it (十一、其他重要事项的情况说明（一）机关运行经费支出情况 …).
 *
 * <p>Only a report that prints its tables is judged — one with most of its template's tables (five
 * of nine). A 说明 published apart from its tables, a page excerpt or a single table has no
 * structure to judge, and a report whose tables could not be read (scanned pages) would be short of
 * every table for that reason alone. Findings are warnings: a title the reader did not recognise
 * looks like a missing table, and a reviewer looks at the pages around the place named.
 */
public final class StructureRule implements Rule {

  static final Message MISSING = new Message(
      "structure.missing_table",
      "缺少%s要求的表“%s”（%s）",
      "the table '%2$s' that the %1$s requires is missing (%4$s)");

  static final Message ORDER = new Message(
      "structure.order",
      "表“%s”排在“%s”之后，与%s的顺序不符",
      "the table '%s' comes after '%s', against the order of the %s");

  static final Message MISSING_SECTION = new Message(
      "structure.missing_section",
      "缺少%s要求的说明部分“%s”",
      "the section '%2$s' of the explanation that the %1$s requires is missing");

  static final Message EMPTY = new Message(
      "structure.empty_note",
      "表“%s”没有数据，也没有说明（如“本表无数据”“无此项支出”）",
      "the table '%s' is empty and says nothing of why (本表无数据, 无此项支出)");

  static final Message NOT_JUDGED = new Message(
      "structure.not_judged",
      "未核对%s的表格结构：%s为文本或网页，只从表前一行的标题认出 %d 张模板要求的表（共 %d 张），不足以作为完整报告核对",
      "the structure against the %1$s was not judged: %2$s is text or a web page, where only %3$d of"
          + " the template's %4$d tables were known by a title on the line before them, too few for a"
          + " whole report");

  /** Tables of its template a report must print to be judged as a whole report. */
  static final int WHOLE = 5;

  /** How far after an empty table its note may stand, in code points. */
  private static final int NOTE_REACH = 400;

  /**
   * A table of the document that is one of the template's, with its place in the template: a table
   * read from the pages, or only its title where the reader found no grid under it (a table printed
   * empty: 财政拨款政府性基金支出预算表 ⏎ 部门：… 单位：万元 ⏎ 功能科目代码 功能科目名称 金额 ⏎ 合计 ⏎ 注：本部门无该项目).
   */
  private record Found(int index, String title, int start, int end, @Nullable Table table) {}

  /** A section of a template's 说明 and the heading that is it, if any (null: missing). */
  public record SectionFound(String template, String name, @Nullable Section heading) {}

  /**
   * The 说明 sections the template of a report of this kind, origin and year requires, each with the
   * first of {@code headings} that is it: for a report published as several files, whose 说明 one file
   * holds and whose tables another (see the scan's report sets). Empty where no template is known.
   */
  public static List<SectionFound> sections(@Nullable ReportKind kind, String origin,
      @Nullable Integer year, List<Section> headings) {
    Template template = Templates.of(kind, origin);
    return template == null ? List.of() : sectionsOf(template, year, headings);
  }

  private static List<SectionFound> sectionsOf(
      Template template, @Nullable Integer year, List<Section> headings) {
    List<SectionFound> out = new ArrayList<>();
    for (Templates.Section r : template.sections()) {
      if (r.requiredIn(year)) {
        out.add(new SectionFound(template.name(), r.name(), headings.stream()
            .filter(h -> r.heads(Templates.heading(h.title()))).findFirst().orElse(null)));
      }
    }
    return out;
  }

  /**
   * Where to look for the missing section {@code i}: the heading of the section before it the report
   * has, else of the first after it; null where it has none.
   */
  public static @Nullable Section near(List<SectionFound> found, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (found.get(k).heading() != null) {
        return found.get(k).heading();
      }
    }
    for (int k = i + 1; k < found.size(); k++) {
      if (found.get(k).heading() != null) {
        return found.get(k).heading();
      }
    }
    return null;
  }

  /** The relation of a 说明 section's check: 江苏省部门预算公开模板：说明 收入预算情况说明 已列出. */
  public static String sectionRelation(String template, String section, boolean listed) {
    return template + "：说明 " + section + (listed ? " 已列出" : " 未列出");
  }

  /** The finding of a section missing from a report's 说明: its message, {@code near} where to look. */
  public static Finding missingSection(String id, String template, String section, Evidence near) {
    Finding f = Draft.of(MISSING_SECTION, template, section).severity(Severity.WARNING)
        .subject(section).evidence(near).finding();
    return new Finding(id, "structure", f.key(), f.severity(), f.subject(), f.zh(), f.en(),
        null, null, null, null, null, f.facts(), f.evidence());
  }

  @Override
  public String id() {
    return "structure";
  }

  @Override
  public void check(Report report, Results results) {
    ReportInfo info = report.analysis().report();
    CodePoints text = report.codePoints();
    // where the report comes from: its department's name, and its cover (上海市普陀区… on the title
    // page of a department that calls itself 区财政局)
    String origin = java.util.Objects.requireNonNullElse(info.department(), "")
        + text.slice(0, Math.min(text.length(), 300));
    Template template = Templates.of(info.kind(), origin);
    if (template == null) {
      return;
    }
    List<Table> tables = report.document().tables();
    List<Found> found = found(template, tables, text, info.department());
    found.addAll(printedEmpty(template, text, found, info.department()));
    found.sort(java.util.Comparator.comparingInt(Found::start));
    if (found.size() < WHOLE) {
      notJudged(report, template, found.size(), results);
      return;
    }
    missing(report, template, found, results);
    if (template.ordered()) {
      order(report, template, found, results);
    }
    emptyNotes(report, tables, found, results);
    sections(report, template, results);
  }

  /**
   * Says so where a text or a web page that prints some of its template's tables could not be
   * judged: its tables carry a title only where the line before them prints one, so a report whole on
   * paper may look like a part here. A PDF, DOCX or workbook short of tables is a part (a 说明
   * published apart, an excerpt) and is left alone.
   */
  private static void notJudged(Report report, Template template, int found, Results results) {
    Format format = report.analysis().source().format();
    boolean textual = format == Format.TEXT || format == Format.MARKDOWN || format == Format.HTML;
    // a text that prints none of its template's tables (a sentence quoted, a 说明 alone, a
    // self-evaluation) has no structure to speak of; one that prints some, too few, is told so
    if (!textual || found == 0) {
      return;
    }
    String name = report.analysis().source().path();
    name = name.substring(name.lastIndexOf('/') + 1);
    // the report's first line, its title, as where the finding is
    CodePoints text = report.codePoints();
    String head = text.slice(0, Math.min(text.length(), TITLE_LINE));
    int from = head.length() - head.stripLeading().length();
    int line = head.indexOf('\n', from);
    String first = (line >= 0 ? head.substring(from, line) : head.substring(from)).stripTrailing();
    if (first.isEmpty()) {
      return;
    }
    int start = head.codePointCount(0, from);
    Draft draft = Draft.of(NOT_JUDGED, template.name(), name, found, template.tables().size())
        .severity(Severity.INFO).subject(template.name())
        .passage("report", report, start, start + first.codePointCount(0, first.length()));
    results.fails(template.name() + "：结构未核对（" + format.jsonName() + "）", List.of(),
        draft.finding());
  }

  /**
   * The sections of the 说明 the template requires, by their headings. Judged where the report has
   * half of them or more: a tables file whose 说明 is published apart has none to judge.
   */
  private static void sections(Report report, Template template, Results results) {
    List<SectionFound> found = sectionsOf(
        template, report.analysis().report().year(), report.analysis().sections());
    long present = found.stream().filter(f -> f.heading() != null).count();
    if (found.isEmpty() || present * 2 < found.size()) {
      return;
    }
    for (int i = 0; i < found.size(); i++) {
      String name = found.get(i).name();
      if (found.get(i).heading() != null) {
        results.holds(sectionRelation(template.name(), name, true), List.of());
        continue;
      }
      Section at = java.util.Objects.requireNonNull(near(found, i), "half the sections are there");
      Draft draft = Draft.of(MISSING_SECTION, template.name(), name)
          .severity(Severity.WARNING).subject(name)
          .passage("near", report, at.heading().start(), at.heading().end());
      results.fails(sectionRelation(template.name(), name, false), List.of(), draft.finding());
    }
  }

  /** The first table of each of the template's, in the document's order. */
  private static List<Found> found(
      Template template, List<Table> tables, CodePoints text, @Nullable String department) {
    List<Found> out = new ArrayList<>();
    boolean[] seen = new boolean[template.tables().size()];
    for (Table t : tables) {
      String title = t.title() != null ? t.title() : titleLine(text, t.span().start());
      if (title == null) {
        continue;
      }
      int i = Templates.indexOf(template, Templates.normalise(title, department));
      if (i >= 0 && !seen[i]) {
        seen[i] = true;
        out.add(new Found(i, title, t.span().start(), t.span().end(), t));
      }
    }
    return out;
  }

  /**
   * The title printed on the line before a table that its reader gave none (a text's tab-separated
   * grid, a web page's copy): that line, or the one above a unit line (部门：… 单位：万元), where it names
   * a table (…表) and is no sentence.
   */
  private static @Nullable String titleLine(CodePoints text, int tableStart) {
    int start = Math.min(tableStart, text.length());
    String before = text.slice(Math.max(0, start - 3 * TITLE_LINE), start);
    String[] lines = before.split("\n");
    int looked = 0;
    for (int k = lines.length - 1; k >= 0 && looked < 2; k--) {
      String line = lines[k].strip();
      if (line.isEmpty()) {
        continue;
      }
      looked++;
      if (UNIT_LINE.matcher(line).find() && line.length() <= TITLE_LINE) {
        continue;
      }
      return line.length() <= TITLE_LINE && line.endsWith("表") ? line : null;
    }
    return null;
  }

  /** A table's unit line, right under its title: 部门：江苏省政协办公厅 单位：万元. */
  private static final java.util.regex.Pattern UNIT_LINE = java.util.regex.Pattern.compile("单位\\s*[:：]");
  /** The longest title line looked at, in code points. */
  private static final int TITLE_LINE = 60;
  /** How many lines under a title its unit line may stand. */
  private static final int UNIT_LINES = 2;

  /**
   * The template's tables that no table read stands for but whose title the text prints as a table's,
   * a unit line under it: a table printed empty, whose grid the reader did not find. A contents list
   * names the same titles without units, and is no table.
   */
  private static List<Found> printedEmpty(
      Template template, CodePoints text, List<Found> found, @Nullable String department) {
    boolean[] seen = new boolean[template.tables().size()];
    found.forEach(f -> seen[f.index()] = true);
    List<Found> out = new ArrayList<>();
    String all = text.slice(0, text.length());
    String[] lines = all.split("\n", -1);
    int offset = 0;
    for (int k = 0; k < lines.length; k++) {
      String line = lines[k];
      int start = offset;
      offset += line.codePointCount(0, line.length()) + 1;
      String title = line.strip();
      if (title.isEmpty() || title.length() > TITLE_LINE || !title.endsWith("表")) {
        continue;
      }
      int i = Templates.indexOf(template, Templates.normalise(title, department));
      if (i < 0 || seen[i] || !unitUnder(lines, k)) {
        continue;
      }
      seen[i] = true;
      int lead = line.codePointCount(0, line.indexOf(title));
      out.add(new Found(i, title, start + lead, start + lead + title.codePointCount(0, title.length()), null));
    }
    return out;
  }

  private static boolean unitUnder(String[] lines, int k) {
    for (int j = k + 1; j < lines.length && j <= k + UNIT_LINES; j++) {
      if (UNIT_LINE.matcher(lines[j]).find()) {
        return true;
      }
    }
    return false;
  }

  private static void missing(Report report, Template template, List<Found> found, Results results) {
    List<Required> required = template.tables();
    for (int i = 0; i < required.size(); i++) {
      int index = i;
      String name = required.get(i).name();
      if (found.stream().anyMatch(f -> f.index() == index)) {
        results.holds(template.name() + "：" + name + " 已列出", List.of());
        continue;
      }
      // the table of the template before it that the report prints: where to look for it
      Found before = null;
      for (Found f : found) {
        if (f.index() < index && (before == null || f.index() > before.index())) {
          before = f;
        }
      }
      String previous = before == null ? null : required.get(before.index()).name();
      Draft draft = Draft.of(MISSING, template.name(), name,
          previous == null ? "应为第一张表" : "应在“" + previous + "”之后",
          previous == null ? "expected first" : "expected after '" + previous + "'")
          .severity(Severity.WARNING).subject(name);
      if (before != null) {
        title(draft, "before", report, before);
      } else {
        // the first table is missing: the table the report opens with instead is where to look
        title(draft, "after", report, found.get(0));
      }
      results.fails(template.name() + "：" + name + " 未列出", List.of(), draft.finding());
    }
  }

  private static void order(Report report, Template template, List<Found> found, Results results) {
    Found latest = null;
    boolean inOrder = true;
    for (Found f : found) {
      if (latest != null && f.index() < latest.index()) {
        inOrder = false;
        String name = template.tables().get(f.index()).name();
        String previous = template.tables().get(latest.index()).name();
        Draft draft = Draft.of(ORDER, name, previous, template.name())
            .severity(Severity.WARNING).subject(name);
        title(draft, "table", report, f);
        title(draft, "before", report, latest);
        results.fails(template.name() + "：" + previous + " 在 " + name + " 之前", List.of(),
            draft.finding());
      } else {
        latest = f;
      }
    }
    if (inOrder) {
      results.holds(template.name() + "：表的顺序", List.of());
    }
  }

  private static void emptyNotes(
      Report report, List<Table> tables, List<Found> found, Results results) {
    CodePoints text = report.codePoints();
    List<Mention> money = report.analysis().mentions().stream()
        .filter(m -> m.kind() == MentionKind.MONEY && m.value().signum() != 0).toList();
    // a blank template (上海市XX局…) prints every table empty: there is no report to judge
    if (found.stream().allMatch(f -> f.table() == null || empty(f.table(), money))) {
      return;
    }
    for (Found f : found) {
      Table t = f.table();
      if (t != null && !empty(t, money)) {
        continue;
      }
      int start = Math.min(f.start(), text.length());
      int end = Math.min(text.length(), f.end() + NOTE_REACH);
      // the note stands before the next table of the report
      for (Table other : tables) {
        if (other.span().start() > f.end()) {
          end = Math.max(f.end(), Math.min(end, other.span().start()));
          break;
        }
      }
      for (Found other : found) {
        if (other.start() > f.start()) {
          end = Math.max(f.end(), Math.min(end, other.start()));
          break;
        }
      }
      String name = f.title();
      if (Templates.emptyNote(text.slice(start, Math.min(end, text.length())))) {
        results.holds(name + "：空表有说明", List.of());
      } else {
        Draft draft = Draft.of(EMPTY, name).severity(Severity.WARNING).subject(name);
        title(draft, "table", report, f);
        results.fails(name + "：空表无说明", List.of(), draft.finding());
      }
    }
  }

  /**
   * Whether the table states no amount but zero: its column numbers (栏次 1 2 3) and codes are no
   * data, its 0.00 cells none either.
   */
  static boolean empty(Table table, List<Mention> money) {
    Span span = table.span();
    for (Mention m : money) {
      if (m.start() >= span.start() && m.end() <= span.end()) {
        return false;
      }
    }
    return true;
  }

  /** The table's title as evidence: its line just before the table, else the table's first line. */
  private static void title(Draft draft, String role, Report report, Found found) {
    Table table = found.table();
    if (table == null) {
      draft.passage(role, report, found.start(), found.end());
      return;
    }
    CodePoints text = report.codePoints();
    int start = Math.min(table.span().start(), text.length());
    String title = table.title();
    if (title != null) {
      int from = Math.max(0, start - 200);
      String before = text.slice(from, Math.min(text.length(), start + title.length()));
      int i = before.lastIndexOf(title);
      if (i >= 0) {
        int at = from + before.codePointCount(0, i);
        draft.passage(role, report, at, at + title.codePointCount(0, title.length()));
        return;
      }
    }
    draft.passage(role, report, start, Math.min(text.length(), start + 1));
  }
}
