package io.suanzhang.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CodePointsTest {

  @Test
  void isIdentityForTextWithoutSupplementaryCharacters() {
    CodePoints cp = CodePoints.of("预算数1413.96万元");
    assertEquals(12, cp.length());
    assertEquals(5, cp.toCodePoint(5));
    assertEquals("1413.96", cp.slice(3, 10));
  }

  @Test
  void countsSupplementaryCharactersOnce() {
    CodePoints cp = CodePoints.of("𠀀a𠀁b");
    assertEquals(4, cp.length());
    assertEquals(2, cp.toCodePoint(3));
    assertEquals(3, cp.toUtf16(2));
    assertEquals("a𠀁", cp.slice(1, 3));
    assertEquals("b", cp.slice(Span.of(3, 4)));
  }

  @Test
  void rejectsOffsetsOutsideTheText() {
    assertThrows(IndexOutOfBoundsException.class, () -> CodePoints.of("ab").toUtf16(3));
  }
}
