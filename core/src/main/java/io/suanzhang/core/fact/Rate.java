package io.suanzhang.core.fact;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.Quotes;
import io.suanzhang.core.Span;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A stated rate with, where the report gives them, the numbers it is computed from: 预算执行率64.79%
 * with numerator 916.11万元 (实际支出) and denominator 1413.96万元 (预算数).
 */
public record Rate(
    String id,
    @Nullable String section,
    String subject,
    RateKind measure,
    Mention value,
    @Nullable Mention numerator,
    @Nullable Mention denominator,
    Span span,
    String quote)
    implements Fact {

  public Rate {
    Facts.requireCommon(id, subject, span, quote);
    quote = Quotes.capped(quote);
    requireNonNull(measure, "measure");
    requireNonNull(value, "value");
    if (value.kind() != MentionKind.PERCENT) {
      throw Facts.invalid("rate %s: %s is not a percentage", id, value.text());
    }
  }

  @Override
  public List<Mention> numbers() {
    return Facts.numbers(value, numerator, denominator);
  }
}
