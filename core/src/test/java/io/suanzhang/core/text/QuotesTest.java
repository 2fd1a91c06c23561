package io.suanzhang.core.text;

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

  @Test
  void quotesAPassageWithinTheBoundWhole() {
    String text = "支出100万元，比上年增长5%。".repeat(20);
    Span passage = Span.of(0, text.length());
    assertEquals(passage, Quotes.around(passage, text, Span.of(100, 106)));
  }

  @Test
  void quotesTheSentenceAroundTheNumbersOfALongerPassage() {
    // a breakdown read across the sentences of a list: its numbers start in the first
    String first = "一般公共预算财政拨款支出年初预算为 10210.34 万元，支出决算为 9746.50 万元。";
    String text = first + "其中：项目支出决算为 100.00 万元，".repeat(40) + "完成年初预算的 95%。";
    Span passage = new Span(50, 50 + text.length(), 2);
    int total = 50 + first.indexOf("9746.50");
    Span around = Quotes.around(passage, text, Span.of(total, total + 10));
    assertEquals(new Span(50, 50 + first.length(), 2), around);
  }

  @Test
  void quotesTheClausesAroundTheNumbersOfARunOfWrappedLines() {
    String line = "一般公共预算支出1005.56万元，比上年增长3.5%，其中基本支出800.00万元\n";
    String text = line.repeat(30);
    Span passage = Span.of(0, text.length());
    int at = line.length() * 10;
    Span around = Quotes.around(passage, text, Span.of(at + 8, at + line.indexOf("3.5%") + 4));
    assertEquals("一般公共预算支出1005.56万元，比上年增长3.5%", text.substring(around.start(), around.end()));
  }
}
