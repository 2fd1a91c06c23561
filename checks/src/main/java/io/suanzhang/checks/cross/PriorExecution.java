package io.suanzhang.checks.cross;

import io.suanzhang.checks.cross.CrossDocuments.Candidate;
import io.suanzhang.checks.cross.CrossDocuments.Doc;
import io.suanzhang.checks.cross.CrossDocuments.Pair;
import io.suanzhang.checks.cross.CrossDocuments.Wording;
import io.suanzhang.checks.cross.Figures.Figure;
import io.suanzhang.checks.cross.Figures.Item;
import io.suanzhang.core.fact.Amount;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Measure;
import io.suanzhang.core.fact.TableRow;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Budget against execution across years: what year Y+1's 预算 says year Y executed — a 上年执行数
 * column, or a sentence's base (2023年当年预算执行数为60.13万元，2024年预算安排25.77万元…) — against
 * what year Y's 决算 (all files of its set) states for the same item, by classification code and name
 * as {@link ReportSets} matches them.
 *
 * <p>Only a value the budget itself calls 执行 or 决算 of year Y (上年, or Y written out) is taken: a
 * bare 上年预算数 is the year before's budget, not its execution. Nothing is guessed: the 决算's item
 * must have one value, or one that agrees; a difference is a warning, one rounding explains info.
 */
final class PriorExecution {

  private static final Wording WORDING = new Wording(
      "cross_document.prior_execution",
      "%1$s：%2$s 中的%3$d年执行数为 %4$s，%3$d年决算 %5$s 中为 %6$s，相差 %7$s",
      "%1$s: %2$s gives %4$s as executed in %3$d, but the %3$d final accounts %5$s state %6$s"
          + " (difference %7$s)",
      "%1$s：%2$s 中的%3$d年执行数为 %4$s，%3$d年决算 %5$s 中为 %6$s，相差 %7$s，可由舍入解释",
      "%1$s: %2$s gives %4$s as executed in %3$d and the %3$d final accounts %5$s state %6$s,"
          + " %7$s apart, which rounding of the written numbers explains");

  /** A year and words that say execution: 上年执行数, 2023年当年预算执行数, 上年决算数. */
  private static final Pattern YEAR = Pattern.compile("上年|上一年|去年|(\\d{4})年");
  private static final Pattern EXECUTED = Pattern.compile("执行|决算|实际支出");
  private static final Pattern CHANGE = Pattern.compile("[增减率比]");

  private PriorExecution() {}

  /** Adds, for every 预算 whose previous year's 决算 the department's reports hold, each pair. */
  static void pairs(List<Doc> docs, List<Pair> pairs, Function<Doc, List<Figure>> figures) {
    for (Doc budget : docs) {
      Integer year = budget.report().year();
      if (year == null || !budget.family().equals(CrossDocuments.BUDGET)) {
        continue;
      }
      int executed = year - 1;
      List<Doc> finals = docs.stream()
          .filter(d -> d.family().equals(CrossDocuments.FINAL)
              && Objects.equals(d.report().year(), executed)
              && Objects.equals(d.unit(), budget.unit()))
          .toList();
      if (finals.isEmpty() || !ReportSets.setOf(finals.get(0), finals).equals(finals)) {
        continue; // none, or 决算 of the year that are not one report
      }
      List<Figure> theirs = finals.stream().flatMap(d -> figures.apply(d).stream()).toList();
      for (Figure stated : executions(budget, executed)) {
        compare(stated, executed, theirs, pairs);
      }
    }
  }

  /** What the budget says was executed in {@code executed}, each with its item. */
  static List<Figure> executions(Doc budget, int executed) {
    List<Figure> out = new ArrayList<>();
    Map<String, TableRow> byCode = new HashMap<>();
    for (Fact f : budget.facts()) {
      if (f instanceof TableRow row && row.code() != null) {
        byCode.putIfAbsent(row.code(), row);
      }
    }
    for (Fact f : budget.facts()) {
      if (f instanceof TableRow row) {
        for (TableRow.Value v : row.values()) {
          String column = v.column();
          if (Figures.money(v.value()) && ofYear(column, executed)
              && EXECUTED.matcher(column).find() && !CHANGE.matcher(column).find()) {
            Item item = Figures.row(row, byCode, budget);
            if (item != null) {
              out.add(new Figure(budget, row, v.value(), item, true));
            }
            break; // the row's first such column: 合计 comes first
          }
        }
      } else if (f instanceof Amount a && Figures.money(a.value())
          && (a.measure() == Measure.EXECUTION || a.measure() == Measure.FINAL_ACCOUNT)) {
        // 一般公共服务（类）支出2020年执行数为96.00万元: an amount of the budget that is another year's
        String lead = lead(a.quote(), a.span(), a.value());
        Item item = Figures.text(a.subject(), budget);
        if (item != null && ofYear(lead, executed) && EXECUTED.matcher(lead).find()) {
          out.add(new Figure(budget, a, a.value(), item, false));
        }
      } else if (f instanceof Comparison c && c.base() != null && Figures.money(c.base())) {
        String lead = lead(c.quote(), c.span(), c.base());
        // 2023年当年预算执行数为60.13万元: the year in the clause; 执行数为…, 比2023年… : the comparison's
        boolean year = ofYear(lead, executed)
            || Objects.equals(c.baseYear(), executed) && !YEAR.matcher(lead).find();
        Item item = Figures.text(c.subject(), budget);
        if (year && item != null && EXECUTED.matcher(lead).find()) {
          out.add(new Figure(budget, c, c.base(), item, false));
        }
      }
    }
    return out;
  }

  private static void compare(Figure stated, int executed, List<Figure> theirs, List<Pair> pairs) {
    String said = CrossDocuments.normalise(stated.fact().quote());
    List<Figure> same = theirs.stream()
        .filter(t -> t.item().sameName(stated.item())
            && (t.item().code() == null || stated.item().code() == null
                || t.item().code().equals(stated.item().code()))
            && !Figures.narrower(t, said))
        .toList();
    // tables first: a 决算's table is its own statement of the year; its text may round
    List<Figure> tables = same.stream().filter(Figure::inTable).toList();
    Figure reference = ReportSets.reference(stated, tables.isEmpty() ? same : tables);
    if (reference == null) {
      return;
    }
    String subject = String.join("·", stated.item().path());
    String relation = subject + "（" + executed + "年执行数）：" + stated.number().text() + "（"
        + stated.place() + "） = " + reference.number().text() + "（" + reference.place() + "）";
    Object[] args = {
      subject, stated.place(), executed, stated.number().text(), reference.place(),
      reference.number().text()
    };
    pairs.add(CrossDocuments.compare(
        stated.doc(), stated.number(), stated.fact().id(), stated.fact().quote(), reference.doc(),
        new Candidate(reference.fact(), reference.number()), relation, pairs.size() + 1, WORDING,
        subject, args));
  }

  /** Whether a header or clause names the year {@code executed}: 上年, or the year written out. */
  private static boolean ofYear(String s, int executed) {
    Matcher m = YEAR.matcher(s);
    boolean named = false;
    while (m.find()) {
      if (m.group(1) != null && Integer.parseInt(m.group(1)) != executed) {
        return false;
      }
      named = true;
    }
    return named;
  }

  /** The clause of a fact's quote before {@code number}: from the last ，；。 before it. */
  private static String lead(String quote, Span span, Mention number) {
    int at = number.start() - span.start();
    if (at < 0 || at > quote.codePointCount(0, quote.length())) {
      return "";
    }
    String before = quote.substring(0, quote.offsetByCodePoints(0, at));
    int cut = Math.max(before.lastIndexOf('，'), Math.max(before.lastIndexOf('；'),
        before.lastIndexOf('。')));
    return before.substring(cut + 1);
  }

  /** Whether a report of {@code year} and {@code family} can pair with one of the others'. */
  static boolean pairsWith(@Nullable Integer year, String family, @Nullable Integer otherYear,
      String otherFamily) {
    if (year == null || otherYear == null) {
      return false;
    }
    return family.equals(CrossDocuments.BUDGET) && otherFamily.equals(CrossDocuments.FINAL)
        && otherYear == year - 1
        || family.equals(CrossDocuments.FINAL) && otherFamily.equals(CrossDocuments.BUDGET)
        && otherYear == year + 1;
  }
}
