package io.suanzhang.core;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A document as read: its source, the extracted text that every offset points into, the span of each
 * page (empty for formats without pages), and warnings about parts that could not be read well.
 */
public record Document(Source source, String text, List<Span> pages, List<Problem> warnings) {

  public Document {
    requireNonNull(source, "source");
    requireNonNull(text, "text");
    pages = List.copyOf(pages);
    warnings = List.copyOf(warnings);
  }

  public static Document ofText(Source source, String text) {
    return new Document(source, text, List.of(), List.of());
  }

  /** The 1-based page holding a code-point offset, or {@code null} for formats without pages. */
  public @Nullable Integer pageAt(int offset) {
    for (int i = 0; i < pages.size(); i++) {
      Span page = pages.get(i);
      if (offset >= page.start() && offset < page.end()) {
        return i + 1;
      }
    }
    return null;
  }
}
