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
import io.suanzhang.extract.fact.FundsLines.Cell;
import io.suanzhang.extract.fact.FundsLines.Row;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The facts of one funds block that {@link FundsLines} found: the {@link Rate} of execution of its
 * total row (and of each row under it that states one), one {@link Breakdown} per money column,
 * the {@link Score} of the execution row and the budget before and after its adjustment. Which
 * cell is which follows the header's words ({@link FundsColumns}) and the row's shape.
 */
final class FundsBlock {

  /** A 得分 column that states its full points in its header: 得分 (20分*执行率). */
  private static final Pattern FULL_IN_HEADER = Pattern.compile("得分\\s*[（(]\\s*(\\d{1,3})\\s*分");
  private static final Pattern WITH_UNIT = Pattern.compile("(\\d+(?:\\.\\d+)?)(万元|万|元)");
  private static final Pattern BARE = Pattern.compile("\\d[\\d,]*(\\.\\d+)?%?");

  private FundsBlock() {}

  static void read(
      FactContext context, String header, int headerFrom, Row total, List<Row> parts,
      Set<Mention> used, List<Fact> out) {
    int moneyColumns = FundsColumns.moneyColumns(header);
    boolean pointsFirst = FundsColumns.pointsBeforeRate(header);
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
      int rateAt = FundsColumns.rateCell(header, cells.size());
      if (rateAt >= 0) {
        bare = bareRate(context, cells.get(rateAt), header);
        percent = bare == null ? -1 : rateAt;
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
    if (FundsColumns.arrivedFirst(header)) {
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
      boolean arrival = FundsColumns.arrivedFirst(header);
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
      RateKind kind = FundsColumns.arrivedFirst(header) ? RateKind.ARRIVAL : RateKind.EXECUTION;
      partRates(context, parts, percent, moneyEnd, kind, bare == null ? null : header, used, out);
    }
    Mention fullPoints = points(context, full);
    Mention scoredPoints = points(context, scored);
    Mention stated = !FundsColumns.namesFullPoints(header) && percent >= 0
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
    if (moneyEnd == 3 && FundsColumns.namesInitialBudget(header)) {
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
    Matcher f = FundsColumns.FORMULA.matcher(header);
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
    boolean fraction = value.compareTo(BigDecimal.ONE) <= 0 && !FundsColumns.ratesInPercent(header);
    return Mention.percent(cell.text(), context.span(cell.start(), cell.end()),
        fraction ? value.movePointRight(2).setScale(Math.max(0, value.scale() - 2)) : value);
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
