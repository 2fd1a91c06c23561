package io.suanzhang.checks;

import io.suanzhang.core.check.Coverage.Missing;
import io.suanzhang.core.fact.Amount;
import io.suanzhang.core.fact.Breakdown;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Rate;
import io.suanzhang.core.fact.TableRow;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.text.CodePoints;
import io.suanzhang.core.text.Span;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The numbers a report states as the result of a relation — a rate, a share, a change, a total — each
 * with the operand its facts lack, if any. Coverage tells such a number, left out of every check for
 * want of an operand, from a plain amount that has nothing to be checked against.
 *
 * <p>What counts as complete follows what the rules need: a rate its numerator and denominator
 * ({@code ratio}); a share its part and whole ({@code share}); a growth rate both values, or the change
 * and one of them ({@code growth}); a change both values ({@code difference}), or a rate and one value
 * ({@code growth}); a total its parts ({@code sum}: their sum, or for one notable part, at least it).
 */
final class StatedRelations {

  /** What a number's facts give of the relation it states: {@code missing} is null when they give all. */
  record Relation(@Nullable Missing missing) {

    static final Relation COMPLETE = new Relation(null);
  }

  /** Words that make a rate a share of a whole: 占比30%, 占本年支出的76.33%, 税收收入占…的比重为46.8%. */
  private static final Pattern SHARE = Pattern.compile("占|比重");

  /** Words that make an amount a total: 本年支出合计91.68万元, 共计, 总计, 小计. */
  private static final Pattern TOTAL = Pattern.compile("合\\s*计|共\\s*计|总\\s*计|小\\s*计");

  /** A table's total row or column: 合计, 总计 or 小计 as its whole name. */
  private static final Pattern TOTAL_NAME = Pattern.compile("^\\s*(合\\s*计|总\\s*计|小\\s*计)\\s*$");

  /** The label before a number starts after the last of these. */
  private static final String CLAUSE_MARKS = "，,；;。：:\n\t|";

  /** How far back a label is read: 一般公共预算财政拨款支出占本年支出合计的 is 19 code points. */
  private static final int LEAD = 24;

  private final CodePoints text;
  private final Map<Long, Relation> stated = new HashMap<>();

  private StatedRelations(CodePoints text) {
    this.text = text;
  }

  /** The numbers of a report's facts that state a relation, by {@link CoverageCount#key}. */
  static Map<Long, Relation> of(Report report) {
    StatedRelations relations = new StatedRelations(report.codePoints());
    for (Fact fact : report.analysis().facts()) {
      relations.add(fact);
    }
    return relations.stated;
  }

  private void add(Fact fact) {
    if (fact instanceof Rate r) {
      rate(r);
    } else if (fact instanceof Comparison c) {
      comparison(c);
    } else if (fact instanceof Breakdown b) {
      breakdown(b);
    } else if (fact instanceof Amount a) {
      if (TOTAL.matcher(lead(a.value(), a.span())).find()) {
        put(a.value(), Missing.NO_PARTS);
      }
    } else if (fact instanceof TableRow row) {
      tableRow(row);
    }
  }

  private void rate(Rate r) {
    if (r.denominator() == null) {
      boolean share = SHARE.matcher(lead(r.value(), r.span())).find();
      put(r.value(), share ? Missing.NO_WHOLE : Missing.NO_BASE);
    } else {
      // 完成年初预算的53.5% beside 收入完成38.3亿元: the one amount there is read as the budget
      put(r.value(), r.numerator() == null ? Missing.NO_BASE : null);
    }
  }

  private void comparison(Comparison c) {
    boolean current = c.current() != null;
    boolean base = c.base() != null;
    Mention rate = c.rate();
    Mention change = c.change();
    if (rate != null) {
      boolean complete = current && base || change != null && (current || base);
      put(rate, complete ? null : Missing.NO_BASE);
    }
    if (change != null) {
      boolean complete = current && base || rate != null && (current || base);
      put(change, complete ? null : Missing.NO_BASE);
    }
  }

  private void breakdown(Breakdown b) {
    Mention total = b.total();
    if (total != null) {
      // A list that names one notable part (其中项目支出预算782.25万元) is still checked: total ≥ part.
      put(total, null);
    }
    for (Breakdown.Part p : b.parts()) {
      Mention share = p.share();
      if (share != null) {
        put(share, total == null ? Missing.NO_WHOLE : null);
      }
    }
  }

  private void tableRow(TableRow row) {
    boolean totalRow = TOTAL_NAME.matcher(row.subject()).matches();
    for (TableRow.Value v : row.values()) {
      Mention m = v.value();
      // A rate in a 合计 row (执行率 100.00%) is no total of the rates above it.
      if (m.kind() != MentionKind.MONEY && m.kind() != MentionKind.COUNT) {
        continue;
      }
      String column = v.column().substring(v.column().lastIndexOf('/') + 1);
      if (totalRow || TOTAL_NAME.matcher(column).matches()) {
        put(m, Missing.NO_PARTS);
      }
    }
  }

  /**
   * A number's relation as one fact gives it. Where several facts state one number (a 其中 total that
   * is also an amount 合计…), one that gives every operand wins: the number was relatable.
   */
  private void put(Mention m, @Nullable Missing missing) {
    Relation relation = missing == null ? Relation.COMPLETE : new Relation(missing);
    stated.merge(CoverageCount.key(m.start(), m.end()), relation,
        (known, added) -> known.missing() == null ? known : added);
  }

  /** The words before a number in its clause and fact: 预算执行率 for 预算执行率64.79%. */
  private String lead(Mention m, Span within) {
    int end = m.start();
    int start = Math.max(within.start(), end - LEAD);
    if (start >= end || end > text.length()) {
      return "";
    }
    String s = text.slice(start, end);
    int cut = -1;
    for (int i = 0; i < s.length(); i++) {
      if (CLAUSE_MARKS.indexOf(s.charAt(i)) >= 0) {
        cut = i;
      }
    }
    return s.substring(cut + 1);
  }
}
