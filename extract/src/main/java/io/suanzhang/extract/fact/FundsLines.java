package io.suanzhang.extract.fact;

import io.suanzhang.core.fact.Breakdown;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Rate;
import io.suanzhang.core.fact.Score;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.Without;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 *
 * <p>This class finds the blocks: the total row, the header above it and the rows under it, as
 * {@link Row rows} of {@link Cell cells}; {@link FundsColumns} tells what the header names, and
 * {@link FundsBlock} reads a block's rows into facts.
 */
final class FundsLines {

  /** The row every block is about; 总额 alone heads the Sichuan layout. */
  static final Pattern TOTAL = Pattern.compile("(年度)?(财政)?资金总额|^总额|^合计");
  /** The rows under it, by source of funds or by kind of spending. */
  static final Pattern PART = Pattern.compile(
      "^其中|(本年|当年)?财政拨款|财政资金|上年结转|其他资金|财政专户|单位资金|基本支出|项目支出|自筹"
          + "|^(中央|省|省级|市级|县级|区级|地方|自治区|盟市|旗县|本级)(财政)?(资金|补助|拨款)|^其他$");
  /**
   * Where a row starts inside a line that holds a whole table (a spreadsheet saved as one line of
   * text): 年度资金总额 and the rows under it, each after cells of the row before.
   */
  static final Pattern ROW_START = Pattern.compile(
      "^(其中|年度(财政)?资金总额|(本年|当年)财政|上年结转|其他资金)");
  /** A label that ends with the header's last column, its row's cells straight under it. */
  static final Pattern HEADER_END =
      Pattern.compile("(执行数|执行率|得分)[(（]?[A-Z/]*[)）]?$");
  /** A cell's number: bare, a percentage, or an amount with its unit (150万, 620.82万元). */
  static final Pattern NUMBER = Pattern.compile("-?\\d[\\d,]*(\\.\\d+)?(%|万元|万|元)?");
  static final Pattern DASH = Pattern.compile("[-—–/／]+|——");
  static final Pattern LABEL_NOISE = Pattern.compile("[\\s:：]");
  /** How many lines above the total row its header may start. */
  private static final int HEADER_REACH = 16;
  /** How many lines of cells alone a row may run on to: one cell a line, six columns. */
  private static final int CELL_LINES = 8;
  /** How many lines below the total row its parts may stand. */
  private static final int PART_REACH = 8;

  private FundsLines() {}

  /** A line's label and its cells of numbers and dashes, each with its code-point start. */
  record Row(String label, List<Cell> cells, int start, int end) {}

  record Cell(String text, int start, int end) {
    boolean dash() {
      return isDash(text);
    }
  }

  /**
   * The facts of every funds block of the document; the mentions they use are
   * added to {@code used}, so the prose readers do not read them again.
   */
  static List<Fact> of(FactContext context, Set<Mention> used) {
    List<TextLine> lines = rowsApart(TextLine.of(context));
    Rows rows = new Rows(lines);
    List<Fact> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      // the label decides first: only a total's line is read on into the lines after it
      String label = rows.split(i).label();
      if (!mayEndHeader(label)
          || !TOTAL.matcher(label).find() && !HEADER_END.matcher(label).find()) {
        continue;
      }
      Row total = rows.row(i);
      if (total.cells().isEmpty()
          || !TOTAL.matcher(total.label()).find() && !unnamedTotal(rows, i, total)) {
        continue;
      }
      String header = header(lines, i);
      if (header == null) {
        continue;
      }
      List<Row> parts = new ArrayList<>();
      int reach = i + PART_REACH * (CELL_LINES + 1);
      for (int j = rows.lastLine(total, i) + 1;
          j < lines.size() && j <= reach && parts.size() < PART_REACH; j++) {
        Row r = rows.row(j);
        if (r.label().isEmpty()) {
          continue; // a blank line, or cells wrapped from the row above and joined to it
        }
        if (!PART.matcher(r.label()).find()) {
          break;
        }
        parts.add(r);
        j = rows.lastLine(r, j);
      }
      if (header.contains("行次")) {
        total = unnumbered(total);
        parts.replaceAll(FundsLines::unnumbered);
      }
      int headerFrom = lines.get(headerStart(lines, i)).start();
      FundsBlock.read(context, header, headerFrom, total, parts, used, out);
    }
    return out;
  }

  /**
   * Whether a row with no name of its own is the total all the same: its cells follow the header's
   * last column and the next row is a 其中 one, which can only be of the row above it (a spreadsheet
   * saved as one line that put the 年度资金总额 label after its rows: … 全年预算数(A) 全年执行数(B)
   * 7165.32 6992.95 其中:中央财政资金 3144.00 3144.00 …).
   */
  private static boolean unnamedTotal(Rows rows, int i, Row total) {
    if (!HEADER_END.matcher(total.label()).find()) {
      return false;
    }
    int next = rows.lastLine(total, i) + 1;
    return next < rows.lines.size() && rows.split(next).label().startsWith("其中");
  }

  /**
   * The lines of a document with each one's split ({@link #split}) made once: a line is read as the
   * row of its own and as cells wrapped from each of the {@code 2 × CELL_LINES} lines above it.
   */
  private static final class Rows {
    private final List<TextLine> lines;
    private final @Nullable Row[] splits;

    Rows(List<TextLine> lines) {
      this.lines = lines;
      this.splits = new Row[lines.size()];
    }

    Row split(int i) {
      Row r = splits[i];
      if (r == null) {
        r = FundsLines.split(lines.get(i));
        splits[i] = r;
      }
      return r;
    }

    /**
     * The row a line holds: its label, then its numbers and dashes up to the first other words (a
     * note such as 1.预算执行率=预算执行数/调整后预算数 ends them). The lines after it that hold cells
     * and no words go on with it: a cell wrapped by the page (基本支出 | 985.19 | 914.97 ⏎ 10 | 10),
     * or a table flattened one cell a line (年度资金总额 ⏎ 4753.66万元 ⏎ 4753.66万元 ⏎ 3824.26万元 ⏎ 10
     * ⏎ 100% ⏎ 10).
     */
    Row row(int i) {
      Row r = split(i);
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
        Row next = split(j);
        if (!next.label().isEmpty() || next.cells().isEmpty()) {
          break;
        }
        cells.addAll(next.cells());
        end = next.end();
      }
      return new Row(r.label(), cells, r.start(), end);
    }

    /** The index of the last line a row read, starting from the line at {@code first}. */
    int lastLine(Row r, int first) {
      int k = first;
      while (k + 1 < lines.size() && lines.get(k + 1).start() < r.end()) {
        k++;
      }
      return k;
    }
  }

  /**
   * The lines with each one that runs a whole table together (附件1 项目支出绩效自评表 … 年度资金总额:
   * 620.82万元 620.82万元 … 10 其中:当年财政 拨款 620.82万元 …) cut where a row of the funds block
   * starts after cells of the row before it; the parts keep their code points. Lines of pipes are
   * left as they are, their cells being apart already.
   */
  static List<TextLine> rowsApart(List<TextLine> lines) {
    List<TextLine> out = new ArrayList<>();
    for (TextLine line : lines) {
      String text = line.text();
      if (text.indexOf('|') >= 0) {
        out.add(line);
        continue;
      }
      int from = 0;
      boolean cells = false;
      // the words (\S+) by hand: every line of every report passes here
      for (int start = nonSpace(text, 0); start < text.length(); ) {
        int end = space(text, start);
        String word = text.substring(start, end);
        if (cells && startsRow(word)) {
          out.add(new TextLine(text.substring(from, start),
              line.start() + text.codePointCount(0, from)));
          from = start;
          cells = false;
        }
        cells |= isNumber(word);
        start = nonSpace(text, end);
      }
      out.add(new TextLine(text.substring(from), line.start() + text.codePointCount(0, from)));
    }
    return out;
  }

  /**
   * Whether a label has what {@link #TOTAL} or {@link #HEADER_END} needs to match it (总额, a 合计
   * it starts with, 执行 or 得分): most lines of a report have none, and the patterns, tried at each
   * of their characters, would learn so slower.
   */
  static boolean mayEndHeader(String label) {
    return label.contains("总额") || label.startsWith("合计") || label.contains("执行")
        || label.contains("得分");
  }

  /**
   * Whether a word begins another row where a line runs several together ({@link #ROW_START}, {@link
   * #PART}): every name they know is Chinese, and the words tried are mostly cells of digits.
   */
  static boolean startsRow(String word) {
    boolean han = false;
    for (int i = 0; i < word.length() && !han; i++) {
      han = word.charAt(i) >= '\u4e00';
    }
    return han && (ROW_START.matcher(word).find() || PART.matcher(word).find());
  }

  /** The first index from {@code i} that is not a space as {@code \s} means it, or the length. */
  private static int nonSpace(String text, int i) {
    while (i < text.length() && Without.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The first index from {@code i} that is a space as {@code \s} means it, or the length. */
  private static int space(String text, int i) {
    while (i < text.length() && !Without.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Whether a word is a number cell ({@link #NUMBER}): tried only on one that starts as a number
   * can, since most words of a table's lines are its labels.
   */
  static boolean isNumber(String word) {
    char first = word.isEmpty() ? ' ' : word.charAt(0);
    return (first == '-' || first >= '0' && first <= '9') && NUMBER.matcher(word).matches();
  }

  /** {@code LABEL_NOISE.matcher(label).replaceAll("")}, by hand: for every row of every table. */
  static String withoutSpaceOrColon(CharSequence label) {
    return Without.chars(label, Without.SPACES + ":：");
  }

  /**
   * A line as a row: its label, then its cells (numbers and dashes), up to the first word after them
   * that is neither. A line with a {@code |} is split at them, any other at white space ({@code \s});
   * each piece is stripped.
   */
  static Row split(TextLine line) {
    String text = line.text();
    boolean piped = text.indexOf('|') >= 0;
    StringBuilder label = new StringBuilder();
    List<Cell> cells = new ArrayList<>();
    // the code points before char `counted`, counted on as the cells come: a table run into one
    // line has hundreds of them
    int counted = 0;
    int points = 0;
    // the pieces ([^|]+ or \S+) by hand: every line of every report passes here
    for (int from = piped ? nonPipe(text, 0) : nonSpace(text, 0); from < text.length(); ) {
      int to = piped ? pipe(text, from) : space(text, from);
      String piece = text.substring(from, to);
      int pieceStart = from;
      from = piped ? nonPipe(text, to) : nonSpace(text, to);
      String cell = piece.strip();
      if (cell.isEmpty()) {
        continue;
      }
      int at = pieceStart + piece.indexOf(cell);
      if (isNumber(cell) || isDash(cell)) {
        points += text.codePointCount(counted, at);
        counted = at;
        int start = line.start() + points;
        cells.add(new Cell(cell, start, start + cell.codePointCount(0, cell.length())));
      } else if (cells.isEmpty()) {
        label.append(cell);
      } else {
        break;
      }
    }
    String name = withoutSpaceOrColon(label);
    int end = line.start() + points + text.codePointCount(counted, text.length());
    return new Row(name, cells, line.start(), end);
  }

  /** Whether a cell is a dash for no amount ({@link #DASH}); tried only on one that starts as one. */
  static boolean isDash(String cell) {
    return !cell.isEmpty() && "-—–/／".indexOf(cell.charAt(0)) >= 0 && DASH.matcher(cell).matches();
  }

  private static int nonPipe(String text, int i) {
    while (i < text.length() && text.charAt(i) == '|') {
      i++;
    }
    return i;
  }

  private static int pipe(String text, int i) {
    int at = text.indexOf('|', i);
    return at < 0 ? text.length() : at;
  }

  /**
   * The first line a header may start on: {@link #HEADER_REACH} lines with words above the total
   * row, blank lines not counted (a page that sets a blank line or several after each cell).
   */
  private static int headerStart(List<TextLine> lines, int total) {
    int j = total;
    for (int words = 0; j > 0 && words < HEADER_REACH; j--) {
      words += lines.get(j - 1).text().isBlank() ? 0 : 1;
    }
    return j;
  }

  /** The header words of the lines above the total row, or null when they name no funds columns. */
  private static @Nullable String header(List<TextLine> lines, int total) {
    StringBuilder words = new StringBuilder();
    for (int j = headerStart(lines, total); j <= total; j++) {
      words.append(lines.get(j).text()).append(' ');
    }
    String h = words.toString();
    // Only the last header before the row counts: cut at the last 年初预算 or 全年预算 … group.
    int cut = Math.max(h.lastIndexOf("年初预算"), -1);
    String tail = cut >= 0 ? h.substring(cut) : h;
    return FundsColumns.namesFunds(tail) ? tail : null;
  }

  /** A row's first cell when the table numbers its rows (行次 1, 2, 3 …): no amount, left out. */
  private static Row unnumbered(Row r) {
    List<Cell> cells = r.cells();
    return !cells.isEmpty() && cells.get(0).text().matches("\\d{1,2}")
        ? new Row(r.label(), cells.subList(1, cells.size()), r.start(), r.end())
        : r;
  }
}
