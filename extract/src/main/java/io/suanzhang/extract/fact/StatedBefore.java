package io.suanzhang.extract.fact;

import io.suanzhang.core.fact.Amount;
import io.suanzhang.core.fact.Breakdown;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.mention.Mention;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

  private StatedBefore(List<Fact> facts) {
    for (Fact f : facts) {
      if (f instanceof Amount a) {
        amounts.add(a);
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

  /** Whether an amount's subject is the whole: the same words, or a longer name ending in them. */
  private static boolean names(Amount a, String whole) {
    // 本年支出预算合计 is the 本年支出合计 a budget names: the stage word inside a name says nothing more
    String subject = STAGE.matcher(key(a.subject())).replaceAll("");
    String named = STAGE.matcher(whole).replaceAll("");
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
