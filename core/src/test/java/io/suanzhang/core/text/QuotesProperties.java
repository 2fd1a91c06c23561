package io.suanzhang.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of the quote around a fact's numbers in a passage of any length and punctuation. */
class QuotesProperties {

  @Property(seed = "15")
  void aroundHoldsTheNumbersInsideThePassageAndReachesNoFurther(
      @ForAll("passages") String text, @ForAll @IntRange(max = 5_000) int a,
      @ForAll @IntRange(max = 300) int width) {
    Span passage = new Span(7, 7 + text.codePointCount(0, text.length()), 3);
    int first = 7 + a % Math.max(passage.length(), 1);
    Span numbers = Span.of(first, Math.min(first + width, passage.end()));
    Span around = Quotes.around(passage, text, numbers);
    assertTrue(passage.contains(around) && around.contains(numbers), around + " of " + numbers);
    assertEquals(passage.page(), around.page());
    if (passage.length() <= Quotes.WHOLE) {
      assertEquals(passage, around);
    } else {
      // a sentence's stop after the numbers is kept with them
      assertTrue(around.length() <= numbers.length() + 2 * Quotes.REACH + 1, around.toString());
    }
  }

  @Provide
  Arbitrary<String> passages() {
    // words, digits, clause marks, stops and every kind of line break, in runs of any length
    return Arbitraries.strings().withChars("支出预算万元12.5%，,；：。！？\n\r\u2028𠀀 ").ofMaxLength(3_000);
  }
}
