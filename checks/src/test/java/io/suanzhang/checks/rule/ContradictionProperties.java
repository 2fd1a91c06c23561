package io.suanzhang.checks.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of {@code contradiction}: a direction word agrees with the sign of its change, 100% with equal amounts. */
class ContradictionProperties {

  private static String item(BigDecimal before, BigDecimal now, String word) {
    return String.format(Locale.ROOT, """
        某街道办事处2024年部门预算

        财政拨款支出主要内容如下：
        1. “科学技术支出（类）科学技术普及（款）科普活动（项）”%2$s万元，主要用于科普活动。2023年当年预算执行数为%1$s万元，2024年预算安排%2$s万元，比2023年预算执行数%3$s。
        """, before.toPlainString(), now.toPlainString(), word);
  }

  @Property(tries = 100)
  void aDirectionWordFailsExactlyWhenTheValuesSayOtherwise(
      @ForAll("pairs") BigDecimal[] pair, @ForAll("words") String word) {
    BigDecimal before = pair[0];
    BigDecimal now = pair[1];
    Reported r = Reported.check(item(before, now, word));
    int sign = now.compareTo(before);
    boolean agrees = word.startsWith("持平") ? sign == 0 : word.startsWith("增加") ? sign > 0 : sign < 0;
    List<Finding> found = r.findings("contradiction");
    if (agrees) {
      assertTrue(found.isEmpty(), () -> found.toString());
    } else {
      assertEquals(1, found.size(), () -> found.toString());
      assertTrue(Reported.evidence(found.get(0), "current").span()
          .overlaps(r.at(now.toPlainString() + "万元，比")));
      // Values whose written precision lets them be equal (1 and 2 may both be 1.5) are info.
      BigDecimal slack = halfUnit(before).add(halfUnit(now));
      boolean rounding = now.subtract(before).abs().compareTo(slack) <= 0;
      assertEquals(rounding ? Severity.INFO : Severity.ERROR, found.get(0).severity());
    }
  }

  @Property(tries = 100)
  void aFullRateHoldsExactlyWhenItsAmountsAgree(@ForAll("pairs") BigDecimal[] pair) {
    BigDecimal budget = pair[0];
    BigDecimal spent = pair[1];
    Reported r = Reported.check(String.format(Locale.ROOT, """
        2020年度部门决算

        (1) 甲项目绩效目标完成情况综述。项目全年预算数 %s 万元，执行数为 %s 万元，完成预算的 100%%。
        """, budget.toPlainString(), spent.toPlainString()));
    List<Finding> found = r.findings("contradiction");
    BigDecimal percent = spent.multiply(BigDecimal.valueOf(100)).divide(budget, 6, RoundingMode.HALF_UP);
    if (budget.compareTo(spent) == 0) {
      assertTrue(found.isEmpty(), () -> found.toString());
    } else if (percent.compareTo(new BigDecimal("99")) < 0 || percent.compareTo(new BigDecimal("101")) > 0) {
      assertEquals(1, found.size(), () -> found.toString());
      assertEquals("contradiction.full_rate", found.get(0).key());
    }
  }

  private static BigDecimal halfUnit(BigDecimal written) {
    return new BigDecimal("0.5").movePointLeft(written.scale());
  }

  /** Two amounts written to the same decimals, often equal or one unit apart. */
  @Provide
  Arbitrary<BigDecimal[]> pairs() {
    Arbitrary<Integer> first = Arbitraries.integers().between(1, 99_999);
    Arbitrary<Integer> offset = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.just(0)),
        net.jqwik.api.Tuple.of(2, Arbitraries.of(-1, 1)),
        net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(-50_000, 50_000)));
    return Combinators.combine(first, offset, Arbitraries.of(0, 2))
        .as((a, d, scale) -> new BigDecimal[] {
          BigDecimal.valueOf(a, scale), BigDecimal.valueOf(Math.max(1, a + d), scale)});
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.of("持平", "增加5.00%", "减少5.00%");
  }
}
