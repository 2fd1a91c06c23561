package io.suanzhang.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MoneyUnit;
import io.suanzhang.core.mention.UnitSource;
import io.suanzhang.core.text.Span;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Adding mentions up, with numbers from the seeds. */
class SumsTest {

  private static Mention count(String value, String unit) {
    return Mention.count(value + unit, Span.of(0, 1), new BigDecimal(value), unit);
  }

  private static Mention money(String value, MoneyUnit unit) {
    return Mention.money(value + unit.symbol(), Span.of(0, 1), new BigDecimal(value), unit, UnitSource.WRITTEN);
  }

  @Test
  void aListEndsWhereItsLeadingPartsMakeTheTotal() {
    // 共64次，其中…15次…49次…，定点药店开展106次监管 (seed 000)
    List<Mention> parts = List.of(count("15", "次"), count("49", "次"), count("106", "次"));
    assertEquals(2, Sums.closingRun(count("64", "次"), parts));
  }

  @Test
  void aListWithinItsTotalIsKeptWhole() {
    // 5043 + 348 + 105.40 + 1600 万元 = 7096.40 万元 (seed 004)
    List<Mention> parts = List.of(
        money("5043", MoneyUnit.TEN_THOUSAND_YUAN), money("348", MoneyUnit.TEN_THOUSAND_YUAN),
        money("105.40", MoneyUnit.TEN_THOUSAND_YUAN), money("1600", MoneyUnit.TEN_THOUSAND_YUAN));
    assertEquals(4, Sums.closingRun(money("7096.40", MoneyUnit.TEN_THOUSAND_YUAN), parts));
    assertTrue(Sums.adds(money("7096.40", MoneyUnit.TEN_THOUSAND_YUAN), parts));
  }

  @Test
  void aZeroTotalIsNeverCutShort() {
    // 共有车辆0辆，其中…0辆…0辆…2辆: zeros make any run; the list stays whole for the checks to judge
    List<Mention> parts = List.of(count("0", "辆"), count("0", "辆"), count("2", "辆"));
    assertEquals(3, Sums.closingRun(count("0", "辆"), parts));
  }

  @Test
  void onlyExactSumsDecide() {
    // 365.59万人 = 28.25万人 + 337.33万人 (seed 001) holds within rounding only: the list is not cut for it
    List<Mention> parts = List.of(count("28.25", "万人"), count("337.33", "万人"), count("10", "万人"));
    assertFalse(Sums.adds(count("365.59", "万人"), parts.subList(0, 2)));
    assertEquals(3, Sums.closingRun(count("365.59", "万人"), parts));
    assertEquals(2, Sums.closingRun(count("365.58", "万人"), parts));
  }

  @Test
  void aPartAsLargeAsTheTotalCutsNothing() {
    // 91.68 = 91.68 + 0 would close any list on its first part
    List<Mention> parts = List.of(count("91.68", "万人"), count("0", "万人"), count("5", "万人"));
    assertEquals(3, Sums.closingRun(count("91.68", "万人"), parts));
  }

  @Test
  void moneyAddsAcrossUnits() {
    // 32万元 = 45202元 + 272884元 + 1914元 (seed 000)
    List<Mention> parts = List.of(
        money("45202", MoneyUnit.YUAN), money("272884", MoneyUnit.YUAN), money("1914", MoneyUnit.YUAN));
    assertTrue(Sums.adds(money("32", MoneyUnit.TEN_THOUSAND_YUAN), parts));
    assertFalse(Sums.addable(money("32", MoneyUnit.TEN_THOUSAND_YUAN), count("32", "人")));
    assertFalse(Sums.addable(count("32", "人"), count("32", "人次")));
  }

  @Test
  void aPartAsLargeAsTheTotalLeavesNothingToTheOthers() {
    // 收、支预算总计各24,169.74万元。其中：（一）收入预算总计 24,169.74 …（二）支出预算总计 24,169.74
    Mention total = money("24169.74", MoneyUnit.TEN_THOUSAND_YUAN);
    assertFalse(Sums.plausible(total, List.of(total, total)));
    // 本年收入预算合计18330.37万元，其中：一般公共预算收入18330.37万元…政府性基金预算收入0万元
    Mention all = money("18330.37", MoneyUnit.TEN_THOUSAND_YUAN);
    assertTrue(Sums.plausible(all, List.of(all, money("0", MoneyUnit.TEN_THOUSAND_YUAN))));
    assertFalse(Sums.plausible(money("400", MoneyUnit.TEN_THOUSAND_YUAN), List.of(all)));
  }
}
