package io.suanzhang.extract.fact;

import io.suanzhang.core.document.Block;
import io.suanzhang.core.document.Heading;
import io.suanzhang.core.document.Table;
import io.suanzhang.core.fact.Fact;
import java.util.ArrayList;
import java.util.List;

/**
 * Facts read from tables: classified rows, indicator rows and score rows. Financial tables give one
 * {@link io.suanzhang.core.fact.TableRow} per logical row ({@link CodeRows}); the tables of a
 * project's performance self-evaluation give its budget execution and its indicators ({@link
 * IndicatorTables}) and the points of its rows as scores ({@link ScoreRows}). Every number is a
 * mention lying in a cell; none is made up.
 */
final class TableFacts {

  /** Text between two table blocks longer than this is prose: the second starts a table anew. */
  private static final int GAP = 60;

  private TableFacts() {}

  static List<Fact> of(FactContext context) {
    List<Fact> facts = new ArrayList<>();
    String fallback = context.report.department() == null ? "部门整体" : context.report.department();
    IndicatorTables.Project project = null;
    Table previous = null;
    for (Table table : context.document.tables()) {
      FactGrid grid = new FactGrid(table, context);
      boolean follows = project != null && previous != null && adjacent(context, previous, table);
      if (IndicatorTables.opens(grid)
          || follows && IndicatorTables.continues(grid, project)) {
        if (!follows && project != null) {
          IndicatorTables.close(project, context, facts);
        }
        IndicatorTables.Project start = follows ? project : new IndicatorTables.Project(fallback);
        project = IndicatorTables.read(grid, start, facts);
      } else {
        if (project != null) {
          IndicatorTables.close(project, context, facts);
        }
        project = null;
        facts.addAll(CodeRows.of(grid));
        facts.addAll(ChangeColumns.of(grid));
      }
      previous = table;
    }
    if (project != null) {
      IndicatorTables.close(project, context, facts);
    }
    return facts;
  }

  /**
   * Whether nothing but blank lines or a short line stands between two tables: one table cut into
   * blocks by a page break or a blank line, not two tables under their own headings.
   */
  private static boolean adjacent(FactContext context, Table first, Table second) {
    int from = first.span().end();
    int to = second.span().start();
    for (Block b : context.document.blocks()) {
      if (b instanceof Heading && b.span().start() >= from && b.span().end() <= to) {
        return false;
      }
    }
    return to - from >= 0 && context.quote(from, to).strip().length() <= GAP;
  }
}
