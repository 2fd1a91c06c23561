package io.suanzhang.core.document;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.text.Span;

/**
 * A heading with its level: 1 for the top (第一部分, {@code #}), deeper levels for 一、, （一）, 1.,
 * （1） … as the reader or the format establishes them.
 */
public record Heading(Span span, int level, String text) implements Block {

  public Heading {
    requireNonNull(span, "span");
    requireNonNull(text, "text");
    if (level < 1) {
      throw new IllegalArgumentException("heading levels start at 1, not " + level);
    }
  }
}
