package io.suanzhang.read.pdf;

/**
 * A run of glyphs on one line with no visible gap inside: a word, a number or a stretch of CJK text.
 * {@code spaced} says whether a space (a space glyph or a gap of a quarter em) stands before it.
 */
record Chunk(String text, float x0, float x1, float y, float size, boolean spaced) {

  /** A number, or an amount with its unit (3 万元): a value of a table cell. */
  boolean numeric() {
    return Numbers.isNumber(text) || Numbers.isAmount(text);
  }

  float center() {
    return (x0 + x1) / 2;
  }
}
