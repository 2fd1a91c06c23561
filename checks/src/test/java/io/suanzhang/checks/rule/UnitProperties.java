package io.suanzhang.checks.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.check.Finding;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of {@code unit}: an amount in 元 and in 万元 agrees; the same digits 10,000 apart do not. */
class UnitProperties {

  private static String twice(String first, String second) {
    return String.format(Locale.ROOT, """
        某区2021年度城乡医疗救助民生工程绩效自评报告

        （一）资金落实

        发放救助资金%s。

        （二）信息平台管理

        发放救助资金%s。
        """, first, second);
  }

  @Property(tries = 100)
  void anAmountInYuanAndInWanYuanAgrees(@ForAll("wanYuan") BigDecimal wan) {
    BigDecimal yuan = wan.movePointRight(4);
    Reported r = Reported.check(twice(wan.toPlainString() + "万元", yuan.toPlainString() + "元"));
    assertTrue(r.findings("unit").isEmpty(), () -> r.findings("unit").toString());
    assertTrue(r.findings("cross-reference").isEmpty(), () -> r.findings("cross-reference").toString());
    assertTrue(r.holds("unit", r.at(wan.toPlainString() + "万元"), r.at(yuan.toPlainString() + "元")));
  }

  @Property(tries = 100)
  void theSameAmountTenThousandTimesOverIsAUnitFinding(@ForAll("wanYuan") BigDecimal wan) {
    BigDecimal inflated = wan.movePointRight(4);
    Reported r = Reported.check(twice(wan.toPlainString() + "万元", inflated.toPlainString() + "万元"));
    List<Finding> found = r.findings("unit");
    assertEquals(1, found.size(), () -> found.toString());
    assertEquals("unit.factor", found.get(0).key());
    assertTrue(found.get(0).evidence().get(0).span()
        .overlaps(r.at(inflated.toPlainString() + "万元")));
    assertTrue(r.findings("cross-reference").isEmpty(), () -> r.findings("cross-reference").toString());
  }

  /** Amounts in 万元 of two to six significant digits. */
  @Provide
  Arbitrary<BigDecimal> wanYuan() {
    return Combinators.combine(
            Arbitraries.integers().between(11, 999_999).filter(i -> i % 10 != 0),
            Arbitraries.integers().between(0, 2))
        .as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
  }
}
