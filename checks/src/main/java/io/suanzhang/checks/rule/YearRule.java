package io.suanzhang.checks.rule;

import io.suanzhang.checks.Draft;
import io.suanzhang.checks.Message;
import io.suanzhang.checks.Report;
import io.suanzhang.checks.Results;
import io.suanzhang.checks.Rule;
import io.suanzhang.core.ReportKind;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Section;
import io.suanzhang.core.fact.TableRow;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.CodePoints;
import io.suanzhang.core.text.StartChars;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code year}: years that are broken or contradict the year the report covers — a year split by a
 * stray space (202 3年度) or run into a digit (20223年), a title or heading naming another year's
 * 预算 or 决算, and a comparison "with" a base year that is not before the report's year.
 */
public final class YearRule implements Rule {

  static final Message BROKEN = new Message(
      "year.broken",
      "年份“%s”书写有误",
      "the year '%s' is broken");
  static final Message TITLE = new Message(
      "year.title",
      "标题写的是 %s 年，报告所属年度为 %s 年",
      "a title names the year %s, but the report covers %s");
  static final Message BODY = new Message(
      "year.body",
      "报告标为 %s 年，但正文 %s 处陈述的是 %s 年的数，没有一处是 %s 年的",
      "the report is titled %s, but %s statements of its body are about %s and none about %s");
  static final Message BASE = new Message(
      "year.base",
      "与 %s 年相比，但报告所属年度为 %s 年：比较的基年应早于报告年度",
      "compared with %s, but the report covers %s: the base year should come before it");

  /** A year with a stray space inside (202 3年), or with one digit too many (20223年). */
  private static final Pattern BROKEN_YEAR = Pattern.compile(
      "(?<![0-9])(?:(?:19|20)(?:[0-9] [0-9]|[0-9] {1,2}[0-9]|\\s[0-9]{2})|(?:19|20)[0-9]{3})"
          + "(?= ?年)");
  /** A year naming a report: 2023年度部门决算, 2024年单位预算, 2022年绩效自评. */
  private static final Pattern TITLE_YEAR = Pattern.compile(
      "(?<![0-9])((?:19|20)[0-9]{2})\\s*年度?\\s*(?:部门|单位)?(?:预算|决算|绩效自评|整体支出绩效)");
  private static final Pattern LEADING_YEAR = Pattern.compile("\\s*((?:19|20)[0-9]{2})\\s*年(?!\\s*[0-9])");
  private static final Pattern COMPARED = Pattern.compile("[与比较同]");
  /** Title lines are looked for in this many code points from the start. */
  private static final int TITLE_REACH = 200;

  /** Lines looked at for the title: a caption (附件2) or a sheet's name may stand before it. */
  private static final int TITLE_LINES = 3;

  private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

  @Override
  public String id() {
    return "year";
  }

  @Override
  public void check(Report report, Results results) {
    CodePoints text = report.codePoints();
    brokenYears(report, text, results);
    Integer year = report.analysis().report().year();
    if (year == null) {
      return;
    }
    titles(report, text, year, results);
    body(report, text, year, results);
    for (Comparison c : report.facts(Comparison.class)) {
      Integer base = c.baseYear();
      if (base == null) {
        continue;
      }
      // The base year says nothing of the figures compared: listing one would count it as checked.
      List<Mention> numbers = List.of();
      String relation = "基年 " + base + " < 报告年度 " + year;
      if (base < year) {
        results.holds(relation, numbers);
      } else {
        Draft draft = Draft.of(BASE, base, year).severity(Severity.WARNING).subject(c.subject())
            .fact(c);
        c.numbers().forEach(m -> draft.evidence("compared", m, c));
        results.fails(relation, numbers, draft.finding());
      }
    }
  }

  /** What happened in a year, as against what was planned for it. */
  private static final Pattern OUTTURN = Pattern.compile("完成|执行|决算|实际");

  /**
   * The year the body's statements open with ("2024年部门预算数…") against the report's: a report
   * titled 2025 whose every statement is about 2024 was copied from last year's and not updated.
   */
  private static void body(Report report, CodePoints text, int year, Results results) {
    Map<Integer, List<Fact>> byYear = new TreeMap<>();
    boolean reviewsLastYear = false;
    // Only a budget looks back on the year before; a 决算 of 2024 titled 2025 is a stale title.
    ReportKind kind = report.analysis().report().kind();
    boolean plans = kind == ReportKind.DEPARTMENT_BUDGET || kind == ReportKind.UNIT_BUDGET
        || kind == ReportKind.OTHER || kind == null;
    for (Fact f : report.analysis().facts()) {
      if (f instanceof TableRow) {
        continue;
      }
      Matcher m = LEADING_YEAR.matcher(f.quote());
      if (m.lookingAt()) {
        int stated = Integer.parseInt(m.group(1));
        if (stated == year - 1 && plans && OUTTURN.matcher(f.quote()).find()) {
          // 2022年全年完成地方财政收入…: a 2023 budget that reviews last year's outturn, its plan
          // (2022年全市安排…) included, is about last year by design, not by a stale copy.
          reviewsLastYear = true;
        }
        byYear.computeIfAbsent(stated, k -> new ArrayList<>()).add(f);
      }
    }
    if (byYear.isEmpty() || reviewsLastYear) {
      return;
    }
    List<Fact> own = byYear.getOrDefault(year, List.of());
    Map.Entry<Integer, List<Fact>> most = byYear.entrySet().stream()
        .max(Comparator.comparingInt(e -> e.getValue().size())).orElseThrow();
    String relation = "正文年度 = 报告年度 " + year;
    if (!own.isEmpty() || most.getValue().size() < 2) {
      results.holds(relation, List.of());
      return;
    }
    int inTitle = text.text().indexOf(String.valueOf(year));
    Draft draft = Draft.of(BODY, year, most.getValue().size(), most.getKey(), year)
        .severity(Severity.WARNING).subject(String.valueOf(year));
    if (inTitle >= 0 && inTitle < titleEnd(text)) {
      int start = text.toCodePoint(inTitle);
      draft.passage("title year", report, start, start + 4);
    }
    for (Fact f : most.getValue()) {
      Matcher m = LEADING_YEAR.matcher(f.quote());
      if (m.lookingAt()) {
        int start = f.span().start() + f.quote().codePointCount(0, m.start(1));
        draft.fact(f).passage("statement year", report, start, start + 4);
      }
    }
    results.fails(relation, List.of(), draft.finding());
  }

  private static void brokenYears(Report report, CodePoints text, Results results) {
    StartChars matches = new StartChars(BROKEN_YEAR, text.text(), "12");
    while (matches.find()) {
      Matcher m = matches.match();
      int start = text.toCodePoint(m.start());
      int end = text.toCodePoint(m.end());
      results.fails("年份 " + m.group(), List.of(), Draft.of(BROKEN, m.group())
          .severity(Severity.WARNING).subject(m.group()).passage("year", report, start, end)
          .finding());
    }
  }

  /** The year of the title and of every heading naming a report against the report's year. */
  private static void titles(Report report, CodePoints text, int year, Results results) {
    Set<Integer> seen = new HashSet<>();
    checkTitle(report, text, year, results, 0, titleEnd(text), seen);
    for (Section s : report.analysis().sections()) {
      checkTitle(report, text, year, results, text.toUtf16(s.heading().start()),
          text.toUtf16(s.heading().end()), seen);
    }
  }

  /**
   * The end of the title: its first line that is not blank, within {@link #TITLE_REACH}; when that
   * line names no year (附件2, a sheet's name) and one of the next two does, that one.
   */
  private static int titleEnd(CodePoints text) {
    String s = text.text();
    int reach = text.toUtf16(Math.min(text.length(), TITLE_REACH));
    int first = -1;
    int start = 0;
    for (int line = 0; line < TITLE_LINES && start < reach; line++) {
      while (start < reach && Character.isWhitespace(s.charAt(start))) {
        start++;
      }
      int newline = s.indexOf('\n', start);
      int end = newline < 0 || newline > reach ? reach : newline;
      if (first < 0) {
        first = end;
      }
      if (ANY_YEAR.matcher(s).region(start, end).find()) {
        return end;
      }
      start = end;
    }
    return first < 0 ? reach : first;
  }

  private static void checkTitle(
      Report report, CodePoints text, int year, Results results, int from, int to,
      Set<Integer> seen) {
    Matcher m = TITLE_YEAR.matcher(text.text()).region(from, to);
    // 2022年预算执行情况和2023年预算草案的报告: a title of two neighbouring years, the report's among them
    boolean namesOwn = text.text().substring(from, to).contains(year + "年");
    while (m.find()) {
      if (!seen.add(m.start(1)) || COMPARED.matcher(
          text.text().substring(Math.max(0, m.start() - 2), m.start())).find()) {
        continue; // a heading read twice, or a year compared with (与2022年决算数相比)
      }
      int named = Integer.parseInt(m.group(1));
      String relation = "标题年度 " + named + " = 报告年度 " + year;
      if (named == year || (namesOwn && Math.abs(named - year) == 1)) {
        results.holds(relation, List.of());
        continue;
      }
      int start = text.toCodePoint(m.start(1));
      results.fails(relation, List.of(), Draft.of(TITLE, named, year).severity(Severity.WARNING)
          .subject(m.group()).passage("year", report, start, start + 4).finding());
    }
  }
}
