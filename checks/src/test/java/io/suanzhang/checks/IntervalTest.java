package io.suanzhang.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MoneyUnit;
import io.suanzhang.core.mention.UnitSource;
import io.suanzhang.core.text.Span;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IntervalTest {

  private static Interval written(String value) {
    return Interval.written(new BigDecimal(value));
  }

  @Test
  void writtenNumberStandsForHalfAUnitOfItsLastPlace() {
    Interval i = written("91.68");
    assertEquals(0, i.low().compareTo(new BigDecimal("91.675")));
    assertEquals(0, i.high().compareTo(new BigDecimal("91.685")));
  }

  @Test
  void wholeYuanWrittenWithCentsCanBeCoarsened() {
    Interval i = Interval.written(new BigDecimal("24840778.00"), 0);
    assertEquals(0, i.radius().compareTo(new BigDecimal("0.5")));
  }

  @Test
  void growthOfElevenFiftyThreeOverNineSixtyOneAllowsNineteenNinetyFour() {
    // (11.53 − 9.61) / 9.61 = 19.98 %, but 11.53 and 9.61 stand for intervals that allow 19.94 %.
    Interval growth = written("11.53").minus(written("9.61")).dividedBy(written("9.61"))
        .times(new BigDecimal("100"));
    assertTrue(growth.meets(written("19.94")));
    assertFalse(growth.meets(written("19.50")));
  }

  @Test
  void quotientOfPreciseAmountsIsNarrow() {
    Interval rate = written("916.11").dividedBy(written("1413.96")).times(new BigDecimal("100"));
    assertTrue(rate.meets(written("64.79")));
    assertFalse(rate.meets(written("64.77")));
  }

  @Test
  void moneyInYuanKeepsTheWrittenPrecision() {
    Mention m = Mention.money("1413.96万元", Span.of(0, 10), new BigDecimal("1413.96"),
        MoneyUnit.TEN_THOUSAND_YUAN, UnitSource.WRITTEN);
    Interval yuan = Interval.yuan(m);
    // 1413.96 万元 stands for 14,139,550 … 14,139,650 元: ±50 元, not ±0.005.
    assertEquals(0, yuan.low().compareTo(new BigDecimal("14139550")));
    assertEquals(0, yuan.high().compareTo(new BigDecimal("14139650")));
  }

  @Test
  void divisionByAnIntervalHoldingZeroIsRefused() {
    assertThrows(ArithmeticException.class, () -> written("5").dividedBy(written("0")));
  }

  @Test
  void emptyIntervalIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new Interval(BigDecimal.ONE, BigDecimal.ZERO));
  }
}
