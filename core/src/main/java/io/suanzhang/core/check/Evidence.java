package io.suanzhang.core.check;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.Quotes;
import io.suanzhang.core.text.Span;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One number or passage a finding rests on: the part it plays ({@code total}, {@code part}, {@code
 * numerator}, {@code year} …), the text as written with its offsets and page, its value and unit when
 * it is a number, and the sentence or table row it stands in ({@code quote}, at most {@value
 * Quotes#MAX_LENGTH} code points: see {@link Quotes}).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"role", "text", "start", "end", "page", "value", "unit", "quote"})
public record Evidence(
    String role,
    String text,
    int start,
    int end,
    @Nullable Integer page,
    @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable BigDecimal value,
    @Nullable String unit,
    String quote) {

  public Evidence {
    requireNonNull(role, "role");
    requireNonNull(text, "text");
    quote = Quotes.capped(requireNonNull(quote, "quote"));
    new Span(start, end, page); // validates the range
  }

  public static Evidence of(String role, Mention number, String quote) {
    return new Evidence(
        role, number.text(), number.start(), number.end(), number.page(), number.value(),
        number.unit(), quote);
  }

  /** A passage that is not a number: a broken year, a template placeholder. */
  public static Evidence ofText(String role, String text, Span span, String quote) {
    return new Evidence(role, text, span.start(), span.end(), span.page(), null, null, quote);
  }

  public Span span() {
    return new Span(start, end, page);
  }
}
