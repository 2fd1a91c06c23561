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

/** Laws of {@code cross-reference}, over a project's summary sentence and its own table. */
class CrossReferenceProperties {

  private static final String RULE = "cross-reference";

  /** A project's summary sentence and its table, the budget written {@code summary} and {@code table} 万元. */
  static String project(BigDecimal summary, BigDecimal table) {
    return String.format(Locale.ROOT, """
        2020年度部门决算

        （四）预算绩效管理情况

        (1) 医疗救助监管项目绩效目标完成情况综述。项目全年预算数 %s 万元，执行数为 1 万元。

        项目名称\t\t医疗救助监管\t\t
        预算执行情况(万元)\t预算数:\t%s 万元\t执行数:\t1 万元
        绩效指标完成情况\t一级指标\t二级指标\t三级指标\t预期指标值\t实际完成指标值
        \t项目完成指标\t数量指标\t监督指导次数\t≥2 次\t3 次
        """, summary.toPlainString(), table.toPlainString());
  }

  @Property(tries = 100)
  void twoEqualStatementsNeverFail(@ForAll("amounts") BigDecimal value, @ForAll("extraZeros") int zeros) {
    // The same value, once written with more decimals: 3 and 3.00 are one amount.
    BigDecimal longer = value.setScale(value.scale() + zeros);
    Reported r = Reported.check(project(value, longer));
    assertTrue(r.findings(RULE).isEmpty(), () -> r.findings(RULE).toString());
    assertTrue(r.findings("unit").isEmpty(), () -> r.findings("unit").toString());
    assertTrue(r.holds(RULE, r.at(value.toPlainString() + " 万元"), r.at(longer.toPlainString() + " 万元\t执行数")));
  }

  @Property(tries = 100)
  void changingTheSummaryFailsAndPointsAtIt(@ForAll("changed") BigDecimal[] pair) {
    BigDecimal table = pair[0];
    BigDecimal summary = pair[1];
    Reported r = Reported.check(project(summary, table));
    List<Finding> found = r.findings(RULE);
    assertEquals(1, found.size(), () -> found.toString());
    Finding f = found.get(0);
    assertEquals("stated", f.evidence().get(0).role());
    assertTrue(f.evidence().get(0).span().overlaps(r.at(summary.toPlainString() + " 万元，")));
    assertEquals(0, summary.compareTo(f.stated()));
  }

  @Property(tries = 100)
  void changingTheTableFailsAndTheFindingQuotesIt(@ForAll("changed") BigDecimal[] pair) {
    BigDecimal summary = pair[0];
    BigDecimal table = pair[1];
    Reported r = Reported.check(project(summary, table));
    List<Finding> found = r.findings(RULE);
    assertEquals(1, found.size(), () -> found.toString());
    // The table is the reference; the changed number is quoted as it.
    assertTrue(Reported.evidence(found.get(0), "reference").span()
        .overlaps(r.at(table.toPlainString() + " 万元\t执行数")));
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 9_999_999), Arbitraries.integers().between(0, 2))
        .as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
  }

  @Provide
  Arbitrary<Integer> extraZeros() {
    return Arbitraries.integers().between(0, 2);
  }

  /** A value and another beyond its written precision, not 10,000 times it. */
  @Provide
  Arbitrary<BigDecimal[]> changed() {
    return Combinators.combine(amounts(), Arbitraries.integers().between(1, 500), Arbitraries.of(1, -1))
        .as((value, steps, sign) -> {
          BigDecimal step = BigDecimal.ONE.movePointLeft(value.scale());
          BigDecimal other = value.add(step.multiply(BigDecimal.valueOf((long) steps * sign)));
          if (other.signum() <= 0) {
            other = value.add(step.multiply(BigDecimal.valueOf(steps)));
          }
          return new BigDecimal[] {value, other};
        });
  }
}
