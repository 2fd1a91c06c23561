package io.suanzhang.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class QuotesTest {

  @Test
  void keepsAQuoteWithinTheBound() {
    String quote = "支".repeat(Quotes.MAX_LENGTH);
    assertSame(quote, Quotes.capped(quote));
  }

  @Test
  void cutsALongerQuoteToTheBoundWithAnEllipsis() {
    String capped = Quotes.capped("支出100万元，".repeat(1_000));
    assertEquals(Quotes.MAX_LENGTH, capped.codePointCount(0, capped.length()));
    assertEquals('…', capped.charAt(capped.length() - 1));
  }

  @Test
  void countsCodePointsAndNeverSplitsAPair() {
    String capped = Quotes.capped("𠀀".repeat(Quotes.MAX_LENGTH + 1));
    assertEquals(Quotes.MAX_LENGTH, capped.codePointCount(0, capped.length()));
    assertEquals("𠀀".repeat(Quotes.MAX_LENGTH - 1) + "…", capped);
  }
}
