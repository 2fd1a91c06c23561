package io.suanzhang.extract.fact;

import io.suanzhang.core.Span;
import io.suanzhang.core.fact.Breakdown;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Rate;
import io.suanzhang.core.fact.RateKind;
import io.suanzhang.core.fact.Score;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.mention.MoneyUnit;
import io.suanzhang.core.mention.UnitSource;
import java.math.BigDecimal;
import java.util.ArrayList;
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
  private static final Pattern TOTAL = Pattern.compile("(年度)?资金总额|^总额|^合计");
  /** The rows under it, by source of funds or by kind of spending. */
  private static final Pattern PART = Pattern.compile(
      "(本年|当年)?财政拨款|财政资金|上年结转|其他资金|财政专户|单位资金|基本支出|项目支出|自筹");
  private static final Pattern INITIAL = Pattern.compile("年初预算");
  /** The budget the rate is of; a bare 预算数(A) heads it where the table has no other budget column. */
  private static final Pattern ADJUSTED =
      Pattern.compile("全年预算|调整后预算|调整预算|(?<![初年度])预算数");
  /** A 得分 column that states its full points in its header: 得分 (20分*执行率). */
  private static final Pattern FULL_IN_HEADER = Pattern.compile("得分\\s*[（(]\\s*(\\d{1,3})\\s*分");
  private static final Pattern SPENT = Pattern.compile("全年执行|预算执行数|执行数|实际支出");
  private static final Pattern RATE = Pattern.compile("执行率");
  private static final Pattern FULL = Pattern.compile("分值|权重");
  private static final Pattern SCORED = Pattern.compile("得分");
  /** A cell's number: bare, a percentage, or an amount with its unit (150万, 620.82万元). */
  private static final Pattern NUMBER = Pattern.compile("-?\\d[\\d,]*(\\.\\d+)?(%|万元|万|元)?");
  private static final Pattern WITH_UNIT = Pattern.compile("(\\d+(?:\\.\\d+)?)(万元|万|元)");
  private static final Pattern BARE = Pattern.compile("\\d[\\d,]*(\\.\\d+)?%?");
  private static final Pattern DASH = Pattern.compile("[-—–/／]+|——");
  /** How many lines above the total row its header may start. */
  private static final int HEADER_REACH = 12;
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
    List<Line> lines = lines(context);
    List<Fact> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Row total = row(lines, i);
      if (!TOTAL.matcher(total.label()).find() || total.cells().isEmpty()) {
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
      block(context, header, lines.get(Math.max(0, i - HEADER_REACH)).start(), total, parts, used,
          out);
    }
    return out;
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

  /** The header words of the lines above the total row, or null when they name no funds columns. */
  private static @Nullable String header(List<Line> lines, int total) {
    StringBuilder words = new StringBuilder();
    for (int j = Math.max(0, total - HEADER_REACH); j <= total; j++) {
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
    Mention rate = percent >= 0 ? mention(context, cells.get(percent), MentionKind.PERCENT) : null;
    if (rate != null && money.size() >= 2) {
      Mention denominator = money.get(money.size() - 2);
      Mention numerator = money.get(money.size() - 1);
      if (denominator != null && numerator != null) {
        out.add(new Rate(context.nextId(), context.sectionAt(span.start()), subject,
            RateKind.EXECUTION, rate, numerator, denominator, span, quote));
        used.add(rate);
      }
    }
    if (percent >= 0 && moneyEnd >= 2) {
      partRates(context, parts, percent, moneyEnd, used, out);
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
      FactContext context, List<Row> parts, int percent, int moneyEnd, Set<Mention> used, List<Fact> out) {
    for (Row r : parts) {
      List<Cell> cells = r.cells();
      if (cells.size() <= percent || !cells.get(percent).text().endsWith("%")) {
        continue;
      }
      Mention rate = mention(context, cells.get(percent), MentionKind.PERCENT);
      Mention denominator = mention(context, cells.get(moneyEnd - 2), MentionKind.MONEY);
      Mention numerator = mention(context, cells.get(moneyEnd - 1), MentionKind.MONEY);
      String subject = Labels.subject(r.label());
      if (rate == null || denominator == null || numerator == null || used.contains(rate)
          || subject.isEmpty()) {
        continue;
      }
      Span span = context.span(r.start(), r.end());
      out.add(new Rate(context.nextId(), context.sectionAt(span.start()), subject,
          RateKind.EXECUTION, rate, numerator, denominator, span, context.quote(r.start(), r.end())));
      used.add(rate);
    }
  }

  /**
   * 年度资金总额 in one money column against the rows under it. A row of dashes or blanks only is
   * no part; a row whose money cells do not line up with the total's is not read at all, since its
   * cells cannot be told apart.
   */
  private static void sums(
      FactContext context, String subject, Row total, @Nullable Mention whole, int col,
      int moneyColumns, List<Row> parts, Set<Mention> used, List<Fact> out) {
    if (whole == null || parts.isEmpty()) {
      return;
    }
    List<Breakdown.Part> read = new ArrayList<>();
    for (Row r : parts) {
      long numbers = r.cells().stream().filter(c -> !c.dash()).count();
      if (numbers == 0) {
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
      read.add(new Breakdown.Part(r.label().replaceFirst("^其中", ""), m, null));
    }
    if (read.isEmpty()) {
      return;
    }
    Row last = parts.get(parts.size() - 1);
    Span span = context.span(total.start(), last.end());
    out.add(new Breakdown(context.nextId(), context.sectionAt(span.start()), subject, whole, read,
        true, span, context.quote(span.start(), span.end())));
    read.forEach(p -> used.add(p.value()));
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
