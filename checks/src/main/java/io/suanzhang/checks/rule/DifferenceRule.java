package io.suanzhang.checks.rule;

import io.suanzhang.checks.Draft;
import io.suanzhang.checks.Interval;
import io.suanzhang.checks.Message;
import io.suanzhang.checks.Report;
import io.suanzhang.checks.Results;
import io.suanzhang.checks.Rule;
import io.suanzhang.checks.Verdict;
import io.suanzhang.checks.arithmetic.Quantities;
import io.suanzhang.checks.statement.Words;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Direction;
import io.suanzhang.core.mention.Mention;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code difference}: a stated change against the two values it compares, with its direction word.
 * 与2019年36.57万元相比…增加55.11万元 is checked as 91.68 − 36.57; 增加 where the current value is the
 * smaller, or 持平 where the two differ, is an error of its own. A comparison that states neither a
 * change nor a rate is checked for its word alone. A comparison missing one of the two values has no
 * difference to recompute.
 */
public final class DifferenceRule implements Rule {

  // Arguments: subject, subject (en), change word, direction (en), stated change, current, base,
  // recomputed current − base, difference, unit.
  static final Message CHANGE = new Message(
      "difference.change",
      "%1$s%3$s %5$s，但 %6$s − %7$s = %8$s%10$s，相差 %9$s%10$s",
      "%2$s is stated to show %4$s of %5$s, but %6$s − %7$s = %8$s%10$s (difference %9$s%10$s)");
  static final Message DIRECTION = new Message(
      "difference.direction",
      "%1$s称%3$s，但 %6$s − %7$s = %8$s%10$s，数字的变化方向与文字相反",
      "%2$s is stated to show %4$s, but %6$s − %7$s = %8$s%10$s: the figures move the other way");
  static final Message UNCHANGED = new Message(
      "difference.unchanged",
      "%1$s称持平，但 %6$s − %7$s = %8$s%10$s",
      "%2$s is stated to be unchanged, but %6$s − %7$s = %8$s%10$s");
  static final Message ROUNDING = new Message(
      "difference.rounding",
      "%1$s%3$s %5$s 与 %6$s − %7$s = %8$s%10$s 相差 %9$s%10$s，可由各数的舍入解释",
      "%2$s is stated to show %4$s of %5$s, %9$s%10$s from %6$s − %7$s = %8$s%10$s, which rounding"
          + " of the written numbers explains");
  static final Message WORD_ROUNDING = new Message(
      "difference.word_rounding",
      "%1$s称%3$s，但 %6$s − %7$s = %8$s%10$s，只有各数的舍入能解释",
      "%2$s is stated to show %4$s, but %6$s − %7$s = %8$s%10$s, which only rounding of the"
          + " written numbers explains");

  @Override
  public String id() {
    return "difference";
  }

  @Override
  public void check(Report report, Results results) {
    Together together = Together.in(report);
    for (Comparison c : report.facts(Comparison.class)) {
      Mention current = c.current();
      Mention base = c.base();
      if (current == null || base == null) {
        continue;
      }
      Mention change = c.change();
      if (change != null) {
        change(results, together, c, current, base, change);
      } else if (c.rate() == null || c.direction() == Direction.UNCHANGED) {
        // With a rate the growth rule judges the word against the figures.
        word(results, together, c, current, base);
      }
    }
  }

  /** The stated change against current − base. */
  private static void change(
      Results results, Together together, Comparison c, Mention current, Mention base,
      Mention change) {
    List<Mention> numbers = List.of(change, current, base);
    Optional<String> common = Quantities.commonUnit(numbers);
    if (common.isEmpty() || !Quantities.allExact(numbers)) {
      return;
    }
    String unit = common.get();
    BigDecimal point = Quantities.value(current, unit).subtract(Quantities.value(base, unit));
    Interval range = Quantities.interval(current, unit).minus(Quantities.interval(base, unit));
    BigDecimal stated = Quantities.value(change, unit);
    if (c.direction() == Direction.DECREASE) {
      stated = stated.abs().negate(); // 减少18.17万元 and a table's −18.17 alike
    }
    Verdict verdict = Verdict.of(stated, Quantities.scale(change, unit), point, range);
    String relation = signed(change, c.direction()) + " = " + current.text() + " − " + base.text();
    if (verdict.holds()) {
      results.holds(relation, numbers);
      return;
    }
    Message message;
    Severity severity;
    if (verdict.outcome() == Verdict.Outcome.ROUNDING) {
      message = ROUNDING;
      severity = Severity.INFO;
    } else {
      message = opposite(c.direction(), range)
          ? c.direction() == Direction.UNCHANGED ? UNCHANGED : DIRECTION
          : CHANGE;
      severity = severity(together, change, current, base);
    }
    Draft draft = draft(message, c, change, current, base, verdict.recomputed(),
            verdict.difference(), unit)
        .severity(severity)
        .verdict(verdict, unit)
        .evidence("change", change, c)
        .evidence("current", current, c)
        .evidence("base", base, c);
    results.fails(relation, numbers, draft.finding());
  }

  /** The direction word alone against the two values: 增加 needs current > base, 持平 equality. */
  private static void word(
      Results results, Together together, Comparison c, Mention current, Mention base) {
    List<Mention> numbers = List.of(current, base);
    Optional<String> common = Quantities.commonUnit(numbers);
    if (common.isEmpty() || !Quantities.allExact(numbers)) {
      return;
    }
    String unit = common.get();
    BigDecimal point = Quantities.value(current, unit).subtract(Quantities.value(base, unit));
    Interval range = Quantities.interval(current, unit).minus(Quantities.interval(base, unit));
    String relation = switch (c.direction()) {
      case INCREASE -> current.text() + " > " + base.text();
      case DECREASE -> current.text() + " < " + base.text();
      case UNCHANGED -> current.text() + " = " + base.text();
    };
    int sign = Words.sign(c.direction());
    if (point.signum() == sign) {
      results.holds(relation, numbers);
      return;
    }
    boolean rounding =
        sign == 0 ? range.contains(BigDecimal.ZERO) : !opposite(c.direction(), range);
    Message message = rounding
        ? WORD_ROUNDING
        : c.direction() == Direction.UNCHANGED ? UNCHANGED : DIRECTION;
    Draft draft = draft(message, c, null, current, base, point, null, unit)
        .severity(rounding ? Severity.INFO : severity(together, current, base))
        .values(null, point, unit)
        .evidence("current", current, c)
        .evidence("base", base, c);
    results.fails(relation, numbers, draft.finding());
  }

  private static Draft draft(
      Message message, Comparison c, @Nullable Mention change, Mention current, Mention base,
      BigDecimal recomputed, @Nullable BigDecimal difference, String unit) {
    return Draft.of(message, Words.subject(c), Words.subjectEn(c), Words.change(c.direction()),
            Words.english(c.direction()), change == null ? "" : change.text(), current.text(),
            base.text(), Quantities.plain(recomputed),
            difference == null ? "" : Quantities.plain(difference), unit)
        .subject(c.subject());
  }

  /** An error when the values were stated together with the change or word, else a warning. */
  private static Severity severity(Together together, Mention stated, Mention... operands) {
    return together.test(stated, List.of(operands)) ? Severity.ERROR : Severity.WARNING;
  }

  /** Whether every value the figures stand for moves against the word. */
  private static boolean opposite(Direction direction, Interval difference) {
    return switch (direction) {
      case INCREASE -> difference.high().signum() < 0;
      case DECREASE -> difference.low().signum() > 0;
      case UNCHANGED -> !difference.contains(BigDecimal.ZERO);
    };
  }

  private static String signed(Mention m, Direction direction) {
    return Words.signed(m, Words.sign(direction));
  }
}
