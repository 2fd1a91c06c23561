package io.suanzhang.extract.fact;

import io.suanzhang.core.document.Cell;
import io.suanzhang.core.fact.TableRow;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a financial table: 功能分类 and 经济分类 rows keyed by code (208 | 05 | 05, 2080505, 212
 * 01) and rows named only (一般公共预算财政拨款收入, 总计). A printed row may hold several logical rows
 * side by side (收入 | 支出 halves); each becomes its own {@link TableRow}.
 */
final class CodeRows {

  /** A 类, 款 or 项 code whole (2080505) or its first part followed by parts (212 01, 301 2). */
  private static final Pattern CODE = Pattern.compile("(\\d{3}|\\d{5}|\\d{7})(\\s+\\d{1,2})*");

  /** A 款 or 项 part in a cell of its own: 05, or 2 when the leading zero was lost. */
  private static final Pattern PART = Pattern.compile("\\d{1,2}");

  private CodeRows() {}

  /** One logical row: the code cells, name cells and value cells of a run of a printed row. */
  private static final class Segment {
    final int row;
    final List<Cell> codes = new ArrayList<>();
    final List<Cell> texts = new ArrayList<>();
    final List<Cell> values = new ArrayList<>();
    final List<Cell> before = new ArrayList<>();
    final List<Cell> after = new ArrayList<>();

    Segment(int row) {
      this.row = row;
    }

    boolean empty() {
      return codes.isEmpty() && texts.isEmpty() && values.isEmpty();
    }

    /** A line holding only a piece of a wrapped name: 机关事业单位 above 2080505 基本养老保险. */
    boolean fragment() {
      return codes.isEmpty() && values.isEmpty() && texts.size() == 1;
    }

    /**
     * The name cell: the last text under a 名称 header (采购物品名称 rather than 采购组织形式 after it),
     * else the last text before the numbers (合计 after 类 | 款 | 项).
     */
    @Nullable Cell name(FactGrid grid) {
      for (int k = texts.size() - 1; k >= 0; k--) {
        if (grid.label(texts.get(k).column()).contains("名称")) {
          return texts.get(k);
        }
      }
      return texts.isEmpty() ? null : texts.get(texts.size() - 1);
    }
  }

  static List<TableRow> of(FactGrid grid) {
    List<List<Segment>> rows = new ArrayList<>();
    boolean coded = false;
    for (int r = grid.table.headerRows(); r < grid.rowCount(); r++) {
      List<Segment> segments = segments(grid, r);
      rows.add(segments);
      coded |= segments.stream().anyMatch(s -> !s.codes.isEmpty());
    }
    if (coded) {
      joinWrappedNames(rows);
    }
    List<TableRow> out = new ArrayList<>();
    List<String> codesSoFar = new ArrayList<>();
    for (List<Segment> segments : rows) {
      for (Segment s : segments) {
        TableRow row = row(grid, s, segments.size() == 1, codesSoFar);
        if (row != null) {
          out.add(row);
        }
      }
    }
    return out;
  }

  /**
   * Splits a printed row into logical rows: a code or a name after a value starts a new one, and so
   * does a code under the header of the row's own code.
   */
  private static List<Segment> segments(FactGrid grid, int r) {
    List<Cell> cells = new ArrayList<>();
    for (Cell c : grid.row(r)) {
      if (!c.header() && !FactGrid.text(c).isEmpty()) {
        cells.add(c);
      }
    }
    List<Segment> out = new ArrayList<>();
    Segment current = new Segment(r);
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      boolean startsFresh =
          current.texts.isEmpty() || !current.values.isEmpty() || otherHalf(grid, current, c);
      int codeRun = startsFresh ? codeRun(grid, cells, i) : 0;
      if (codeRun > 0) {
        if (!current.empty()) {
          out.add(current);
          current = new Segment(r);
        }
        current.codes.addAll(cells.subList(i, i + codeRun));
        i += codeRun - 1;
      } else if (grid.numeric(c)) {
        current.values.add(c);
      } else {
        if (!current.values.isEmpty()) {
          out.add(current);
          current = new Segment(r);
        }
        current.texts.add(c);
      }
    }
    if (!current.empty()) {
      out.add(current);
    }
    return out;
  }

  /**
   * Whether a cell stands under the same header as the code of a named row: the code of the other
   * half of a table printed side by side, which starts a row of its own even when the first half's
   * amount is blank (301 06 伙食补助费 | 302 04 手续费 0.09). A code under a header of its own (功能科目
   * after 经济科目) is part of the row.
   */
  private static boolean otherHalf(FactGrid grid, Segment current, Cell c) {
    return !current.codes.isEmpty()
        && grid.label(c.column()).equals(grid.label(current.codes.get(0).column()));
  }

  /**
   * How many cells from {@code i} on make up a code: code-shaped cells followed by a name. A bare
   * 302 followed by another number is a value in a table of 元, not a code.
   */
  private static int codeRun(FactGrid grid, List<Cell> cells, int i) {
    int j = i;
    StringBuilder written = new StringBuilder();
    while (j < cells.size()
        && (j == i ? CODE : PART).matcher(FactGrid.text(cells.get(j))).matches()) {
      written.append(' ').append(FactGrid.text(cells.get(j)));
      j++;
    }
    if (j == i || j >= cells.size() || grid.numeric(cells.get(j))) {
      return 0;
    }
    return code(written.toString()) == null ? 0 : j - i;
  }

  /**
   * The code as digits: parts after the first are two digits each, so 301 2 (a lost leading zero) is
   * 30102. Null unless it comes to 3, 5 or 7 digits.
   */
  static @Nullable String code(String written) {
    String[] parts = written.strip().split("\\s+");
    StringBuilder digits = new StringBuilder(parts[0]);
    for (int k = 1; k < parts.length; k++) {
      digits.append(parts[k].length() == 1 ? "0" + parts[k] : parts[k]);
    }
    int n = digits.length();
    boolean valid = (n == 3 || n == 5 || n == 7) && digits.charAt(0) != '0'
        && parts[0].length() % 2 == 1;
    return valid ? digits.toString() : null;
  }

  /**
   * Joins name pieces that a PDF wrapped onto lines of their own around the coded line. A lone piece
   * between two coded rows goes to the row above when that row already took a piece from above
   * (names are centred on their code), otherwise to the row below.
   */
  private static void joinWrappedNames(List<List<Segment>> rows) {
    Segment previous = null;
    List<Segment> pending = new ArrayList<>();
    for (List<Segment> segments : rows) {
      if (segments.size() == 1 && segments.get(0).fragment()) {
        Segment piece = segments.get(0);
        if (pending.isEmpty() && previous != null && !previous.before.isEmpty()
            && previous.after.isEmpty() && sameColumn(previous, piece)) {
          previous.after.add(piece.texts.get(0));
        } else {
          pending.add(piece);
        }
        segments.clear();
      } else if (segments.size() == 1 && !segments.get(0).codes.isEmpty()) {
        Segment row = segments.get(0);
        for (Segment piece : pending) {
          if (sameColumn(row, piece)) {
            row.before.add(piece.texts.get(0));
          }
        }
        pending.clear();
        previous = row;
      } else if (!segments.isEmpty()) {
        pending.clear();
        previous = null;
      }
    }
    if (previous != null && previous.after.isEmpty()) {
      for (Segment piece : pending) {
        if (sameColumn(previous, piece)) {
          previous.after.add(piece.texts.get(0));
        }
      }
    }
  }

  private static boolean sameColumn(Segment row, Segment piece) {
    Cell name = row.texts.isEmpty() ? null : row.texts.get(row.texts.size() - 1);
    return name != null && name.column() == piece.texts.get(0).column();
  }

  private static @Nullable TableRow row(
      FactGrid grid, Segment s, boolean whole, List<String> codesSoFar) {
    List<TableRow.Value> values = new ArrayList<>();
    for (Cell c : s.values) {
      List<Mention> found = grid.mentions(c);
      // two numbers in one cell (glued columns) cannot be told apart: better none than a wrong one
      if (found.size() == 1) {
        values.add(new TableRow.Value(grid.label(c.column()), found.get(0)));
      }
    }
    if (values.isEmpty()) {
      return null;
    }
    StringBuilder written = new StringBuilder();
    s.codes.forEach(c -> written.append(' ').append(FactGrid.text(c)));
    String code = s.codes.isEmpty() ? null : code(written.toString());
    String subject = subject(grid, s, whole, code);
    if (subject == null) {
      return null;
    }
    String parent = null;
    if (code != null) {
      for (int k = codesSoFar.size() - 1; k >= 0 && parent == null; k--) {
        String earlier = codesSoFar.get(k);
        if (earlier.length() < code.length() && code.startsWith(earlier)) {
          parent = earlier;
        }
      }
      codesSoFar.add(code);
    }
    List<Cell> cells = new ArrayList<>();
    cells.addAll(s.before);
    cells.addAll(s.codes);
    cells.addAll(s.texts);
    cells.addAll(s.values);
    cells.addAll(s.after);
    Span span = grid.span(cells);
    return new TableRow(
        grid.context.nextId(),
        grid.context.sectionAt(span.start()),
        subject,
        grid.table.title(),
        s.row,
        code,
        parent,
        code == null ? 0 : (code.length() - 1) / 2,
        values,
        span,
        grid.context.quote(span.start(), span.end()));
  }

  /**
   * The row's name with its wrapped pieces; a row of numbers only is named by its table (支出预算总表:
   * 合计 | 基本支出 | 项目支出 under one header), and a coded row without a name by its code.
   */
  private static @Nullable String subject(
      FactGrid grid, Segment s, boolean whole, @Nullable String code) {
    Cell name = s.name(grid);
    if (name != null) {
      StringBuilder out = new StringBuilder();
      s.before.forEach(c -> out.append(FactGrid.text(c)));
      out.append(FactGrid.text(name));
      s.after.forEach(c -> out.append(FactGrid.text(c)));
      return out.toString();
    }
    if (code != null) {
      return code;
    }
    return whole ? grid.table.title() : null;
  }
}
