package io.suanzhang.extract.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the header of a funds block names: its columns by their words (年初预算数, 全年预算数(A),
 * 全年执行数(B), 分值, 执行率(B/A), 得分) and the order they stand in, which tells the cells of a row
 * apart where they do not stand under their headers.
 */
final class FundsColumns {

  private static final Pattern INITIAL = Pattern.compile("年初预算");
  /** The budget the rate is of; a bare 预算数(A) heads it where the table has no other budget column. */
  private static final Pattern ADJUSTED =
      Pattern.compile("全年预算|调整后预算|调整预算|(?<![初年度])预算数");
  private static final Pattern SPENT = Pattern.compile("全年执行|预算执行数|执行数|实际支出");
  private static final Pattern RATE = Pattern.compile("执行率");
  /** A column of funds arrived, whose rate stands before the 执行率: 全年到位资金 | 预算到位. */
  private static final Pattern ARRIVAL = Pattern.compile("到位");
  /** A rate's formula in its header by column letters: (B/A), (E/C×100%). */
  static final Pattern FORMULA = Pattern.compile("[（(]\\s*([A-Z])\\s*/\\s*([A-Z])");
  private static final Pattern FULL = Pattern.compile("分值|权重");
  /** A rate header that says its cells are percentages written without the sign: 执行率(%). */
  private static final Pattern PERCENT_HEADER = Pattern.compile("执行率\\s*[（(]\\s*[%％]\\s*[)）]");
  private static final Pattern SCORED = Pattern.compile("得分");

  private FundsColumns() {}

  /** Whether header words name the columns of a funds block: a budget and what was spent of it. */
  static boolean namesFunds(String words) {
    boolean money = ADJUSTED.matcher(words).find() || INITIAL.matcher(words).find();
    return money && SPENT.matcher(words).find();
  }

  /** How many money cells open a row: 年初预算数 and 全年预算数 where the header names them, then 执行数. */
  static int moneyColumns(String header) {
    return (INITIAL.matcher(header).find() ? 1 : 0) + (ADJUSTED.matcher(header).find() ? 1 : 0) + 1;
  }

  static boolean namesInitialBudget(String header) {
    return INITIAL.matcher(header).find();
  }

  /** Whether the header has a 分值 (or 权重) column. */
  static boolean namesFullPoints(String header) {
    return position(FULL, header) >= 0;
  }

  /**
   * Whether the 分值 (or 权重) stands before the 执行率, as in the national template (分值 | 执行率 |
   * 得分), rather than after it, as in the Sichuan one (执行率 | 权重 | 得分).
   */
  static boolean pointsBeforeRate(String header) {
    return position(FULL, header) >= 0 && position(RATE, header) >= 0
        && position(FULL, header) < position(RATE, header);
  }

  /** Whether the header says the 执行率 cells are percentages written without their sign. */
  static boolean ratesInPercent(String header) {
    return PERCENT_HEADER.matcher(header).find();
  }

  /** Whether the header's first rate is of funds arrived (预算到位) and the 执行率 comes after it. */
  static boolean arrivedFirst(String header) {
    return position(ARRIVAL, header) >= 0 && position(ARRIVAL, header) < position(SPENT, header);
  }

  /**
   * The cell of the 执行率 in a row that has one cell a column, or -1 where the header names no rate
   * or its columns are not as many as the row's cells.
   */
  static int rateCell(String header, int cells) {
    List<Pattern> columns = columns(header);
    return columns.size() == cells && columns.contains(RATE) ? columns.indexOf(RATE) : -1;
  }

  /**
   * The kinds of column a header names, in its order: 年初预算数 全年预算数(A) 全年执行数(B) 分值
   * 执行率(B/A) 得分. Words in brackets ((B/A), (20分*执行率), (全年执行数/全年预算数)) name no column.
   */
  private static List<Pattern> columns(String header) {
    // A sentence above the table (部门预算数…，实际支出数…，预算执行率88.23%。) names no column.
    String words = header.replaceAll("[（(][^（()）]*[)）]", " ")
        .replaceAll("[^\\s|]*[，。；][^\\s|]*", " ");
    List<Pattern> kinds = new ArrayList<>(List.of(INITIAL, ADJUSTED, SPENT, FULL, RATE, SCORED));
    kinds.removeIf(k -> position(k, words) < 0);
    kinds.sort(Comparator.comparingInt(k -> position(k, words)));
    return kinds;
  }

  private static int position(Pattern word, String header) {
    Matcher m = word.matcher(header);
    return m.find() ? m.start() : -1;
  }
}
