package io.suanzhang.core.text;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stretch of a document's extracted text: code-point offsets, end exclusive, and the 1-based page it
 * starts on when the format has pages.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Span(int start, int end, @Nullable Integer page) {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "span [%d, %d) is not a valid range", start, end));
    }
    if (page != null && page < 1) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "page %d is not a 1-based page number", page));
    }
  }

  public static Span of(int start, int end) {
    return new Span(start, end, null);
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  // equals and hashCode written out, as the record's would be: the record's, built by
  // ObjectMethods' method handles, cost several times as much in code compiled by C1 alone, and
  // spans are map keys and compared by the hundred thousand in a report.
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Span s && start == s.start && end == s.end && Objects.equals(page, s.page);
  }

  @Override
  public int hashCode() {
    return (31 * start + end) * 31 + Objects.hashCode(page);
  }
}
