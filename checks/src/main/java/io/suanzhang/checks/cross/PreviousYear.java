package io.suanzhang.checks.cross;

import static java.util.Objects.requireNonNull;

import io.suanzhang.checks.cross.CrossDocuments.Candidate;
import io.suanzhang.checks.cross.CrossDocuments.Doc;
import io.suanzhang.checks.cross.CrossDocuments.Pair;
import io.suanzhang.checks.cross.CrossDocuments.Wording;
import io.suanzhang.core.fact.Amount;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Measure;
import io.suanzhang.core.fact.TableRow;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A previous year's figure quoted in a report (与2019年36.57万元相比) against that year's report of the
 * same department, when the scan has it.
 *
 * <p>A {@link Comparison} whose base year and base amount are written is paired with the one report
 * of the same department and unit (names compared after NFKC and without blanks) for the base year,
 * of the same kind (预算 with 预算, 决算 with 决算); in it, the statement of the same subject is an
 * {@link Amount} of that exact subject (a 支出, 执行数 or 决算数; a 预算数 in a budget; or one with no
 * measure word) or a {@link TableRow} of that name with one fitting column. Nothing is guessed: the
 * pair is evaluated only when exactly one report and exactly one value are found (the same value
 * written twice counts once).
 */
final class PreviousYear {

  private static final String MISMATCH_ZH = "%1$s%2$d年数（%3$s）此处引用为 %4$s，该年报告 %5$s 中为 %6$s，相差 %7$s";
  private static final String MISMATCH_EN =
      "%1$s of %2$d (%3$s) is quoted here as %4$s but is %6$s in that year's report %5$s"
          + " (difference %7$s)";
  private static final String ROUNDING_ZH =
      "%1$s%2$d年数（%3$s）此处引用为 %4$s，该年报告 %5$s 中为 %6$s，相差 %7$s，可由舍入解释";
  private static final String ROUNDING_EN =
      "%1$s of %2$d (%3$s) is quoted here as %4$s and is %6$s in that year's report %5$s,"
          + " %7$s apart, which rounding of the written numbers explains";


  private PreviousYear() {}

  /** Adds every previous-year pair of one department's reports to {@code pairs}. */
  static void pairs(List<Doc> docs, List<Pair> pairs) {
    for (Doc doc : docs) {
      for (Fact f : doc.facts()) {
        if (f instanceof Comparison c && c.baseYear() != null && c.base() != null
            && c.base().kind() == MentionKind.MONEY && c.base().yuan() != null) {
          Doc other = baseReport(doc, c.baseYear(), docs);
          if (other == null) {
            continue;
          }
          Candidate candidate = statement(other, c.subject());
          if (candidate != null) {
            pairs.add(previousYearPair(doc, c, other, candidate, pairs.size() + 1));
          }
        }
      }
    }
  }

  /** The one report of the department, unit and kind family for {@code year}, or null. */
  private static @Nullable Doc baseReport(Doc doc, int year, List<Doc> docs) {
    if (Objects.equals(doc.report().year(), year)) {
      return null;
    }
    List<Doc> found = docs.stream()
        .filter(d -> d != doc && Objects.equals(d.report().year(), year)
            && d.department().equals(doc.department())
            && Objects.equals(d.unit(), doc.unit()) && d.family().equals(doc.family()))
        .toList();
    return found.size() == 1 ? found.get(0) : null;
  }

  /** The one value the base year's report states for {@code subject}, or null. */
  private static @Nullable Candidate statement(Doc other, String subject) {
    boolean budget = other.family().equals(CrossDocuments.BUDGET);
    List<Candidate> found = new ArrayList<>();
    for (Fact f : other.facts()) {
      if (f instanceof Amount a && a.subject().equals(subject) && fits(a.measure(), budget)) {
        found.add(new Candidate(a, a.value()));
      } else if (f instanceof TableRow row && row.subject().equals(subject)) {
        List<TableRow.Value> columns = columns(row, budget);
        if (columns.size() > 1) {
          return null; // which column was quoted cannot be told
        }
        columns.forEach(v -> found.add(new Candidate(row, v.value())));
      }
    }
    if (found.isEmpty()) {
      return null;
    }
    BigDecimal first = found.get(0).number().yuan();
    boolean oneValue = first != null && found.stream().allMatch(
        c -> c.number().yuan() != null && c.number().yuan().compareTo(first) == 0
            && c.number().value().scale() == found.get(0).number().value().scale()
            && c.number().unit().equals(found.get(0).number().unit()));
    return oneValue ? found.get(0) : null;
  }

  /**
   * A measure the figure of the year can have: a budget in a budget, an execution, final account or
   * expenditure otherwise; an amount with no measure word (收、支总计91.68万元) is the report's own.
   */
  private static boolean fits(Measure m, boolean budget) {
    return m == Measure.OTHER || (budget
        ? m == Measure.BUDGET
        : m == Measure.EXECUTION || m == Measure.FINAL_ACCOUNT || m == Measure.EXPENDITURE);
  }

  /**
   * The money columns of a row that can hold the figure of the year: 预算数 in a budget; otherwise
   * 决算数, 执行数 or 实际支出, and failing those a 合计 or 支出 column.
   */
  private static List<TableRow.Value> columns(TableRow row, boolean budget) {
    List<TableRow.Value> money = row.values().stream()
        .filter(v -> v.value().kind() == MentionKind.MONEY && v.value().yuan() != null)
        .toList();
    List<TableRow.Value> named = money.stream()
        .filter(v -> budget
            ? v.column().contains("预算") && !v.column().contains("调整")
            : v.column().contains("决算") || v.column().contains("执行") || v.column().contains("实际"))
        .toList();
    if (!named.isEmpty()) {
      return named;
    }
    return money.stream()
        .filter(v -> {
          String last = v.column().substring(v.column().lastIndexOf('/') + 1);
          return !v.column().contains("预算") && (last.equals("合计") || last.equals("支出"));
        })
        .toList();
  }

  private static Pair previousYearPair(
      Doc doc, Comparison c, Doc other, Candidate candidate, int number) {
    Mention stated = requireNonNull(c.base());
    int year = requireNonNull(c.baseYear());
    String kind = other.report().kind() == null ? "报告" : other.report().kind().label();
    String relation = c.subject() + "（" + year + "年）：" + stated.text() + " = "
        + candidate.number().text() + "（" + other.path() + "）";
    Object[] args = {c.subject(), year, kind, stated.text(), other.path(), candidate.number().text()};
    return CrossDocuments.compare(
        doc, stated, c.id(), c.quote(), other, candidate, relation, number,
        new Wording("cross_document.mismatch", MISMATCH_ZH, MISMATCH_EN, ROUNDING_ZH, ROUNDING_EN),
        c.subject(), args);
  }

}
