package io.suanzhang.core.fact;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.Quotes;
import io.suanzhang.core.text.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A comparison with another year or an earlier value: 比上年增加55.11万元，增长150.70%; 与2019年36.57万元相比.
 * {@code current} and {@code base} are the two values where stated, {@code change} the stated
 * difference, {@code rate} the stated change rate, {@code direction} the word used. A value said
 * unchanged (持平, 与上年数一致) needs neither change nor base: the word states a change of zero.
 */
public record Comparison(
    String id,
    @Nullable String section,
    String subject,
    @Nullable Integer baseYear,
    @Nullable Mention current,
    @Nullable Mention base,
    Direction direction,
    @Nullable Mention change,
    @Nullable Mention rate,
    Span span,
    String quote)
    implements Fact {

  public Comparison {
    Facts.requireCommon(id, subject, span, quote);
    quote = Quotes.capped(quote);
    requireNonNull(direction, "direction");
    // 0.00万元，比2024年预算持平 states its change, zero, in a word: the value alone is checkable
    boolean unchanged = direction == Direction.UNCHANGED && current != null;
    if (change == null && rate == null && (current == null || base == null) && !unchanged) {
      throw Facts.invalid("comparison %s states neither a change nor both values", id);
    }
  }

  @Override
  public List<Mention> numbers() {
    return Facts.numbers(current, base, change, rate);
  }
}
