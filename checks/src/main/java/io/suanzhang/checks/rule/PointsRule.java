package io.suanzhang.checks.rule;

import io.suanzhang.checks.Draft;
import io.suanzhang.checks.Message;
import io.suanzhang.checks.Report;
import io.suanzhang.checks.Results;
import io.suanzhang.checks.Rule;
import io.suanzhang.checks.arithmetic.Quantities;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Rate;
import io.suanzhang.core.fact.RateKind;
import io.suanzhang.core.fact.Score;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.StartChars;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@code points}: the points of a self-evaluation against themselves — each row's 得分 no more than
 * its 分值; the budget-execution row's 得分 against 分值 × 执行率, capped at the 分值; and a stated
 * 评价等级 against the 总分 by the national bands (优 90–100, 良 80–89, 中 60–79, 差 below 60), unless
 * the document sets bands of its own.
 */
public final class PointsRule implements Rule {

  // Arguments: subject, stated score, full.
  static final Message OVER = new Message(
      "points.over",
      "%1$s得分 %2$s 超过其分值 %3$s",
      "%1$s is given %2$s points, more than its full %3$s");
  // Arguments: subject, stated score, full, rate, recomputed.
  static final Message EXECUTION = new Message(
      "points.execution",
      "%1$s得分 %2$s，但分值 %3$s × 执行率 %4$s = %5$s",
      "%1$s is given %2$s points, but its full %3$s × execution rate %4$s = %5$s");
  // Arguments: subject, stated grade, total, grade by the bands.
  static final Message GRADE = new Message(
      "points.grade",
      "%1$s评价等级为“%2$s”，但总分 %3$s 按优90–100、良80–89、中60–79、差60以下应为“%4$s”",
      "%1$s is graded '%2$s', but a total of %3$s is '%4$s' by the national bands (优 90–100,"
          + " 良 80–89, 中 60–79, 差 below 60)");

  // Arguments: stated in the text, the table's 总分.
  static final Message REPORT = new Message(
      "points.report",
      "报告称自评得分 %1$s，但其自评表总分为 %2$s",
      "the report gives a self-evaluation score of %1$s, but its table's total is %2$s");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** The table says how it scores the execution row: 执行率*该指标分值, 分值×执行率, 得分 (20分*执行率). */
  private static final Pattern EXECUTION_METHOD =
      Pattern.compile("执行率\\s*[*×xX]\\s*\\S{0,4}分值|(?:分值|\\d分)\\s*[*×xX]\\s*\\S{0,2}执行率");
  /**
   * A document's own band for 优: 85分（含）以上为优. The points are a whole run of at most three digits
   * and the spaces are taken possessively: with {@code (\d+)} a run of 16,000 digits (a damaged or
   * hostile text) took half a minute, every start inside it trying every length.
   */
  private static final Pattern OWN_BANDS = Pattern.compile("(?<!\\d)(\\d{1,3})(?!\\d)\\s*+分?\\s*+[（(]?含?[)）]?"
      + "\\s*+(?:及|或)?以上\\s*+(?:的)?(?:为|评为|定为)\\s*+[“\"「]?优");

  @Override
  public String id() {
    return "points";
  }

  @Override
  public void check(Report report, Results results) {
    List<Score> scores = report.facts(Score.class);
    List<Rate> rates = report.facts(Rate.class);
    boolean method = executionMethod(report.text());
    boolean ownBands = ownBands(report.text());
    for (Score s : scores) {
      Mention full = s.full();
      Mention score = s.score();
      if (full != null && score != null) {
        over(results, s, full, score);
        Rate rate = sameRow(s, rates);
        if (rate != null) {
          execution(results, s, full, score, rate, method);
        }
      }
      if (score != null && s.grade() != null && !ownBands) {
        grade(results, s, score, s.grade());
      }
    }
    report(scores, results);
  }

  /**
   * A report's own score against its table's: the 自评得分 a 自评报告 states in its text (a score with
   * no 分值 beside it and no parent) against the 总分 of its table (a score with its 分值, parent of
   * the rows). Only one of each is compared: a report of several projects states several of both,
   * and which goes with which is not known.
   */
  private static void report(List<Score> scores, Results results) {
    List<Score> tables = new ArrayList<>();
    List<Score> prose = new ArrayList<>();
    for (Score s : scores) {
      boolean parent = scores.stream().anyMatch(c -> s.id().equals(c.parent()));
      if (s.parent() == null && s.full() != null && s.score() != null && parent) {
        tables.add(s);
      } else if (s.parent() == null && s.full() == null && s.score() != null && !parent) {
        prose.add(s);
      }
    }
    if (tables.size() != 1 || prose.size() != 1) {
      return;
    }
    Mention total = tables.get(0).score();
    Mention stated = prose.get(0).score();
    String relation = stated.text() + " = " + total.text();
    List<Mention> numbers = List.of(stated, total);
    if (stated.value().compareTo(total.value()) == 0) {
      results.holds(relation, numbers);
      return;
    }
    Draft draft = Draft.of(REPORT, stated.text(), total.text())
        .severity(Severity.WARNING)
        .subject(prose.get(0).subject())
        .values(stated.value(), total.value(), "分")
        .evidence("stated", stated, prose.get(0))
        .evidence("total", total, tables.get(0));
    results.fails(relation, numbers, draft.finding());
  }

  private static void over(Results results, Score s, Mention full, Mention score) {
    String relation = score.text() + " ≤ " + full.text();
    List<Mention> numbers = List.of(score, full);
    if (score.value().compareTo(full.value()) <= 0) {
      results.holds(relation, numbers);
      return;
    }
    Draft draft = Draft.of(OVER, s.subject(), score.text(), full.text())
        .severity(Severity.ERROR)
        .subject(s.subject())
        .values(score.value(), full.value(), "分")
        .evidence("score", score, s)
        .evidence("full", full, s);
    results.fails(relation, numbers, draft.finding());
  }

  /**
   * The execution row's points: 分值 × 执行率, no more than the 分值, at the written precision of the
   * 得分 — rounded or cut, since tables do both. A table that does not say it scores this way may
   * deduct by bands instead, so a difference there is only information.
   */
  private static void execution(
      Results results, Score s, Mention full, Mention score, Rate rate, boolean method) {
    BigDecimal exact = full.value().multiply(rate.value().value()).divide(HUNDRED);
    if (exact.compareTo(full.value()) > 0) {
      exact = full.value();
    }
    int scale = Math.max(0, score.value().scale());
    BigDecimal stated = score.value();
    boolean holds = exact.setScale(scale, RoundingMode.HALF_UP).compareTo(stated) == 0
        || exact.setScale(scale, RoundingMode.DOWN).compareTo(stated) == 0;
    // The rate as a percentage whichever way the table wrote it (95.8%, 95.8 under 执行率(%), 0.958).
    String percent = Quantities.plain(rate.value().value()) + "%";
    String relation = score.text() + " = min(" + full.text() + ", " + full.text() + " × " + percent + ")";
    List<Mention> numbers = List.of(score, full, rate.value());
    if (holds) {
      results.holds(relation, numbers);
      return;
    }
    Draft draft = Draft.of(EXECUTION, s.subject(), score.text(), full.text(), percent,
            Quantities.plain(exact))
        .severity(method ? Severity.WARNING : Severity.INFO)
        .subject(s.subject())
        .values(stated, exact, "分")
        .evidence("score", score, s)
        .evidence("full", full, s)
        .evidence("rate", rate.value(), rate);
    results.fails(relation, numbers, draft.finding());
  }

  private static void grade(Results results, Score s, Mention total, String stated) {
    String written = normal(stated);
    if (written == null || total.value().compareTo(HUNDRED) > 0) {
      return;
    }
    String banded = band(total.value());
    String relation = stated + " ⇐ " + total.text();
    List<Mention> numbers = List.of(total);
    if (banded.equals(written)) {
      results.holds(relation, numbers);
      return;
    }
    Draft draft = Draft.of(GRADE, s.subject(), stated, total.text(), banded)
        .severity(Severity.WARNING)
        .subject(s.subject())
        .evidence("total", total, s);
    results.fails(relation, numbers, draft.finding());
  }

  /** The grade a total earns by the national bands. */
  static String band(BigDecimal total) {
    if (total.compareTo(BigDecimal.valueOf(90)) >= 0) {
      return "优";
    }
    if (total.compareTo(BigDecimal.valueOf(80)) >= 0) {
      return "良";
    }
    return total.compareTo(BigDecimal.valueOf(60)) >= 0 ? "中" : "差";
  }

  /** 优秀 is 优, 良好 良, 中等 中, 较差 差; 一等, A级 and the like follow other schemes: null. */
  private static @Nullable String normal(String grade) {
    String g = grade.strip();
    if (g.isEmpty()) {
      return null;
    }
    char first = g.charAt(0);
    if (g.startsWith("较差")) {
      return "差";
    }
    return "优良中差".indexOf(first) >= 0 ? String.valueOf(first) : null;
  }

  /**
   * Whether the text scores by 执行率×分值: {@link #EXECUTION_METHOD} found, searched for only in a
   * text with a multiplication sign (every match has one; every report says 执行率).
   */
  private static boolean executionMethod(String text) {
    for (String times : new String[] {"*", "×", "x", "X"}) {
      if (text.contains(times)) {
        return EXECUTION_METHOD.matcher(text).find();
      }
    }
    return false;
  }

  private static boolean ownBands(String text) {
    if (!text.contains("以上")) {
      return false; // every match says 以上: spare the search of a text that does not
    }
    StartChars matches = new StartChars(OWN_BANDS, text, "0123456789");
    while (matches.find()) {
      if (!matches.match().group(1).equals("90")) {
        return true;
      }
    }
    return false;
  }

  /** The execution rate read from the same row as the score: the funds block's 年度资金总额. */
  private static @Nullable Rate sameRow(Score s, List<Rate> rates) {
    for (Rate r : rates) {
      if (r.measure() == RateKind.EXECUTION && r.span().start() == s.span().start()
          && r.span().end() == s.span().end()) {
        return r;
      }
    }
    return null;
  }
}
