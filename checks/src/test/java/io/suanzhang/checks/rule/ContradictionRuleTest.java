package io.suanzhang.checks.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContradictionRuleTest {

  private static final String RULE = "contradiction";

  @TempDir Path dir;

  private static final String FINAL_ACCOUNTS = """
      某局2020年度部门决算

      （三）一般公共预算财政拨款支出决算具体情况

      1. 社会保障和就业(类)人力资源和社会保障管理事务支出(款)综合业务管理(项):支出决算为 13.36 万元, 完成预算 100%, 决算数与预算数持平。

      2. 卫生健康(类)医疗保障管理事务(款)信息化建设(项)。年初预算为135.90万元，支出决算为135.25万元。决算数小于预算数的主要原因：调减相关经费。

      3. 卫生健康(类)医疗保障管理事务(款)行政运行(项)。支出决算为 37.61 万元，完成年初预算100%。决算数大于预算数55.93万元，主要原因是人员增加。

      （四）项目绩效目标完成情况

      (1) 甲项目绩效目标完成情况综述。项目全年预算数 5 万元，执行数为 3 万元，完成预算的 100%。
      """;

  private static final String BUDGET = """
      某街道办事处2024年部门预算

      财政拨款支出主要内容如下：
      1. “一般公共服务支出（类）群众团体事务（款）一般行政管理事务（项）”12.00万元，主要用于群众团体事务。2023年当年预算执行数为10.00万元，2024年预算安排12.00万元，比2023年预算执行数持平。
      2. “一般公共服务支出（类）组织事务（款）一般行政管理事务（项）”58.00万元，主要用于组织事务。2023年当年预算执行数为60.79万元，2024年预算安排58.00万元，比2023年预算执行数增加4.59%。
      3. “科学技术支出（类）科学技术普及（款）科普活动（项）”10.00万元，主要用于科普活动。2023年当年预算执行数为10.00万元，2024年预算安排10.00万元，比2023年预算执行数持平。

      其他相关情况说明
      （三）公务接待费1.35万元，比2023年预算持平，增长5%。
      """;

  @Test
  void aFullRateWithUnequalAmountsIsAnError() {
    Reported r = Reported.check(dir, FINAL_ACCOUNTS);
    Finding f = one(r, "contradiction.full_rate");
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(Reported.evidence(f, "rate").span().overlaps(r.at("100%", 2)));
    assertTrue(Reported.evidence(f, "numerator").span().overlaps(r.at("3 万元")));
    assertTrue(Reported.evidence(f, "denominator").span().overlaps(r.at("5 万元")));
  }

  @Test
  void aCompletedBudgetBesideAFinalAccountAboveItIsAFinding() {
    Reported r = Reported.check(dir, FINAL_ACCOUNTS);
    Finding f = one(r, "contradiction.claim_rate");
    // 100% as written allows up to 100.5%: the words contradict it, rounding might not.
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(Reported.evidence(f, "rate").span().overlaps(r.at("100%", 1)));
    assertTrue(Reported.evidence(f, "difference").span().overlaps(r.at("55.93万元")));
  }

  @Test
  void whatIsSaidOfTheFinalAccountAgreeingWithItsNumbersHolds() {
    Reported r = Reported.check(dir, FINAL_ACCOUNTS);
    // 完成预算 100% beside 决算数与预算数持平; 135.25 below 135.90 beside 决算数小于预算数.
    assertTrue(r.holding(RULE).stream().anyMatch(c -> Reported.touches(c.numbers(), r.at("100%", 0))));
    assertTrue(r.holds(RULE, r.at("135.90万元"), r.at("135.25万元")));
    assertEquals(2, r.findings(RULE).size(), () -> r.findings(RULE).toString());
  }

  @Test
  void unchangedBetweenTwoDifferentAmountsIsAnError() {
    Reported r = Reported.check(dir, BUDGET);
    Finding f = r.findings(RULE).stream()
        .filter(x -> x.key().equals("contradiction.direction") && x.zh().contains("持平"))
        .findFirst().orElseThrow(() -> new AssertionError(r.findings(RULE)));
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("一般行政管理事务", f.subject());
    assertTrue(Reported.evidence(f, "base").span().overlaps(r.at("10.00万元", 0)));
    assertTrue(Reported.evidence(f, "current").span().overlaps(r.at("12.00万元", 1)));
    assertTrue(r.holds(RULE, r.at("10.00万元", 2), r.at("10.00万元", 3)));
  }

  @Test
  void anIncreaseBetweenAFallingPairIsAnError() {
    Reported r = Reported.check(dir, BUDGET);
    Finding f = r.findings(RULE).stream()
        .filter(x -> x.key().equals("contradiction.direction") && x.zh().contains("增加"))
        .findFirst().orElseThrow(() -> new AssertionError(r.findings(RULE)));
    assertTrue(Reported.evidence(f, "base").span().overlaps(r.at("60.79万元")));
    assertTrue(Reported.evidence(f, "current").span().overlaps(r.at("58.00万元", 1)));
  }

  @Test
  void unchangedWithAStatedChangeIsAnError() {
    Reported r = Reported.check(dir, BUDGET);
    Finding f = one(r, "contradiction.unchanged");
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(Reported.evidence(f, "change").span().overlaps(r.at("5%")));
    assertEquals(3, r.findings(RULE).size(), () -> r.findings(RULE).toString());
  }

  private static Finding one(Reported r, String key) {
    List<Finding> found = r.findings(RULE).stream().filter(f -> f.key().equals(key)).toList();
    assertEquals(1, found.size(), () -> "findings " + r.findings(RULE));
    return found.get(0);
  }
}
