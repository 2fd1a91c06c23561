package io.suanzhang.extract.fact;

import io.suanzhang.core.fact.Amount;
import io.suanzhang.core.fact.Breakdown;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Measure;
import io.suanzhang.core.mention.Mention;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The account a self-evaluation gives of its funds: what was allocated, what was spent and what is
 * left, in sentences far apart.
 *
 * <pre>
 * 下达给我局的资金为32万元。… 其中实际支出45202元，在途资金272884元，剩余指标1914元。因审批过程长，…我单位共使用上述
 * 项目资金45202元。剩余的项目资金274798元，…
 * </pre>
 *
 * <ul>
 *   <li>a 其中 list of what was spent and what is left, with no total of its own, accounts for the
 *       funds allocated (下达, 到位) before it: 320000 = 45202 + 272884 + 1914;
 *   <li>the remainder stated after such a list, on the same line, is the sum of the list's balances:
 *       274798 = 272884 + 1914;
 *   <li>an amount spent and the remainder right after it account for the allocation: 320000 = 45202 +
 *       274798 (the remainder is the allocation less what was spent).
 * </ul>
 *
 * Each is a breakdown the sum rule checks. A list may leave a part out (其中实际支出45202元，未拨付资金272884元
 * says nothing of the 1914), so it claims no completeness; what was spent and what is left do make the
 * whole allocation, where the document allocates one sum only.
 */
final class FundsAccount {

  /** The words of a remainder: 剩余的项目资金, 结余资金, 尚未使用. */
  private static final Pattern REMAINDER = Pattern.compile("剩余|结余|未使用");
  /** How far back, in amounts, the allocation may be stated. */
  private static final int REACH = 60;

  private final List<Sentence> sentences;
  private final FactContext context;
  private final Map<Mention, Amount> amounts = new HashMap<>();
  private final List<Amount> inOrder = new ArrayList<>();
  private final Set<Mention> parts = new HashSet<>();
  private final boolean singleAllocation;

  private FundsAccount(FactContext context, List<Sentence> sentences, List<Fact> facts) {
    this.context = context;
    this.sentences = sentences;
    for (Fact f : facts) {
      if (f instanceof Amount a) {
        amounts.putIfAbsent(a.value(), a);
        inOrder.add(a);
      } else if (f instanceof Breakdown b) {
        b.parts().forEach(p -> parts.add(p.value()));
      }
    }
    inOrder.sort((a, b) -> Integer.compare(a.value().start(), b.value().start()));
    singleAllocation = singleAllocation(inOrder);
  }

  /** The facts, with such lists given their allocation, and the account's other sums added. */
  static List<Fact> complete(FactContext context, List<Sentence> sentences, List<Fact> facts) {
    FundsAccount account = new FundsAccount(context, sentences, facts);
    List<Fact> out = new ArrayList<>(facts.size());
    List<Fact> added = new ArrayList<>();
    for (Fact f : facts) {
      if (f instanceof Breakdown b && b.total() == null && account.spentAndLeft(b)) {
        Amount allocation = account.allocationBefore(
            b.span().start(), b.parts().stream().map(Breakdown.Part::value).toList());
        out.add(allocation == null ? b
            : new Breakdown(b.id(), b.section(), allocation.subject(), allocation.value(), b.parts(), false,
                b.span(), b.quote()));
        Breakdown remainder = account.remainderAfter(b);
        if (remainder != null) {
          added.add(remainder);
        }
      } else {
        out.add(f);
      }
    }
    added.addAll(account.spentThenLeft());
    out.addAll(added);
    return out;
  }

  private @Nullable Measure measure(Mention m) {
    Amount a = amounts.get(m);
    return a == null ? null : a.measure();
  }

  /** Whether every part of a list is spent or left, and it has one of each. */
  private boolean spentAndLeft(Breakdown b) {
    boolean spent = false;
    boolean left = false;
    for (Breakdown.Part p : b.parts()) {
      Measure m = measure(p.value());
      if (m == Measure.EXECUTION) {
        spent = true;
      } else if (m == Measure.BALANCE) {
        left = true;
      } else {
        return false;
      }
    }
    return spent && left && b.parts().size() >= 2;
  }

  /** The nearest allocation before an offset that is at least as large as the largest listed amount. */
  private @Nullable Amount allocationBefore(int offset, List<Mention> listed) {
    BigDecimal largest = BigDecimal.ZERO;
    for (Mention p : listed) {
      largest = largest.max(Sums.value(p));
    }
    Mention first = listed.get(0);
    int lo = 0;
    int hi = inOrder.size();
    while (lo < hi) { // the first amount at or after the offset
      int mid = (lo + hi) >>> 1;
      if (inOrder.get(mid).value().start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo - 1; i >= 0 && i >= lo - REACH; i--) {
      Amount a = inOrder.get(i);
      if ((a.measure() == Measure.ALLOCATED || a.measure() == Measure.ARRIVED) && !parts.contains(a.value())
          && Sums.addable(a.value(), first) && Sums.value(a.value()).compareTo(largest) >= 0) {
        return a;
      }
    }
    return null;
  }

  /** The remainder stated after a list, on its line: the sum of the list's balances, if it has two. */
  private @Nullable Breakdown remainderAfter(Breakdown b) {
    List<Breakdown.Part> left = new ArrayList<>();
    for (Breakdown.Part p : b.parts()) {
      if (measure(p.value()) == Measure.BALANCE) {
        left.add(p);
      }
    }
    Mention last = b.parts().get(b.parts().size() - 1).value();
    int index = indexOf(last.start());
    if (left.size() < 2 || index < 0) {
      return null;
    }
    for (int k = index; k < sentences.size() && (k == index || !sentences.get(k).lineStart()); k++) {
      for (Mention m : sentences.get(k).mentions()) {
        Amount a = amounts.get(m);
        if (m.start() > last.end() && a != null && isRemainder(a) && Sums.addable(m, last)) {
          Sentence s = sentences.get(k);
          return new Breakdown(context.nextId(), a.section(), a.subject(), m, left, false,
              context.span(b.span().start(), s.end()), context.quote(b.span().start(), s.end()));
        }
      }
    }
    return null;
  }

  /**
   * An amount spent followed by the remainder, with no other amount between them on the line: 共使用上述项目资金
   * 45202元。剩余的项目资金274798元 — with the allocation before them, the three make an account.
   */
  private List<Breakdown> spentThenLeft() {
    List<Breakdown> out = new ArrayList<>();
    Amount spent = null;
    Sentence spentIn = null;
    for (Sentence s : sentences) {
      if (s.lineStart()) {
        spent = null;
      }
      for (Mention m : s.mentions()) {
        Amount a = amounts.get(m);
        if (a == null) {
          continue;
        }
        if (spent != null && isRemainder(a) && !parts.contains(m) && Sums.addable(m, spent.value())) {
          Amount allocation = allocationBefore(spent.value().start(), List.of(spent.value(), m));
          if (allocation != null) {
            out.add(new Breakdown(context.nextId(), spent.section(), allocation.subject(), allocation.value(),
                List.of(new Breakdown.Part(spent.subject(), spent.value(), null), new Breakdown.Part(a.subject(), m, null)),
                singleAllocation, context.span(spentIn.start(), s.end()), context.quote(spentIn.start(), s.end())));
          }
        }
        boolean isSpent = a.measure() == Measure.EXECUTION && !parts.contains(m);
        spent = isSpent ? a : null;
        spentIn = isSpent ? s : spentIn;
      }
    }
    return out;
  }

  /**
   * Whether the document allocates one sum only (however often it states it): then what was spent and
   * what is left make all of it, and a remainder that is not the allocation less the spending is an
   * error. With several allocations (a central and a provincial batch) the nearest may be one of them.
   */
  private static boolean singleAllocation(List<Amount> inOrder) {
    BigDecimal one = null;
    for (Amount a : inOrder) {
      if (a.measure() == Measure.ALLOCATED || a.measure() == Measure.ARRIVED) {
        BigDecimal v = Sums.value(a.value());
        if (one != null && one.compareTo(v) != 0) {
          return false;
        }
        one = v;
      }
    }
    return one != null;
  }

  private static boolean isRemainder(Amount a) {
    return a.measure() == Measure.BALANCE && REMAINDER.matcher(a.subject()).find();
  }

  private int indexOf(int offset) {
    Sentence s = Sentences.at(sentences, offset);
    return s == null ? -1 : sentences.indexOf(s);
  }
}
