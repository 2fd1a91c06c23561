package io.suanzhang.extract.number;

import io.suanzhang.core.document.Column;
import io.suanzhang.core.document.Table;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.text.CodePoints;
import io.suanzhang.core.text.Lines;
import io.suanzhang.core.text.UnitDeclarations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The units that tables declare once for all their numbers — for the table (单位：万元 above it), a
 * column (预算数（万元）) or a row (预算执行情况(万元)) — and the cells they reach. A bare number that
 * fills a cell takes that unit, unless its column holds rates, codes or counts; under 分值 or 得分 it
 * is points, and a row of such headers in a table's body names the columns below it. Plain-text
 * tables aligned with spaces under a 金额单位 line are covered too.
 */
final class TableLayout {

  record CellUnit(MentionKind kind, String unit) {}

  private record Cell(int start, int end, CellUnit unit) {}

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
  private static final String[] NOT_MONEY_HEADERS = {
    "序号", "编码", "代码", "编号", "分值", "得分", "权重", "分数", "评分", "人数", "次数", "数量", "年度", "年份",
    "指标值", "完成值", "目标值", "行次", "栏次", "项次", "个数", "满分"
  };
  private static final String[] PERCENT_HEADERS = {"%", "率", "比例", "比重", "占比", "增幅", "降幅"};
  /** Columns of points in a self-evaluation table: 分值 | 得分, 满分, 自评得分. */
  private static final String[] SCORE_HEADERS = {"分值", "满分", "得分", "评分", "分数"};
  /** 权重 holds points where the table scores its rows; elsewhere it may be anything. */
  private static final String WEIGHT = "权重";

  private final List<Cell> cells;

  private TableLayout(List<Cell> cells) {
    this.cells = cells;
  }

  /**
   * The units of a document whose reader found its tables: each table's cells with the units of their
   * columns and table, plus plain-text tables the reader could not see.
   */
  static TableLayout of(TextView v, List<Table> tables) {
    CodePoints cp = CodePoints.of(v.text());
    List<Cell> cells = new ArrayList<>();
    for (Table table : tables) {
      readTable(v, cp, table, cells);
    }
    readDeclaredRegions(v, Lines.of(v.text()), cells);
    cells.sort(java.util.Comparator.comparingInt(Cell::start));
    return new TableLayout(List.copyOf(cells));
  }

  private static void readTable(TextView v, CodePoints cp, Table table, List<Cell> out) {
    String tableUnit = table.unit();
    int rows = table.rowCount();
    List<List<io.suanzhang.core.document.Cell>> byRow = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      byRow.add(new ArrayList<>());
    }
    for (io.suanzhang.core.document.Cell cell : table.cells()) {
      byRow.get(cell.row()).add(cell);
    }
    boolean scored = false;
    for (Column c : table.columns()) {
      scored |= isScore(c.label());
    }
    // A self-evaluation table heads its indicator rows anew in its body (一级指标 | … | 分值 | 得分):
    // that row names the columns of the rows below it.
    java.util.Map<Integer, String> bodyHeader = java.util.Map.of();
    for (int r = table.headerRows(); r < rows; r++) {
      List<io.suanzhang.core.document.Cell> row = byRow.get(r);
      row.sort(java.util.Comparator.comparingInt(io.suanzhang.core.document.Cell::column));
      List<String> texts = row.stream().map(io.suanzhang.core.document.Cell::text).toList();
      long filled = texts.stream().filter(t -> !t.isBlank()).count();
      String declaration = filled == 1 ? declared(texts.stream().filter(t -> !t.isBlank()).findFirst().orElse("")) : null;
      if (declaration != null) {
        tableUnit = declaration; // 单位：万元 as a row of its own holds for the rows below it
        continue;
      }
      if (filled >= 2 && texts.stream().anyMatch(TableLayout::isScore)
          && texts.stream().noneMatch(t -> NUMBER.matcher(normalise(t)).matches())) {
        bodyHeader = new java.util.HashMap<>();
        for (io.suanzhang.core.document.Cell cell : row) {
          for (int c = cell.column(); c < cell.column() + cell.columnSpan(); c++) {
            bodyHeader.put(c, cell.text().strip());
          }
        }
        scored = true;
        continue;
      }
      String rowUnit = row.isEmpty() ? null : declared(row.get(0).text());
      for (int k = 0; k < row.size(); k++) {
        io.suanzhang.core.document.Cell cell = row.get(k);
        String content = normalise(cell.text());
        if (!NUMBER.matcher(content).matches() || isCode(texts, k, content)) {
          continue;
        }
        Column column = cell.column() < table.columns().size() ? table.columns().get(cell.column()) : null;
        String header = bodyHeader.getOrDefault(cell.column(), column == null ? "" : column.label());
        String unitOfColumn = column == null || bodyHeader.containsKey(cell.column()) ? null : column.unit();
        CellUnit unit =
            unitFor(header, unitOfColumn != null ? unitOfColumn : rowUnit != null ? rowUnit : tableUnit,
                scored);
        if (unit != null) {
          int start = cp.toUtf16(cell.span().start());
          out.add(new Cell(start, cp.toUtf16(cell.span().end()), unit));
        }
      }
    }
  }

  private static String normalise(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      sb.append(TextView.normalise(s.charAt(i)));
    }
    return sb.toString();
  }

  /** An integer cell followed by a name is a classification code (2080505 行政运行), not an amount. */
  private static boolean isCode(List<String> texts, int k, String content) {
    if (content.indexOf('.') >= 0 || content.indexOf(',') >= 0 || k + 1 >= texts.size()) {
      return false;
    }
    String next = texts.get(k + 1);
    return !next.isEmpty() && TextView.isCjk(next.charAt(0));
  }

  /** The unit of a bare number that fills one table cell, if its table or column declares one. */
  Optional<CellUnit> unitOf(Candidate c) {
    int lo = 0;
    int hi = cells.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Cell cell = cells.get(mid);
      if (cell.end <= c.start) {
        lo = mid + 1;
      } else if (cell.start > c.start) {
        hi = mid - 1;
      } else {
        return cell.start == c.start && cell.end == c.numberEnd
            ? Optional.of(cell.unit)
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Plain-text tables without tabs or pipes: after a short line declaring a unit (金额单位:万元), the
   * numbers standing alone between spaces on the following lines take it, until a blank line or a
   * sentence ends the table.
   */
  private static void readDeclaredRegions(TextView v, List<int[]> lines, List<Cell> out) {
    String text = v.text();
    for (int r = 0; r < lines.size(); r++) {
      int[] line = lines.get(r);
      String s = slice(text, line);
      String unit = s.length() <= 40 && !isRow(text, line) ? declared(s) : null;
      if (unit == null || s.contains("。")) {
        continue;
      }
      List<Cell> region = new ArrayList<>();
      for (int k = r + 1; k < lines.size() && k <= r + MAX_REGION_LINES; k++) {
        int[] row = lines.get(k);
        String content = slice(text, row);
        if (isRow(text, row) || content.isBlank() || endsTable(content)) {
          break;
        }
        addStandaloneNumbers(v, row, new CellUnit(MentionKind.MONEY, unit), region);
      }
      out.addAll(consistent(v, region));
    }
  }

  private static final int MAX_REGION_LINES = 60;

  /** A sentence ends a plain-text table: 注：… 。, a numbered note list separated by semicolons. */
  private static boolean endsTable(String line) {
    return line.contains("。") || line.contains("；") || line.contains(";") || line.length() > 80;
  }

  /**
   * Amounts in a table are written alike: where most carry decimals (238.93, 251.89), a bare integer
   * among them (a weight 10, a score 60) is something else.
   */
  private static List<Cell> consistent(TextView v, List<Cell> region) {
    long decimals =
        region.stream().filter(c -> v.normalised(c.start, c.end).indexOf('.') >= 0).count();
    if (region.size() < 3 || decimals * 10 < region.size() * 7) {
      return region;
    }
    List<Cell> kept = new ArrayList<>();
    for (Cell c : region) {
      String n = v.normalised(c.start, c.end);
      if (n.indexOf('.') >= 0 || n.equals("0")) {
        kept.add(c);
      }
    }
    return kept;
  }

  private static void addStandaloneNumbers(TextView v, int[] line, CellUnit unit, List<Cell> out) {
    Matcher m = NUMBER.matcher(v.normalised(line[0], line[1]));
    while (m.find()) {
      int a = line[0] + m.start();
      int b = line[0] + m.end();
      if (isBlankOrEdge(v, a - 1, line) && isBlankOrEdge(v, b, line)) {
        out.add(new Cell(a, b, unit));
      }
    }
  }

  private static boolean isBlankOrEdge(TextView v, int i, int[] line) {
    return i < line[0] || i >= line[1] || v.at(i) == ' ' || v.at(i) == '|';
  }

  /**
   * The unit of a bare number in a column: the money unit its header declares; points under a score
   * header (分值, 得分 …, and 权重 in a scored table); a percentage under 执行率(%); nothing under codes,
   * counts and other words; else the table's unit.
   */
  private static @Nullable CellUnit unitFor(
      String columnHeader, @Nullable String tableUnit, boolean scored) {
    String columnUnit = declared(columnHeader);
    if (columnUnit != null) {
      return new CellUnit(MentionKind.MONEY, columnUnit);
    }
    boolean percent = columnHeader.contains("%") || columnHeader.contains("％");
    if (!percent && (isScore(columnHeader) || (scored && columnHeader.contains(WEIGHT)))) {
      return new CellUnit(MentionKind.SCORE, Mention.SCORE_UNIT);
    }
    for (String word : NOT_MONEY_HEADERS) {
      if (columnHeader.contains(word)) {
        return null;
      }
    }
    for (String word : PERCENT_HEADERS) {
      if (columnHeader.contains(word)) {
        // 执行率(%) holds percentages; 执行率 alone may hold ratios or words: leave those bare.
        return columnHeader.contains("%") || columnHeader.contains("％")
            ? new CellUnit(MentionKind.PERCENT, Mention.PERCENT_UNIT)
            : null;
      }
    }
    return tableUnit == null ? null : new CellUnit(MentionKind.MONEY, tableUnit);
  }

  private static boolean isScore(String header) {
    String h = SPACES.matcher(header).replaceAll("");
    for (String word : SCORE_HEADERS) {
      if (h.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable String declared(String s) {
    return UnitDeclarations.find(s);
  }

  private static boolean isRow(String text, int[] line) {
    for (int k = line[0]; k < line[1]; k++) {
      char c = text.charAt(k);
      if (c == '\t') {
        return true;
      }
    }
    int pipes = 0;
    for (int k = line[0]; k < line[1]; k++) {
      if (text.charAt(k) == '|') {
        pipes++;
      }
    }
    return pipes >= 2;
  }

  private static String slice(String text, int[] range) {
    return text.substring(range[0], range[1]);
  }
}
