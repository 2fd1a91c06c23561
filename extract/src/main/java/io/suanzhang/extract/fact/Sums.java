package io.suanzhang.extract.fact;

import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.math.BigDecimal;
import java.util.List;

/**
 * Adding mentions up, for the one place where the fact readers let arithmetic decide: where a list
 * that prose does not close ends. 共64次，其中…15次…，…49次监管，定点药店开展106次监管 reads 64 = 15 + 49, and
 * 106 as a statement of its own, because 15 + 49 is 64 and 15 + 49 + 106 is not. Checking whether
 * totals hold is the checks' business, not this.
 */
final class Sums {

  private static final BigDecimal HALF = new BigDecimal("0.5");

  private Sums() {}

  /** Whether two numbers measure the same thing: both money, or the same kind with the same unit. */
  static boolean addable(Mention a, Mention b) {
    if (a.kind() != b.kind()) {
      return false;
    }
    return a.kind() == MentionKind.MONEY || a.unit().equals(b.unit());
  }

  /** Whether the parts add up to the total, within the rounding of the digits written. */
  static boolean adds(Mention total, List<Mention> parts) {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal slack = slack(total);
    for (Mention p : parts) {
      sum = sum.add(value(p));
      slack = slack.add(slack(p));
    }
    return sum.subtract(value(total)).abs().compareTo(slack) <= 0;
  }

  /**
   * How many leading parts make up the total: all of them, unless together they exceed it while a
   * leading run of at least two adds up to it exactly (within rounding); then that run.
   */
  static int closingRun(Mention total, List<Mention> parts) {
    if (value(total).signum() <= 0) {
      return parts.size(); // any run of zeros makes a zero total: nothing to tell by
    }
    BigDecimal all = BigDecimal.ZERO;
    for (Mention p : parts) {
      all = all.add(value(p));
    }
    if (all.compareTo(value(total).add(slack(total))) <= 0) {
      return parts.size();
    }
    for (int k = 2; k < parts.size(); k++) {
      if (adds(total, parts.subList(0, k))) {
        return k;
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
    BigDecimal whole = value(total).add(slack(total));
    int full = 0;
    int nonZero = 0;
    for (Mention p : parts) {
      BigDecimal v = value(p);
      if (v.compareTo(whole) > 0) {
        return false;
      }
      full += v.compareTo(value(total)) == 0 && v.signum() != 0 ? 1 : 0;
      nonZero += v.signum() != 0 ? 1 : 0;
    }
    return full == 0 || nonZero == 1;
  }

  /** The value to add: 元 for money, the number as written for anything else. */
  static BigDecimal value(Mention m) {
    BigDecimal yuan = m.yuan();
    return yuan != null ? yuan : m.value();
  }

  /**
   * Half a unit of the last digit written, in the unit of {@link #value}: 365.59万 may stand for
   * anything from 365.585万 up. A whole number is taken as exact: 64次 is 64.
   */
  private static BigDecimal slack(Mention m) {
    int scale = m.value().scale();
    if (scale <= 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal half = HALF.movePointLeft(scale);
    return m.moneyUnit().map(u -> u.toYuan(half)).orElse(half);
  }
}
