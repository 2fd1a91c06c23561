package io.suanzhang.core.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void rejectsReversedRangesAndPageZero() {
    assertThrows(IllegalArgumentException.class, () -> Span.of(5, 4));
    assertThrows(IllegalArgumentException.class, () -> Span.of(-1, 4));
    assertThrows(IllegalArgumentException.class, () -> new Span(0, 1, 0));
  }

  @Test
  void overlapsOnlyWhenSharingACodePoint() {
    assertTrue(Span.of(0, 5).overlaps(Span.of(4, 6)));
    assertFalse(Span.of(0, 5).overlaps(Span.of(5, 6)));
    assertTrue(Span.of(0, 5).contains(Span.of(1, 5)));
  }
}
