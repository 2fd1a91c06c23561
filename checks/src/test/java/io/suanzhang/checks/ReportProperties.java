package io.suanzhang.checks;

import static io.suanzhang.checks.SumProperties.assertFoundAt;
import static io.suanzhang.checks.SumProperties.check;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Injected errors in a generated consistent report are found by the rule whose relation they break,
 * at the changed number: a rate ({@code ratio}), a growth rate ({@code growth}), a change
 * ({@code difference}), the report's year in its title ({@code year}).
 */
class ReportProperties {

  @Property(tries = 40)
  void aChangedRateIsFoundByRatio(
      @ForAll("reports") ConsistentReport report, @ForAll("pointDeltas") BigDecimal delta) {
    assertFoundAt("ratio", report, "rate", delta);
  }

  @Property(tries = 40)
  void aChangedGrowthRateIsFoundByGrowth(
      @ForAll("reports") ConsistentReport report, @ForAll("pointDeltas") BigDecimal delta) {
    assertFoundAt("growth", report, "growth", delta);
  }

  @Property(tries = 40)
  void aChangedChangeIsFoundByDifference(
      @ForAll("reports") ConsistentReport report, @ForAll("pointDeltas") BigDecimal delta) {
    assertFoundAt("difference", report, "change", delta);
  }

  @Property(tries = 20)
  void aTitleYearOtherThanTheReportsIsFoundByYear(
      @ForAll("reports") ConsistentReport report, @ForAll("yearShifts") int shift) {
    // The body keeps its year, so the report's year is that of its statements; the title differs.
    int year = Integer.parseInt(report.number("year"));
    ConsistentReport broken = report.with("year", String.valueOf(year + shift));
    SumProperties.assertFoundAt(
        check(broken.text()), "year", broken.places().get("year"), broken.text());
  }

  private static void assertFoundAt(
      String rule, ConsistentReport report, String place, BigDecimal delta) {
    BigDecimal value = new BigDecimal(report.number(place));
    BigDecimal changed = value.add(delta);
    ConsistentReport broken = report.with(place, changed.toPlainString());
    SumProperties.assertFoundAt(
        check(broken.text()), rule, broken.places().get(place), broken.text());
  }

  @Provide
  Arbitrary<ConsistentReport> reports() {
    return ConsistentReport.reports();
  }

  /** Half a percentage point or more: beyond what two-decimal amounts of 100 万元 and up allow. */
  @Provide
  Arbitrary<BigDecimal> pointDeltas() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.50"), new BigDecimal("30.00"))
        .ofScale(2);
  }

  @Provide
  Arbitrary<Integer> yearShifts() {
    return Arbitraries.of(-2, -1, 1);
  }
}
