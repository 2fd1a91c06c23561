package io.suanzhang.extract.fact;

import io.suanzhang.core.fact.Amount;
import io.suanzhang.core.fact.Breakdown;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.mention.Mention;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Values a statement names but does not state, found where the report stated them before (a share's
 * whole after it too, when nothing before names it):
 *
 * <ul>
 *   <li>the whole of shares: 收入合计25,031.67万元。…其他收入91.33万元，占收入合计0.36% takes the 25,031.67;
 *       非税收入97431万元，占一般公共预算收入的31.4% takes the 一般公共预算收入 stated before it;
 *   <li>the current value of a comparison that states only its change: 2020年度…“三公”经费支出决算为
 *       13.49万元…。2020年度…“三公”经费支出决算数比2019年减少18.17万元，下降57.41% compares the 13.49.
 * </ul>
 *
 * Each takes the nearest amount before it whose subject is the one named, within a reach of amounts;
 * without one the statement keeps what it had.
 */
final class StatedBefore {

  /** How far back, in amounts, a value may be stated: the section around it, not the whole report. */
  private static final int REACH = 60;

  private final List<Amount> amounts = new ArrayList<>();
  /**
   * Comparisons stating a value and its change, by that value, and those stating a rate, by the rate:
   * a restated value or rate is looked up, not searched for among all of them.
   */
  private final Map<BigDecimal, List<Comparison>> byCurrent = new HashMap<>();
  private final Map<BigDecimal, List<Comparison>> byRate = new HashMap<>();

  private StatedBefore(List<Fact> facts) {
    for (Fact f : facts) {
      if (f instanceof Amount a) {
        amounts.add(a);
      } else if (f instanceof Comparison c) {
        if (c.current() != null && c.change() != null) {
          byCurrent.computeIfAbsent(c.current().value().stripTrailingZeros(), k -> new ArrayList<>()).add(c);
        }
        if (c.current() != null && c.change() != null && c.rate() != null) {
          byRate.computeIfAbsent(c.rate().value().stripTrailingZeros(), k -> new ArrayList<>()).add(c);
        }
      }
    }
    amounts.sort(Comparator.comparingInt(a -> a.value().start()));
  }

  /** The facts, with share lists and comparisons given the values they name; in the same order. */
  static List<Fact> resolve(List<Fact> facts) {
    StatedBefore before = new StatedBefore(facts);
    List<Fact> out = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      if (f instanceof Breakdown b && b.total() == null) {
        out.add(before.withWhole(b));
      } else if (f instanceof Comparison c && c.current() == null && c.base() == null
          && c.change() != null && !c.subject().isEmpty()) {
        out.add(before.withCurrent(c));
      } else if (f instanceof Comparison c && c.current() != null && c.base() == null
          && c.change() == null) {
        out.add(before.restated(c));
      } else if (f instanceof Comparison c && c.current() == null && c.base() == null
          && c.change() == null && c.rate() != null) {
        out.add(before.headline(c));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  private Breakdown withWhole(Breakdown b) {
    if (b.parts().stream().anyMatch(p -> p.share() == null)
        // the subject is read in simplified characters, the quote is as written (占一般公共預算支出的)
        || !BLANKS.matcher(Simplified.of(b.quote())).replaceAll("").replace("的", "")
            .contains("占" + b.subject().replace("的", ""))) {
      return b; // not shares of a whole the sentence names
    }
    String whole = key(b.subject());
    if (whole.codePointCount(0, whole.length()) < 2) {
      return b;
    }
    Mention part = b.parts().get(0).value();
    BigDecimal largest = BigDecimal.ZERO;
    for (Breakdown.Part p : b.parts()) {
      largest = largest.max(Sums.value(p.value()));
    }
    BigDecimal atLeast = largest;
    Predicate<Amount> isWhole = m -> names(m, whole) && Sums.addable(m.value(), part)
        && Sums.value(m.value()).compareTo(atLeast) >= 0;
    Mention found = nearest(part.start(), isWhole);
    // a page that opens inside a section states the whole further on: 工资福利支出预算 905709.06 元，占基本
    // 支出预算 79.89%，… 一般公共预算基本支出 1133753.33 元，其中：…
    found = found != null ? found : nearestAfter(b.parts().get(b.parts().size() - 1).value().end(), isWhole);
    return found == null ? b
        : new Breakdown(b.id(), b.section(), b.subject(), found, b.parts(), false, b.span(), b.quote());
  }

  private Comparison withCurrent(Comparison c) {
    String subject = key(c.subject());
    if (subject.codePointCount(0, subject.length()) < 4) {
      return c; // 支出, 费: too little to name one figure
    }
    Mention change = c.change();
    // an amount's subject may say more before the same name: the department and year that open a
    // report (中国人民政治协商会议…委员会2022年度一般公共预算财政拨款“三公”经费支出决算为65000.00元)
    Mention found = nearest(c.span().start(),
        a -> key(a.subject()).endsWith(subject) && Sums.addable(a.value(), change));
    return found == null ? c
        : new Comparison(c.id(), c.section(), c.subject(), c.baseYear(), found, null, c.direction(),
            change, c.rate(), c.span(), c.quote());
  }

  /**
   * A rate restated for a value already compared with its change: …基本支出…，同比减少 4966.66 元，下降 0.2%。… 六、一般
   * 公共预算基本支出情况说明 2024 年本年一般公共预算基本支出 2476260.58 元，较上年减少 0.2%. The same value
   * (same amount, same unit) compared the same way before gives the change; the nearest such comparison
   * is taken, and none when the direction differs.
   */
  private Comparison restated(Comparison c) {
    Mention current = c.current();
    Comparison found = null;
    for (Comparison other : byCurrent.getOrDefault(current.value().stripTrailingZeros(), List.of())) {
      Mention value = other.current();
      if (other.direction() == c.direction() && value.unit().equals(current.unit())
          && value.value().compareTo(current.value()) == 0 && !value.equals(current)
          && (found == null || Math.abs(value.start() - current.start())
              < Math.abs(found.current().start() - current.start()))) {
        found = other;
      }
    }
    return found == null ? c
        : new Comparison(c.id(), c.section(), c.subject(), c.baseYear(), current, null, c.direction(),
            found.change(), c.rate(), c.span(), c.quote());
  }

  /**
   * A rate a title or summary states, which the text then states again with its values: 审计署2015年“三公”
   * 经费预算比上年降15% over …2015年其“三公”经费预算总额为2226.28万元…，比2014年预算减少400.07万元，降低15%.
   * The nearest comparison with the same rate, direction and words at the end of its subject (four
   * characters at least: “三公”经费) gives the value and the change.
   */
  private Comparison headline(Comparison c) {
    String subject = key(c.subject());
    Comparison found = null;
    for (Comparison other : byRate.getOrDefault(c.rate().value().stripTrailingZeros(), List.of())) {
      if (other.direction() == c.direction()
          && other.rate().value().compareTo(c.rate().value()) == 0 && !other.rate().equals(c.rate())
          && commonEnd(key(other.subject()), subject) >= 4
          && (found == null || Math.abs(other.span().start() - c.span().start())
              < Math.abs(found.span().start() - c.span().start()))) {
        found = other;
      }
    }
    return found == null ? c
        : new Comparison(c.id(), c.section(), c.subject(), c.baseYear(), found.current(), null,
            c.direction(), found.change(), c.rate(), c.span(), c.quote());
  }

  /** How many code points two names share at their ends. */
  private static int commonEnd(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
      n++;
    }
    return n;
  }

  /** Whether an amount's subject is the whole: the same words, or a longer name ending in them. */
  private static boolean names(Amount a, String whole) {
    // 本年支出预算合计 is the 本年支出合计 a budget names: the stage word inside a name says nothing more
    String subject = STAGE.matcher(key(a.subject())).replaceAll("");
    // 占全部组织财政收入的: all of it is what the name already says
    String named = STAGE.matcher(whole).replaceAll("").replaceFirst("^全部", "");
    // 财政拨款收支总预算 7,057,486.18 元 is the 支出总预算 its items are shares of, and the 收入总预算: a
    // budget's two sides balance
    for (String side : new String[] {"支出", "收入"}) {
      if (named.contains(side) && !named.contains("收支")) {
        subject = subject.replace("收支", side);
      }
    }
    return subject.equals(named) || (named.length() >= 2 && subject.endsWith(named)
        && !LEVEL.matcher(subject.substring(0, subject.length() - named.length())).find());
  }

  /**
   * A level before a name makes a part of the whole, not the whole: 旗级一般公共预算收入 and 盟本级… are
   * parts of the 一般公共预算收入 of 全盟. A department and year before it do not (中国…委员会2022年度…).
   */
  private static final java.util.regex.Pattern LEVEL = java.util.regex.Pattern.compile("级$");

  /** A line break inside a wrapped word: 占基本支出预⏎算0.52%. */
  private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");

  private static final java.util.regex.Pattern STAGE = java.util.regex.Pattern.compile("预算|决算");

  /**
   * A subject as compared: its words without measure and link words, taken off until none is left,
   * so that 基本支出预算 and 基本支出 (an amount's subject, already stripped once) meet as 基本.
   */
  private static String key(String subject) {
    String s = subject;
    for (String next = Labels.subject(s); !next.equals(s) && !next.isEmpty(); next = Labels.subject(s)) {
      s = next;
    }
    return s;
  }

  /** The value of the nearest amount starting at or after {@code offset} that passes, within the reach. */
  private @Nullable Mention nearestAfter(int offset, Predicate<Amount> passes) {
    int lo = 0;
    int hi = amounts.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (amounts.get(mid).value().start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < amounts.size() && i < lo + REACH; i++) {
      if (passes.test(amounts.get(i))) {
        return amounts.get(i).value();
      }
    }
    return null;
  }

  /** The value of the nearest amount ending before {@code offset} that passes, within the reach. */
  private @Nullable Mention nearest(int offset, Predicate<Amount> passes) {
    int lo = 0;
    int hi = amounts.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (amounts.get(mid).value().end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo - 1; i >= 0 && i >= lo - REACH; i--) {
      if (passes.test(amounts.get(i))) {
        return amounts.get(i).value();
      }
    }
    return null;
  }
}
