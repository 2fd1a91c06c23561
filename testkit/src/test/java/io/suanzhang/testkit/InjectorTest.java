package io.suanzhang.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class InjectorTest {

  /**
   * Seed 719's change over last year is 1.15万元: each try of 5 to 30 % gives 1.00 more, 2.15, which
   * the report writes elsewhere; a larger change is taken instead of failing.
   */
  @Test
  void aSmallAmountWhoseChangeIsWrittenElsewhereIsChangedFurther() {
    GeneratedReport report = Testkit.report(719);
    InjectedError e = Testkit.inject(report, ErrorKind.CHANGE, 719);
    assertEquals("1.15万元", e.was());
    assertNotEquals(e.was(), e.text());
    assertEquals(0, report.occurrences(e.text().replace("万元", "")));
  }
}
