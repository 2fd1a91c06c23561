package io.suanzhang.checks.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 合计 row of a list without codes (the projects of a 决算) against the rows above it. */
class ListTotalsTest {

  private static final String HEAD = "示例县医疗保障局2020年度部门决算\n\n一、部门基本情况\n示例县医疗保障局主要职责是医疗保障。\n\n"
      + "五、项目支出情况\n单位：万元\n项目名称\t预算数\t执行数\t执行率\n";

  @TempDir Path dir;

  @Test
  void aTotalRowIsTheSumOfTheItemsAbove() {
    Reported r = Reported.check(dir, HEAD
        + "信息化平台运维\t17.42\t14.98\t85.99%\n政务服务能力提升\t63.66\t58.54\t91.96%\n合计\t81.08\t73.52\t90.68%\n");
    assertTrue(r.holds("sum", r.at("81.08"), r.at("63.66")), r.analysis.checks()::toString);
    assertTrue(r.holds("sum", r.at("73.52"), r.at("14.98")), r.analysis.checks()::toString);
    assertEquals(0, r.findings("sum").size(), () -> r.findings("sum").toString());
  }

  @Test
  void aTotalRowThatIsNotTheSumIsAnErrorAtTheTotal() {
    Reported r = Reported.check(dir, HEAD
        + "信息化平台运维\t17.42\t14.98\t85.99%\n政务服务能力提升\t63.66\t58.54\t91.96%\n合计\t81.08\t75.52\t92.00%\n");
    Finding f = r.only("sum");
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(f.evidence().stream().anyMatch(e -> e.span().overlaps(r.at("75.52"))), f::toString);
  }

  @Test
  void rowsThatWouldCountTwiceLeaveTheTotalUnchecked() {
    Reported r = Reported.check(dir, HEAD
        + "信息化平台运维\t17.42\t14.98\t85.99%\n其中：运维服务\t10.00\t9.00\t90.00%\n"
        + "政务服务能力提升\t63.66\t58.54\t91.96%\n合计\t81.08\t73.52\t90.68%\n");
    assertEquals(0, r.findings("sum").size(), () -> r.findings("sum").toString());
    assertTrue(!r.holds("sum", r.at("81.08"), r.at("63.66")), r.analysis.checks()::toString);
  }
}
