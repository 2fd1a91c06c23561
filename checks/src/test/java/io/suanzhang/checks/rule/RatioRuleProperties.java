package io.suanzhang.checks.rule;

import static io.suanzhang.checks.rule.Written.finding;
import static io.suanzhang.checks.rule.Written.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.RateKind;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MoneyUnit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of the ratio rule over rates written to the hundredth of a percent. */
class RatioRuleProperties {

  private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final RatioRule rule = new RatioRule();

  @Property
  void rateRoundedFromItsOperandsHolds(
      @ForAll("amounts") BigDecimal spent, @ForAll("budgets") BigDecimal budget,
      @ForAll boolean adjustment) {
    BigDecimal stated = rate(spent, budget, adjustment).setScale(2, RoundingMode.HALF_UP);
    Check check = only(written(spent, budget, stated, adjustment).check(rule));
    assertTrue(check.holds(), check::toString);
  }

  @Property
  void rateBeyondTheToleranceOfItsOperandsBreaks(
      @ForAll("amounts") BigDecimal spent, @ForAll("budgets") BigDecimal budget,
      @ForAll boolean adjustment, @ForAll("gaps") BigDecimal extra, @ForAll boolean up) {
    BigDecimal[] range = range(spent, budget, adjustment);
    BigDecimal gap = range[1].subtract(range[0]).add(new BigDecimal("0.02")).add(extra)
        .setScale(2, RoundingMode.CEILING);
    BigDecimal rounded = rate(spent, budget, adjustment).setScale(2, RoundingMode.HALF_UP);
    BigDecimal stated = up || rounded.compareTo(gap) < 0 ? rounded.add(gap) : rounded.subtract(gap);
    Analysis a = written(spent, budget, stated, adjustment).check(rule);
    Finding f = finding(a, only(a));
    assertEquals(adjustment ? "ratio.adjustment" : "ratio.rate", f.key());
    assertEquals(Severity.ERROR, f.severity());
  }

  private static Written written(
      BigDecimal spent, BigDecimal budget, BigDecimal stated, boolean adjustment) {
    Written w = new Written().write(adjustment ? "年初预算数" : "预算数");
    Mention b = w.money(budget.toPlainString(), MoneyUnit.TEN_THOUSAND_YUAN);
    Mention s = w.write(adjustment ? "，调整后预算数" : "，实际支出数")
        .money(spent.toPlainString(), MoneyUnit.TEN_THOUSAND_YUAN);
    Mention r = w.write(adjustment ? "，调整率" : "，执行率").percent(stated.toPlainString());
    w.write("。").rate(adjustment ? RateKind.ADJUSTMENT : RateKind.EXECUTION, r, s, b);
    return w;
  }

  private static BigDecimal rate(BigDecimal spent, BigDecimal budget, boolean adjustment) {
    BigDecimal q = spent.divide(budget, MathContext.DECIMAL128);
    return (adjustment ? BigDecimal.ONE.subtract(q).abs() : q).multiply(HUNDRED);
  }

  /** Every rate the written amounts allow, each ± half a cent of 万元. */
  private static BigDecimal[] range(BigDecimal spent, BigDecimal budget, boolean adjustment) {
    BigDecimal low = spent.subtract(HALF_CENT).divide(budget.add(HALF_CENT), MathContext.DECIMAL128);
    BigDecimal high = spent.add(HALF_CENT).divide(budget.subtract(HALF_CENT), MathContext.DECIMAL128);
    if (adjustment) {
      BigDecimal a = BigDecimal.ONE.subtract(high);
      BigDecimal b = BigDecimal.ONE.subtract(low);
      if (a.signum() >= 0) {
        low = a;
        high = b;
      } else if (b.signum() <= 0) {
        low = b.negate();
        high = a.negate();
      } else {
        low = BigDecimal.ZERO;
        high = a.negate().max(b);
      }
    }
    return new BigDecimal[] {low.multiply(HUNDRED), high.multiply(HUNDRED)};
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, new BigDecimal("99999.99")).ofScale(2);
  }

  @Provide
  Arbitrary<BigDecimal> budgets() {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ONE, new BigDecimal("99999.99")).ofScale(2);
  }

  @Provide
  Arbitrary<BigDecimal> gaps() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(2);
  }
}
