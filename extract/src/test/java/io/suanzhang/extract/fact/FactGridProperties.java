package io.suanzhang.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.suanzhang.core.document.Cell;
import io.suanzhang.core.text.Span;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A cell's text and a squashed header are what the white-space pattern makes of them. */
class FactGridProperties {

  @Property(tries = 3000)
  void aCellsTextIsItsWhiteSpaceCollapsed(@ForAll("texts") String text) {
    Cell cell = new Cell(0, 0, 1, 1, false, text, Span.of(0, 0), null);
    assertEquals(FactGrid.SPACES.matcher(text.strip()).replaceAll(" "), FactGrid.text(cell));
  }

  @Property(tries = 3000)
  void aSquashedTextHasNoWhiteSpace(@ForAll("texts") String text) {
    assertEquals(FactGrid.SPACES.matcher(text).replaceAll(""), FactGrid.squash(text));
  }

  /** Header words and amounts with every kind of space, some of which {@code \s} does not match. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("项", "目", "名称", "2,940.05", "万元", "≥90%", " ", "  ", "\t", "\n", "\r",
            "\u000B", "\f", "\u3000", "\u00A0", "\u2028")
        .list().ofMaxSize(8).map(pieces -> String.join("", pieces));
  }
}
