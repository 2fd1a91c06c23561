package io.suanzhang.testkit;

import io.suanzhang.core.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a text line by line and records where each number goes: the one way generated texts are
 * made, so that every span is right by construction.
 */
final class Composer {

  private final StringBuilder text = new StringBuilder();
  private final List<Stated> numbers = new ArrayList<>();
  private final Map<Integer, Integer> headings = new LinkedHashMap<>();
  private int codePoints;
  private int line;

  Composer text(String s) {
    if (s.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("one line at a time: " + s);
    }
    text.append(s);
    codePoints += s.codePointCount(0, s.length());
    return this;
  }

  Composer number(String role, Numeral n) {
    int start = codePoints;
    text(n.text());
    numbers.add(new Stated(role, n, Span.of(start, codePoints)));
    return this;
  }

  /** Ends the line. */
  Composer end() {
    text.append('\n');
    codePoints++;
    line++;
    return this;
  }

  /** A heading line of its own. */
  Composer heading(int level, String title) {
    headings.put(line, level);
    return text(title).end();
  }

  /** Marks the line being written as a heading. */
  Composer headingLine(int level) {
    headings.put(line, level);
    return this;
  }

  Composer blank() {
    return end();
  }

  /** A table row: cells are strings or {@link Cell}s with a number, separated by tabs. */
  Composer row(Object... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        text("\t");
      }
      if (cells[i] instanceof Cell c) {
        number(c.role(), c.numeral());
      } else {
        text(String.valueOf(cells[i]));
      }
    }
    return end();
  }

  record Cell(String role, Numeral numeral) {}

  static Cell cell(String role, Numeral n) {
    return new Cell(role, n);
  }

  String text() {
    return text.toString();
  }

  List<Stated> numbers() {
    return List.copyOf(numbers);
  }

  Map<Integer, Integer> headings() {
    return Map.copyOf(headings);
  }

  Passage passage(Passage.Type type) {
    String t = text();
    return new Passage(type, t.endsWith("\n") ? t.substring(0, t.length() - 1) : t, numbers());
  }
}
