package io.suanzhang.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void divisionByAnIntervalHoldingZeroIsRefused() {
    assertThrows(ArithmeticException.class, () -> written("5").dividedBy(written("0")));
  }

  @Test
  void emptyIntervalIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new Interval(BigDecimal.ONE, BigDecimal.ZERO));
  }
}
