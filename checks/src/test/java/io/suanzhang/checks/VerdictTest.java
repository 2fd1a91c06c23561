package io.suanzhang.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class VerdictTest {

  private static Verdict sum(String stated, String... parts) {
    BigDecimal point = BigDecimal.ZERO;
    Interval range = Interval.exact(BigDecimal.ZERO);
    for (String p : parts) {
      point = point.add(new BigDecimal(p));
      range = range.plus(Interval.written(new BigDecimal(p)));
    }
    return Verdict.of(new BigDecimal(stated), point, range);
  }

  @Test
  void exactSumHolds() {
    Verdict v = sum("7096.40", "5043", "348", "105.40", "1600");
    assertEquals(Verdict.Outcome.HOLDS, v.outcome());
    assertEquals(0, v.difference().signum());
  }

  @Test
  void breakWithinTheWrittenPrecisionIsRounding() {
    // 28.25 + 337.33 = 365.58 against a stated 365.59: both parts may be 0.005 higher.
    Verdict v = sum("365.59", "28.25", "337.33");
    assertEquals(Verdict.Outcome.ROUNDING, v.outcome());
    assertEquals(0, v.difference().compareTo(new BigDecimal("0.01")));
    assertEquals(0, v.tolerance().compareTo(new BigDecimal("0.015")));
  }

  @Test
  void breakBeyondThePrecisionBreaks() {
    Verdict v = sum("3.0", "1.0", "1.0");
    assertEquals(Verdict.Outcome.BREAKS, v.outcome());
    assertEquals(0, v.recomputed().compareTo(new BigDecimal("2")));
  }
}
