package io.suanzhang.checks.rule;

import static io.suanzhang.checks.rule.Written.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Breakdown.Part;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MoneyUnit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Laws of the share rule over a total in 万元 and its parts. */
class ShareRuleProperties {

  private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final ShareRule rule = new ShareRule();

  @Property
  void sharesRoundedFromTheirPartsNeverBreak(
      @ForAll @Size(min = 1, max = 6) List<@From("amounts") BigDecimal> parts,
      @ForAll @IntRange(min = 0, max = 2) int decimals) {
    BigDecimal total = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    Assume.that(total.compareTo(BigDecimal.ONE) >= 0);
    List<BigDecimal> shares = new ArrayList<>();
    for (BigDecimal p : parts) {
      shares.add(share(p, total).setScale(decimals, RoundingMode.HALF_UP));
    }
    Analysis a = written(total, parts, shares).check(rule);
    for (Check c : a.checks()) {
      Finding f = c.holds() ? null : finding(a, c);
      assertTrue(f == null || f.severity() == Severity.INFO, () -> c + " gave " + f);
    }
    // Every part's share, and their sum when there are two parts or more.
    assertEquals(parts.size() + (parts.size() >= 2 ? 1 : 0), a.checks().size());
  }

  @Property
  void shareBeyondTheToleranceOfItsPartAndTotalBreaks(
      @ForAll("amounts") BigDecimal part, @ForAll("amounts") BigDecimal rest,
      @ForAll("gaps") BigDecimal extra, @ForAll boolean up) {
    BigDecimal total = part.add(rest);
    Assume.that(total.compareTo(BigDecimal.ONE) >= 0);
    BigDecimal low = share(part.subtract(HALF_CENT), total.add(HALF_CENT));
    BigDecimal high = share(part.add(HALF_CENT), total.subtract(HALF_CENT));
    BigDecimal gap = high.subtract(low).add(new BigDecimal("0.02")).add(extra)
        .setScale(2, RoundingMode.CEILING);
    BigDecimal rounded = share(part, total).setScale(2, RoundingMode.HALF_UP);
    BigDecimal stated = up || rounded.compareTo(gap) < 0 ? rounded.add(gap) : rounded.subtract(gap);
    Analysis a = written(total, List.of(part), List.of(stated)).check(rule);
    Check c = a.checks().get(0);
    Finding f = finding(a, c);
    assertEquals("share.part", f.key());
    assertEquals(Severity.ERROR, f.severity());
  }

  @Property
  void sharesOfAWholeAddingUpToMoreThanTheirRoundingAllowsBreak(
      @ForAll @Size(min = 2, max = 6) List<@From("amounts") BigDecimal> parts,
      @ForAll @IntRange(min = 1, max = 50) int excess) {
    BigDecimal total = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    Assume.that(total.compareTo(BigDecimal.ONE) >= 0);
    List<BigDecimal> shares = new ArrayList<>();
    for (BigDecimal p : parts) {
      shares.add(share(p, total).setScale(2, RoundingMode.HALF_UP));
    }
    // The rounding of n shares moves their sum by at most n × 0.005; add more than twice that.
    BigDecimal more = new BigDecimal("0.01").multiply(BigDecimal.valueOf(parts.size() + excess));
    shares.set(0, shares.get(0).add(more));
    Analysis a = written(total, parts, shares).check(rule);
    Check sum = a.checks().get(a.checks().size() - 1);
    assertTrue(sum.relation().startsWith("100% = "), sum::relation);
    Finding f = finding(a, sum);
    assertEquals("share.sum", f.key());
    assertEquals(Severity.ERROR, f.severity());
    assertNotEquals(null, f.recomputed());
  }

  private static Written written(BigDecimal total, List<BigDecimal> parts, List<BigDecimal> shares) {
    Written w = new Written().write("本年支出合计");
    Mention t = w.money(total.toPlainString(), MoneyUnit.TEN_THOUSAND_YUAN);
    w.write("，其中：");
    List<Part> list = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      w.write(i == 0 ? "第" + (i + 1) + "项" : "；第" + (i + 1) + "项");
      Mention p = w.money(parts.get(i).toPlainString(), MoneyUnit.TEN_THOUSAND_YUAN);
      Mention s = w.write("，占").percent(shares.get(i).toPlainString());
      list.add(new Part("第" + (i + 1) + "项", p, s));
    }
    w.write("。").breakdown(t, list, parts.size() >= 2);
    return w;
  }

  private static BigDecimal share(BigDecimal part, BigDecimal total) {
    return part.divide(total, MathContext.DECIMAL128).multiply(HUNDRED);
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, new BigDecimal("99999.99")).ofScale(2);
  }

  @Provide
  Arbitrary<BigDecimal> gaps() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(2);
  }
}
