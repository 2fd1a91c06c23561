package io.suanzhang.extract.fact;

import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.math.BigDecimal;
import java.util.List;

/**
 * Adding mentions up, for the one place where the fact readers let arithmetic decide: where a list
 * that prose does not close ends. 共64次，其中…15次…，…49次监管，定点药店开展106次监管 reads 64 = 15 + 49, and
 * 106 as a statement of its own, because 15 + 49 is 64 and 15 + 49 + 106 is not. Only exact sums
 * decide: a sum that holds within rounding (365.58 for 365.59) leaves the list as written, and
 * whether totals hold is the checks' business, not this.
 */
final class Sums {

  private Sums() {}

  /** Whether two numbers measure the same thing: both money, or the same kind with the same unit. */
  static boolean addable(Mention a, Mention b) {
    if (a.kind() != b.kind()) {
      return false;
    }
    return a.kind() == MentionKind.MONEY || a.unit().equals(b.unit());
  }

  /** Whether the parts add up to the total exactly. */
  static boolean adds(Mention total, List<Mention> parts) {
    return sum(parts).compareTo(value(total)) == 0;
  }

  /**
   * How many leading parts make up the total: all of them, unless together they exceed it while a
   * leading run of at least two parts, each above zero and below the total, adds up to it exactly;
   * then that run. A zero total or a part as large as the total tells nothing.
   */
  static int closingRun(Mention total, List<Mention> parts) {
    BigDecimal whole = value(total);
    if (whole.signum() <= 0 || sum(parts).compareTo(whole) <= 0) {
      return parts.size();
    }
    BigDecimal run = BigDecimal.ZERO;
    for (int k = 0; k < parts.size() - 1; k++) {
      BigDecimal v = value(parts.get(k));
      if (v.signum() <= 0 || v.compareTo(whole) >= 0) {
        return parts.size();
      }
      run = run.add(v);
      if (k >= 1 && run.compareTo(whole) == 0) {
        return k + 1;
      }
    }
    return parts.size();
  }

  /**
   * Whether the numbers can be a total and its parts at all: no part is larger than the total, and
   * one that is as large leaves nothing to the others. 收、支预算总计各24,169.74万元。其中：（一）收入预算总计
   * 24,169.74万元 …（二）支出预算总计 24,169.74万元 lists two views of the total, not two parts.
   */
  static boolean plausible(Mention total, List<Mention> parts) {
    BigDecimal whole = value(total);
    int full = 0;
    int nonZero = 0;
    for (Mention p : parts) {
      BigDecimal v = value(p);
      if (v.compareTo(whole) > 0) {
        return false;
      }
      full += v.compareTo(whole) == 0 && v.signum() != 0 ? 1 : 0;
      nonZero += v.signum() != 0 ? 1 : 0;
    }
    return full == 0 || nonZero == 1;
  }

  static BigDecimal sum(List<Mention> parts) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Mention p : parts) {
      sum = sum.add(value(p));
    }
    return sum;
  }

  /** The value to add: 元 for money, the number as written for anything else. */
  static BigDecimal value(Mention m) {
    BigDecimal yuan = m.yuan();
    return yuan != null ? yuan : m.value();
  }
}
