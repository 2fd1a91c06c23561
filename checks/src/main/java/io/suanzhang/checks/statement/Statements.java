package io.suanzhang.checks.statement;

import io.suanzhang.checks.Remembered;
import io.suanzhang.checks.Report;
import io.suanzhang.checks.arithmetic.Quantities;
import io.suanzhang.checks.statement.Statement.Flow;
import io.suanzhang.checks.statement.Statement.Stage;
import io.suanzhang.checks.statement.Statement.Strength;
import io.suanzhang.checks.statement.Statement.Subject;
import io.suanzhang.core.ReportInfo;
import io.suanzhang.core.ReportKind;
import io.suanzhang.core.fact.Amount;
import io.suanzhang.core.fact.Breakdown;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Indicator;
import io.suanzhang.core.fact.Measure;
import io.suanzhang.core.fact.Rate;
import io.suanzhang.core.fact.Score;
import io.suanzhang.core.fact.Section;
import io.suanzhang.core.fact.TableRow;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The numbers of a report as statements about subjects: every amount of the prose, the total and
 * parts of a breakdown, the main value of every table row, the points of a score, and the counts and
 * amounts no fact holds, each with what it is about.
 *
 * <p>A fact whose subject names nothing (项目全年预算数 1 万元, 2024年预算安排352.67万元, a sentence about
 * the department) is taken to be about the item or project it stands under: the classification item
 * opening its list item (31. “住房保障支出（类）住房改革支出（款）住房公积金（项）”…), or a project the report
 * names in an indicator table, opening the item or heading its section.
 */
public final class Statements {

  private static final Pattern YEAR_FIRST = Pattern.compile("^\\s*(\\d{4})\\s*年");
  private static final Pattern LAST_YEAR = Pattern.compile("上年|去年|上一年|上年度");
  private static final Pattern OTHER_YEAR_COLUMN = Pattern.compile("(\\d{4})\\s*年");
  private static final List<String> QUALIFIERS =
      List.of("一般公共预算", "政府性基金", "国有资本经营", "财政拨款", "基本支出", "项目支出", "三公");
  /** The columns holding a row's own value rather than one of its parts. */
  private static final Pattern MAIN_COLUMN = Pattern.compile(
      "^(合\\s*计|总\\s*计|金\\s*额|决算数|预算数|执行数|本年收入合计|本年支出合计|全年预算数|年初预算数|调整后预算数)$");
  private static final Pattern TABLE_WORDS =
      Pattern.compile("^[一二三四五六七八九十\\d]+[、.．]|\\d{4}\\s*年度?|部门|预算单位|单位|决算|预算|明细|总表|表|（[^）]*）|\\([^)]*\\)");
  private static final Pattern COUNTED = Pattern.compile("累计|共计|共|达到|达|合计");
  /** How close a classification item must stand before a number to be what the number is of. */
  private static final int INLINE_GAP = 6;

  private final Report report;
  private final ReportInfo info;
  private final Texts texts;
  private final Map<String, Section> sections = new HashMap<>();
  private final List<String> projects = new ArrayList<>();
  private final Set<Span> excluded = new HashSet<>();
  /** Numbers that another kind of fact explains: an indicator's target, a 满分, a rate. */
  private final Set<Span> owned = new HashSet<>();
  private final Set<Span> taken = new HashSet<>();
  private final List<Statement> out = new ArrayList<>();
  private final Stage documentStage;
  private final int year;

  private Statements(Report report) {
    this.report = report;
    this.info = report.analysis().report();
    this.texts = new Texts(report.text());
    this.year = info.year() == null ? 0 : info.year();
    this.documentStage = stageOf(info.kind());
    for (Section s : report.analysis().sections()) {
      sections.put(s.id(), s);
    }
    for (Indicator i : report.facts(Indicator.class)) {
      String name = Subjects.key(i.subject());
      if (!Subjects.weak(Subjects.canonical(i.subject(), info)) && name.length() >= 3
          && !projects.contains(name)) {
        projects.add(name);
      }
    }
    for (Indicator i : report.facts(Indicator.class)) {
      i.numbers().forEach(m -> owned.add(m.span()));
    }
    for (Score s : report.facts(Score.class)) {
      s.numbers().forEach(m -> owned.add(m.span()));
    }
    for (Rate r : report.facts(Rate.class)) {
      owned.add(r.value().span());
    }
    for (Comparison c : report.facts(Comparison.class)) {
      for (Mention m : new Mention[] {c.base(), c.change(), c.rate()}) {
        if (m != null) {
          excluded.add(m.span());
        }
      }
    }
  }

  /** Every statement of a report, in reading order of the facts. */
  static List<Statement> of(Report report) {
    return new Statements(report).build();
  }

  private List<Statement> build() {
    for (Amount a : report.facts(Amount.class)) {
      prose(a.value(), a, a.subject(), a.measure());
    }
    for (Breakdown b : report.facts(Breakdown.class)) {
      if (b.total() != null) {
        prose(b.total(), b, b.subject(), Measure.OTHER);
      }
      for (Breakdown.Part p : b.parts()) {
        prose(p.value(), b, p.label(), Measure.OTHER);
      }
    }
    for (Score s : report.facts(Score.class)) {
      score(s);
    }
    Map<String, Map<String, TableRow>> codes = codes();
    for (TableRow row : report.facts(TableRow.class)) {
      row(row, codes.getOrDefault(Objects.requireNonNullElse(row.table(), ""), Map.of()));
    }
    for (Mention m : report.analysis().mentions()) {
      label(m);
    }
    return List.copyOf(out);
  }

  private void prose(Mention m, Fact fact, String rawSubject, Measure measure) {
    if (!usable(m)) {
      return;
    }
    int sentence = texts.sentenceStart(m.start());
    String clause = texts.clauseBefore(m.start(), sentence);
    Subject subject = proseSubject(m, fact, rawSubject, clause);
    Stage stage = stageOf(measure);
    if (stage == Stage.UNKNOWN && headsItem(clause)) {
      // 31. “…住房公积金（项）”350.35万元: the amount an item heads itself with is its amount in the
      // report's own stage — the budget of a 预算, the final account of a 决算.
      stage = documentStage;
    }
    Flow flow = flowOf(measure, clause);
    Set<String> qualifiers = qualifiers(clause + " " + lead(m, fact.section()), fact.section());
    add(m, fact, null, subject, stage, flow, yearOf(clause), qualifiers, fact.section(), sentence);
  }

  /** Whether a clause ends in a classification item named in words: the number after it is the item's. */
  private static boolean headsItem(String clause) {
    Subjects.Classified inline = Subjects.classified(clause);
    return inline != null && clause.length() - inline.end() <= INLINE_GAP;
  }

  private Subject proseSubject(Mention m, Fact fact, String rawSubject, String clause) {
    Subjects.Classified inline = Subjects.classified(clause);
    if (inline != null && clause.length() - inline.end() <= INLINE_GAP) {
      return new Subject(List.of(inline.name()), inline.path(), Strength.NAMED);
    }
    Topic topic = topic(m, fact.section());
    Subjects.Classified named = Subjects.classified(rawSubject);
    if (named != null) {
      // The fact names the classification item it is about (住房公积金（项）, from its item's heading).
      return topic != null && topic.name().equals(named.name())
          ? new Subject(List.of(topic.name()), topic.path(), Strength.RESOLVED)
          : new Subject(List.of(named.name()), named.path(), Strength.NAMED);
    }
    String own = Subjects.canonical(rawSubject, info);
    if (!Subjects.weak(own)) {
      return topic == null
          ? Subject.of(own, Strength.TEXT)
          : Subject.of(topic.name() + "·" + own, Strength.TEXT);
    }
    if (topic != null) {
      return new Subject(List.of(topic.name()), topic.path(), Strength.RESOLVED);
    }
    String department = info.department() == null ? "部门" : info.department();
    return Subject.of(own.isEmpty() ? "（" + department + "）" : own, Strength.WEAK);
  }

  private void score(Score s) {
    Mention m = s.score();
    if (m == null || !usable(m)) {
      return;
    }
    String own = Subjects.canonical(s.subject(), info);
    Subject subject = Subjects.weak(own) && s.parent() == null
        ? Subject.of("（总得分）", Strength.LABEL)
        : Subject.of(own, Subjects.weak(own) ? Strength.WEAK : Strength.TEXT);
    add(m, s, null, subject, Stage.SCORE, Flow.EITHER, year, Set.of(), s.section(),
        texts.sentenceStart(m.start()));
  }

  /** A table row's own values: its total column, or its only column, one per stage. */
  private void row(TableRow row, Map<String, TableRow> byCode) {
    String name = Subjects.canonical(row.subject(), info);
    if (name.startsWith("其中") || name.startsWith("-") || name.isEmpty()) {
      return; // a part row (其中-财政拨款) under the row before it
    }
    List<String> names = new ArrayList<>();
    String stem = row.table() == null ? "" : stem(row.table());
    if (!Subjects.weak(name)) {
      names.add(name);
    }
    if (row.code() == null && !stem.isEmpty() && !name.startsWith(stem)) {
      names.add(stem + name);
    }
    if (names.isEmpty()) {
      return;
    }
    Subject subject = new Subject(names, path(row, byCode), Strength.NAMED);
    // What narrows the row: its table's title, its own name (一般公共预算财政拨款收入) and the headings
    // it stands under, as for prose (五、项目支出情况 over a table of projects).
    Set<String> titled =
        qualifiers(Objects.requireNonNullElse(row.table(), "") + " " + name, row.section());
    Set<String> seen = new HashSet<>();
    for (TableRow.Value v : row.values()) {
      String column = v.column();
      String last = column.substring(column.lastIndexOf('/') + 1).strip();
      Set<String> byColumn = qualifiersOf(last);
      // The row's own value, or its part from one source of funds (财政拨款收入, 一般公共预算).
      boolean source = !byColumn.isEmpty() && !byColumn.contains("基本支出")
          && !byColumn.contains("项目支出");
      if (!MAIN_COLUMN.matcher(last).matches() && row.values().size() > 1 && !source) {
        continue;
      }
      Set<String> qualifiers = new LinkedHashSet<>(titled);
      qualifiers.addAll(byColumn);
      Stage stage = columnStage(column, row.table());
      if (!seen.add(stage + "/" + qualifiers) || !usable(v.value())) {
        continue;
      }
      add(v.value(), row, column, subject, stage, tableFlow(column, row.table()),
          columnYear(column), qualifiers, row.section(), -1 - row.span().start());
    }
  }

  /** A count or an amount in digits that no fact states, labelled by the words before it. */
  private void label(Mention m) {
    if ((m.kind() != MentionKind.COUNT && m.kind() != MentionKind.MONEY)
        || !Character.isDigit(m.text().codePointAt(0)) || owned.contains(m.span())
        || !usable(m)) {
      return; // 中央八项规定 is no count of anything
    }
    int sentence = texts.sentenceStart(m.start());
    String clause = texts.clauseBefore(m.start(), sentence);
    String name = Subjects.canonical(head(clause), info);
    if (Subjects.weak(name)) {
      return;
    }
    add(m, null, null, Subject.of(name, Strength.LABEL), Stage.UNKNOWN,
        flowOf(Measure.OTHER, clause),
        yearOf(clause), qualifiers(clause, sectionAt(m.start())), sectionAt(m.start()), sentence);
  }

  /** The words of a clause after its last 累计, 共, 达 …: 在医保系统累计共救助 → 救助. */
  private static String head(String clause) {
    Matcher m = COUNTED.matcher(clause);
    int from = 0;
    while (m.find()) {
      if (clause.length() - m.end() >= 2) {
        from = m.end();
      }
    }
    return clause.substring(from);
  }

  private void add(
      Mention m, @Nullable Fact fact, @Nullable String column, Subject subject, Stage stage,
      Flow flow, int statedYear, Set<String> qualifiers, @Nullable String section, int sentence) {
    if (!taken.add(m.span())) {
      return;
    }
    String quote = fact != null
        ? fact.quote()
        : texts.slice(sentence, Math.max(texts.sentenceEnd(m.end()), m.end())).strip();
    out.add(new Statement(
        out.size(), m, fact, quote, column, subject, stage, flow, statedYear, qualifiers, section,
        sentence));
  }

  private boolean usable(Mention m) {
    return Quantities.exact(m) && !excluded.contains(m.span()) && !taken.contains(m.span())
        && (m.kind() != MentionKind.MONEY || m.yuan() != null);
  }

  /** The line leading into the list whose item holds a number (财政拨款支出主要内容如下：), or "". */
  private String lead(Mention m, @Nullable String sectionId) {
    Section section = sectionId == null ? null : sections.get(sectionId);
    int floor = section == null ? 0 : section.span().start();
    int start = texts.itemStart(m.start(), floor);
    return Texts.opensItem(texts.slice(start, Math.min(start + 12, m.start())))
        ? texts.lead(start, floor) : "";
  }

  /** The item or project a position stands under, if the report names one. */
  private @Nullable Topic topic(Mention m, @Nullable String sectionId) {
    Section section = sectionId == null ? null : sections.get(sectionId);
    int floor = section == null ? 0 : section.span().start();
    int start = texts.itemStart(m.start(), floor);
    String before = texts.slice(start, m.start());
    Subjects.Classified path = Subjects.classified(before);
    if (path != null) {
      return new Topic(path.name(), path.path());
    }
    String project = project(before);
    for (Section s = section; project == null && s != null;
        s = s.parent() == null ? null : sections.get(s.parent())) {
      project = project(s.title());
    }
    return project == null ? null : new Topic(project, List.of());
  }

  private @Nullable String project(String text) {
    String key = Subjects.key(text);
    String found = null;
    int at = -1;
    for (String p : projects) {
      int i = key.lastIndexOf(p);
      if (i > at) {
        at = i;
        found = p;
      }
    }
    return found;
  }

  /** A classified row's path of names from its 类 down: [住房保障支出, 住房改革支出, 住房公积金]. */
  private List<String> path(TableRow row, Map<String, TableRow> byCode) {
    List<String> path = new ArrayList<>();
    TableRow r = row;
    for (int depth = 0; r != null && depth < 6; depth++) {
      path.add(0, Subjects.canonical(r.subject(), info));
      r = r.parentCode() == null ? null : byCode.get(r.parentCode());
    }
    return path;
  }

  private Map<String, Map<String, TableRow>> codes() {
    Map<String, Map<String, TableRow>> codes = new HashMap<>();
    for (TableRow row : report.facts(TableRow.class)) {
      if (row.code() != null) {
        codes.computeIfAbsent(Objects.requireNonNullElse(row.table(), ""), k -> new HashMap<>())
            .putIfAbsent(row.code(), row);
      }
    }
    return codes;
  }

  private @Nullable String sectionAt(int offset) {
    Section best = null;
    for (Section s : sections.values()) {
      if (s.span().start() <= offset && offset < s.span().end()
          && (best == null || s.level() > best.level())) {
        best = s;
      }
    }
    return best == null ? null : best.id();
  }

  /**
   * The words of a table's title that say what it is of: 财政拨款收入支出决算总表 → 财政拨款收入支出.
   * Asked for every row of the table and every pair of statements compared: remembered by title
   * (0.17 s of a worker's 22 s over the shared reports as 200 files), up to {@value #STEMS_MOST}
   * titles, for all threads.
   */
  static String stem(String table) {
    return STEMS.get(table);
  }

  private static final int STEMS_MOST = 4_096;
  private static final Remembered<String, String> STEMS =
      new Remembered<>(STEMS_MOST, Statements::stemOf);

  private static String stemOf(String table) {
    String t = Subjects.key(table);
    String before;
    do {
      before = t;
      t = TABLE_WORDS.matcher(t).replaceAll("");
    } while (!t.equals(before));
    return t;
  }

  private Set<String> qualifiers(String clause, @Nullable String sectionId) {
    StringBuilder context = new StringBuilder(clause);
    for (Section s = sectionId == null ? null : sections.get(sectionId); s != null;
        s = s.parent() == null ? null : sections.get(s.parent())) {
      context.append(' ').append(s.title());
    }
    return qualifiersOf(context.toString());
  }

  static Set<String> qualifiersOf(String text) {
    Set<String> found = new LinkedHashSet<>();
    for (String q : QUALIFIERS) {
      if (text.contains(q)) {
        found.add(q);
      }
    }
    return found;
  }

  private int yearOf(String clause) {
    Matcher m = YEAR_FIRST.matcher(clause);
    if (m.find()) {
      return Integer.parseInt(m.group(1));
    }
    return LAST_YEAR.matcher(clause).find() && year > 0 ? year - 1 : year;
  }

  private int columnYear(String column) {
    Matcher m = OTHER_YEAR_COLUMN.matcher(column);
    if (m.find()) {
      return Integer.parseInt(m.group(1));
    }
    return LAST_YEAR.matcher(column).find() && year > 0 ? year - 1 : year;
  }

  private Stage stageOf(Measure measure) {
    return switch (measure) {
      case BUDGET -> Stage.BUDGET;
      case ADJUSTED_BUDGET -> Stage.ADJUSTED;
      case ALLOCATED -> Stage.ALLOCATED;
      case ARRIVED -> Stage.ARRIVED;
      case EXECUTION, FINAL_ACCOUNT -> Stage.ACTUAL;
      case BALANCE -> Stage.BALANCE;
      case INCOME, EXPENDITURE -> documentStage;
      case OTHER -> Stage.UNKNOWN;
    };
  }

  private static Stage stageOf(@Nullable ReportKind kind) {
    if (kind == null) {
      return Stage.UNKNOWN;
    }
    return switch (kind) {
      case DEPARTMENT_BUDGET, UNIT_BUDGET -> Stage.BUDGET;
      case DEPARTMENT_FINAL_ACCOUNTS, UNIT_FINAL_ACCOUNTS -> Stage.ACTUAL;
      default -> Stage.UNKNOWN;
    };
  }

  private Stage columnStage(String column, @Nullable String table) {
    if (column.contains("调整")) {
      return Stage.ADJUSTED;
    }
    if (column.contains("决算") || column.contains("执行")) {
      return Stage.ACTUAL;
    }
    if (column.contains("预算")) {
      return Stage.BUDGET;
    }
    if (table != null && table.contains("决算")) {
      return Stage.ACTUAL;
    }
    if (table != null && table.contains("预算")) {
      return Stage.BUDGET;
    }
    return documentStage;
  }

  private static Flow flowOf(Measure measure, String clause) {
    if (measure == Measure.INCOME) {
      return Flow.INCOME;
    }
    if (measure == Measure.EXPENDITURE) {
      return Flow.EXPENDITURE;
    }
    return flowOfWords(clause);
  }

  private static Flow tableFlow(String column, @Nullable String table) {
    Flow byColumn = flowOfWords(column);
    return byColumn != Flow.EITHER || table == null ? byColumn : flowOfWords(table);
  }

  private static Flow flowOfWords(String text) {
    boolean in = text.contains("收入");
    boolean out = text.contains("支出");
    return in == out ? Flow.EITHER : in ? Flow.INCOME : Flow.EXPENDITURE;
  }

  /** An item or project a statement stands under. */
  private record Topic(String name, List<String> path) {}
}
