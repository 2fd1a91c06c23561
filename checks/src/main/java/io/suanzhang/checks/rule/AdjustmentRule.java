package io.suanzhang.checks.rule;

import io.suanzhang.checks.Draft;
import io.suanzhang.checks.Message;
import io.suanzhang.checks.Report;
import io.suanzhang.checks.Results;
import io.suanzhang.checks.Rule;
import io.suanzhang.checks.arithmetic.Quantities;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Amount;
import io.suanzhang.core.fact.Measure;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.CodePoints;
import io.suanzhang.core.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@code adjustment}: a self-evaluation's 全年预算数 against its 年初预算数, two amounts of one row of
 * its funds block. Where they differ the budget was changed during the year, and the report is
 * expected to say so (年中追加资金20万元, 根据工作需要调减预算): the difference is information where a
 * sentence of the text speaks of an adjustment, and a warning where none does.
 */
public final class AdjustmentRule implements Rule {

  // Arguments: subject, 年初预算数, 全年预算数, difference, the sentence that explains it.
  static final Message EXPLAINED = new Message(
      "adjustment.explained",
      "%1$s全年预算数 %3$s 与年初预算数 %2$s 相差 %4$s，报告说明了调整：“%5$s”",
      "%1$s: the budget for the year, %3$s, differs from the initial budget, %2$s, by %4$s; the"
          + " report explains the adjustment: '%5$s'");
  // Arguments: subject, 年初预算数, 全年预算数, difference.
  static final Message UNEXPLAINED = new Message(
      "adjustment.unexplained",
      "%1$s全年预算数 %3$s 与年初预算数 %2$s 相差 %4$s，报告未说明预算调整",
      "%1$s: the budget for the year, %3$s, differs from the initial budget, %2$s, by %4$s, and the"
          + " report says nothing of an adjustment");

  /**
   * A sentence that accounts for a change of budget: 追加, 调减, 调增, 调整 (of a budget or of funds),
   * 调剂, 收回, 压减 in a sentence about money. Column names (调整后预算数, 预算调整率) are in every
   * table of this kind, so a sentence that has only them counts where it gives a cause.
   */
  private static final Pattern ADJUSTS = Pattern.compile(
      "追加|追减|调减|调增|调整|调剂|收回|压减|年中下达|新增预算|增加预算|减少预算");
  /** What ends a sentence. */
  private static final String ENDS = "。；;！!\n";
  /** An adjustment of money, not of a policy or a structure (调整产业结构). */
  private static final Pattern OF_FUNDS = Pattern.compile("预算|资金|经费|拨款|万元|元");
  /** A cause given: 调整率较大的主要原因是… counts, though 调整率 alone is a column's name. */
  private static final Pattern REASON = Pattern.compile("原因|由于|因为|主要是|用于");
  /** The template's note to whoever fills it in: 年中发生预算调整的(追加或调减),应单独说明理由. */
  private static final Pattern INSTRUCTION = Pattern.compile("[应需须请](单独)?(说明|填写|注明|列示)");
  private static final Pattern COLUMN_NAMES =
      Pattern.compile("调整后(的)?预算(数|金额)?|调整(预算)?数|预算调整率|调整率");

  /** The most of the explaining sentence the message repeats, in code points; the evidence has it all. */
  private static final int QUOTED = 80;

  @Override
  public String id() {
    return "adjustment";
  }

  @Override
  public void check(Report report, Results results) {
    List<Amount> amounts = report.facts(Amount.class);
    // the two budgets of one row share its span: found by it, not by trying every pair of amounts
    Map<Span, List<Amount>> adjustedIn = new HashMap<>();
    for (Amount a : amounts) {
      if (a.measure() == Measure.ADJUSTED_BUDGET) {
        adjustedIn.computeIfAbsent(a.span(), k -> new ArrayList<>()).add(a);
      }
    }
    Explanation explanation = new Explanation(report);
    for (Amount initial : amounts) {
      if (initial.measure() == Measure.BUDGET) {
        for (Amount adjusted : adjustedIn.getOrDefault(initial.span(), List.of())) {
          compare(report, results, initial, adjusted, explanation);
        }
      }
    }
  }

  /** The report's explaining sentence, looked for once and only when a budget changed. */
  private static final class Explanation {
    private final Report report;
    private boolean looked;
    private int @Nullable [] found;

    Explanation(Report report) {
      this.report = report;
    }

    int @Nullable [] get() {
      if (!looked) {
        found = explanation(report);
        looked = true;
      }
      return found;
    }
  }

  private static void compare(
      Report report, Results results, Amount initial, Amount adjusted, Explanation explanation) {
    Mention a = initial.value();
    Mention b = adjusted.value();
    String relation = b.text() + " = " + a.text();
    List<Mention> numbers = List.of(b, a);
    if (a.yuan() == null || b.yuan() == null) {
      return;
    }
    if (a.yuan().compareTo(b.yuan()) == 0) {
      results.holds(relation, numbers);
      return;
    }
    String difference = Quantities.plain(b.value().subtract(a.value()));
    int[] said = explanation.get();
    Draft draft = said == null
        ? Draft.of(UNEXPLAINED, adjusted.subject(), a.text(), b.text(), difference)
            .severity(Severity.WARNING)
        : Draft.of(EXPLAINED, adjusted.subject(), a.text(), b.text(), difference,
                report.codePoints().slice(said[0], Math.min(said[1], said[0] + QUOTED)).strip())
            .severity(Severity.INFO)
            .passage("explanation", report, said[0], said[1]);
    draft.subject(adjusted.subject())
        .values(b.value(), a.value(), a.unit())
        .evidence("adjusted", b, adjusted)
        .evidence("initial", a, initial);
    results.fails(relation, numbers, draft.finding());
  }

  /**
   * The code points of the first sentence that accounts for an adjustment of funds, or null. The
   * text is cut into sentences by hand rather than by one pattern around the word, which would try
   * every start of a long sentence again.
   */
  private static int @Nullable [] explanation(Report report) {
    String text = report.text();
    int from = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i < text.length() && ENDS.indexOf(text.charAt(i)) < 0) {
        continue;
      }
      String sentence = text.substring(from, i);
      if (explains(sentence)) {
        CodePoints points = report.codePoints();
        return new int[] {points.toCodePoint(from), points.toCodePoint(i)};
      }
      from = i + 1;
    }
    return null;
  }

  private static boolean explains(String sentence) {
    // A line of table cells is no account of anything, whatever its header words say (| 原因 |).
    if (sentence.indexOf('|') >= 0 || sentence.indexOf('\t') >= 0
        || !ADJUSTS.matcher(sentence).find() || !OF_FUNDS.matcher(sentence).find()
        || INSTRUCTION.matcher(sentence).find()) {
      return false;
    }
    // 调整后预算数 and 预算调整率 name columns; a sentence with nothing else needs a cause to count.
    return ADJUSTS.matcher(COLUMN_NAMES.matcher(sentence).replaceAll(" ")).find()
        || REASON.matcher(sentence).find();
  }
}
