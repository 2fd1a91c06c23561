package io.suanzhang.extract.fact;

import io.suanzhang.core.document.Cell;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Indicator;
import io.suanzhang.core.fact.TableRow;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The tables of a 项目支出绩效自评表 or 绩效目标表: the project's name, its budget and execution (预算数 3
 * 万元 | 执行数 3 万元, or 年度资金总额 | 年初预算数 | 全年预算数 | 全年执行数 …) and its indicator rows
 * under 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 | 分值 | 得分. One project's table is often
 * cut into several table blocks; {@link Project} carries what the first block said into the next,
 * and the points of its rows ({@link ScoreRows}) until it ends.
 */
final class IndicatorTables {

  /** Headers of a budget-execution block: 年初预算数, 全年执行数, 执行率, 分值, 得分 … */
  private static final Pattern EXECUTION_HEADER =
      Pattern.compile(".*(预算数|执行数|执行率|年初预算|调整后预算|全年预算|分值|得分|权重).*");

  private IndicatorTables() {}

  /** Which column holds which part of an indicator; -1 where the table has no such column. */
  record Layout(
      int level1, int level2, int name, int target, int actual, int weight, int score, int met) {

    /** The layout read from a header row, or null when the row is not an indicator header. */
    static @Nullable Layout of(FactGrid grid, int row) {
      int[] at = {-1, -1, -1, -1, -1, -1, -1, -1};
      for (int c = 0; c < grid.columnCount(); c++) {
        Cell cell = grid.at(row, c);
        if (cell == null || cell.column() != c) {
          continue;
        }
        String h = FactGrid.squash(cell.text());
        int slot;
        if (h.contains("原因") || h.contains("偏差") || h.contains("说明") || h.contains("措施")) {
          slot = -1;
        } else if (h.contains("一级指标")) {
          slot = 0;
        } else if (h.contains("二级指标")) {
          slot = 1;
        } else if (h.contains("三级指标") || h.contains("指标名称")) {
          slot = 2;
        } else if (h.contains("是否完成") || h.contains("是否达")) {
          slot = 7;
        } else if (h.contains("实际") || h.contains("完成值")) {
          slot = 4;
        } else if (h.contains("指标值") || h.contains("目标值") || h.contains("预期")
            || h.contains("计划值")) {
          slot = 3;
        } else if (h.contains("分值") || h.contains("权重")) {
          slot = 5;
        } else if (h.contains("得分")) {
          slot = 6;
        } else {
          slot = -1;
        }
        if (slot >= 0 && at[slot] < 0) {
          at[slot] = c;
        }
      }
      boolean header = at[2] >= 0 && (at[0] >= 0 || at[1] >= 0 || at[3] >= 0);
      return header ? new Layout(at[0], at[1], at[2], at[3], at[4], at[5], at[6], at[7]) : null;
    }

    /** The level of an indicator row: 3 under 一级 and 二级 columns, fewer without them. */
    int depth() {
      return 1 + (level1 >= 0 ? 1 : 0) + (level2 >= 0 ? 1 : 0);
    }

    /** The same layout for a continuation block that lost leading columns. */
    Layout shifted(int by) {
      return new Layout(
          level1 - by, level2 - by, name - by, target - by, actual - by, weight - by, score - by,
          met - by);
    }
  }

  /** What one project's table has said so far, carried over table blocks that continue it. */
  static final class Project {
    final String subject;
    @Nullable Layout layout;
    int columns;
    @Nullable String level1;
    @Nullable String level2;
    List<String> pairLabels = List.of();
    Map<Integer, String> executionHeader = Map.of();
    final ScoreRows scores = new ScoreRows();

    Project(String subject) {
      this.subject = subject;
    }
  }

  /** Adds the score facts of a project's rows: at its end, once its 合计 row has been seen. */
  static void close(Project project, FactContext context, List<Fact> out) {
    out.addAll(project.scores.facts(context));
  }

  /** Whether a row is the 合计 of the indicator rows; its points are recorded. */
  private static boolean total(FactGrid grid, int r, Layout layout, Project p) {
    List<Cell> cells = filled(grid, r);
    if (cells.isEmpty() || !ScoreRows.isTotal(cells.get(0).text())) {
      return false;
    }
    p.scores.total(grid.context, p.subject,
        first(grid, cellAt(grid, r, layout.weight), MentionKind.SCORE),
        first(grid, cellAt(grid, r, layout.score), MentionKind.SCORE), grid.span(cells));
    return true;
  }

  /** Whether a table opens a project's table: it names the project or heads indicator columns. */
  static boolean opens(FactGrid grid) {
    for (int r = 0; r < grid.rowCount(); r++) {
      if (projectName(grid, r) != null || Layout.of(grid, r) != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether a table goes on with the indicator rows of a project table just before it. */
  static boolean continues(FactGrid grid, Project project) {
    Layout layout = project.layout;
    if (layout == null || grid.rowCount() == 0) {
      return false;
    }
    int shift = project.columns - grid.columnCount();
    if (shift < 0 || shift > 2 || layout.name - shift < 0) {
      return false;
    }
    Cell name = grid.at(0, layout.name - shift);
    return name != null && !FactGrid.text(name).isEmpty() && !grid.numeric(name);
  }

  /**
   * Reads a project table block into facts; returns the project as it stands at the end, for a
   * block that continues it.
   */
  static Project read(FactGrid grid, Project carried, List<Fact> out) {
    Project project = carried;
    Layout layout = project.layout;
    if (layout != null && project.columns > grid.columnCount()) {
      layout = layout.shifted(project.columns - grid.columnCount());
    }
    for (int r = 0; r < grid.rowCount(); r++) {
      String name = projectName(grid, r);
      if (name != null) {
        close(project, grid.context, out);
        project = new Project(name);
        layout = null;
        continue;
      }
      Layout header = Layout.of(grid, r);
      if (header != null) {
        layout = header;
        project.layout = header;
        project.columns = grid.columnCount();
        project.level1 = null;
        project.level2 = null;
        continue;
      }
      if (layout != null) {
        if (!total(grid, r, layout, project)) {
          Indicator indicator = indicator(grid, r, layout, project);
          if (indicator != null) {
            out.add(indicator);
            project.scores.row(grid.context, indicator.name(), layout.depth(), indicator.weight(),
                indicator.score(), indicator.span());
          }
        }
      } else {
        TableRow row = execution(grid, r, project);
        if (row != null) {
          out.add(row);
        }
      }
    }
    return project;
  }

  /** The project named by a row 项目名称 | 医保基金监管 (or 项目名称：医保基金监管), else null. */
  static @Nullable String projectName(FactGrid grid, int r) {
    List<Cell> cells = filled(grid, r);
    if (cells.isEmpty() || cells.size() > 4) {
      return null;
    }
    String first = FactGrid.squash(cells.get(0).text());
    String name;
    if (first.equals("项目名称") && cells.size() > 1) {
      name = FactGrid.text(cells.get(1));
    } else if (first.matches("项目名称[:：].+")) {
      name = FactGrid.text(cells.get(0)).replaceFirst("^项\\s*目\\s*名\\s*称\\s*[:：]\\s*", "");
    } else {
      return null;
    }
    // a header row 项目名称 | 金额 names a column, not a project
    boolean header = name.contains("金额") || name.contains("名称") || name.endsWith("数");
    return header || name.isEmpty() ? null : name;
  }

  private static @Nullable Indicator indicator(FactGrid grid, int r, Layout layout, Project p) {
    Cell nameCell = cellAt(grid, r, layout.name);
    String name = FactGrid.text(nameCell);
    if (nameCell == null || nameCell.row() != r || name.isEmpty() || grid.numeric(nameCell)) {
      return null;
    }
    String level1 = FactGrid.text(cellAt(grid, r, layout.level1));
    if (!level1.isEmpty()) {
      if (!level1.equals(p.level1)) {
        p.level2 = null;
      }
      p.level1 = level1;
    }
    String level2 = FactGrid.text(cellAt(grid, r, layout.level2));
    if (!level2.isEmpty()) {
      p.level2 = level2;
    }
    Cell target = cellAt(grid, r, layout.target);
    Cell actual = cellAt(grid, r, layout.actual);
    List<Cell> cells = filled(grid, r);
    Span span = grid.span(cells);
    return new Indicator(
        grid.context.nextId(),
        grid.context.sectionAt(span.start()),
        p.subject,
        p.level1,
        p.level2,
        name,
        blankToNull(FactGrid.text(target)),
        first(grid, target, null),
        blankToNull(FactGrid.text(actual)),
        first(grid, actual, null),
        first(grid, cellAt(grid, r, layout.weight), MentionKind.SCORE),
        first(grid, cellAt(grid, r, layout.score), MentionKind.SCORE),
        met(FactGrid.text(cellAt(grid, r, layout.met))),
        null,
        span,
        grid.context.quote(span.start(), span.end()));
  }

  /**
   * A row of the budget-execution block: label–value pairs (预算数： | 3 万元 | 执行数： | 3 万元), or a
   * name with numbers under an execution header (年度资金总额 | 238.93 | 251.89 | 251.89 | 10 | 100.00%).
   */
  private static @Nullable TableRow execution(FactGrid grid, int r, Project p) {
    List<Cell> cells = filled(grid, r);
    List<String> labels = new ArrayList<>();
    List<Cell> valueCells = new ArrayList<>();
    for (int i = 0; i + 1 < cells.size(); i++) {
      String label = FactGrid.text(cells.get(i));
      if (label.matches(".*[:：]") && grid.numeric(cells.get(i + 1))) {
        labels.add(label.replaceFirst("\\s*[:：]$", ""));
        valueCells.add(cells.get(i + 1));
      }
    }
    String subject;
    List<String> columns;
    if (!labels.isEmpty()) {
      boolean repeated = labels.stream().distinct().count() == 1 && labels.size() > 1;
      if (repeated && p.pairLabels.size() == labels.size()) {
        // 其中-财政拨款: 3 万元 | 其中-财政拨款: 3 万元 under 预算数 | 执行数
        subject = labels.get(0);
        columns = p.pairLabels;
      } else {
        subject = p.subject;
        columns = labels;
        p.pairLabels = List.copyOf(labels);
      }
    } else {
      if (!cells.isEmpty() && cells.stream().noneMatch(grid::numeric)
          && cells.stream().filter(c -> EXECUTION_HEADER.matcher(FactGrid.squash(c.text()))
              .matches()).count() >= 2) {
        Map<Integer, String> header = new HashMap<>();
        cells.forEach(c -> header.put(c.column(), FactGrid.text(c)));
        p.executionHeader = header;
        return null;
      }
      if (p.executionHeader.isEmpty() || cells.isEmpty() || grid.numeric(cells.get(0))) {
        return null;
      }
      subject = FactGrid.text(cells.get(0));
      columns = new ArrayList<>();
      for (Cell c : cells.subList(1, cells.size())) {
        if (grid.numeric(c)) {
          valueCells.add(c);
          String label = p.executionHeader.get(c.column());
          columns.add(label == null ? grid.label(c.column()) : label);
        }
      }
    }
    List<TableRow.Value> values = new ArrayList<>();
    Mention full = null;
    Mention score = null;
    for (int i = 0; i < valueCells.size(); i++) {
      List<Mention> found = grid.mentions(valueCells.get(i));
      if (found.size() != 1) {
        continue;
      }
      Mention m = found.get(0);
      if (m.kind() != MentionKind.SCORE) {
        values.add(new TableRow.Value(columns.get(i), m));
      } else if (FactGrid.squash(columns.get(i)).contains("得分")) {
        score = m; // the points of the budget execution are a score, not a column of money
      } else {
        full = m;
      }
    }
    Span span = grid.span(cells);
    p.scores.row(grid.context, subject, 1, full, score, span);
    if (values.isEmpty()) {
      return null;
    }
    return new TableRow(
        grid.context.nextId(),
        grid.context.sectionAt(span.start()),
        subject,
        grid.table.title(),
        r,
        null,
        null,
        0,
        values,
        span,
        grid.context.quote(span.start(), span.end()));
  }

  private static @Nullable Cell cellAt(FactGrid grid, int r, int column) {
    return column < 0 ? null : grid.at(r, column);
  }

  /** The non-blank cells starting in a row, header cells included: these tables mark them badly. */
  private static List<Cell> filled(FactGrid grid, int r) {
    List<Cell> out = new ArrayList<>();
    for (Cell c : grid.row(r)) {
      if (!FactGrid.text(c).isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }

  /** The first number of a cell, of the kind asked for if one is; a bare 10 under 分值 is none. */
  private static @Nullable Mention first(
      FactGrid grid, @Nullable Cell cell, @Nullable MentionKind kind) {
    if (cell == null) {
      return null;
    }
    for (Mention m : grid.mentions(cell)) {
      if (kind == null || m.kind() == kind) {
        return m;
      }
    }
    return null;
  }

  private static @Nullable Boolean met(String text) {
    String t = FactGrid.squash(text);
    if (t.equals("是") || t.equals("完成") || t.equals("已完成") || t.equals("达到") || t.equals("已达到")) {
      return Boolean.TRUE;
    }
    if (t.equals("否") || t.equals("未完成") || t.equals("未达到")) {
      return Boolean.FALSE;
    }
    return null;
  }

  private static @Nullable String blankToNull(String text) {
    return text.isEmpty() ? null : text;
  }
}
