package io.suanzhang.extract.fact;

import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Direction;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Rate;
import io.suanzhang.core.fact.RateKind;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.mention.MoneyUnit;
import io.suanzhang.core.mention.UnitSource;
import io.suanzhang.core.text.Span;
import io.suanzhang.core.text.Without;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An execution table flattened into running text, as a web page stores a PDF's table: its two header
 * rows become one run of years and then one of measures, and its rows run on with a label, an amount
 * per column and the percentages after them.
 *
 * <pre>
 * 单位:万元 2020年 2021年 2021年 完成数 预算数 完成数 49,171 51,385 51,385 100.00% 4.50% 税收收入小计 27,631 33,385 …
 * </pre>
 *
 * <p>The header names the amount columns (last year's 完成数, this year's 预算数 and 完成数); the percentage
 * columns often lose their headers (完成预算%, 比上年增长%) on the way. A percentage column is read as the
 * completion of this year's budget or as the growth on last year only when that relation holds in at
 * least two thirds of the rows, three at least, and the other does not hold as often: the table's
 * own figures say which column is which, and a row that does not fit is then a finding of the rule
 * that checks it. A column that neither relation explains is left alone.
 */
final class FlatRows {

  private static final String YEAR = "((?:19|20)\\d{2})\\s*年度?";
  private static final String MEASURE = "(完成数|预算数|决算数|执行数|预计数|完成|预算|决算|执行)";
  /** Two years or more, then as many measures: the two header rows of the table in one run. */
  static final Pattern HEADER =
      Pattern.compile("(?:" + YEAR + "\\s+){1,5}" + YEAR + "\\s+(?:" + MEASURE + "\\s+){1,5}" + MEASURE);
  private static final Pattern ONE_YEAR = Pattern.compile(YEAR);
  private static final Pattern ONE_MEASURE = Pattern.compile(MEASURE);
  private static final Pattern UNIT = Pattern.compile("单位\\s*[:：]\\s*(万元|亿元|千元|元)");
  /** How far before its header a table's unit is declared, in UTF-16 units. */
  private static final int UNIT_REACH = 80;
  /** A cell: a label of words, an amount, a percentage. */
  private static final Pattern CELL =
      Pattern.compile("(-?\\d[\\d,]*(?:\\.\\d+)?)(%?)|([\\p{IsHan}（）()、]+)");
  /** The most rows read from one table: the shape check bounds the work as well. */
  private static final int MAX_ROWS = 500;

  private FlatRows() {}

  private record Column(int year, boolean budget) {}

  private record Row(String label, List<Mention> amounts, List<Mention> rates, int start, int end) {}

  /** The facts of every flattened execution table in the text; the rates they use join {@code used}. */
  static List<Fact> of(FactContext context, Set<Mention> used) {
    List<Fact> out = new ArrayList<>();
    if (!yearsInARow(context.words)) {
      return out;
    }
    Matcher header = HEADER.matcher(context.words);
    while (header.find()) {
      List<Column> columns = columns(header.group());
      MoneyUnit unit = unitBefore(context.words, header.start());
      if (columns == null || unit == null) {
        continue;
      }
      List<Row> rows = rows(context, header.end(), columns.size(), unit);
      out.addAll(facts(context, columns, rows, used));
    }
    return out;
  }

  /**
   * Whether a text has what {@link #HEADER} starts with: a year's 年 (or 年度), white space and the
   * next year's 19 or 20. Most reports have none, and the pattern would try each of their characters.
   */
  static boolean yearsInARow(String text) {
    for (int i = text.indexOf('年'); i >= 0; i = text.indexOf('年', i + 1)) {
      int j = i + 1;
      if (j < text.length() && text.charAt(j) == '度') {
        j++;
      }
      int k = j;
      while (k < text.length() && Without.isSpace(text.charAt(k))) {
        k++;
      }
      if (k > j && (text.startsWith("19", k) || text.startsWith("20", k))) {
        return true;
      }
    }
    return false;
  }

  /** The amount columns the header names: each year with its measure; null unless they pair up. */
  private static @Nullable List<Column> columns(String header) {
    List<Integer> years = new ArrayList<>();
    Matcher y = ONE_YEAR.matcher(header);
    int afterYears = 0;
    while (y.find()) {
      years.add(Integer.parseInt(y.group(1)));
      afterYears = y.end();
    }
    List<Boolean> budgets = new ArrayList<>();
    Matcher m = ONE_MEASURE.matcher(header.substring(afterYears));
    while (m.find()) {
      budgets.add(m.group(1).startsWith("预算"));
    }
    if (years.size() != budgets.size()) {
      return null;
    }
    List<Column> out = new ArrayList<>();
    for (int i = 0; i < years.size(); i++) {
      out.add(new Column(years.get(i), budgets.get(i)));
    }
    return out;
  }

  private static @Nullable MoneyUnit unitBefore(String words, int headerStart) {
    Matcher u = UNIT.matcher(words.substring(Math.max(0, headerStart - UNIT_REACH), headerStart));
    MoneyUnit unit = null;
    while (u.find()) {
      for (MoneyUnit candidate : MoneyUnit.values()) {
        if (candidate.symbol().equals(u.group(1))) {
          unit = candidate;
        }
      }
    }
    return unit;
  }

  /**
   * The rows after the header: a label (none for the first, the table's total), {@code width}
   * amounts, then one percentage or more. Reading stops at the first run that has another shape.
   */
  private static List<Row> rows(FactContext context, int from, int width, MoneyUnit unit) {
    String words = context.words;
    Matcher cell = CELL.matcher(words);
    cell.region(from, words.length());
    List<Row> rows = new ArrayList<>();
    String label = "";
    List<Mention> amounts = new ArrayList<>();
    List<Mention> rates = new ArrayList<>();
    int start = -1;
    int last = from;
    int cpLast = words.codePointCount(0, from);
    while (cell.find() && rows.size() < MAX_ROWS) {
      if (!words.substring(last, cell.start()).isBlank()) {
        break; // anything but blanks between cells: the table has ended
      }
      int cpStart = cpLast + words.codePointCount(last, cell.start());
      int cpEnd = cpStart + words.codePointCount(cell.start(), cell.end());
      last = cell.end();
      cpLast = cpEnd;
      Span span = context.span(cpStart, cpEnd);
      if (cell.group(3) != null || (cell.group(2).isEmpty() && !rates.isEmpty())) {
        if (!rates.isEmpty()) {
          rows.add(new Row(label, amounts, rates, start, rates.get(rates.size() - 1).end()));
        }
        if (!rates.isEmpty() || amounts.isEmpty()) {
          label = cell.group(3) == null ? "" : cell.group(3);
          amounts = new ArrayList<>();
          rates = new ArrayList<>();
          start = cpStart;
        } else {
          break; // a label amid a row's amounts
        }
        if (cell.group(3) != null) {
          continue;
        }
      }
      start = start < 0 ? cpStart : start;
      BigDecimal value = new BigDecimal(cell.group(1).replace(",", ""));
      if (!cell.group(2).isEmpty()) {
        if (amounts.size() != width) {
          break;
        }
        Mention found = found(context, cpStart, cpEnd, MentionKind.PERCENT);
        rates.add(found != null ? found : Mention.percent(context.quote(cpStart, cpEnd), span, value));
      } else if (amounts.size() < width) {
        Mention found = found(context, cpStart, cpEnd, MentionKind.MONEY);
        amounts.add(found != null ? found
            : Mention.money(context.quote(cpStart, cpEnd), span, value, unit, UnitSource.TABLE));
      } else {
        break;
      }
    }
    if (!rates.isEmpty()) {
      rows.add(new Row(label, amounts, rates, start, rates.get(rates.size() - 1).end()));
    }
    return rows;
  }

  /** The mention the finder made of a cell, so that the prose readers know it as used. */
  private static @Nullable Mention found(FactContext context, int start, int end, MentionKind kind) {
    for (Mention m : context.mentionsIn(start, end)) {
      if (m.start() == start && m.end() == end && m.kind() == kind) {
        return m;
      }
    }
    return null;
  }

  private static List<Fact> facts(FactContext context, List<Column> columns, List<Row> rows, Set<Mention> used) {
    int year = columns.stream().mapToInt(Column::year).max().orElse(0);
    int actual = find(columns, year, false);
    int budget = find(columns, year, true);
    int previous = find(columns, year - 1, false);
    int rateColumns = rows.stream().mapToInt(r -> r.rates().size()).min().orElse(0);
    List<Fact> out = new ArrayList<>();
    for (int j = 0; j < rateColumns; j++) {
      int completions = 0;
      int growths = 0;
      for (Row r : rows) {
        Mention rate = r.rates().get(j);
        completions += actual >= 0 && budget >= 0 && fits(rate, ratio(r, actual, budget, 0)) ? 1 : 0;
        growths += actual >= 0 && previous >= 0 && fits(rate, ratio(r, actual, previous, -1)) ? 1 : 0;
      }
      boolean completion = holdsMostly(completions, rows.size()) && completions > growths;
      boolean growth = holdsMostly(growths, rows.size()) && growths > completions;
      for (Row r : rows) {
        Mention rate = r.rates().get(j);
        String subject = r.label().isEmpty() ? "合计" : Labels.subject(r.label());
        subject = subject.isEmpty() ? r.label() : subject;
        Span span = context.span(r.start(), r.end());
        String quote = context.quote(r.start(), r.end());
        if (completion) {
          used.add(rate);
          out.add(new Rate(context.nextId(), context.sectionAt(r.start()), subject, RateKind.COMPLETION,
              rate, r.amounts().get(actual), r.amounts().get(budget), span, quote));
        } else if (growth) {
          used.add(rate);
          int sign = rate.value().signum();
          Direction direction = sign < 0 ? Direction.DECREASE : sign == 0 ? Direction.UNCHANGED : Direction.INCREASE;
          out.add(new Comparison(context.nextId(), context.sectionAt(r.start()), subject, year - 1,
              r.amounts().get(actual), r.amounts().get(previous), direction, null, rate, span, quote));
        }
      }
    }
    return out;
  }

  private static int find(List<Column> columns, int year, boolean budget) {
    for (int i = columns.size() - 1; i >= 0; i--) {
      if (columns.get(i).year() == year && columns.get(i).budget() == budget) {
        return i;
      }
    }
    return -1;
  }

  private static boolean holdsMostly(int holding, int rows) {
    return holding >= 3 && holding * 3 >= rows * 2;
  }

  /** a ÷ b + shift, in percent; null when b is zero. */
  private static @Nullable BigDecimal ratio(Row r, int a, int b, int shift) {
    BigDecimal den = r.amounts().get(b).value();
    if (den.signum() == 0) {
      return null;
    }
    return r.amounts().get(a).value().divide(den, MathContext.DECIMAL64)
        .add(BigDecimal.valueOf(shift)).movePointRight(2);
  }

  /** Whether a computed percentage rounds to the stated one at the stated one's precision. */
  private static boolean fits(Mention stated, @Nullable BigDecimal computed) {
    if (computed == null) {
      return false;
    }
    int scale = Math.max(0, stated.value().scale());
    return computed.setScale(scale, RoundingMode.HALF_UP).compareTo(stated.value()) == 0;
  }
}
