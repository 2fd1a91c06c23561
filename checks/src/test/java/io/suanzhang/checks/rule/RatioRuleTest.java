package io.suanzhang.checks.rule;

import static io.suanzhang.checks.rule.Written.finding;
import static io.suanzhang.checks.rule.Written.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.RateKind;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MoneyUnit;
import io.suanzhang.core.mention.UnitSource;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatioRuleTest {

  private final RatioRule rule = new RatioRule();

  @TempDir Path dir;

  @Test
  void executionRateHoldsAtItsWrittenPrecision() {
    Analysis a = Written.analyse(
        dir, "2022年当年部门预算数1413.96万元，实际支出数916.11万元，预算执行率64.79%。", rule);
    Check check = only(a);
    assertTrue(check.holds());
    assertEquals("64.79% = 916.11万元 / 1413.96万元", check.relation());
    assertEquals(3, check.numbers().size());
  }

  @Test
  void writtenOutQuotientHoldsWhenRoundedToAWholePercent() {
    Analysis a = Written.analyse(
        dir, "下达给我局的资金为32万元。\n截止2020年12月31日，我局共使用上述项目资金45202元，执行率达14%（45202/320000）。",
        rule);
    Check check = only(a);
    assertTrue(check.holds(), check::toString);
    assertEquals("14% = 45202元 / 32万元", check.relation());
  }

  @Test
  void adjustmentRateIsTheShareOfTheInitialBudgetMoved() {
    Analysis a = Written.analyse(
        dir, "离休医疗补助费用项目年初预算数536.77万元，调整后预算数300万元，预算调整率44.11%。", rule);
    Check check = only(a);
    assertTrue(check.holds(), check::toString);
    assertEquals("44.11% = |536.77万元 − 300万元| / 536.77万元", check.relation());
  }

  @Test
  void upwardAdjustmentRateHoldsToo() {
    Written w = new Written().write("年初预算数");
    Mention initial = w.money("200.00", MoneyUnit.TEN_THOUSAND_YUAN);
    Mention adjusted = w.write("，调整后预算数").money("250.00", MoneyUnit.TEN_THOUSAND_YUAN);
    Mention rate = w.write("，调整率").percent("25.00");
    w.write("。").rate(RateKind.ADJUSTMENT, rate, adjusted, initial);
    assertTrue(only(w.check(rule)).holds());
  }

  @Test
  void breakBetweenNumbersOfOneSentenceIsAnError() {
    Analysis a = Written.analyse(
        dir, "项目支出预算1000.00万元，实际支出900.00万元，预算执行率80.00%。", rule);
    Check check = only(a);
    assertFalse(check.holds());
    Finding f = finding(a, check);
    assertEquals("ratio", f.rule());
    assertEquals("ratio.rate", f.key());
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(0, new BigDecimal("80.00").compareTo(f.stated()));
    assertEquals(0, new BigDecimal("90.0000").compareTo(f.recomputed()));
    assertEquals("%", f.unit());
    assertEquals(3, f.evidence().size());
    assertEquals("rate", f.evidence().get(0).role());
    assertTrue(f.zh().contains("900.00万元 / 1000.00万元 = 90.0000%"), f.zh());
    assertTrue(f.en().contains("execution rate"), f.en());
  }

  @Test
  void adjustmentBreakSaysWhatWasRecomputed() {
    Written w = new Written().write("年初预算数");
    Mention initial = w.money("536.77", MoneyUnit.TEN_THOUSAND_YUAN);
    Mention adjusted = w.write("，调整后预算数").money("300", MoneyUnit.TEN_THOUSAND_YUAN);
    Mention rate = w.write("，预算调整率").percent("55.89");
    w.write("。").rate(RateKind.ADJUSTMENT, rate, adjusted, initial);
    Analysis a = w.check(rule);
    Finding f = finding(a, only(a));
    assertEquals("ratio.adjustment", f.key());
    assertEquals(Severity.ERROR, f.severity());
  }

  @Test
  void breakThatRoundingExplainsIsInfo() {
    // 1.5 / 3.1 = 48.39%, but 1.45…1.55 over 3.05…3.15 reaches 48.5%.
    Written w = new Written().write("预算数");
    Mention budget = w.money("3.1", MoneyUnit.TEN_THOUSAND_YUAN);
    Mention spent = w.write("，执行数").money("1.5", MoneyUnit.TEN_THOUSAND_YUAN);
    Mention rate = w.write("，执行率").percent("48.5");
    w.write("。").rate(RateKind.EXECUTION, rate, spent, budget);
    Analysis a = w.check(rule);
    Finding f = finding(a, only(a));
    assertEquals("ratio.rounding", f.key());
    assertEquals(Severity.INFO, f.severity());
  }

  @Test
  void breakWithANumeratorFromAnotherSentenceIsAWarning() {
    Written w = new Written().write("实际支出");
    Mention spent = w.money("900.00", MoneyUnit.TEN_THOUSAND_YUAN);
    w.write("。项目预算");
    Mention budget = w.money("1000.00", MoneyUnit.TEN_THOUSAND_YUAN);
    Mention rate = w.write("，执行率").percent("80.00");
    w.write("。").rate(RateKind.EXECUTION, rate, spent, budget);
    Analysis a = w.check(rule);
    assertEquals(Severity.WARNING, finding(a, only(a)).severity());
  }

  @Test
  void breakWithAnInferredUnitIsAWarning() {
    Written w = new Written().write("预算");
    Mention budget = w.money("1000.00", MoneyUnit.TEN_THOUSAND_YUAN);
    Mention spent = w.write("，支出").money("900.00", MoneyUnit.TEN_THOUSAND_YUAN, UnitSource.CONTEXT);
    Mention rate = w.write("，执行率").percent("80.00");
    w.write("。").rate(RateKind.EXECUTION, rate, spent, budget);
    Analysis a = w.check(rule);
    assertEquals(Severity.WARNING, finding(a, only(a)).severity());
  }

  @Test
  void coverageBreakIsAWarningForItsCountsArePairedByPosition() {
    Analysis a = Written.analyse(
        dir, "对全区80家定点医疗机构、78家定点零售药店开展检查考核，覆盖率100%。", rule);
    Finding f = finding(a, only(a));
    assertEquals(Severity.WARNING, f.severity());
  }

  @Test
  void coverageOfMoreThanThereAreIsNotEvaluated() {
    // 78 of 70 cannot be a coverage: the two counts are of different things (seed 000).
    Analysis a = Written.analyse(
        dir, "对全区70家定点医疗机构、78家定点零售药店开展检查考核，覆盖率100%。", rule);
    assertEquals(List.of(), a.checks());
    assertEquals(List.of(), a.findings());
  }

  @Test
  void rateOverABudgetOfZeroIsNotEvaluated() {
    Written w = new Written().write("年初预算");
    Mention budget = w.money("0.00", MoneyUnit.TEN_THOUSAND_YUAN);
    Mention spent = w.write("，决算").money("0.00", MoneyUnit.TEN_THOUSAND_YUAN);
    Mention rate = w.write("，完成预算的").percent("0");
    w.write("。").rate(RateKind.COMPLETION, rate, spent, budget);
    assertTrue(w.check(rule).checks().isEmpty());
  }

  @Test
  void rateWithoutItsOperandsIsNotEvaluated() {
    Analysis a = Written.analyse(dir, "资金到位率100%。", rule);
    assertTrue(a.checks().isEmpty());
  }

  @Test
  void approximateOperandIsNotEvaluated() {
    Written w = new Written().write("预算");
    Mention budget = w.money("1000", MoneyUnit.TEN_THOUSAND_YUAN);
    w.write("，约");
    Mention spent = w.money("900", MoneyUnit.TEN_THOUSAND_YUAN)
        .withApprox(io.suanzhang.core.mention.Approximation.ABOUT);
    Mention rate = w.write("，执行率").percent("80");
    w.write("。").rate(RateKind.EXECUTION, rate, spent, budget);
    assertTrue(w.check(rule).checks().isEmpty());
  }

  @Test
  void aNumeratorGivenAsItsPartsIsTheirSumAndAWarningWhenOff() {
    Analysis a = Written.analyse(dir, String.join("\n",
        "实际落实到位资金共计7096.40万元。",
        "资金支付进度100%。",
        "资金支付进度：发放救助金4822.4935万元，给予补贴2170.6240万元。"), rule);
    Check check = only(a);
    assertFalse(check.holds());
    assertEquals("100% = (4822.4935万元 + 2170.6240万元) / 7096.40万元", check.relation());
    Finding f = finding(a, check);
    // the reader summed the numerator: no sum the report states, so no error
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(0, new BigDecimal("98.54").compareTo(f.recomputed().setScale(2, java.math.RoundingMode.HALF_UP)));
    assertEquals(List.of("rate", "part", "part", "denominator"),
        f.evidence().stream().map(e -> e.role()).toList());
    // an operand from another line is quoted with its own line
    assertTrue(f.evidence().get(1).quote().startsWith("资金支付进度："), f.evidence()::toString);
  }

  @Test
  void partsThatAddUpToTheRateHold() {
    Analysis a = Written.analyse(dir, String.join("\n",
        "到位资金200万元。",
        "资金支付进度95%。",
        "资金支付进度：发放补助120万元，支付设备款70万元。"), rule);
    assertTrue(only(a).holds(), a.checks()::toString);
  }
}
