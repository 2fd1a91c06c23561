package io.suanzhang.extract.pdf;

import java.util.List;

/**
 * What is kept of a page once its glyphs are grouped: its size, its lines from top to bottom, and a
 * note when its text layer is missing or unreadable (null when it reads well).
 */
record PageText(int number, float width, float height, List<Line> lines) {

  PageText {
    lines = List.copyOf(lines);
  }

  static PageText empty(int number) {
    return new PageText(number, 0, 0, List.of());
  }

  PageText withLines(List<Line> kept) {
    return new PageText(number, width, height, kept);
  }
}
