package io.suanzhang.extract.fact;

import io.suanzhang.core.fact.Indicator;
import io.suanzhang.core.mention.Bound;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.mention.UnitSource;
import io.suanzhang.core.text.Span;
import io.suanzhang.extract.fact.PointsLines.Cell;
import io.suanzhang.extract.fact.PointsLines.Pair;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The values of an indicator row whose points {@link PointsLines} read: its 年度指标值 and 实际完成值
 * as mentions (a percentage, a count of its unit, a date), its comparator and its 偏差原因, made
 * into an {@link Indicator} with the row's 分值 and 得分.
 */
final class IndicatorValues {

  /** A reason cell that gives none. */
  private static final Pattern NO_REASON = Pattern.compile("|无|/|／|—+|-+|——|空");
  /**
   * The unit of a count whose table states none (≤4 | 4): target and actual share it, so they are
   * compared with each other and with nothing else.
   */
  private static final String UNSTATED = "（无单位）";
  /** A measure in one cell: an optional sign, a number and a unit of words (≥200平方米, ≥10). */
  private static final Pattern MEASURE = Pattern.compile(
      "(≥|≧|≤|≦|>=|<=|>|<|＞|＜)?\\s*(\\d{1,9}(?:\\.\\d{1,4})?)\\s*([\\p{IsHan}]{1,4})?");
  private static final Pattern DATE = Pattern.compile("(?:(20\\d\\d)年)?(\\d{1,2})月(?:(\\d{1,2})日)?");
  private static final Pattern POINTS_OR_LARGER = Pattern.compile("\\d{1,9}(?:\\.\\d{1,4})?");
  /** A unit in a 度量单位 cell: %, 人次, 个, 天 … (no money, whose scale the cell may not give). */
  private static final Pattern UNIT = Pattern.compile("[%％]|[\\p{IsHan}]{1,3}");

  private IndicatorValues() {}

  /**
   * The indicator of a row whose points were read: its 年度指标值 and 实际完成值 where its values are
   * two cells (≥200平方米 | 204.46平方米) or a comparator, a number, a unit and the actual value (≧ | 735
   * | 人次 | 735), the layout with 指标性质 and 度量单位 columns; other values are kept as text only,
   * for no number can be told from them with certainty.
   */
  static Indicator indicator(
      FactContext context, Pair p, Mention full, Mention score, boolean reasons, Span span) {
    List<Cell> v = p.values();
    if (!v.isEmpty() && PointsLines.NATURE.matcher(v.get(0).text()).matches()) {
      v = v.subList(1, v.size());
    }
    Cell targetCell = null;
    Cell actualCell = null;
    Mention target = null;
    Mention actual = null;
    String targetText = null;
    if (v.size() == 2) {
      targetCell = v.get(0);
      actualCell = v.get(1);
      target = measure(context, targetCell, true);
      actual = measure(context, actualCell, false);
      if (target != null && target.kind() != MentionKind.MONEY
          && POINTS_OR_LARGER.matcher(actualCell.text()).matches()) {
        // ≥200 | 202: the actual value written bare, in the target's unit
        actual = valued(context, actualCell, actualCell.text(), new BigDecimal(actualCell.text()),
            target.unit(), null);
      }
      targetText = targetCell.text();
    } else if (v.size() == 4 && PointsLines.SIGN.matcher(v.get(0).text()).matches()
        && POINTS_OR_LARGER.matcher(v.get(1).text()).matches()) {
      // 指标值 | 度量单位 | 完成值 (≧ | 735 | 人次 | 735) or 年度指标值 | 实际完成值 | 计量单位 (大于等于 | 1 | 1 | 次)
      int unitAt = unit(v.get(2)) ? 2 : unit(v.get(3)) ? 3 : -1;
      if (unitAt > 0) {
        String unit = v.get(unitAt).text();
        Bound bound = comparator(v.get(0).text());
        targetText = v.get(0).text() + v.get(1).text() + unit;
        Cell number = v.get(1);
        target = valued(context, number, number.text(), new BigDecimal(number.text()), unit, bound);
        actualCell = v.get(unitAt == 2 ? 3 : 2);
        actual = POINTS_OR_LARGER.matcher(actualCell.text()).matches()
            ? valued(context, actualCell, actualCell.text(), new BigDecimal(actualCell.text()), unit,
                null)
            : only(context, actualCell);
      }
    }
    String reason = null;
    String after = p.after();
    if (reasons && after != null) {
      String r = after.replaceAll("[\\s|]", "");
      reason = NO_REASON.matcher(r).matches() ? "" : r;
    }
    String department = PointsScores.subject(context).replace(" 总分", "");
    return new Indicator(context.nextId(), context.sectionAt(span.start()), department, null, null,
        p.subject(), targetText, target,
        actualCell == null ? null : actualCell.text(), actual, full, score, null, reason, span,
        context.quote(span.start(), span.end()));
  }

  /**
   * The value of a cell: its one mention, or else a measure the mention finder does not know
   * (≥200平方米, 121.5米, ≥15年) as a count of its unit. A year (2023年) is a date, not a measure: a
   * cell of one date (2023年12月, 完成时间为2022年12月30日) is a deadline as a target and a day as an
   * actual value.
   */
  private static @Nullable Mention measure(FactContext context, Cell cell, boolean target) {
    Mention m = only(context, cell);
    if (m != null) {
      return m;
    }
    Matcher d = DATE.matcher(cell.text());
    if (d.find()) {
      return date(context, cell, d, target);
    }
    Matcher g = MEASURE.matcher(cell.text());
    String unit = g.matches() && g.group(3) != null ? g.group(3) : UNSTATED;
    if (!g.matches() || unit.contains("元") || unit.equals(UNSTATED) && g.group(1) == null
        || unit.startsWith("年") && g.group(2).matches("(19|20)\\d\\d")) {
      return null; // a bare number without its sign (1) says nothing of what it counts
    }
    Bound bound = g.group(1) == null ? null : comparator(g.group(1));
    int at = cell.start() + cell.text().codePointCount(0, g.start(2));
    Cell number = new Cell(g.group(2), at, at + g.group(2).length(), cell.line(), cell.piped());
    return valued(context, number, g.group(2), new BigDecimal(g.group(2)), unit, bound);
  }

  /**
   * A date as a number that orders dates of the same precision (202312 for 2023年12月, 20221230 for
   * 2022年12月30日, 7 for 7月 of the year of the report: 9月前 | 7月), its precision the unit so that
   * a month is never set against a day; null where the cell holds more digits than the one date.
   */
  private static @Nullable Mention date(
      FactContext context, Cell cell, Matcher d, boolean target) {
    String rest = cell.text().substring(0, d.start()) + cell.text().substring(d.end());
    if (PointsLines.DIGIT.matcher(rest).find()) {
      return null;
    }
    String day = d.group(3);
    BigDecimal value = new BigDecimal(d.group(2));
    if (d.group(1) != null) {
      value = value.add(new BigDecimal(d.group(1)).multiply(BigDecimal.valueOf(100)));
    }
    if (day != null) {
      value = value.multiply(BigDecimal.valueOf(100)).add(new BigDecimal(day));
    }
    int at = cell.start() + cell.text().codePointCount(0, d.start());
    Span s = context.span(at, at + d.group().codePointCount(0, d.group().length()));
    return new Mention(MentionKind.COUNT, d.group(), s.start(), s.end(), s.page(), value,
        (d.group(1) == null ? "" : "年") + (day == null ? "月" : "月日"), null, null,
        target ? Bound.AT_MOST : null, null,
        UnitSource.TABLE);
  }

  /** Whether a cell is a 度量单位 (人次, %), money aside: its scale may not be the cell's. */
  private static boolean unit(Cell cell) {
    return UNIT.matcher(cell.text()).matches() && !cell.text().contains("元")
        && !PointsLines.SIGN.matcher(cell.text()).matches();
  }

  /** The one mention a cell holds, from its start or after a comparator sign (≥95%). */
  private static @Nullable Mention only(FactContext context, Cell cell) {
    List<Mention> found = context.mentionsIn(cell.start(), cell.end());
    return found.size() == 1 ? found.get(0) : null;
  }

  /** A value split over cells, as a mention of its number: a percentage, or a count of its unit. */
  private static Mention valued(
      FactContext context, Cell cell, String text, BigDecimal value, String unit,
      @Nullable Bound bound) {
    Span s = context.span(cell.start(), cell.end());
    boolean percent = unit.equals("%") || unit.equals("％");
    return new Mention(percent ? MentionKind.PERCENT : MentionKind.COUNT, text, s.start(), s.end(),
        s.page(), value, percent ? Mention.PERCENT_UNIT : unit, null, null, bound, null,
        UnitSource.TABLE);
  }

  /** The bound a target's sign or word states; =, ═ (an equality, a level to reach) state none. */
  private static @Nullable Bound comparator(String sign) {
    return Bound.ofWritten(sign).orElse(null);
  }
}
