package io.suanzhang.read.pdf;

/**
 * One glyph as drawn on a page, in points with the origin at the top left: its text, left edge,
 * baseline, advance width and font size.
 */
record Glyph(String text, float x, float y, float width, float size) {

  float end() {
    return x + width;
  }

  boolean isSpace() {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00a0') {
        return false;
      }
    }
    return true;
  }
}
