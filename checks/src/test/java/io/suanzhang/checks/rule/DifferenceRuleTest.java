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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DifferenceRuleTest {

  private final DifferenceRule rule = new DifferenceRule();

  @TempDir Path dir;

  @Test
  void changeOfTwoStatedValuesHolds() {
    Analysis a = Written.analyse(
        dir, "2020年，机关运行经费支出11.53万元，比2019年9.61万元增加1.92万元，增长19.94%。", rule);
    Check check = only(a);
    assertTrue(check.holds(), check::toString);
    assertEquals("+1.92万元 = 11.53万元 − 9.61万元", check.relation());
  }

  @Test
  void changeThatIsNotTheDifferenceIsAnError() {
    Analysis a = Written.analyse(
        dir, "2020年，机关运行经费支出11.53万元，比2019年9.61万元增加2.92万元。", rule);
    Finding f = finding(a, only(a));
    assertEquals("difference.change", f.key());
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(0, new BigDecimal("2.92").compareTo(f.stated()));
    assertEquals(0, new BigDecimal("1.9200").compareTo(f.recomputed()));
    assertEquals("万元", f.unit());
    assertEquals(List.of("change", "current", "base"), f.evidence().stream().map(e -> e.role()).toList());
  }

  @Test
  void increaseWhereTheCurrentValueIsSmallerIsAnError() {
    Analysis a = Written.analyse(
        dir, "2020年，机关运行经费支出9.61万元，比2019年11.53万元增加1.92万元。", rule);
    Finding f = finding(a, only(a));
    assertEquals("difference.direction", f.key());
    assertEquals(Severity.ERROR, f.severity());
  }

  @Test
  void unchangedWhereTheValuesDifferIsAnError() {
    Analysis a = Written.analyse(dir, "2020年公务接待费支出5.00万元，与2019年4.00万元相比持平。", rule);
    Check check = only(a);
    assertEquals("5.00万元 = 4.00万元", check.relation());
    Finding f = finding(a, check);
    assertEquals("difference.unchanged", f.key());
    assertEquals(Severity.ERROR, f.severity());
  }

  @Test
  void unchangedWithEqualValuesHolds() {
    Analysis a = Written.analyse(dir, "2020年公务接待费支出5.00万元，与2019年5.00万元相比持平。", rule);
    assertTrue(only(a).holds());
  }

  @Test
  void changeThatRoundingExplainsIsInfo() {
    // Values to a tenth of 万元 and a change to the hundredth: 0.35 lies within 1.5 − 1.2 ± 0.1.
    Written w = new Written().write("支出");
    Mention current = w.money("1.5", MoneyUnit.TEN_THOUSAND_YUAN);
    Mention base = w.write("，比上年").money("1.2", MoneyUnit.TEN_THOUSAND_YUAN);
    Mention change = w.write("增加").money("0.35", MoneyUnit.TEN_THOUSAND_YUAN);
    w.write("。").comparison(current, base, Direction.INCREASE, change, null);
    Finding f = finding(w.check(rule), only(w.check(rule)));
    assertEquals("difference.rounding", f.key());
    assertEquals(Severity.INFO, f.severity());
  }

  @Test
  void changeInAnotherUnitIsComparedInTheFinerOne() {
    Written w = new Written().write("支出");
    Mention current = w.money("15000", MoneyUnit.YUAN);
    Mention base = w.write("，比上年").money("1.2", MoneyUnit.TEN_THOUSAND_YUAN);
    Mention change = w.write("增加").money("3000", MoneyUnit.YUAN);
    w.write("。").comparison(current, base, Direction.INCREASE, change, null);
    assertTrue(only(w.check(rule)).holds());
  }

  @Test
  void wordAloneIsCheckedAgainstTheTwoValues() {
    Written w = new Written().write("起付线由");
    Mention base = w.money("1.3", MoneyUnit.TEN_THOUSAND_YUAN);
    Mention current = w.write("上调为").money("2600", MoneyUnit.YUAN);
    w.write("。").comparison(current, base, Direction.INCREASE, null, null);
    Analysis a = w.check(rule);
    Check check = only(a);
    assertEquals("2600元 > 1.3万元", check.relation());
    assertEquals("difference.direction", finding(a, check).key());
  }

  @Test
  void comparisonMissingTheBaseIsNotEvaluated() {
    Analysis a = Written.analyse(
        dir, "公务接待费预算支出101.26万元，比上年预算减少15.24万元，主要是厉行节约。", rule);
    assertTrue(a.checks().isEmpty(), () -> a.checks().toString());
  }
}
