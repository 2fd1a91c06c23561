package io.suanzhang.checks.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitRuleTest {

  private static final String RULE = "unit";

  @TempDir Path dir;

  @Test
  void tenThousandTimesTheTableRowIsAUnitError() {
    Reported r = Reported.check(dir, """
        某局2024年度部门决算

        （三）支出决算具体情况

        住房公积金支出决算为18,719万元。

        单位：万元
        科目编码\t\t\t科目名称\t合计
        221\t02\t01\t住房公积金\t1.8719
        """);
    Finding f = r.only(RULE);
    assertEquals("unit.factor", f.key());
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(Reported.evidence(f, "stated").span().overlaps(r.at("18,719万元")));
    assertTrue(Reported.evidence(f, "reference").span().overlaps(r.at("1.8719")));
    // The cross-reference rule leaves a factor of 10,000 to this one.
    assertTrue(r.findings("cross-reference").isEmpty(), () -> r.findings("cross-reference").toString());
  }

  /** 10.00 has four digits as written: trailing zeros count, it is no one-digit value. */
  @Test
  void aRoundAmountWrittenWithItsCentsIsAUnitErrorToo() {
    Reported r = Reported.check(dir, """
        某局2024年度部门决算

        （三）支出决算具体情况

        住房公积金支出决算为10.00元。

        单位：万元
        科目编码\t\t\t科目名称\t合计
        221\t02\t01\t住房公积金\t10.00
        """);
    Finding f = r.only(RULE);
    assertEquals("unit.factor", f.key());
    assertTrue(r.findings("cross-reference").isEmpty(), () -> r.findings("cross-reference").toString());
  }

  @Test
  void oneAmountInYuanAndInWanYuanIsAHoldingCheck() {
    Reported r = Reported.check(dir, """
        某区2021年度城乡医疗救助民生工程绩效自评报告

        （一）资金落实

        发放救助资金3.5万元。

        （二）信息平台管理

        发放救助资金35000元。
        """);
    assertTrue(r.findings(RULE).isEmpty(), () -> r.findings(RULE).toString());
    assertTrue(r.holds(RULE, r.at("3.5万元"), r.at("35000元")));
  }

  @Test
  void theSameDigitsTenThousandTimesApartInProseIsAWarning() {
    Reported r = Reported.check(dir, """
        某区2021年度城乡医疗救助民生工程绩效自评报告

        （一）资金落实

        发放救助资金3.5万元。

        （二）信息平台管理

        发放救助资金35000元。

        （三）项目产出

        发放救助资金35000万元。
        """);
    Finding f = r.only(RULE);
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(Reported.evidence(f, "stated").span().overlaps(r.at("35000万元")));
    assertTrue(Reported.evidence(f, "reference").span().overlaps(r.at("3.5万元")));
    assertTrue(r.holds(RULE, r.at("3.5万元"), r.at("35000元")));
  }
}
