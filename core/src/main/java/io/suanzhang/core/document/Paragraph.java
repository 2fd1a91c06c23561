package io.suanzhang.core.document;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.text.Span;

/** A paragraph of running text. */
public record Paragraph(Span span) implements Block {

  public Paragraph {
    requireNonNull(span, "span");
  }
}
