package io.suanzhang.core.fact;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.text.Quotes;
import io.suanzhang.core.text.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An amount of money stated for a subject: 2022年当年部门预算数1413.96万元. */
public record Amount(
    String id,
    @Nullable String section,
    String subject,
    Measure measure,
    Mention value,
    Span span,
    String quote)
    implements Fact {

  public Amount {
    Facts.requireCommon(id, subject, span, quote);
    quote = Quotes.capped(quote);
    requireNonNull(measure, "measure");
    requireNonNull(value, "value");
    if (value.kind() != MentionKind.MONEY) {
      throw Facts.invalid("amount %s: %s is not money", id, value.text());
    }
  }

  @Override
  public List<Mention> numbers() {
    return List.of(value);
  }
}
