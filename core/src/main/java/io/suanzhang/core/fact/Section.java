package io.suanzhang.core.fact;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.suanzhang.core.text.Span;
import org.jspecify.annotations.Nullable;

/**
 * A node of the heading tree: {@code 第二部分}, {@code 一、}, {@code （一）}, {@code 1.}, {@code （1）},
 * {@code ⑴}, {@code ①} or a Markdown heading. {@code number} is the numbering as written (empty for
 * an unnumbered heading), {@code level} its depth in this document (1 is the top), {@code span} covers
 * the section from its heading to the next heading of the same or a higher level.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Section(
    String id, @Nullable String parent, int level, String number, String title, Span heading,
    Span span) {

  public Section {
    requireNonNull(id, "id");
    requireNonNull(number, "number");
    requireNonNull(title, "title");
    requireNonNull(heading, "heading");
    requireNonNull(span, "span");
    if (level < 1) {
      throw Facts.invalid("section %s: levels start at 1, not %d", id, level);
    }
    if (!span.contains(heading)) {
      throw Facts.invalid("section %s: heading %s lies outside the section %s", id, heading, span);
    }
  }
}
