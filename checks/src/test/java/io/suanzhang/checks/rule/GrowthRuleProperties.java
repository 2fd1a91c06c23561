package io.suanzhang.checks.rule;

import static io.suanzhang.checks.rule.Written.finding;
import static io.suanzhang.checks.rule.Written.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Direction;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MoneyUnit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/** Laws of the growth rule over values in 万元 and rates to the hundredth of a percent. */
class GrowthRuleProperties {

  private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final GrowthRule rule = new GrowthRule();

  @Property
  void rateRoundedFromTwoValuesHolds(
      @ForAll("values") BigDecimal current, @ForAll("values") BigDecimal base) {
    BigDecimal growth = growth(current, base);
    Check check = only(compare(current, base, null, growth, word(current, base)).check(rule));
    assertTrue(check.holds(), check::toString);
  }

  @Property
  void rateRoundedFromTheChangeAndTheCurrentValueHolds(
      @ForAll("values") BigDecimal base, @ForAll("values") BigDecimal current) {
    BigDecimal growth = growth(current, base);
    BigDecimal change = current.subtract(base).abs();
    Check check =
        only(compare(current, null, change, growth, word(current, base)).check(rule));
    assertTrue(check.holds(), check::toString);
  }

  @Property
  void rateBeyondTheToleranceOfItsValuesBreaks(
      @ForAll("values") BigDecimal current, @ForAll("values") BigDecimal base,
      @ForAll("gaps") BigDecimal extra) {
    BigDecimal low = ratio(current.subtract(HALF_CENT), base.add(HALF_CENT));
    BigDecimal high = ratio(current.add(HALF_CENT), base.subtract(HALF_CENT));
    BigDecimal gap = high.subtract(low).add(new BigDecimal("0.02")).add(extra)
        .setScale(2, RoundingMode.CEILING);
    // Away from zero, so that the word stays the one the values call for.
    Direction word = word(current, base);
    BigDecimal growth = growth(current, base);
    BigDecimal stated = word == Direction.DECREASE ? growth.subtract(gap) : growth.add(gap);
    Analysis a = compare(current, base, null, stated, word).check(rule);
    Finding f = finding(a, only(a));
    assertEquals("growth.rate", f.key());
    assertEquals(Severity.ERROR, f.severity());
  }

  @Property
  void growthWordWhereEveryValueFallsIsADirectionError(
      @ForAll("values") BigDecimal current, @ForAll("values") BigDecimal base) {
    // Values ± 0.005 that cannot meet, and a fall that does not round to 0.00%.
    Assume.that(current.add(new BigDecimal("0.01")).compareTo(base) < 0);
    BigDecimal growth = growth(current, base);
    Assume.that(growth.compareTo(new BigDecimal("-0.01")) <= 0);
    // The size of the fall, said to be a rise.
    Analysis a = compare(current, base, null, growth, Direction.INCREASE).check(rule);
    Finding f = finding(a, only(a));
    assertEquals("growth.direction", f.key());
    assertEquals(Severity.ERROR, f.severity());
  }

  /** A comparison saying 增长 or 下降 by |growth|; a change, when given, is written as its size. */
  private static Written compare(
      BigDecimal current, @Nullable BigDecimal base, @Nullable BigDecimal change, BigDecimal growth,
      Direction direction) {
    Written w = new Written().write("支出");
    Mention c = w.money(current.toPlainString(), MoneyUnit.TEN_THOUSAND_YUAN);
    w.write("，比上年");
    Mention b = base == null ? null : w.money(base.toPlainString(), MoneyUnit.TEN_THOUSAND_YUAN);
    Mention d = null;
    if (change != null) {
      d = w.write(direction == Direction.INCREASE ? "增加" : "减少")
          .money(change.toPlainString(), MoneyUnit.TEN_THOUSAND_YUAN);
    }
    Mention r = w.write(direction == Direction.INCREASE ? "，增长" : "，下降")
        .percent(growth.abs().toPlainString());
    w.write("。").comparison(c, b, direction, d, r);
    return w;
  }

  /** The word the values call for. */
  private static Direction word(BigDecimal current, BigDecimal base) {
    return current.compareTo(base) < 0 ? Direction.DECREASE : Direction.INCREASE;
  }

  /** (current − base) / base in percent, rounded to the hundredth. */
  private static BigDecimal growth(BigDecimal current, BigDecimal base) {
    return ratio(current, base).setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal ratio(BigDecimal current, BigDecimal base) {
    return current.divide(base, MathContext.DECIMAL128).subtract(BigDecimal.ONE).multiply(HUNDRED);
  }

  @Provide
  Arbitrary<BigDecimal> values() {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ONE, new BigDecimal("99999.99")).ofScale(2);
  }

  @Provide
  Arbitrary<BigDecimal> gaps() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(2);
  }
}
