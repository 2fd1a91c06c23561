package io.suanzhang.read.pdf;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What is kept of a page once its glyphs are grouped: its size, its lines from top to bottom and the
 * rules it draws (table borders), or, for a page without a text layer, the text OCR read from it.
 */
record PageText(
    int number, float width, float height, List<Line> lines, List<Ruling> rulings,
    @Nullable String ocr) {

  PageText {
    lines = List.copyOf(lines);
    rulings = List.copyOf(rulings);
  }

  PageText(int number, float width, float height, List<Line> lines) {
    this(number, width, height, lines, List.of(), null);
  }

  static PageText empty(int number) {
    return new PageText(number, 0, 0, List.of());
  }

  PageText withLines(List<Line> kept) {
    return new PageText(number, width, height, kept, rulings, ocr);
  }
}
