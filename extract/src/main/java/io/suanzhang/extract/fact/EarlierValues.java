package io.suanzhang.extract.fact;

import io.suanzhang.core.fact.Amount;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.mention.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The current value of a comparison that states only its change, found where the report states it
 * before: 2020年度一般公共预算财政拨款“三公”经费支出决算为13.49万元…。2020年度一般公共预算财政拨款“三公”经费支出
 * 决算数比2019年减少18.17万元，下降57.41% compares the 13.49. The nearest amount before it whose subject
 * is the comparison's, in the same unit kind, within a reach of amounts; without one the comparison
 * keeps no current value.
 */
final class EarlierValues {

  /** How far back, in amounts, the value may be stated. */
  private static final int REACH = 60;

  private EarlierValues() {}

  static List<Fact> resolve(List<Fact> facts) {
    List<Amount> amounts = new ArrayList<>();
    for (Fact f : facts) {
      if (f instanceof Amount a) {
        amounts.add(a);
      }
    }
    amounts.sort(Comparator.comparingInt(a -> a.value().start()));
    List<Fact> out = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      out.add(f instanceof Comparison c && c.current() == null && c.base() == null
          && c.change() != null && !c.subject().isEmpty() ? withCurrent(c, amounts) : f);
    }
    return out;
  }

  private static Comparison withCurrent(Comparison c, List<Amount> amounts) {
    String subject = Labels.subject(c.subject());
    if (subject.codePointCount(0, subject.length()) < 4) {
      return c; // 支出, 费: too little to name one figure
    }
    Mention change = c.change();
    int at = c.span().start();
    int seen = 0;
    for (int i = amounts.size() - 1; i >= 0 && seen < REACH; i--) {
      Amount a = amounts.get(i);
      if (a.value().end() > at) {
        continue;
      }
      seen++;
      if (Labels.subject(a.subject()).equals(subject) && Sums.addable(a.value(), change)) {
        return new Comparison(c.id(), c.section(), c.subject(), c.baseYear(), a.value(), null,
            c.direction(), change, c.rate(), c.span(), c.quote());
      }
    }
    return c;
  }
}
