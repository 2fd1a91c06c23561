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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of the difference rule over values and changes written to the hundredth of 万元. */
class DifferenceRuleProperties {

  private final DifferenceRule rule = new DifferenceRule();

  @Property
  void changeOfTwoValuesHolds(@ForAll("values") BigDecimal current, @ForAll("values") BigDecimal base) {
    Direction word = current.compareTo(base) < 0 ? Direction.DECREASE : Direction.INCREASE;
    Check check = only(compare(current, base, current.subtract(base).abs(), word).check(rule));
    assertTrue(check.holds(), check::toString);
  }

  @Property
  void changeBeyondTheToleranceOfItsValuesBreaks(
      @ForAll("values") BigDecimal current, @ForAll("values") BigDecimal base,
      @ForAll("gaps") BigDecimal gap) {
    // Two values ± 0.005 differ by their difference ± 0.01; the change itself is ± 0.005.
    Direction word = current.compareTo(base) < 0 ? Direction.DECREASE : Direction.INCREASE;
    BigDecimal change = current.subtract(base).abs().add(gap);
    Analysis a = compare(current, base, change, word).check(rule);
    Finding f = finding(a, only(a));
    assertEquals("difference.change", f.key());
    assertEquals(Severity.ERROR, f.severity());
  }

  @Property
  void wordAgainstTheValuesIsADirectionError(
      @ForAll("values") BigDecimal current, @ForAll("values") BigDecimal base) {
    BigDecimal difference = current.subtract(base);
    Assume.that(difference.abs().compareTo(new BigDecimal("0.01")) > 0);
    Direction wrong = difference.signum() > 0 ? Direction.DECREASE : Direction.INCREASE;
    Analysis a = compare(current, base, difference.abs(), wrong).check(rule);
    Finding f = finding(a, only(a));
    assertEquals("difference.direction", f.key());
    assertEquals(Severity.ERROR, f.severity());
  }

  private static Written compare(
      BigDecimal current, BigDecimal base, BigDecimal change, Direction direction) {
    Written w = new Written().write("支出");
    Mention c = w.money(current.toPlainString(), MoneyUnit.TEN_THOUSAND_YUAN);
    Mention b = w.write("，比上年").money(base.toPlainString(), MoneyUnit.TEN_THOUSAND_YUAN);
    Mention d = w.write(direction == Direction.INCREASE ? "增加" : "减少")
        .money(change.toPlainString(), MoneyUnit.TEN_THOUSAND_YUAN);
    w.write("。").comparison(c, b, direction, d, null);
    return w;
  }

  @Provide
  Arbitrary<BigDecimal> values() {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, new BigDecimal("99999.99")).ofScale(2);
  }

  /** More than the 0.015 the written values and change allow together. */
  @Provide
  Arbitrary<BigDecimal> gaps() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("0.02"), new BigDecimal("10000")).ofScale(2);
  }
}
