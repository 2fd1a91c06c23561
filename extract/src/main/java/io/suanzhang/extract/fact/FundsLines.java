package io.suanzhang.extract.fact;

import io.suanzhang.core.fact.Amount;
import io.suanzhang.core.fact.Breakdown;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Measure;
import io.suanzhang.core.fact.Rate;
import io.suanzhang.core.fact.RateKind;
import io.suanzhang.core.fact.Score;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.mention.MoneyUnit;
import io.suanzhang.core.mention.UnitSource;
import io.suanzhang.core.text.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The 项目资金 block of a self-evaluation table read from its text lines: a header naming the
 * columns, then 年度资金总额 and the rows under it. Tables that reached us as text (a web page, a
 * copied table) are read only this way, and the lines of a real table read the same, one cell
 * apart from the next by a tab.
 *
 * <pre>
 * 年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分
 * 年度资金总额: 880 880 880 10 10
 *  其中:本年财政拨款 880 880 880 - -
 * </pre>
 *
 * <p>The cells of such lines rarely stand under their headers, so the columns are found from the
 * header's words and the row's shape rather than by position: the money cells come first, the
 * percentage cell is the 执行率, and the header's order of 分值 (or 权重) against 执行率 tells which
 * side of it the points stand (the national template: 分值 | 执行率 | 得分; the Sichuan one: 执行率 |
 * 权重 | 得分). Each block gives a {@link Rate} of execution with its operands, one {@link Breakdown}
 * per money column of 年度资金总额 over the rows under it, and a {@link Score} of the execution row.
 */
final class FundsLines {

  /** The row every block is about; 总额 alone heads the Sichuan layout. */
  private static final Pattern TOTAL = Pattern.compile("(年度)?(财政)?资金总额|^总额|^合计");
  /** The rows under it, by source of funds or by kind of spending. */
  private static final Pattern PART = Pattern.compile(
      "^其中|(本年|当年)?财政拨款|财政资金|上年结转|其他资金|财政专户|单位资金|基本支出|项目支出|自筹"
          + "|^(中央|省|省级|市级|县级|区级|地方|自治区|盟市|旗县|本级)(财政)?(资金|补助|拨款)|^其他$");
  /**
   * Where a row starts inside a line that holds a whole table (a spreadsheet saved as one line of
   * text): 年度资金总额 and the rows under it, each after cells of the row before.
   */
  private static final Pattern ROW_START = Pattern.compile(
      "^(其中|年度(财政)?资金总额|(本年|当年)财政|上年结转|其他资金)");
  private static final Pattern INITIAL = Pattern.compile("年初预算");
  /** The budget the rate is of; a bare 预算数(A) heads it where the table has no other budget column. */
  private static final Pattern ADJUSTED =
      Pattern.compile("全年预算|调整后预算|调整预算|(?<![初年度])预算数");
  /** A 得分 column that states its full points in its header: 得分 (20分*执行率). */
  private static final Pattern FULL_IN_HEADER = Pattern.compile("得分\\s*[（(]\\s*(\\d{1,3})\\s*分");
  private static final Pattern SPENT = Pattern.compile("全年执行|预算执行数|执行数|实际支出");
  private static final Pattern RATE = Pattern.compile("执行率");
  /** A label that ends with the header's last column, its row's cells straight under it. */
  private static final Pattern HEADER_END =
      Pattern.compile("(执行数|执行率|得分)[(（]?[A-Z/]*[)）]?$");
  /** A column of funds arrived, whose rate stands before the 执行率: 全年到位资金 | 预算到位. */
  private static final Pattern ARRIVAL = Pattern.compile("到位");
  /** A rate's formula in its header by column letters: (B/A), (E/C×100%). */
  private static final Pattern FORMULA = Pattern.compile("[（(]\\s*([A-Z])\\s*/\\s*([A-Z])");
  private static final Pattern FULL = Pattern.compile("分值|权重");
  /** A rate header that says its cells are percentages written without the sign: 执行率(%). */
  private static final Pattern PERCENT_HEADER = Pattern.compile("执行率\\s*[（(]\\s*[%％]\\s*[)）]");
  private static final Pattern SCORED = Pattern.compile("得分");
  /** A cell's number: bare, a percentage, or an amount with its unit (150万, 620.82万元). */
  private static final Pattern NUMBER = Pattern.compile("-?\\d[\\d,]*(\\.\\d+)?(%|万元|万|元)?");
  private static final Pattern WITH_UNIT = Pattern.compile("(\\d+(?:\\.\\d+)?)(万元|万|元)");
  private static final Pattern BARE = Pattern.compile("\\d[\\d,]*(\\.\\d+)?%?");
  private static final Pattern DASH = Pattern.compile("[-—–/／]+|——");
  /** How many lines above the total row its header may start. */
  private static final int HEADER_REACH = 16;
  /** How many lines of cells alone a row may run on to: one cell a line, six columns. */
  private static final int CELL_LINES = 8;
  /** How many lines below the total row its parts may stand. */
  private static final int PART_REACH = 8;

  private FundsLines() {}

  /** A line's label and its cells of numbers and dashes, each with its code-point start. */
  private record Row(String label, List<Cell> cells, int start, int end) {}

  private record Cell(String text, int start, int end) {
    boolean dash() {
      return DASH.matcher(text).matches();
    }
  }

  /**
   * The facts of every funds block of the document; the mentions they use are
   * added to {@code used}, so the prose readers do not read them again.
   */
  static List<Fact> of(FactContext context, Set<Mention> used) {
    List<Line> lines = rowsApart(lines(context));
    List<Fact> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Row total = row(lines, i);
      if (total.cells().isEmpty()
          || !TOTAL.matcher(total.label()).find() && !unnamedTotal(lines, i, total)) {
        continue;
      }
      String header = header(lines, i);
      if (header == null) {
        continue;
      }
      List<Row> parts = new ArrayList<>();
      int reach = i + PART_REACH * (CELL_LINES + 1);
      for (int j = lastLine(lines, total, i) + 1;
          j < lines.size() && j <= reach && parts.size() < PART_REACH; j++) {
        Row r = row(lines, j);
        if (r.label().isEmpty()) {
          continue; // a blank line, or cells wrapped from the row above and joined to it
        }
        if (!PART.matcher(r.label()).find()) {
          break;
        }
        parts.add(r);
        j = lastLine(lines, r, j);
      }
      if (header.contains("行次")) {
        total = unnumbered(total);
        parts.replaceAll(FundsLines::unnumbered);
      }
      block(context, header, lines.get(headerStart(lines, i)).start(), total, parts, used, out);
    }
    return out;
  }

  /**
   * Whether a row with no name of its own is the total all the same: its cells follow the header's
   * last column and the next row is a 其中 one, which can only be of the row above it (a spreadsheet
   * saved as one line that put the 年度资金总额 label after its rows: … 全年预算数(A) 全年执行数(B)
   * 7165.32 6992.95 其中:中央财政资金 3144.00 3144.00 …).
   */
  private static boolean unnamedTotal(List<Line> lines, int i, Row total) {
    if (!HEADER_END.matcher(total.label()).find()) {
      return false;
    }
    int next = lastLine(lines, total, i) + 1;
    return next < lines.size() && split(lines.get(next)).label().startsWith("其中");
  }

  /** The index of the last line a row read, starting from the line at {@code first}. */
  private static int lastLine(List<Line> lines, Row r, int first) {
    int k = first;
    while (k + 1 < lines.size() && lines.get(k + 1).start() < r.end()) {
      k++;
    }
    return k;
  }

  /** A line of the text and the code point it starts at. */
  record Line(String text, int start) {}

  static List<Line> lines(FactContext context) {
    String text = context.words;
    List<Line> out = new ArrayList<>();
    int from = 0;
    while (from <= text.length()) {
      int nl = text.indexOf('\n', from);
      int to = nl < 0 ? text.length() : nl;
      out.add(new Line(text.substring(from, to), context.text.toCodePoint(from)));
      if (nl < 0) {
        break;
      }
      from = nl + 1;
    }
    return out;
  }

  /**
   * The lines with each one that runs a whole table together (附件1 项目支出绩效自评表 … 年度资金总额:
   * 620.82万元 620.82万元 … 10 其中:当年财政 拨款 620.82万元 …) cut where a row of the funds block
   * starts after cells of the row before it; the parts keep their code points. Lines of pipes are
   * left as they are, their cells being apart already.
   */
  static List<Line> rowsApart(List<Line> lines) {
    List<Line> out = new ArrayList<>();
    for (Line line : lines) {
      String text = line.text();
      if (text.indexOf('|') >= 0) {
        out.add(line);
        continue;
      }
      Matcher m = Pattern.compile("\\S+").matcher(text);
      int from = 0;
      boolean cells = false;
      while (m.find()) {
        if (cells && (ROW_START.matcher(m.group()).find() || PART.matcher(m.group()).find())) {
          out.add(new Line(text.substring(from, m.start()),
              line.start() + text.codePointCount(0, from)));
          from = m.start();
          cells = false;
        }
        cells |= NUMBER.matcher(m.group()).matches();
      }
      out.add(new Line(text.substring(from), line.start() + text.codePointCount(0, from)));
    }
    return out;
  }

  /**
   * The row a line holds: its label, then its numbers and dashes up to the first other words (a
   * note such as 1.预算执行率=预算执行数/调整后预算数 ends them). The lines after it that hold cells
   * and no words go on with it: a cell wrapped by the page (基本支出 | 985.19 | 914.97 ⏎ 10 | 10), or
   * a table flattened one cell a line (年度资金总额 ⏎ 4753.66万元 ⏎ 4753.66万元 ⏎ 3824.26万元 ⏎ 10 ⏎
   * 100% ⏎ 10).
   */
  private static Row row(List<Line> lines, int i) {
    Row r = split(lines.get(i));
    if (r.label().isEmpty()) {
      return r;
    }
    List<Cell> cells = new ArrayList<>(r.cells());
    int end = r.end();
    for (int j = i + 1; j < lines.size() && j <= i + 2 * CELL_LINES; j++) {
      if (lines.get(j).text().isBlank() && j + 1 < lines.size()
          && !lines.get(j + 1).text().isBlank()) {
        continue; // a page that sets a blank line after each one
      }
      Row next = split(lines.get(j));
      if (!next.label().isEmpty() || next.cells().isEmpty()) {
        break;
      }
      cells.addAll(next.cells());
      end = next.end();
    }
    return new Row(r.label(), cells, r.start(), end);
  }

  private static Row split(Line line) {
    String text = line.text();
    boolean piped = text.indexOf('|') >= 0;
    StringBuilder label = new StringBuilder();
    List<Cell> cells = new ArrayList<>();
    Matcher m = Pattern.compile(piped ? "[^|]+" : "\\S+").matcher(text);
    while (m.find()) {
      String cell = m.group().strip();
      if (cell.isEmpty()) {
        continue;
      }
      int at = m.start() + m.group().indexOf(cell);
      boolean number = NUMBER.matcher(cell).matches();
      if (number || DASH.matcher(cell).matches()) {
        int start = line.start() + text.codePointCount(0, at);
        cells.add(new Cell(cell, start, start + cell.codePointCount(0, cell.length())));
      } else if (cells.isEmpty()) {
        label.append(cell);
      } else {
        break;
      }
    }
    String name = label.toString().replaceAll("[\\s:：]", "");
    int end = line.start() + text.codePointCount(0, text.length());
    return new Row(name, cells, line.start(), end);
  }

  /**
   * The first line a header may start on: {@link #HEADER_REACH} lines with words above the total
   * row, blank lines not counted (a page that sets a blank line or several after each cell).
   */
  private static int headerStart(List<Line> lines, int total) {
    int j = total;
    for (int words = 0; j > 0 && words < HEADER_REACH; j--) {
      words += lines.get(j - 1).text().isBlank() ? 0 : 1;
    }
    return j;
  }

  /** The header words of the lines above the total row, or null when they name no funds columns. */
  private static @Nullable String header(List<Line> lines, int total) {
    StringBuilder words = new StringBuilder();
    for (int j = headerStart(lines, total); j <= total; j++) {
      words.append(lines.get(j).text()).append(' ');
    }
    String h = words.toString();
    // Only the last header before the row counts: cut at the last 年初预算 or 全年预算 … group.
    int cut = Math.max(h.lastIndexOf("年初预算"), -1);
    String tail = cut >= 0 ? h.substring(cut) : h;
    boolean money = ADJUSTED.matcher(tail).find() || INITIAL.matcher(tail).find();
    return money && SPENT.matcher(tail).find() ? tail : null;
  }

  private static void block(
      FactContext context, String header, int headerFrom, Row total, List<Row> parts,
      Set<Mention> used, List<Fact> out) {
    int moneyColumns = (INITIAL.matcher(header).find() ? 1 : 0)
        + (ADJUSTED.matcher(header).find() ? 1 : 0) + 1;
    boolean pointsFirst = position(FULL, header) >= 0 && position(RATE, header) >= 0
        && position(FULL, header) < position(RATE, header);
    List<Cell> cells = total.cells();
    int percent = -1;
    for (int k = 0; k < cells.size(); k++) {
      if (cells.get(k).text().endsWith("%")) {
        percent = k;
        break;
      }
    }
    Mention bare = null;
    if (percent < 0) {
      // 执行率 written without its %: the header's columns, one a cell, say which cell it is.
      List<Pattern> columns = columns(header);
      if (columns.size() == cells.size() && columns.contains(RATE)) {
        bare = bareRate(context, cells.get(columns.indexOf(RATE)), header);
        percent = bare == null ? -1 : columns.indexOf(RATE);
      }
    }
    int moneyEnd;
    Cell full = null;
    Cell scored = null;
    if (percent >= 0) {
      moneyEnd = pointsFirst ? percent - 1 : percent;
      if (pointsFirst) {
        full = at(cells, percent - 1);
        scored = at(cells, percent + 1);
      } else {
        full = at(cells, percent + 1);
        scored = at(cells, percent + 2);
      }
    } else {
      moneyEnd = Math.min(moneyColumns, cells.size());
      List<Cell> rest = cells.subList(moneyEnd, cells.size());
      // Without a rate cell the points are 分值 then 得分; a third cell would be the rate as a fraction.
      full = at(rest, 0);
      scored = at(rest, rest.size() >= 3 ? 2 : 1);
    }
    if (arrivedFirst(header)) {
      full = null; // the cells after the 到位率 are the money and rate of execution, not points
      scored = null;
    }
    if (moneyEnd < 1) {
      return;
    }
    List<Mention> money = new ArrayList<>();
    for (Cell c : cells.subList(0, moneyEnd)) {
      money.add(mention(context, c, MentionKind.MONEY));
    }
    Span span = context.span(total.start(), total.end());
    String quote = context.quote(total.start(), total.end());
    String subject = context.report.department() == null ? total.label() : context.report.department();
    Mention rate = bare != null ? bare
        : percent >= 0 ? mention(context, cells.get(percent), MentionKind.PERCENT) : null;
    if (rate != null && money.size() >= 2) {
      Mention denominator = money.get(money.size() - 2);
      Mention numerator = money.get(money.size() - 1);
      boolean arrival = arrivedFirst(header);
      if (denominator != null && numerator != null) {
        out.add(new Rate(context.nextId(), context.sectionAt(span.start()), subject,
            arrival ? RateKind.ARRIVAL : RateKind.EXECUTION, rate, numerator, denominator, span,
            quote));
        used.add(rate);
        if (arrival) {
          executionAfterArrival(context, header, subject, cells, percent, denominator, span, quote,
              used, out);
        }
      }
    }
    if (percent >= 0 && moneyEnd >= 2) {
      RateKind kind = arrivedFirst(header) ? RateKind.ARRIVAL : RateKind.EXECUTION;
      partRates(context, parts, percent, moneyEnd, kind, bare == null ? null : header, used, out);
    }
    Mention fullPoints = points(context, full);
    Mention scoredPoints = points(context, scored);
    Mention stated = position(FULL, header) < 0 && percent >= 0
        ? fullInHeader(context, headerFrom, total.start()) : null;
    if (stated != null) {
      // 预算数 | 执行数 | 执行率 | 得分 (20分*执行率): the cell after the rate is the 得分, its 分值 the header's
      fullPoints = stated;
      scoredPoints = points(context, at(cells, percent + 1));
    }
    if (fullPoints != null || scoredPoints != null) {
      out.add(new Score(context.nextId(), context.sectionAt(span.start()), "预算执行率", null, 1,
          fullPoints, scoredPoints, null, span, quote));
    }
    if (moneyEnd == 3 && INITIAL.matcher(header).find()) {
      adjusted(context, subject, money.get(0), money.get(1), span, quote, out);
    }
    for (int col = 0; col < money.size(); col++) {
      sums(context, subject, total, money.get(col), col, moneyEnd, parts, used, out);
    }
    money.forEach(m -> {
      if (m != null) {
        used.add(m);
      }
    });
  }

  /**
   * The 执行率 of each row under the total that states its own, in the total's columns: 其中：财政资金 |
   * 0.00 | 3.36 | 3.36 | 100.00%. A row whose cells do not line up with the total's is left alone.
   */
  private static void partRates(
      FactContext context, List<Row> parts, int percent, int moneyEnd, RateKind kind,
      @Nullable String bareHeader, Set<Mention> used, List<Fact> out) {
    for (Row r : parts) {
      List<Cell> cells = r.cells();
      if (cells.size() <= percent
          || bareHeader == null && !cells.get(percent).text().endsWith("%")) {
        continue;
      }
      Mention rate = bareHeader == null
          ? mention(context, cells.get(percent), MentionKind.PERCENT)
          : bareRate(context, cells.get(percent), bareHeader);
      Mention denominator = mention(context, cells.get(moneyEnd - 2), MentionKind.MONEY);
      Mention numerator = mention(context, cells.get(moneyEnd - 1), MentionKind.MONEY);
      String subject = Labels.subject(r.label());
      if (rate == null || denominator == null || numerator == null || used.contains(rate)
          || subject.isEmpty()) {
        continue;
      }
      Span span = context.span(r.start(), r.end());
      out.add(new Rate(context.nextId(), context.sectionAt(span.start()), subject,
          kind, rate, numerator, denominator, span, context.quote(r.start(), r.end())));
      used.add(rate);
    }
  }

  /**
   * 年度资金总额 in one money column against the rows under it. A row of dashes or blanks only is
   * no part; a row whose money cells do not line up with the total's is not read at all, since its
   * cells cannot be told apart. The total is the sum of the parts, at the written precision, unless
   * a row under it is left blank (其他资金 with no cell, not even a dash): what it held is not
   * known, so the total is then only at least their sum.
   */
  private static void sums(
      FactContext context, String subject, Row total, @Nullable Mention whole, int col,
      int moneyColumns, List<Row> parts, Set<Mention> used, List<Fact> out) {
    if (whole == null || parts.isEmpty()) {
      return;
    }
    List<Breakdown.Part> read = new ArrayList<>();
    boolean blank = false;
    for (Row r : parts) {
      long numbers = r.cells().stream().filter(c -> !c.dash()).count();
      if (numbers == 0) {
        blank |= r.cells().isEmpty();
        continue;
      }
      if (r.cells().size() < moneyColumns) {
        return;
      }
      Cell c = r.cells().get(col);
      if (c.dash()) {
        continue;
      }
      Mention m = mention(context, c, MentionKind.MONEY);
      if (m == null) {
        return;
      }
      read.add(new Breakdown.Part(r.label().replaceFirst("^其中", ""), inUnitOf(m, whole), null));
    }
    if (read.isEmpty()) {
      return;
    }
    Row last = parts.get(parts.size() - 1);
    Span span = context.span(total.start(), last.end());
    out.add(new Breakdown(context.nextId(), context.sectionAt(span.start()), subject, whole, read,
        !blank, span, context.quote(span.start(), span.end())));
    read.forEach(p -> used.add(p.value()));
  }

  /**
   * A part in its column's unit: a bare number the finder gave a unit guessed from the prose around
   * (5.28 read as 元) is in the unit the block states for its total (（万元）), one column one unit.
   */
  private static Mention inUnitOf(Mention part, Mention whole) {
    if (part.unitSource() != UnitSource.CONTEXT || whole.unitSource() == UnitSource.CONTEXT
        || part.unit().equals(whole.unit())) {
      return part;
    }
    return MoneyUnit.ofSymbol(whole.unit())
        .map(u -> Mention.money(part.text(), part.span(), part.value(), u, UnitSource.TABLE))
        .orElse(part);
  }

  /** The full points a 得分 header states (得分 (20分*执行率)), the last before the row, as a score. */
  private static @Nullable Mention fullInHeader(FactContext context, int from, int to) {
    int a = context.text.toUtf16(from);
    int b = context.text.toUtf16(to);
    Matcher m = FULL_IN_HEADER.matcher(context.words).region(a, b);
    Mention found = null;
    while (m.find()) {
      int start = context.text.toCodePoint(m.start(1));
      int end = context.text.toCodePoint(m.end(1));
      found = Mention.score(m.group(1), context.span(start, end), new BigDecimal(m.group(1)));
    }
    return found;
  }

  /**
   * 年初预算数 and 全年预算数 of the total row as two amounts of one row, so that a change of the
   * budget during the year can be held against the report's account of it.
   */
  private static void adjusted(
      FactContext context, String subject, @Nullable Mention initial, @Nullable Mention adjusted,
      Span span, String quote, List<Fact> out) {
    if (initial == null || adjusted == null) {
      return;
    }
    String section = context.sectionAt(span.start());
    out.add(new Amount(context.nextId(), section, subject, Measure.BUDGET, initial, span, quote));
    out.add(new Amount(context.nextId(), section, subject, Measure.ADJUSTED_BUDGET, adjusted, span,
        quote));
  }

  /**
   * The 执行率 of a block that states funds arrived first (全年到位资金(D) | 预算到位(D/C×100%) |
   * 全年执行资金(E) | 预算执行(E/C×100%)): the next percentage, of the money cell before it over the
   * budget the arrival rate divides by, where the header's two formulas name the same denominator.
   */
  private static void executionAfterArrival(
      FactContext context, String header, String subject, List<Cell> cells, int arrived,
      Mention budget, Span span, String quote, Set<Mention> used, List<Fact> out) {
    List<String> below = new ArrayList<>();
    Matcher f = FORMULA.matcher(header);
    while (f.find()) {
      below.add(f.group(2));
    }
    int k = arrived + 1;
    while (k < cells.size() && !cells.get(k).text().endsWith("%")) {
      k++;
    }
    if (below.size() != 2 || !below.get(0).equals(below.get(1)) || k >= cells.size()
        || k - 1 <= arrived) {
      return;
    }
    Mention rate = mention(context, cells.get(k), MentionKind.PERCENT);
    Mention spent = mention(context, cells.get(k - 1), MentionKind.MONEY);
    if (rate != null && spent != null) {
      out.add(new Rate(context.nextId(), context.sectionAt(span.start()), subject,
          RateKind.EXECUTION, rate, spent, budget, span, quote));
      used.add(rate);
      used.add(spent);
    }
  }

  /** Whether the header's first rate is of funds arrived (预算到位) and the 执行率 comes after it. */
  private static boolean arrivedFirst(String header) {
    return position(ARRIVAL, header) >= 0 && position(ARRIVAL, header) < position(SPENT, header);
  }

  /** A row's first cell when the table numbers its rows (行次 1, 2, 3 …): no amount, left out. */
  private static Row unnumbered(Row r) {
    List<Cell> cells = r.cells();
    return !cells.isEmpty() && cells.get(0).text().matches("\\d{1,2}")
        ? new Row(r.label(), cells.subList(1, cells.size()), r.start(), r.end())
        : r;
  }

  /**
   * The kinds of column a header names, in its order: 年初预算数 全年预算数(A) 全年执行数(B) 分值
   * 执行率(B/A) 得分. Words in brackets ((B/A), (20分*执行率), (全年执行数/全年预算数)) name no column.
   */
  private static List<Pattern> columns(String header) {
    // A sentence above the table (部门预算数…，实际支出数…，预算执行率88.23%。) names no column.
    String words = header.replaceAll("[（(][^（()）]*[)）]", " ")
        .replaceAll("[^\\s|]*[，。；][^\\s|]*", " ");
    List<Pattern> kinds = new ArrayList<>(List.of(INITIAL, ADJUSTED, SPENT, FULL, RATE, SCORED));
    kinds.removeIf(k -> position(k, words) < 0);
    kinds.sort(Comparator.comparingInt(k -> position(k, words)));
    return kinds;
  }

  /**
   * A 执行率 cell written without its %, as a percentage (93.11, or 100 under 执行率(%)) or as a
   * fraction of one (0.958, 1): a number above one is a percentage, since no budget is spent a
   * hundredfold, and one at most is a fraction unless the header puts the % in its name. The
   * mention keeps the written text and its precision (0.958 is 95.8%, to a tenth).
   */
  private static @Nullable Mention bareRate(FactContext context, Cell cell, String header) {
    String written = cell.text().replace(",", "");
    if (!written.matches("\\d+(\\.\\d+)?")) {
      return null;
    }
    BigDecimal value = new BigDecimal(written);
    boolean fraction = value.compareTo(BigDecimal.ONE) <= 0 && !PERCENT_HEADER.matcher(header).find();
    return Mention.percent(cell.text(), context.span(cell.start(), cell.end()),
        fraction ? value.movePointRight(2).setScale(Math.max(0, value.scale() - 2)) : value);
  }

  private static int position(Pattern word, String header) {
    Matcher m = word.matcher(header);
    return m.find() ? m.start() : -1;
  }

  private static @Nullable Cell at(List<Cell> cells, int k) {
    return k >= 0 && k < cells.size() && !cells.get(k).dash() ? cells.get(k) : null;
  }

  /**
   * The mention read at a cell, if it is of the kind asked for; a bare number the mention finder
   * left alone (no unit anywhere near it) is taken as written, in the 万元 the template's 项目资金
   * heading states, so the block's arithmetic can still be redone.
   */
  private static @Nullable Mention mention(FactContext context, Cell cell, MentionKind kind) {
    List<Mention> found = context.mentionsIn(cell.start(), cell.end());
    Mention bare = null;
    for (Mention m : found) {
      if (m.start() == cell.start() && m.kind() == kind) {
        return m;
      }
      // A bare number the finder gave the unit of a nearby column (分值（10分） | 得分): its column here
      // is a money one, as the header's words and the row's shape say.
      bare = m.start() == cell.start() && m.text().equals(cell.text()) ? m : bare;
    }
    String written = cell.text().replace(",", "");
    Matcher unit = WITH_UNIT.matcher(written);
    if (kind == MentionKind.MONEY && found.isEmpty() && unit.matches()) {
      // 150万 in a cell of its own, which the mention finder leaves for want of context
      MoneyUnit written10k =
          unit.group(2).startsWith("万") ? MoneyUnit.TEN_THOUSAND_YUAN : MoneyUnit.YUAN;
      return Mention.money(cell.text(), context.span(cell.start(), cell.end()),
          new BigDecimal(unit.group(1)), written10k, UnitSource.WRITTEN);
    }
    if (cell.dash() || found.size() > (bare == null ? 0 : 1) || !BARE.matcher(written).matches()) {
      return null;
    }
    Span span = context.span(cell.start(), cell.end());
    if (kind == MentionKind.PERCENT && written.endsWith("%")) {
      return Mention.percent(cell.text(), span,
          new BigDecimal(written.substring(0, written.length() - 1)));
    }
    if (kind == MentionKind.MONEY && !written.endsWith("%")) {
      return Mention.money(cell.text(), span, new BigDecimal(written),
          MoneyUnit.TEN_THOUSAND_YUAN, UnitSource.TABLE);
    }
    return null;
  }

  /**
   * The points a cell states, as a score: the mention found there is read by its unit-less number,
   * which the mention finder may have taken for money under the table's 万元.
   */
  private static @Nullable Mention points(FactContext context, @Nullable Cell cell) {
    if (cell == null || cell.text().endsWith("%")) {
      return null;
    }
    for (Mention m : context.mentionsIn(cell.start(), cell.end())) {
      if (m.start() == cell.start()) {
        return Mention.score(m.text(), m.span(), m.value());
      }
    }
    String written = cell.text().replace(",", "");
    return !BARE.matcher(written).matches()
        ? null
        : Mention.score(cell.text(), context.span(cell.start(), cell.end()), new BigDecimal(written));
  }
}
