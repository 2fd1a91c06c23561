package io.suanzhang.checks.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of {@code target}: a claim of completion holds exactly when the actual value reaches the target. */
class TargetProperties {

  private static String indicator(int target, int actual, String claim) {
    return String.format(Locale.ROOT, """
        某市医疗保障局2022年度部门整体支出绩效自评报告

        （一）部门整体支出绩效自评结果

        1. 效益指标

        （1）医疗保障覆盖率≥%d%%。2022年我市医疗保障覆盖率%d%%，%s。
        """, target, actual, claim);
  }

  @Property(tries = 100)
  void aClaimedTargetHoldsExactlyWhenReached(
      @ForAll @IntRange(min = 1, max = 100) int target, @ForAll @IntRange(min = 0, max = 100) int actual) {
    Reported r = Reported.check(indicator(target, actual, "完成年度设定目标"));
    List<Finding> found = r.findings("target");
    if (actual >= target) {
      assertTrue(found.isEmpty(), () -> found.toString());
      assertEquals(1, r.holding("target").size());
    } else {
      assertEquals(1, found.size(), () -> found.toString());
      assertEquals(Severity.ERROR, found.get(0).severity());
      assertTrue(Reported.evidence(found.get(0), "actual").span()
          .overlaps(r.at(actual + "%，")));
    }
  }

  @Property(tries = 60)
  void aMissSaidToBeAMissIsConsistent(
      @ForAll @IntRange(min = 50, max = 100) int target, @ForAll("below") int gap) {
    Reported r = Reported.check(indicator(target, target - gap, "未完成年度设定目标"));
    assertTrue(r.findings("target").isEmpty(), () -> r.findings("target").toString());
  }

  @Provide
  Arbitrary<Integer> below() {
    return Arbitraries.integers().between(1, 40);
  }
}
