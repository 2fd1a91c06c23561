package io.suanzhang.extract.fact;

import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Indicator;
import io.suanzhang.core.fact.Score;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.Span;
import io.suanzhang.extract.fact.PointsLines.Cell;
import io.suanzhang.extract.fact.PointsLines.Pair;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The scores of an indicator table whose rows {@link PointsLines} read: the 总分 with its grade,
 * and, where the 分值 add up to it, each row under it (and under the 一级指标 that states its
 * points), with the funds block's execution row hung beside them. Rows that do not add up give
 * only the indicators whose values leave no doubt.
 */
final class PointsScores {

  private static final Pattern GRADE =
      Pattern.compile("(优秀|良好|中等|较差|优|良|中|差|合格|不合格)(?:等级|级)?");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private PointsScores() {}

  static void read(
      FactContext context, List<Fact> funds, @Nullable Score funding, List<Pair> pairs,
      List<Cell> totalRow, boolean reasons, Set<Mention> used, List<Fact> out) {
    Cell totalFull = null;
    Cell totalScore = null;
    Cell gradeCell = null;
    List<Cell> numbers = new ArrayList<>();
    for (Cell c : totalRow.isEmpty() ? totalRow : totalRow.subList(1, totalRow.size())) {
      if (c.points() && numbers.size() < 2) {
        numbers.add(c);
      } else if (!c.text().isEmpty()) {
        gradeCell = numbers.size() == 2 && GRADE.matcher(c.text()).matches() ? c : null;
        break;
      }
    }
    if (numbers.size() == 2) {
      totalFull = numbers.get(0);
      totalScore = numbers.get(1);
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Pair p : pairs) {
      sum = sum.add(new BigDecimal(p.full().text()));
    }
    Mention fundsFull = funding == null ? null : funding.full();
    if (funding != null && fundsFull != null && funding.score() != null) {
      sum = sum.add(fundsFull.value());
    } else {
      funding = null;
    }
    BigDecimal whole = totalFull == null ? HUNDRED : new BigDecimal(totalFull.text());
    boolean trusted = !pairs.isEmpty() && sum.compareTo(whole) == 0;
    String parent = null;
    if (totalFull != null && totalScore != null) {
      Cell last = gradeCell == null ? totalScore : gradeCell;
      Span span = context.span(totalRow.get(0).start(), last.end());
      parent = context.nextId();
      String grade = null;
      if (gradeCell != null) {
        Matcher g = GRADE.matcher(gradeCell.text());
        grade = g.matches() ? g.group(1) : null;
      }
      out.add(new Score(parent, context.sectionAt(span.start()), subject(context), null, 1,
          points(context, totalFull, used), points(context, totalScore, used), grade, span,
          context.quote(span.start(), span.end())));
    }
    if (!trusted) {
      indicatorsAlone(context, pairs, reasons, used, out);
      return;
    }
    if (funding != null && parent != null) {
      funds.set(funds.indexOf(funding), new Score(funding.id(), funding.section(), funding.subject(),
          parent, 2, funding.full(), funding.score(), funding.grade(), funding.span(),
          funding.quote()));
    }
    Map<Cell, String> groups = groups(context, pairs, parent, used, out);
    for (Pair p : pairs) {
      Span span = context.span(p.start(), p.score().end());
      String under = p.group() == null ? null : groups.get(p.group());
      Mention full = points(context, p.full(), used);
      Mention score = points(context, p.score(), used);
      out.add(new Score(context.nextId(), context.sectionAt(span.start()), p.subject(),
          under == null ? parent : under, under == null ? 2 : 3, full, score, null, span,
          context.quote(span.start(), span.end())));
      if (!p.subject().isEmpty()) {
        out.add(IndicatorValues.indicator(context, p, full, score, reasons, span));
      }
    }
  }

  /**
   * The indicators of a table whose points cannot be trusted as a whole (cut before its 总分, or
   * a row whose 分值 was not read), each row on its own: only rows whose values carry what they
   * are (≥200平方米 | 204.46平方米, 100% | 83.5%, a comparator cell with its unit, or two cells of
   * words: 市级保护单位 | 市级保护单位) right before the two points cells, a shape that leaves no doubt which cells are the 分值 and the 得分. Their
   * points are not made scores: the table's sums stay unjudged.
   */
  static void indicatorsAlone(
      FactContext context, List<Pair> pairs, boolean reasons, Set<Mention> used, List<Fact> out) {
    for (Pair p : pairs) {
      if (p.subject().isEmpty() || p.values().stream().anyMatch(c -> c.text().isEmpty())
          || p.values().size() == 2 && p.values().stream().allMatch(Cell::points)) {
        continue;
      }
      Span span = context.span(p.start(), p.score().end());
      Indicator i = IndicatorValues.indicator(context, p, score(context, p.full()),
          score(context, p.score()), reasons, span);
      boolean words = p.values().size() == 2
          && p.values().stream().noneMatch(c -> PointsLines.DIGIT.matcher(c.text()).find());
      if (i.target() != null && i.actual() != null || words) {
        points(context, p.full(), used);
        points(context, p.score(), used);
        out.add(i);
      }
    }
  }

  /**
   * The 一级指标 items that state their points (产出指标(50分)), each a score of its 分值 alone, its
   * rows under it; their ids by cell. A 一级 cell spans its rows, and a flattened table may print
   * its words anywhere along them (a PDF centres them), so the rows are put under the item whose
   * words come before them only when every item's rows then add up to its 分值; otherwise the rows
   * stay under the 总分 alone.
   */
  private static Map<Cell, String> groups(
      FactContext context, List<Pair> pairs, @Nullable String parent, Set<Mention> used,
      List<Fact> out) {
    Map<Cell, BigDecimal> sums = new LinkedHashMap<>();
    for (Pair p : pairs) {
      if (p.group() != null) {
        sums.merge(p.group(), new BigDecimal(p.full().text()), BigDecimal::add);
      }
    }
    Map<Cell, String> ids = new LinkedHashMap<>();
    for (Map.Entry<Cell, BigDecimal> e : sums.entrySet()) {
      if (stated(e.getKey()).compareTo(e.getValue()) != 0) {
        return Map.of();
      }
    }
    for (Cell g : sums.keySet()) {
      Matcher m = PointsLines.GROUP.matcher(g.text());
      if (!m.matches()) {
        continue;
      }
      int digits = g.start() + g.text().codePointCount(0, m.start(1));
      Cell number = new Cell(m.group(1), digits, digits + m.group(1).length(), g.line(), g.piped());
      String id = context.nextId();
      Span span = context.span(g.start(), g.end());
      String label = g.text().substring(0, g.text().indexOf(m.group(1))).replaceAll("[\\s（(]", "");
      out.add(new Score(id, context.sectionAt(span.start()), label.isEmpty() ? "一级指标" + g.text() : label,
          parent, 2, points(context, number, used), null, null, span,
          context.quote(span.start(), span.end())));
      ids.put(g, id);
    }
    return ids;
  }

  private static BigDecimal stated(Cell group) {
    Matcher m = PointsLines.GROUP.matcher(group.text());
    return m.matches() ? new BigDecimal(m.group(1)) : BigDecimal.ZERO;
  }

  static String subject(FactContext context) {
    String d = context.report.department();
    return d == null ? "总分" : d + " 总分";
  }

  /** The points a cell states, as a score; the mentions found there are the table's, not prose's. */
  private static Mention points(FactContext context, Cell cell, Set<Mention> used) {
    for (Mention m : context.mentionsIn(cell.start(), cell.end())) {
      used.add(m);
    }
    return score(context, cell);
  }

  private static Mention score(FactContext context, Cell cell) {
    return Mention.score(cell.text(), context.span(cell.start(), cell.end()),
        new BigDecimal(cell.text()));
  }
}
