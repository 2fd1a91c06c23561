package io.suanzhang.checks.rule;

import io.suanzhang.checks.Message;
import io.suanzhang.checks.Report;
import io.suanzhang.checks.Results;
import io.suanzhang.checks.Rule;
import io.suanzhang.checks.arithmetic.Quantities;
import io.suanzhang.checks.statement.Texts;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Direction;
import io.suanzhang.core.fact.Rate;
import io.suanzhang.core.fact.Section;
import io.suanzhang.core.mention.Mention;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@code contradiction}: statements that cannot both be true.
 *
 * <ul>
 *   <li>A rate of 100% (执行率, 完成率, 到位率) whose own amounts differ: 完成预算的100% with 预算数 5 万元
 *       and 执行数 3 万元.
 *   <li>What a report says of the final account against the budget (决算数与预算数持平, 决算数大于预算数
 *       55.93万元, 决算数小于预算数的主要原因) against the rate of completion and the amounts it states for
 *       the same item: 完成年初预算100% beside 决算数大于预算数55.93万元.
 *   <li>A direction word against the two values it compares: 持平 between 10.00万元 and 12.00万元, 增加
 *       from 60.79万元 to 58.00万元, 持平 with a change of 5万元 or 3%.
 * </ul>
 *
 * <p>Where rounding of the written numbers could reconcile the two statements (100% for 99.8%), the
 * finding is {@code info}; where only the words contradict a rounded rate, a {@code warning}.
 *
 * <p>Each kind is its own class: {@link FullRates}, {@link Directions}, {@link Claims}; this one holds
 * the messages, the patterns and the helpers they share, and runs them in turn.
 */
public final class ContradictionRule implements Rule {

  static final Message FULL_RATE = new Message(
      "contradiction.full_rate",
      "%1$s 的%2$s为 %3$s，但 %4$s 与 %5$s 不等（按所列金额为 %6$s）",
      "the %2$s of %1$s is %3$s, but %4$s and %5$s differ (the amounts give %6$s)");
  static final Message CLAIM_RATE = new Message(
      "contradiction.claim_rate",
      "%1$s 称“%2$s”，但完成预算 %3$s",
      "%1$s says “%2$s” but states a completion of %3$s");
  static final Message CLAIM_AMOUNTS = new Message(
      "contradiction.claim_amounts",
      "%1$s 称“%2$s”，但预算数为 %3$s、决算数为 %4$s",
      "%1$s says “%2$s” but states a budget of %3$s and a final account of %4$s");
  static final Message DIRECTION = new Message(
      "contradiction.direction",
      "%1$s 称“%2$s”，但前值 %3$s、现值 %4$s",
      "%1$s is said to be “%2$s”, but it was %3$s and is %4$s");
  static final Message UNCHANGED = new Message(
      "contradiction.unchanged",
      "%1$s 称“持平”，却写有变动 %2$s",
      "%1$s is said to be unchanged (持平) with a stated change of %2$s");

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  static final Pattern EQUAL =
      Pattern.compile("决算数?(?:与|和|同)(?:年初|全年|调整后?)?预算数?(基本)?持平");
  static final Pattern MORE =
      Pattern.compile("决算数?(?:大于|高于|超过|多于|超出)(?:年初|全年|调整后?)?预算数?");
  static final Pattern LESS =
      Pattern.compile("决算数?(?:小于|低于|少于)(?:年初|全年|调整后?)?预算数?");
  static final Pattern LEVEL = Pattern.compile("(?<!基本)持平");

  @Override
  public String id() {
    return "contradiction";
  }

  @Override
  public void check(Report report, Results results) {
    Texts texts = new Texts(report.text());
    for (Rate r : report.facts(Rate.class)) {
      FullRates.fullRate(r, results);
    }
    Set<Integer> compared = new HashSet<>();
    for (Comparison c : report.facts(Comparison.class)) {
      Directions.direction(report, texts, c, results, compared);
    }
    Directions.unchangedSentences(report, texts, results, compared);
    Claims.claims(report, texts, results);
  }

  /** Where the innermost section holding an offset starts, or 0. */
  static int floor(Report report, int offset) {
    Section section = null;
    for (Section s : report.analysis().sections()) {
      if (s.span().start() <= offset && offset < s.span().end()
          && (section == null || s.level() > section.level())) {
        section = s;
      }
    }
    return section == null ? 0 : section.span().start();
  }

  static @Nullable Mention nonZero(@Nullable Mention... mentions) {
    for (Mention m : mentions) {
      if (m != null && m.value().signum() != 0 && Quantities.exact(m)) {
        return m;
      }
    }
    return null;
  }

  static String word(Direction d) {
    return switch (d) {
      case INCREASE -> "增加";
      case DECREASE -> "减少";
      case UNCHANGED -> "持平";
    };
  }

  static String name(String subject) {
    return subject.isBlank() ? "（未名）" : subject;
  }

  /** The start of a sentence, to name what a fact without a subject is about. */
  static String head(String quote) {
    String q = quote.strip().replaceAll("\\s+", " ");
    return q.codePointCount(0, q.length()) <= 16 ? q : q.substring(0, q.offsetByCodePoints(0, 16)) + "…";
  }
}
