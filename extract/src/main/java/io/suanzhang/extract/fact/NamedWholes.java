package io.suanzhang.extract.fact;

import io.suanzhang.core.fact.Amount;
import io.suanzhang.core.fact.Breakdown;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.mention.Mention;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole a share names but its sentence does not state, found where the report states it:
 * 收入合计25,031.67万元。…事业收入0万元，占收入合计0%；其他收入91.33万元，占收入合计0.36% takes the 25,031.67;
 * 非税收入累计完成97431万元，占一般公共预算收入的31.4% takes the 一般公共预算收入 stated before it. The
 * nearest amount before the shares whose subject is the named whole, and no smaller than any part,
 * is the whole; without one the shares stay without a total.
 */
final class NamedWholes {

  /** How far back a whole may be stated, in facts: the section around it, not the whole report. */
  private static final int REACH = 200;

  private NamedWholes() {}

  /** The facts, with each share list of a named whole given the amount that states it; in order. */
  static List<Fact> resolve(List<Fact> facts) {
    List<Amount> amounts = new ArrayList<>();
    for (Fact f : facts) {
      if (f instanceof Amount a) {
        amounts.add(a);
      }
    }
    amounts.sort(java.util.Comparator.comparingInt(a -> a.value().start()));
    List<Fact> out = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      out.add(f instanceof Breakdown b && b.total() == null ? withWhole(b, amounts) : f);
    }
    return out;
  }

  private static Breakdown withWhole(Breakdown b, List<Amount> amounts) {
    if (b.parts().stream().anyMatch(p -> p.share() == null) || !b.quote().contains("占" + b.subject())
        && !b.quote().contains("占" + b.subject().replace("的", ""))) {
      return b; // not shares of a whole the sentence names
    }
    String whole = Labels.subject(b.subject());
    if (whole.codePointCount(0, whole.length()) < 2) {
      return b;
    }
    int first = b.parts().get(0).value().start();
    java.math.BigDecimal largest = java.math.BigDecimal.ZERO;
    for (Breakdown.Part p : b.parts()) {
      largest = largest.max(Sums.value(p.value()));
    }
    int checked = 0;
    for (int i = lastBefore(amounts, first); i >= 0 && checked < REACH; i--, checked++) {
      Amount a = amounts.get(i);
      Mention m = a.value();
      if (names(Labels.subject(a.subject()), whole) && Sums.addable(m, b.parts().get(0).value())
          && Sums.value(m).compareTo(largest) >= 0) {
        return new Breakdown(
            b.id(), b.section(), b.subject(), m, b.parts(), false, b.span(), b.quote());
      }
    }
    return b;
  }

  /** Whether an amount's subject is the whole: the same words, or a longer name ending in them. */
  private static boolean names(String subject, String whole) {
    return subject.equals(whole) || (whole.length() >= 4 && subject.endsWith(whole));
  }

  private static int lastBefore(List<Amount> amounts, int offset) {
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
    return lo - 1;
  }
}
