package io.suanzhang.checks.arithmetic;

import io.suanzhang.checks.Draft;
import io.suanzhang.checks.Interval;
import io.suanzhang.checks.Message;
import io.suanzhang.checks.Results;
import io.suanzhang.checks.Verdict;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A stated total against the sum of its stated parts, the one comparison behind every {@code sum}
 * check: 其中 lists, score sub-totals, table columns and code hierarchies.
 */
public final class Addends {

  static final Message TOTAL = new Message(
      "sum.total",
      "%s 的合计 %s 不等于各项之和 %s，相差 %s",
      "the total %2$s of %1$s is not the sum of its parts, %3$s (difference %4$s)");
  static final Message ROUNDING = new Message(
      "sum.rounding",
      "%s 的合计 %s 与各项之和 %s 相差 %s，可由各数的舍入解释",
      "the total %2$s of %1$s differs from the sum of its parts, %3$s, by %4$s, which rounding of"
          + " the written numbers explains");
  static final Message EXCEEDS = new Message(
      "sum.parts_exceed",
      "%s 的部分之和 %s 超过合计 %s，相差 %s",
      "the parts of %1$s add up to %2$s, more than the total %3$s (difference %4$s)");

  static final Message SHORT = new Message(
      "sum.short",
      "%s 的合计 %s 多于所列各项之和 %s，相差 %s：所列各项或不完整，或有一项写错",
      "the total %2$s of %1$s is more than the parts listed, %3$s (difference %4$s): a part is"
          + " missing from the list or one is wrong");
  static final Message UNIT_SLIP = new Message(
      "sum.unit",
      "%s 的合计写作 %s，而各项之和为 %s：合计的单位写错了",
      "the total of %1$s is written %2$s, but its parts add up to %3$s: the total's unit is wrong");

  /** A number with the fact it was stated in. */
  public record Term(Mention number, Fact fact, String role) {}

  private Addends() {}

  /**
   * Compares {@code total} with the sum of {@code parts}. With {@code exhaustive} false the parts
   * need only not exceed the total. {@code atMost} coarsens the precision of every number (0 for a
   * table whose every amount is whole yuan though written with cents).
   */
  public static void check(
      Results results, String subject, Term total, List<Term> parts, boolean exhaustive,
      int atMost) {
    check(results, subject, total, parts, exhaustive, atMost, Severity.ERROR);
  }

  /** As above, with the severity of a break beyond rounding. */
  public static void check(
      Results results, String subject, Term total, List<Term> parts, boolean exhaustive,
      int atMost, Severity breaks) {
    check(results, subject, total, parts, exhaustive, atMost, breaks, breaks);
  }

  /**
   * As above, with a severity of its own for parts that fall short of the total: a list in prose may
   * name only some parts (其中行政编制25人、参公编制20人、事业编制26人 of 73), so a shortfall there is a
   * doubt, not an error, unless the list closes with its catch-all (其他…).
   */
  public static void check(
      Results results, String subject, Term total, List<Term> parts, boolean exhaustive,
      int atMost, Severity breaks, Severity shortfall) {
    List<Mention> numbers = numbers(total, parts);
    Optional<Sum> computed = sum(total, parts, atMost);
    if (computed.isEmpty()) {
      return;
    }
    Sum sum = computed.get();
    Verdict verdict = sum.verdict();
    String unit = sum.unit();
    String relation = relation(total, parts, exhaustive);
    if (!exhaustive) {
      if (sum.range().low().compareTo(sum.statedRange().high()) <= 0) {
        results.holds(relation, numbers);
        return;
      }
      report(results, relation, numbers, subject, total, parts, verdict, unit,
          unitSlip(total, parts)
              .map(slip -> Draft.of(UNIT_SLIP, subject, total.number().text(), slip))
              .orElseGet(() -> Draft.of(EXCEEDS, subject, Quantities.show(verdict.recomputed(), unit),
                  Quantities.written(total.number(), unit),
                  Quantities.show(verdict.difference().negate(), unit)))
              .severity(breaks));
      return;
    }
    switch (verdict.outcome()) {
      case HOLDS -> results.holds(relation, numbers);
      case ROUNDING -> report(results, relation, numbers, subject, total, parts, verdict, unit,
          Draft.of(ROUNDING, subject, Quantities.written(total.number(), unit),
              Quantities.show(verdict.recomputed(), unit),
              Quantities.show(verdict.difference(), unit)).severity(Severity.INFO));
      case BREAKS -> report(results, relation, numbers, subject, total, parts, verdict, unit,
          broken(subject, total, parts, verdict, unit, breaks, shortfall));
    }
  }

  /** The finding of a total its parts do not make: a slip of unit, a short list, or a wrong total. */
  private static Draft broken(
      String subject, Term total, List<Term> parts, Verdict verdict, String unit, Severity breaks,
      Severity shortfall) {
    Optional<String> slip = unitSlip(total, parts);
    if (slip.isPresent()) {
      return Draft.of(UNIT_SLIP, subject, total.number().text(), slip.get()).severity(breaks);
    }
    Message message = verdict.difference().signum() > 0 && shortfall != breaks ? SHORT : TOTAL;
    return Draft.of(message, subject, Quantities.written(total.number(), unit),
            Quantities.show(verdict.recomputed(), unit), Quantities.show(verdict.difference(), unit))
        .severity(message == SHORT ? shortfall : breaks);
  }

  /**
   * The unit the parts share in which the total, as written, is their sum — 其中完成村卫生室…补助471.23元，其中
   * 中央补助189.63万元，地方财政补助281.6万元: the total meant 万元 — if the total's own unit differs.
   */
  private static Optional<String> unitSlip(Term total, List<Term> parts) {
    Mention stated = total.number();
    String theirs = parts.get(0).number().unit();
    if (stated.kind() != MentionKind.MONEY || theirs.equals(stated.unit())
        || !parts.stream().allMatch(p -> p.number().kind() == MentionKind.MONEY
            && p.number().unit().equals(theirs))) {
      return Optional.empty();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Term p : parts) {
      sum = sum.add(p.number().value());
    }
    return sum.compareTo(stated.value()) == 0 ? Optional.of(Quantities.show(sum, theirs))
        : Optional.empty();
  }

  /** Whether the parts add up to the total exactly as written. */
  public static boolean holds(Term total, List<Term> parts) {
    return sum(total, parts, Integer.MAX_VALUE).map(s -> s.verdict().holds()).orElse(false);
  }

  /** A total against the sum of its parts, in the unit they share. */
  private record Sum(String unit, Verdict verdict, Interval range, Interval statedRange) {}

  private static Optional<Sum> sum(Term total, List<Term> parts, int atMost) {
    List<Mention> numbers = numbers(total, parts);
    Optional<String> common = Quantities.commonUnit(numbers);
    if (parts.isEmpty() || common.isEmpty() || !Quantities.allExact(numbers)) {
      return Optional.empty();
    }
    String unit = common.get();
    BigDecimal point = BigDecimal.ZERO;
    Interval range = Interval.exact(BigDecimal.ZERO);
    for (Term part : parts) {
      point = point.add(Quantities.value(part.number(), unit));
      range = range.plus(Quantities.interval(part.number(), unit, atMost));
    }
    BigDecimal stated = Quantities.value(total.number(), unit);
    int scale = Math.min(Quantities.scale(total.number(), unit), atMost);
    Interval statedRange = Quantities.interval(total.number(), unit, atMost);
    return Optional.of(new Sum(
        unit, Verdict.of(stated, scale, statedRange, point, range), range, statedRange));
  }

  private static List<Mention> numbers(Term total, List<Term> parts) {
    List<Mention> numbers = new ArrayList<>();
    numbers.add(total.number());
    parts.forEach(p -> numbers.add(p.number()));
    return numbers;
  }

  private static void report(
      Results results, String relation, List<Mention> numbers, String subject, Term total,
      List<Term> parts, Verdict verdict, String unit, Draft draft) {
    draft.subject(subject).verdict(verdict, unit).evidence(total.role(), total.number(),
        total.fact());
    for (Term part : parts) {
      draft.evidence(part.role(), part.number(), part.fact());
    }
    results.fails(relation, numbers, draft.finding());
  }

  private static String relation(Term total, List<Term> parts, boolean exhaustive) {
    StringBuilder text = new StringBuilder(total.number().text()).append(exhaustive ? " = " : " ≥ ");
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        text.append(" + ");
      }
      if (i == 8 && parts.size() > 9) {
        text.append("…（共 ").append(parts.size()).append(" 项）");
        break;
      }
      text.append(parts.get(i).number().text());
    }
    return text.toString();
  }
}
