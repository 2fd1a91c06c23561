package io.suanzhang.core.document;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.text.Span;

/** A page of a paged document: its 1-based number and the span of its text. */
public record Page(int number, Span span) {

  public Page {
    requireNonNull(span, "span");
    if (number < 1) {
      throw new IllegalArgumentException("page numbers start at 1, not " + number);
    }
  }
}
