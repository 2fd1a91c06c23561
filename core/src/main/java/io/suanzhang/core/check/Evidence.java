package io.suanzhang.core.check;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.suanzhang.core.Span;
import io.suanzhang.core.mention.Mention;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One number a finding rests on: the part it plays ({@code total}, {@code part}, {@code numerator}
 * …), the number as written with its offsets and page, and the sentence or table row it stands in.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"role", "text", "start", "end", "page", "value", "unit", "quote"})
public record Evidence(
    String role,
    String text,
    int start,
    int end,
    @Nullable Integer page,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value,
    String unit,
    String quote) {

  public Evidence {
    requireNonNull(role, "role");
    requireNonNull(text, "text");
    requireNonNull(value, "value");
    requireNonNull(unit, "unit");
    requireNonNull(quote, "quote");
    new Span(start, end, page); // validates the range
  }

  public static Evidence of(String role, Mention number, String quote) {
    return new Evidence(
        role, number.text(), number.start(), number.end(), number.page(), number.value(),
        number.unit(), quote);
  }

  public Span span() {
    return new Span(start, end, page);
  }
}
