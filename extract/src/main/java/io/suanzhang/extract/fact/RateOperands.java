package io.suanzhang.extract.fact;

import io.suanzhang.core.fact.Amount;
import io.suanzhang.core.fact.Breakdown;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Measure;
import io.suanzhang.core.fact.Rate;
import io.suanzhang.core.fact.RateKind;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The operands of rates that {@link Amounts} could not find in the rate's own clauses, looked up
 * among the amounts read from the prose around it:
 *
 * <ul>
 *   <li>a rate in a sentence without amounts takes its numerator from the sentences before it on
 *       the same line: 实际落实到位资金共计7096.40万元，其中…。资金到位率100%;
 *   <li>a rate with a numerator but no denominator takes the 预算数 (调整后 first) stated for the same
 *       subject in the same section, the nearest to it: 项目全年预算数3万元。…执行数为3万元，完成预算的100%;
 *   <li>a rate that a later paragraph explains under its own name (资金支付进度100%, then 资金支付进度：
 *       …) takes what that paragraph states as spent, summed when it lists several amounts.
 * </ul>
 *
 * Parts of a breakdown are never operands (中央拨付5043万元 is a part of the 7096.40, not what 到位率
 * divides by). What the text does not state stays null: 决算数与预算数持平 names no budget figure.
 */
final class RateOperands {

  private static final Set<RateKind> OF_BUDGET =
      Set.of(RateKind.EXECUTION, RateKind.COMPLETION, RateKind.ARRIVAL);
  /** Amounts a rate divides by rather than what it measures. */
  private static final Set<Measure> FUNDS =
      Set.of(Measure.ARRIVED, Measure.ADJUSTED_BUDGET, Measure.BUDGET, Measure.ALLOCATED);
  /** How many paragraphs after a rate the one explaining it may start. */
  private static final int EXPLAINED_WITHIN = 3;

  private final List<Sentence> sentences;
  private final Map<Mention, Amount> amounts = new HashMap<>();
  private final List<Amount> inOrder = new ArrayList<>();
  private final Set<Mention> parts = new HashSet<>();

  private RateOperands(List<Sentence> sentences, List<Fact> facts) {
    this.sentences = sentences;
    for (Fact f : facts) {
      if (f instanceof Amount a) {
        amounts.put(a.value(), a);
        inOrder.add(a);
      } else if (f instanceof Breakdown b && b.total() != null) {
        b.parts().forEach(p -> parts.add(p.value()));
      }
    }
    inOrder.sort(Comparator.comparingInt(a -> a.value().start()));
  }

  /** The facts with every rate given what operands the prose around it states; in the same order. */
  static List<Fact> complete(List<Sentence> sentences, List<Fact> facts) {
    RateOperands operands = new RateOperands(sentences, facts);
    List<Fact> out = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      out.add(f instanceof Rate r && OF_BUDGET.contains(r.measure()) ? operands.complete(r) : f);
    }
    return out;
  }

  private Rate complete(Rate rate) {
    Mention numerator = rate.numerator();
    String subject = rate.subject();
    if (numerator == null) {
      Amount done = doneBefore(rate);
      if (done != null) {
        numerator = done.value();
        subject = done.subject();
      } else {
        Rate explained = explained(rate);
        if (explained != null) {
          return explained;
        }
      }
    }
    Mention denominator = rate.denominator();
    Amount done = numerator == null ? null : amounts.get(numerator);
    if (denominator == null && done != null) {
      Amount budget = budgetOf(done, rate);
      denominator = budget == null ? null : budget.value();
    }
    if (numerator == rate.numerator() && denominator == rate.denominator()) {
      return rate;
    }
    return new Rate(
        rate.id(), rate.section(), subject, rate.measure(), rate.value(), numerator, denominator,
        rate.span(), rate.quote());
  }

  /**
   * What the rate measures, from the sentences before it on its line, when its own sentence states
   * no amount before it: the last amount of the rate's measure (到位 for 到位率; 执行, 决算 or 支出
   * otherwise).
   */
  private @Nullable Amount doneBefore(Rate rate) {
    int index = indexOf(rate.value().start());
    if (index <= 0) {
      return null;
    }
    Sentence own = sentences.get(index);
    for (Mention m : own.mentions()) {
      if (m.end() <= rate.value().start() && m.kind() == MentionKind.MONEY) {
        return null; // its own clauses have amounts, just none of the right measure
      }
    }
    Set<Measure> wanted = rate.measure() == RateKind.ARRIVAL
        ? Set.of(Measure.ARRIVED)
        : Set.of(Measure.EXECUTION, Measure.FINAL_ACCOUNT, Measure.EXPENDITURE);
    for (int k = index - 1; k >= 0 && !sentences.get(k + 1).lineStart(); k--) {
      List<Mention> before = sentences.get(k).mentions();
      for (int j = before.size() - 1; j >= 0; j--) {
        Amount a = amounts.get(before.get(j));
        if (a != null && !parts.contains(a.value()) && wanted.contains(a.measure())) {
          return a;
        }
      }
    }
    return null;
  }

  /**
   * A rate that a paragraph after it explains under its own name: 资金支付进度100% in a summary line,
   * then 资金支付进度：…发放救助金4822.4935万元，…给予补贴2170.6240万元. The rate divides what that
   * paragraph states as spent (their sum when it lists several amounts and no total) by the funds it
   * names; when it names none, by the funds the report states as in place (到位) or else budgeted,
   * provided it states one such figure only. Null when no paragraph explains the rate.
   */
  private @Nullable Rate explained(Rate rate) {
    int index = indexOf(rate.value().start());
    if (index < 0) {
      return null;
    }
    String name = sentences.get(index).lead(rate.value());
    if (name.codePointCount(0, name.length()) < 3) {
      return null; // 进度 or 比例 alone names no paragraph
    }
    int paragraphs = 0;
    for (int k = index + 1; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      if (!s.lineStart()) {
        continue;
      }
      if (++paragraphs > EXPLAINED_WITHIN) {
        break;
      }
      String text = s.text().strip();
      if (text.startsWith(name) && text.length() > name.length()
          && "：:".indexOf(text.charAt(name.length())) >= 0) {
        return explainedBy(rate, paragraphOf(s.start()));
      }
    }
    return null;
  }

  private @Nullable Rate explainedBy(Rate rate, int[] paragraph) {
    List<Amount> spent = new ArrayList<>();
    List<Amount> funds = new ArrayList<>();
    for (Amount a : inOrder) {
      if (!within(a, paragraph) || parts.contains(a.value())) {
        continue;
      }
      if (FUNDS.contains(a.measure())) {
        funds.add(a);
      } else if (a.measure() != Measure.BALANCE && a.measure() != Measure.INCOME) {
        spent.add(a);
      }
    }
    if (spent.isEmpty()) {
      return null;
    }
    Mention denominator = rate.denominator() != null ? rate.denominator()
        : funds.size() == 1 ? funds.get(0).value()
        : funds.isEmpty() ? onlyFunds() : null;
    List<Mention> paid = spent.stream().map(Amount::value).toList();
    return new Rate(rate.id(), rate.section(), rate.subject(), rate.measure(), rate.value(),
        paid.size() == 1 ? paid.get(0) : null, denominator,
        paid.size() == 1 ? List.of() : paid, rate.span(), rate.quote());
  }

  /**
   * The report's funds when it states one figure for them: in place (到位) first, else the adjusted
   * or initial budget. Two different figures of the measure leave the rate without a denominator.
   */
  private @Nullable Mention onlyFunds() {
    for (Measure measure : List.of(Measure.ARRIVED, Measure.ADJUSTED_BUDGET, Measure.BUDGET)) {
      Mention only = null;
      for (Amount a : inOrder) {
        if (a.measure() != measure || parts.contains(a.value())) {
          continue;
        }
        if (only != null && !sameAmount(only, a.value())) {
          return null;
        }
        only = only == null ? a.value() : only;
      }
      if (only != null) {
        return only;
      }
    }
    return null;
  }

  private static boolean sameAmount(Mention a, Mention b) {
    return a.yuan() != null && b.yuan() != null ? a.yuan().compareTo(b.yuan()) == 0
        : a.value().compareTo(b.value()) == 0 && Objects.equals(a.unit(), b.unit());
  }

  /**
   * The budget stated for the numerator's subject in the rate's section, the nearest before the
   * rate, else the nearest after it; never a part of a breakdown. Outside the rate's paragraph both
   * sentences must name the subject: items of one section ("2. …信息化建设(项)。年初预算为135.90万元…"
   * and "3. …行政运行(项)。支出决算为 37.61 万元，完成年初预算100%") often inherit the same subject
   * without stating it.
   */
  private @Nullable Amount budgetOf(Amount done, Rate rate) {
    int[] paragraph = paragraphOf(rate.value().start());
    Amount before = null;
    Amount after = null;
    // funds 下达 (allocated) are the budget of what was paid out of them when no budget is stated:
    // 收到上级下达…补助资金118.92万元，全年发放108.61万元。…项目预算执行率91.33%
    for (Measure measure : List.of(Measure.ADJUSTED_BUDGET, Measure.BUDGET, Measure.ALLOCATED)) {
      for (Amount a : inOrder) {
        // 全县政府性基金支出预算21.56亿元。…支出预算调整为19.44亿元。实际完成15.17亿元，为调整预算的78%: an
        // amount that names nothing itself is of the paragraph's subject, whatever it was given
        boolean sameSubject = a.subject().equals(done.subject()) || !named(done) && within(a, paragraph);
        if (a.measure() != measure || a == done || parts.contains(a.value()) || !sameSubject
            || !Objects.equals(a.section(), rate.section())
            || !(within(a, paragraph) || named(a) && named(done))) {
          continue;
        }
        if (a.value().start() < rate.value().start()) {
          before = a;
        } else if (after == null) {
          after = a;
        }
      }
      if (before != null || after != null) {
        return before != null ? before : after;
      }
    }
    return null;
  }

  private static boolean within(Amount a, int[] paragraph) {
    return a.value().start() >= paragraph[0] && a.value().start() < paragraph[1];
  }

  /** Whether an amount's sentence states its subject rather than inheriting it. */
  private static boolean named(Amount a) {
    return a.quote().contains(a.subject());
  }

  /** The start and end offsets of the line of sentences holding an offset. */
  private int[] paragraphOf(int offset) {
    int index = indexOf(offset);
    if (index < 0) {
      return new int[] {offset, offset + 1};
    }
    int first = index;
    while (first > 0 && !sentences.get(first).lineStart()) {
      first--;
    }
    int last = index;
    while (last + 1 < sentences.size() && !sentences.get(last + 1).lineStart()) {
      last++;
    }
    return new int[] {sentences.get(first).start(), sentences.get(last).end()};
  }

  private int indexOf(int offset) {
    Sentence s = Sentences.at(sentences, offset);
    return s == null ? -1 : sentences.indexOf(s);
  }
}
