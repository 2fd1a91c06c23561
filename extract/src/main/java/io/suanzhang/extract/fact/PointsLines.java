package io.suanzhang.extract.fact;

import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Score;
import io.suanzhang.core.mention.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The points of a self-evaluation's indicator table read from its text lines: each indicator row's
 * 分值 and 得分, and the 总分 (or 合计) row with its 评价等级, in a table flattened to space-separated
 * words or to cells between pipes, one row a line or one cell a line.
 *
 * <pre>
 * 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
 * 数量指标 指标1:完成中型灌区节水改造项目数量 1 1 10 10
 * 指标1:服务对象满意度 90% 100% 10 10
 * 总分 100 100
 * </pre>
 *
 * <p>Only the national column order is read, where 分值 and 得分 stand side by side after the values
 * (… 实际完成值 | 分值 | 得分 | 偏差原因): a row's points are then the last two plain numbers of a run
 * of them, the words of 偏差原因 or the next row ending it. Flattened rows lose their empty cells, so
 * a row that states a 分值 but no 得分 cannot be told from one whose values are plain numbers; the
 * reading is therefore trusted only when the 分值 read add up to the stated total's (with the funds
 * block's 分值 above the indicators, as the template counts it), and otherwise none of the rows is
 * made a fact. A 总分 row with its two numbers is read on its own in any case, for its grade.
 *
 * <p>This class finds the tables and their rows' {@link Pair points cells}; {@link PointsScores}
 * makes the scores of them, and {@link IndicatorValues} each row's target and actual value.
 */
final class PointsLines {

  /** 分值 (权重) and 得分 next to each other in a header, after the columns of values. */
  private static final Pattern HEADER =
      Pattern.compile("(?:实际|完成值)[^。]{0,40}?(?:分值|权重)[\\s|]*(?:自评)?得分");
  /** The first cell of the row that totals the points. */
  private static final Pattern TOTAL =
      Pattern.compile("(?:总分|合计|总计|合计得分|总得分|综合得分)[:：]?");
  /** Words that end a table's indicator rows. */
  private static final Pattern END =
      Pattern.compile("评价结论|存在问题|改进措施[:：]?$|项目名称|项目资金|年度资金总额|填报人|注[:：]");
  /** A points cell: a plain number of at most three digits, no unit and no percent sign. */
  private static final Pattern POINTS = Pattern.compile("\\d{1,3}(?:\\.\\d{1,2})?");
  /** The 一级指标 cell with its points: 产出指标(50分), or (50分) under a label written downwards. */
  static final Pattern GROUP =
      Pattern.compile("[\\p{IsHan}]{0,10}\\s*[（(]\\s*(\\d{1,3})\\s*分\\s*[)）]");
  /** A comparator cell: a sign, or the word the newer template's drop-down writes (大于等于). */
  static final Pattern SIGN =
      Pattern.compile("[≥≧≤≦><＞＜=＝═⩾⩽]|>=|<=|大于等于|小于等于|等于|大于|小于|不低于|不高于|不少于|不超过");
  /** A 指标性质 (or 指标方向) cell before the comparator: whether more is better. */
  static final Pattern NATURE = Pattern.compile("正向|反向|定量|定性|正向指标|反向指标");
  static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern PIECE = Pattern.compile("[^|]*");
  private static final Pattern WORD = Pattern.compile("[^\\s\u3000]+");
  /** The header of the column of reasons, over as many lines as it runs. */
  private static final Pattern REASON_HEADER = Pattern.compile(
      "[\\s|]*(?:偏差|未完成)?原因(?:[\\s|]*(?:分析及?|及|拟采取的|改进措施|说明))*");
  /** The column of reasons after 得分: 偏差原因分析及改进措施, 未完成原因分析. */
  private static final Pattern REASON_COLUMN = Pattern.compile("原因|说明|措施");
  /** The header of the layout with the 分值 before the values: 分值 | 年度指标值 | 全年实际值 | 得分. */
  private static final Pattern WEIGHT_FIRST =
      Pattern.compile("(?:分值|权重)[\\s|]*(?:年度)?指标值[\\s|]*(?:全年)?(?:实际值|实际完成值|完成值)[\\s|]*得分");
  /** How many lines after a header tell a table written one cell a line. */
  private static final int CELL_A_LINE_SAMPLE = 20;
  /** How many lines that are not blank a table's indicator rows may run. */
  private static final int ROWS_REACH = 120;

  private PointsLines() {}

  /**
   * A cell of a line, with its code-point start and end; empty for a cell left blank between pipes.
   * {@code piped} says the line split at pipes, whose rows may run over several lines.
   */
  record Cell(String text, int start, int end, int line, boolean piped) {
    boolean points() {
      return POINTS.matcher(text).matches();
    }
  }

  /**
   * One row's points: the 分值 and 得分 cells, the indicator's name and the words before them, the
   * cells of its values between the name and the 分值, and the words after the 得分 on its line (its
   * 偏差原因; null where the row runs over lines), all from the row's cells.
   */
  record Pair(
      String subject, Cell full, Cell score, int start, @Nullable Cell group, List<Cell> values,
      @Nullable String after) {}

  /**
   * The score facts of every indicator table found, the funds block's execution row (from {@code
   * funds}) hung under the 总分 with the indicator rows when their points add up; {@code funds} is
   * changed in place for that.
   */
  static List<Fact> of(FactContext context, List<Fact> funds, Set<Mention> used) {
    List<Fact> out = new ArrayList<>();
    // Both headers end in 得分, which most reports (budgets, final accounts) never write: the
    // patterns would try every character of them for nothing.
    if (!context.words.contains("得分")) {
      return out;
    }
    List<TextLine> lines = TextLine.of(context);
    Matcher h = HEADER.matcher(context.words);
    int from = 0;
    while (from < context.words.length() && h.find(from)) {
      int headerStart = context.text.toCodePoint(h.start());
      // the rows start after the header's last column, 偏差原因 ⏎ 分析及 ⏎ 改进措施 in a table one cell a line
      Matcher last = REASON_HEADER.matcher(context.words).region(h.end(), context.words.length());
      int rowsFrom = last.lookingAt() ? last.end() : h.end();
      List<Cell> cells = cells(lines, context.text.toCodePoint(rowsFrom));
      int total = -1;
      for (int k = 0; k < cells.size() && total < 0; k++) {
        total = TOTAL.matcher(cells.get(k).text()).matches() ? k : -1;
      }
      int rowsEnd = total < 0 ? cells.size() : total;
      List<Cell> totalRow =
          total < 0 ? List.of() : cells.subList(total, Math.min(cells.size(), total + 8));
      String afterHeader = context.words.substring(h.end(), Math.min(context.words.length(),
          h.end() + 12));
      // written one cell a line, a row's reason cannot be told from the next row's name
      boolean reasons = REASON_COLUMN.matcher(afterHeader).find()
          && !cellALine(lines, context.text.toCodePoint(rowsFrom));
      PointsScores.read(context, funds, fundsAbove(funds, headerStart),
          pairs(cells.subList(0, rowsEnd)), totalRow, reasons, used, out);
      int next = rowsEnd == 0 ? h.end() : context.text.toUtf16(cells.get(rowsEnd - 1).end());
      from = Math.max(h.end(), next);
    }
    Matcher first = WEIGHT_FIRST.matcher(context.words);
    while (first.find()) {
      List<Cell> cells = cells(lines, context.text.toCodePoint(first.end()));
      PointsScores.indicatorsAlone(context, weightFirst(cells), false, used, out);
    }
    return out;
  }

  /**
   * The rows of the layout that puts the 分值 before the values (三级指标 | 分值 | 年度指标值 | 全年实际值
   * | 得分): a name, a points cell, two cells of values and a points cell. Its 偏差原因 is not read:
   * written one cell a line, a reason cannot be told from the next row's name.
   */
  private static List<Pair> weightFirst(List<Cell> cells) {
    List<Pair> out = new ArrayList<>();
    List<Cell> filled = cells.stream().filter(c -> !c.text().isEmpty()).toList();
    for (int k = 0; k + 4 < filled.size(); k++) {
      Cell name = filled.get(k);
      Cell full = filled.get(k + 1);
      Cell score = filled.get(k + 4);
      List<Cell> values = filled.subList(k + 2, k + 4);
      if (!name(name.text()).isEmpty() && full.points() && score.points()
          && values.stream().noneMatch(Cell::points)) {
        out.add(new Pair(name(name.text()), full, score, name.start(), null, values, null));
        k += 4;
      }
    }
    return out;
  }

  /** The execution row of the funds block just above the header, if FundsLines read one. */
  private static @Nullable Score fundsAbove(List<Fact> funds, int headerStart) {
    Score best = null;
    for (Fact f : funds) {
      if (f instanceof Score s && s.parent() == null && s.span().end() <= headerStart
          && (best == null || s.span().start() > best.span().start())) {
        best = s;
      }
    }
    return best;
  }

  /**
   * The cells after a header up to the end of its table: split at pipes where the line has them
   * (a blank between two pipes is an empty cell), else at blanks. A table written one cell a line
   * (零陵区林业局's page: 造林面积 ⏎ 1.2万亩 ⏎ 1.2万亩 ⏎ 10 ⏎ 10) is read as cells between pipes are, its
   * rows running over lines.
   */
  private static List<Cell> cells(List<TextLine> lines, int from) {
    List<Cell> out = new ArrayList<>();
    boolean cellALine = cellALine(lines, from);
    int lineCount = 0;
    for (int i = 0; i < lines.size(); i++) {
      TextLine line = lines.get(i);
      String text = line.text();
      int length = text.codePointCount(0, text.length());
      if (line.start() + length <= from) {
        continue;
      }
      int offset = text.offsetByCodePoints(0, Math.max(0, Math.min(from - line.start(), length)));
      String rest = text.substring(offset);
      boolean ends = line.start() >= from
          && END.matcher(rest.replaceAll("[\\s|\u3000]", "")).lookingAt();
      if (ends || lineCount > ROWS_REACH) {
        break;
      }
      boolean piped = rest.indexOf('|') >= 0;
      Matcher m = (piped ? PIECE : WORD).matcher(rest);
      piped |= cellALine;
      lineCount += rest.isBlank() ? 0 : 1;
      while (m.find()) {
        String cell = m.group().replace('\u3000', ' ').strip();
        boolean edge = piped && (m.start() == 0 || m.end() == rest.length());
        if (m.group().isEmpty() && m.start() > 0 && rest.charAt(m.start() - 1) != '|') {
          continue; // the empty match a pattern of pieces finds after the last one
        }
        if (!cell.isEmpty() || piped && !edge) {
          int at = offset + m.start() + (cell.isEmpty() ? 0 : m.group().indexOf(cell));
          int start = line.start() + text.codePointCount(0, at);
          out.add(new Cell(cell, start, start + cell.codePointCount(0, cell.length()), i, piped));
        }
      }
    }
    return out;
  }

  /** Whether the first lines after {@code from} that are not blank hold one word each, nearly all. */
  private static boolean cellALine(List<TextLine> lines, int from) {
    int seen = 0;
    int single = 0;
    for (TextLine line : lines) {
      String t = line.text().strip();
      if (line.start() < from || t.isEmpty()) {
        continue;
      }
      seen++;
      String cell = t.replaceAll("\\s*\\|\\s*$", "");
      single += cell.indexOf('|') < 0 && WORD.matcher(cell).results().count() <= 1 ? 1 : 0;
      if (seen == CELL_A_LINE_SAMPLE) {
        break;
      }
    }
    return seen == CELL_A_LINE_SAMPLE && single >= seen - 2;
  }

  /**
   * Each run of two or more points cells gives its last two as a row's 分值 and 得分. A run ends at
   * a cell of words or an empty one; without pipes, also at the end of a line.
   */
  private static List<Pair> pairs(List<Cell> cells) {
    List<Pair> out = new ArrayList<>();
    List<Cell> run = new ArrayList<>();
    Cell subject = null;
    Cell group = null;
    // After a comparator cell the next two cells with digits are the target and the actual value
    // (≧ | 735 | 人次 | 735, 大于等于 | 1 | 1 | 次), not points.
    int valuesAhead = 0;
    for (int k = 0; k <= cells.size(); k++) {
      Cell c = k < cells.size() ? cells.get(k) : null;
      boolean lineBreak = c != null && !run.isEmpty() && !c.piped()
          && c.line() != run.get(run.size() - 1).line();
      if (c != null && run.isEmpty() && subject != null && SIGN.matcher(c.text()).matches()) {
        valuesAhead = 2;
      } else if (c != null && run.isEmpty() && valuesAhead > 0 && DIGIT.matcher(c.text()).find()) {
        valuesAhead--;
        continue;
      }
      if (c != null && c.points() && !lineBreak) {
        run.add(c);
        continue;
      }
      if (run.size() >= 2) {
        Cell full = run.get(run.size() - 2);
        Cell score = run.get(run.size() - 1);
        Cell named = subject == null ? full : subject;
        List<Cell> values = new ArrayList<>();
        if (subject != null) {
          for (Cell v : cells.subList(cells.indexOf(subject) + 1, cells.indexOf(full))) {
            if (!v.text().isEmpty()) {
              values.add(v);
            }
          }
        }
        StringBuilder after = new StringBuilder();
        for (int j = k; j < cells.size() && cells.get(j).line() == score.line()
            && !cells.get(j).points(); j++) {
          after.append(cells.get(j).text());
        }
        out.add(new Pair(subject == null ? "" : name(subject.text()), full, score,
            rowStart(cells, named), group, values,
            // a row whose 得分 ends a line it has alone runs over lines: its reason is on the next,
            // where the next row's name would be too
            named.line() == score.line() ? after.toString() : null));
        subject = null;
      }
      run.clear();
      if (c == null) {
        break;
      }
      if (c.points()) {
        run.add(c);
      } else if (GROUP.matcher(c.text()).matches()) {
        group = c;
      } else if (!name(c.text()).isEmpty() && (subject == null || subject.line() < c.line())) {
        // the first name on the latest line that has one: 经济效益 ⏎ 指标 ⏎ 指标1:全市安全度汛 10 10
        subject = c;
        valuesAhead = 0;
      }
    }
    return out;
  }

  /**
   * Where the row of a cell starts: at the cell, or at the level names before it on its line
   * (产出指标 | 数量指标 | 学生受资助人数), which a line of many rows would otherwise run back over.
   */
  private static int rowStart(List<Cell> cells, Cell cell) {
    int k = cells.indexOf(cell);
    int start = cell.start();
    for (int j = k - 1; j >= 0 && cells.get(j).line() == cell.line(); j--) {
      String t = cells.get(j).text().replaceAll("\\s", "");
      if (t.isEmpty() || !t.matches("\\S{0,8}指标")) {
        break;
      }
      start = cells.get(j).start();
    }
    return start;
  }

  /** An indicator's name from a cell, or "" for a level (产出指标), a value, a unit or a header word. */
  static String name(String cell) {
    String t = cell.replaceFirst("^[★☆*]+", "").replaceFirst("^指标\\d+[:：]", "");
    boolean words = t.codePoints().filter(Character::isIdeographic).count() >= 3;
    boolean value = !t.isEmpty() && !Character.isIdeographic(t.codePointAt(0));
    boolean header = t.contains("指标") || t.contains("原因") || t.contains("措施") || t.contains("单位");
    boolean column = SIGN.matcher(t).matches() || NATURE.matcher(t).matches();
    return words && !value && !header && !column ? t : "";
  }
}
