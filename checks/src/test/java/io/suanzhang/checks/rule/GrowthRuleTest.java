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
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrowthRuleTest {

  private final GrowthRule rule = new GrowthRule();

  @TempDir Path dir;

  @Test
  void growthOfTwoStatedValuesHolds() {
    Analysis a = Written.analyse(
        dir, "2020年本年收入合计91.68万元。与2019年36.57万元相比，收、支总计各增加55.11万元，增长150.70%。", rule);
    Check check = only(a);
    assertTrue(check.holds(), check::toString);
    assertEquals("+150.70% = (91.68万元 − 36.57万元) / 36.57万元", check.relation());
  }

  @Test
  void growthThatTheWrittenPrecisionAllowsIsInfo() {
    // Seed 002: (11.53 − 9.61) / 9.61 = 19.98%, yet 11.525…11.535 over 9.605…9.615 reaches 19.94%.
    Analysis a = Written.analyse(
        dir, "2020年，贡井区医疗保障局机关运行经费支出11.53万元，比2019年9.61万元增加1.92万元，增长19.94%。", rule);
    Finding f = finding(a, only(a));
    assertEquals("growth.rounding", f.key());
    assertEquals(Severity.INFO, f.severity());
    assertEquals(0, new BigDecimal("19.9792").compareTo(f.recomputed()));
  }

  @Test
  void fallFromOneValueToAnotherHolds() {
    // Seed 000: 1.3万元 is 13000元; (2600 − 13000) / 13000 = −80%.
    Analysis a = Written.analyse(
        dir, "大病保险起付线由原来的1.3万元下调为2600元，下降80%，不设封顶线。", rule);
    Check check = only(a);
    assertTrue(check.holds(), check::toString);
    assertEquals("−80% = (2600元 − 1.3万元) / 1.3万元", check.relation());
  }

  @Test
  void rateAgainstTheChangeAndTheCurrentValueBreaks() {
    // Jiangsu procuratorate 2019: 2214.39 / (24169.74 − 2214.39) = 10.09%, not 10.06%.
    Analysis a = Written.analyse(
        dir, "江苏省人民检察院2019年度收入、支出预算总计24,169.74 万元，与上年相比收、支预算总计各增加 2214.39万元，增长 10.06 %。",
        rule);
    Check check = only(a);
    assertEquals("+10.06 % = +2214.39万元 / (24,169.74 万元 − 2214.39万元)", check.relation());
    Finding f = finding(a, check);
    assertEquals("growth.rate", f.key());
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(0, new BigDecimal("10.0859").compareTo(f.recomputed()));
    assertEquals(
        java.util.List.of("rate", "change", "current"),
        f.evidence().stream().map(e -> e.role()).toList());
  }

  @Test
  void fallAgainstTheChangeAndTheCurrentValueHolds() {
    Analysis a = Written.analyse(
        dir, "机关运行经费支出 142.80万元，比 2023年度减少13.52万元，下降 8.65%。", rule);
    Check check = only(a);
    assertTrue(check.holds(), check::toString);
    assertEquals("−8.65% = −13.52万元 / (142.80万元 + 13.52万元)", check.relation());
  }

  @Test
  void growthWordWhereTheFiguresFallIsAnError() {
    Analysis a = Written.analyse(dir, "大病保险起付线由原来的1.3万元下调为2600元，增长80%。", rule);
    Finding f = finding(a, only(a));
    assertEquals("growth.direction", f.key());
    assertEquals(Severity.ERROR, f.severity());
  }

  @Test
  void breakWithTheCurrentValueInTheSentenceBeforeIsAWarning() {
    // Jiangsu procuratorate 2019: 项目支出 fell 1237.7 from 5573.0, −22.21%, not the −13.22% of the line before.
    Analysis a = Written.analyse(
        dir, "项目支出4335.3万元。与上年相比减少了1237.7万元，减少 13.22 %。", rule);
    Finding f = finding(a, only(a));
    assertEquals("growth.rate", f.key());
    assertEquals(Severity.WARNING, f.severity());
  }

  @Test
  void growthFromABaseOfZeroHoldsByTheConventionOf100Percent() {
    Analysis a = Written.analyse(
        dir, "机关运行经费支出10.23 万元，比2023 年度增加 10.23 万元，增长100.00%。", rule);
    assertEquals(1, a.checks().size(), () -> a.checks().toString());
    assertTrue(a.checks().get(0).holds(), () -> a.checks().toString());
  }

  @Test
  void anotherRateFromABaseOfZeroIsNotedNotAnError() {
    // 万里街道 2024's form, with a rate other than the convention's
    Analysis a = Written.analyse(dir, "2023年当年预算执行数为0.00万元，2024年预算安排25.00万元，"
        + "比2023年预算执行数增加50.00%。", rule);
    Finding f = finding(a, only(a));
    assertEquals("growth.from_zero", f.key());
    assertEquals(Severity.INFO, f.severity());
  }

  @Test
  void rateWithNeitherValueIsNotEvaluated() {
    Analysis a = Written.analyse(dir, "与上年相比增加134.37万元，增长0.82 %。", rule);
    assertTrue(a.checks().isEmpty(), () -> a.checks().toString());
  }

  @Test
  void rateAgainstTheChangeAndTheBaseHolds() {
    Written w = new Written().write("比2019年");
    Mention base = w.money("9.61", MoneyUnit.TEN_THOUSAND_YUAN);
    Mention change = w.write("增加").money("1.92", MoneyUnit.TEN_THOUSAND_YUAN);
    Mention rate = w.write("，增长").percent("19.98");
    w.write("。").comparison(null, base, Direction.INCREASE, change, rate);
    Check check = only(w.check(rule));
    assertTrue(check.holds(), check::toString);
    assertEquals("+19.98% = +1.92万元 / 9.61万元", check.relation());
  }
}
