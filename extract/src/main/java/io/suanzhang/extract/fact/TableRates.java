package io.suanzhang.extract.fact;

import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Rate;
import io.suanzhang.core.fact.RateKind;
import io.suanzhang.core.fact.TableRow;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rate column of a table, row by row: a project table of a 部门整体 self-evaluation or an execution
 * table (项目名称 | 全年预算数 | 全年执行数 | 执行率) states in each row a rate of its own two amounts.
 * The columns are known by their headers: the rate's (执行率, 完成率, 支出进度), the budget's (预算) and
 * the amount done (执行, 决算, 完成, 支出, 实际). A row gives a rate only where each is one column, or
 * one stands out (全年预算数 beside 年初预算数: the rate is of the year's budget, as the template
 * computes it); where the header leaves it open the row gives none rather than a guess.
 */
final class TableRates {

  /** A rate of execution or completion; a growth (增长率) or a share (占比) is another relation. */
  private static final Pattern RATE = Pattern.compile("执行率|完成率|执行进度|支出进度|完成进度|到位率");
  private static final Pattern NOT_OF_BUDGET = Pattern.compile("增长|增减|增幅|同比|比上年|上年|占|比重|结构");
  private static final Pattern BUDGET = Pattern.compile("预算");
  private static final Pattern DONE = Pattern.compile("执行数|执行金额|决算|完成数|完成额|支出数|实际|到位");
  /** Of several budget or done columns, the one the template's rate divides: the year's, as adjusted. */
  private static final Pattern PREFERRED = Pattern.compile("全年|调整|变动后|实际");

  private TableRates() {}

  /** The rates of every table row that states one; {@code used} takes their numbers. */
  static List<Fact> of(FactContext context, List<Fact> facts, Set<Mention> used) {
    Set<Mention> rated = new HashSet<>();
    for (Fact f : facts) {
      if (f instanceof Rate r) {
        rated.add(r.value());
      }
    }
    List<Fact> out = new ArrayList<>();
    for (Fact f : facts) {
      if (!(f instanceof TableRow row)) {
        continue;
      }
      TableRow.Value rate = only(row, RATE, MentionKind.PERCENT, false);
      if (rate == null || NOT_OF_BUDGET.matcher(rate.column()).find() || rated.contains(rate.value())
          || used.contains(rate.value())) {
        continue;
      }
      TableRow.Value budget = only(row, BUDGET, MentionKind.MONEY, true);
      TableRow.Value done = only(row, DONE, MentionKind.MONEY, true);
      if (budget == null || done == null || budget == done
          || NOT_OF_BUDGET.matcher(budget.column() + done.column()).find()) {
        continue;
      }
      RateKind kind = rate.column().contains("完成") ? RateKind.COMPLETION
          : rate.column().contains("到位") ? RateKind.ARRIVAL : RateKind.EXECUTION;
      out.add(new Rate(context.nextId(), row.section(), row.subject(), kind, rate.value(), done.value(),
          budget.value(), row.span(), row.quote()));
      used.add(rate.value());
      rated.add(rate.value());
    }
    return out;
  }

  /**
   * The row's one value of this kind under a header that matches {@code header}, or of several the
   * one whose header is {@link #PREFERRED}; null where there is none or the choice is open.
   */
  private static TableRow.@Nullable Value only(
      TableRow row, Pattern header, MentionKind kind, boolean operand) {
    List<TableRow.Value> found = new ArrayList<>();
    for (TableRow.Value v : row.values()) {
      if (v.value().kind() == kind && header.matcher(v.column()).find()
          && !(operand && RATE.matcher(v.column()).find())) {
        found.add(v);
      }
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    List<TableRow.Value> preferred =
        found.stream().filter(v -> PREFERRED.matcher(v.column()).find()).toList();
    return preferred.size() == 1 ? preferred.get(0) : null;
  }
}
