package io.suanzhang.checks.rule;

import static io.suanzhang.checks.rule.Written.finding;
import static io.suanzhang.checks.rule.Written.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Breakdown.Part;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MoneyUnit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShareRuleTest {

  private final ShareRule rule = new ShareRule();

  @TempDir Path dir;

  @Test
  void sharesOfATotalAndTheirSumHold() {
    Analysis a = Written.analyse(
        dir, "2020 年本年支出合计 91.68 万元，其中：基本支出 69.98 万元，占 76.33%；项目支出 21.70 万元，占 23.67%。",
        rule);
    List<String> relations = a.checks().stream().map(Check::relation).toList();
    assertEquals(
        List.of("76.33% = 69.98 万元 / 91.68 万元", "23.67% = 21.70 万元 / 91.68 万元",
            "100% = 76.33% + 23.67%"),
        relations);
    assertTrue(a.checks().stream().allMatch(Check::holds));
  }

  @Test
  void shareThatIsNotThePartOverTheTotalIsAnError() {
    Analysis a = Written.analyse(
        dir, "本年支出合计2940.05万元，其中：基本支出2336.91万元，占69.49%；项目支出603.14万元，占30.51%。",
        rule);
    Check first = a.checks().get(0);
    Finding f = finding(a, first);
    assertEquals("share.part", f.key());
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(List.of("share", "part", "total"), f.evidence().stream().map(e -> e.role()).toList());
    // The shares still add up to 100%.
    assertTrue(a.checks().get(2).holds());
  }

  @Test
  void shareThatRoundingExplainsIsInfo() {
    // 1.5 / 3.1 = 48.39%, but 1.45…1.55 over 3.05…3.15 reaches 48.5%.
    Written w = new Written().write("合计");
    Mention total = w.money("3.1", MoneyUnit.TEN_THOUSAND_YUAN);
    Mention part = w.write("，其中基本支出").money("1.5", MoneyUnit.TEN_THOUSAND_YUAN);
    Mention share = w.write("，占").percent("48.5");
    w.write("。").breakdown(total, List.of(new Part("基本支出", part, share)), false);
    Analysis a = w.check(rule);
    Finding f = finding(a, only(a));
    assertEquals("share.rounding", f.key());
    assertEquals(Severity.INFO, f.severity());
  }

  @Test
  void sharesOfAWholeThatFallShortOf100AreAWarning() {
    Written w = new Written().write("合计");
    Mention total = w.money("100", MoneyUnit.TEN_THOUSAND_YUAN);
    Mention a1 = w.write("，其中：基本支出").money("60", MoneyUnit.TEN_THOUSAND_YUAN);
    Mention s1 = w.write("，占").percent("60");
    Mention a2 = w.write("；项目支出").money("30", MoneyUnit.TEN_THOUSAND_YUAN);
    Mention s2 = w.write("，占").percent("30");
    w.write("。").breakdown(total, List.of(new Part("基本", a1, s1), new Part("项目", a2, s2)), true);
    Analysis a = w.check(rule);
    Check sum = a.checks().get(2);
    assertEquals("100% = 60% + 30%", sum.relation());
    Finding f = finding(a, sum);
    assertEquals("share.sum", f.key());
    assertEquals(Severity.WARNING, f.severity());
  }

  @Test
  void sharesOfAWholeBeyond100AreAnError() {
    Written w = new Written().write("其中：基本支出");
    Mention a1 = w.money("60", MoneyUnit.TEN_THOUSAND_YUAN);
    Mention s1 = w.write("，占").percent("60.00");
    Mention a2 = w.write("；项目支出").money("50", MoneyUnit.TEN_THOUSAND_YUAN);
    Mention s2 = w.write("，占").percent("45.00");
    w.write("。").breakdown(null, List.of(new Part("基本", a1, s1), new Part("项目", a2, s2)), true);
    Analysis a = w.check(rule);
    Finding f = finding(a, only(a));
    assertEquals("share.sum", f.key());
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(f.zh().contains("105.00%"), f.zh());
  }

  @Test
  void roundedSharesMissing100ByTheirRoundingAreInfo() {
    Written w = new Written().write("其中：");
    Mention a1 = w.money("1", MoneyUnit.TEN_THOUSAND_YUAN);
    Mention s1 = w.write("，占").percent("33.3");
    Mention a2 = w.write("；").money("1", MoneyUnit.TEN_THOUSAND_YUAN);
    Mention s2 = w.write("，占").percent("33.3");
    Mention a3 = w.write("；").money("1", MoneyUnit.TEN_THOUSAND_YUAN);
    Mention s3 = w.write("，占").percent("33.3");
    w.write("。").breakdown(
        null, List.of(new Part("甲", a1, s1), new Part("乙", a2, s2), new Part("丙", a3, s3)), true);
    Analysis a = w.check(rule);
    Check sum = a.checks().get(0);
    assertEquals("100% = 33.3% + 33.3% + 33.3%", sum.relation());
    Finding f = finding(a, sum);
    assertEquals("share.sum_rounding", f.key());
    assertEquals(Severity.INFO, f.severity());
    // Shares that make 100% are of the parts' sum: each part is then checked against it.
    assertEquals(4, a.checks().size());
    assertTrue(a.checks().subList(1, 4).stream().allMatch(Check::holds), a.checks()::toString);
  }

  @Test
  void shareWithoutItsTotalIsNotEvaluated() {
    Analysis a = Written.analyse(
        dir, "因公出国（境）费支出80万元，占“三公”经费的19.1%；公务用车购置及运行费支出237万元，占“三公”经费的56.7%。",
        rule);
    assertTrue(a.checks().isEmpty(), () -> a.checks().toString());
  }

  @Test
  void shareOfATotalOfZeroIsNotEvaluated() {
    Written w = new Written().write("政府采购支出");
    Mention total = w.money("0", MoneyUnit.TEN_THOUSAND_YUAN);
    Mention part = w.write("，其中小微企业").money("0", MoneyUnit.TEN_THOUSAND_YUAN);
    Mention share = w.write("，占").percent("0");
    w.write("。").breakdown(total, List.of(new Part("小微企业", part, share)), false);
    assertTrue(w.check(rule).checks().isEmpty());
  }
}
