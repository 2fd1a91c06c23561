package io.suanzhang.core.fact;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.text.Quotes;
import io.suanzhang.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A stated rate with, where the report gives them, the numbers it is computed from: 预算执行率64.79%
 * with numerator 916.11万元 (实际支出) and denominator 1413.96万元 (预算数).
 *
 * <p>A numerator the report states only as its parts — 资金支付进度100%, and in the paragraph that
 * explains it 发放救助金4822.4935万元 and 补贴2170.6240万元 — is {@code numeratorParts}, the numerator
 * itself then null: the rate divides their sum.
 */
public record Rate(
    String id,
    @Nullable String section,
    String subject,
    RateKind measure,
    Mention value,
    @Nullable Mention numerator,
    @Nullable Mention denominator,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Mention> numeratorParts,
    Span span,
    String quote)
    implements Fact {

  /** A rate whose numerator, where there is one, is a single stated number. */
  public Rate(String id, @Nullable String section, String subject, RateKind measure, Mention value,
      @Nullable Mention numerator, @Nullable Mention denominator, Span span, String quote) {
    this(id, section, subject, measure, value, numerator, denominator, List.of(), span, quote);
  }

  public Rate {
    numeratorParts = numeratorParts == null ? List.of() : List.copyOf(numeratorParts);
    if (numerator != null && !numeratorParts.isEmpty()) {
      throw Facts.invalid("rate %s: a numerator and its parts", id);
    }
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
    List<Mention> all = new ArrayList<>(numeratorParts);
    all.add(value);
    all.add(numerator);
    all.add(denominator);
    return Facts.numbers(all.toArray(Mention[]::new));
  }
}
