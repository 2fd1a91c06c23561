package io.suanzhang.checks.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetRuleTest {

  private static final String RULE = "target";

  @TempDir Path dir;

  private static final String SELF_EVALUATION = """
      某市医疗保障局2022年度部门整体支出绩效自评报告

      三、自评结果及分析

      （一）部门整体支出绩效自评结果

      1. 数量指标

      （1）购买电脑数量12台。我单位实际购买电脑12台，完成年度设定目标。

      2. 质量指标

      （1）监督检查问题整改率≥80%。我局对监督检查发现问题，已全部完成整改，完成年度设定指标。

      3. 效益指标

      （1）中选药品价格平均降幅≥10%。2022年中选药品价格平均降幅55.3%，完成年度设定指标。

      （2）医疗保障覆盖率≥90%。2022年我市医疗保障覆盖率85%，完成年度设定目标。

      4. 满意度指标

      参保人员对医保服务的满意度≥90%。我市参保人员对医保服务的满意度超过90%，完成年度设定目标。

      （二）项目支出绩效自评结果

      3. 财政拨款调整率大于等于30%的项目情况说明

      离休医疗补助费用项目年初预算数536.77万元，调整后预算数300万元，预算调整率44.11%。

      公务用车项目年初预算数100万元，调整后预算数80万元，预算调整率20%。
      """;

  @Test
  void targetsReachedAndClaimedAreHoldingChecks() {
    Reported r = Reported.check(dir, SELF_EVALUATION);
    assertTrue(r.holds(RULE, r.at("12台", 0), r.at("12台", 1)));
    assertTrue(r.holds(RULE, r.at("10%"), r.at("55.3%")));
    // 超过90% meets ≥90%.
    assertTrue(r.holds(RULE, r.at("90%", 1), r.at("90%", 2)));
    // 已全部完成整改 is 100% of the ≥80% target.
    assertTrue(r.holding(RULE).stream().anyMatch(c -> Reported.touches(c.numbers(), r.at("80%"))));
  }

  @Test
  void aTargetMissedButClaimedMetIsAnError() {
    Reported r = Reported.check(dir, SELF_EVALUATION);
    Finding f = r.findings(RULE).stream().filter(x -> x.key().equals("target.claimed"))
        .findFirst().orElseThrow();
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(Reported.evidence(f, "target").span().overlaps(r.at("90%", 0)));
    assertTrue(Reported.evidence(f, "actual").span().overlaps(r.at("85%")));
  }

  @Test
  void aRateBelowTheThresholdOfItsHeadingIsAnError() {
    Reported r = Reported.check(dir, SELF_EVALUATION);
    assertTrue(r.holds(RULE, r.at("44.11%"), r.at("30%")));
    Finding f = r.findings(RULE).stream().filter(x -> x.key().equals("target.threshold"))
        .findFirst().orElseThrow();
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(Reported.evidence(f, "rate").span().overlaps(r.at("20%")));
    assertTrue(Reported.evidence(f, "threshold").span().overlaps(r.at("30%")));
    assertEquals(2, r.findings(RULE).size(), () -> r.findings(RULE).toString());
  }

  @Test
  void fundsSaidToHaveArrivedInFullBelowThePlanAreAnError() {
    Reported r = Reported.check(dir, """
        某局2020年度项目绩效评价报告

        二、项目资金申报及使用情况

        （二）资金计划、到位及使用情况

        1. 资金计划。由区财政拨款 5 万元，用于支付项目相关费用支出。

        2. 资金到位。截止评价时点该项目 3 万元全部到位。

        3. 资金使用。截止评价时点该项目支出 5 万元。
        """);
    Finding f = r.only(RULE);
    assertEquals("target.arrival", f.key());
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(Reported.evidence(f, "arrived").span().overlaps(r.at("3 万元")));
    assertTrue(Reported.evidence(f, "plan").span().overlaps(r.at("5 万元")));
  }

  @Test
  void fundsInFullOfThePlanHold() {
    Reported r = Reported.check(dir, """
        某局2020年度项目绩效评价报告

        （二）资金计划、到位及使用情况

        1. 资金计划。由区财政拨款 3 万元，用于支付项目相关费用支出。

        2. 资金到位。截止评价时点该项目 3 万元全部到位。
        """);
    assertTrue(r.findings(RULE).isEmpty(), () -> r.findings(RULE).toString());
    assertTrue(r.holds(RULE, r.at("3 万元", 0), r.at("3 万元", 1)));
  }

  @Test
  void aTargetMissedWithoutAClaimIsInfo() {
    Reported r = Reported.check(dir, """
        某局2020年度项目绩效评价报告

        项目名称\t\t居民职工基金征收监管\t\t
        预算执行情况(万元)\t预算数:\t5 万元\t执行数:\t5 万元
        绩效指标完成情况\t一级指标\t二级指标\t三级指标\t预期指标值(包含数字及文字描述)\t实际完成指标值(包含数字及文字描述)
        \t项目完成指标\t数量指标\t抽查企业职工医保参保情况\t抽查企业 20 家\t完成抽查企业 18 家
        \t满意度指标\t满意度指标\t参保人员对医保服务的满意度\t≥90%\t93%
        """);
    Finding f = r.only(RULE);
    assertEquals("target.missed", f.key());
    assertEquals(Severity.INFO, f.severity());
    assertTrue(Reported.evidence(f, "actual").span().overlaps(r.at("18 家")));
    assertTrue(r.holds(RULE, r.at("90%"), r.at("93%")));
  }
}
