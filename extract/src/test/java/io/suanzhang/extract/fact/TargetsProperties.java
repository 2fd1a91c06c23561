package io.suanzhang.extract.fact;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** A claim that a target was met or missed is looked for only in a text that has what it needs. */
class TargetsProperties {

  @Property(tries = 3000)
  void aClaimThePatternsFindHasWhatTheyNeed(@ForAll("lines") String text) {
    boolean notMet = Targets.NOT_MET.matcher(text).find();
    boolean met = Targets.MET.matcher(text).find();
    Statistics.label("claim").collect(notMet ? "not met" : met ? "met" : "none");
    assertTrue(!notMet || Targets.mayClaimNotMet(text), text);
    assertTrue(!met || Targets.mayClaimMet(text), text);
  }

  /** An indicator's line in pieces: its claims and near misses of them. */
  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.of("完成", "完", "成", "达到", "达", "预期", "目标", "指标", "效果", "了", "年度", "全年",
            "设定", "的", "已全部", "均已", "未", "能", "没有", "没", "达成", "100%", "，", " ", "及时率")
        .list().ofMaxSize(8).map(pieces -> String.join("", pieces));
  }
}
