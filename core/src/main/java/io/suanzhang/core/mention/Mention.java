package io.suanzhang.core.mention;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.suanzhang.core.text.Span;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One number of a report with its meaning and provenance.
 *
 * <ul>
 *   <li>{@code text} is exactly the extracted text between {@code start} and {@code end} (code points,
 *       end exclusive): the number with its unit, e.g. {@code 91.68 万元}, {@code 3万多份}, {@code 85％}.
 *       A comparator or approximation word standing before or after it is recorded, not included.
 *   <li>{@code value} is the number as written, keeping its decimals (91.68 stays 91.68): the tolerance
 *       of every check follows from it. A Chinese numeral's value is the number it denotes.
 *   <li>{@code unit}: a {@link MoneyUnit} symbol for money, {@code %} for a percent, the counting word
 *       (人, 人次, 个 …) for a count.
 *   <li>{@code yuan}: for money, the exact value in 元; otherwise {@code null}.
 *   <li>{@code per}: for a price, what it is per: 75.8元/人次 has {@code per} 人次.
 * </ul>
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({
  "kind", "text", "start", "end", "page", "value", "unit", "yuan", "approx", "comparator", "per",
  "unitSource"
})
public record Mention(
    MentionKind kind,
    String text,
    int start,
    int end,
    @Nullable Integer page,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value,
    String unit,
    @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable BigDecimal yuan,
    @Nullable Approximation approx,
    @Nullable Bound comparator,
    @Nullable String per,
    UnitSource unitSource) {

  public static final String PERCENT_UNIT = "%";
  public static final String SCORE_UNIT = "分";

  public Mention {
    requireNonNull(kind, "kind");
    requireNonNull(text, "text");
    requireNonNull(value, "value");
    requireNonNull(unit, "unit");
    requireNonNull(unitSource, "unitSource");
    new Span(start, end, page); // validates the range
    switch (kind) {
      case MONEY:
        MoneyUnit money =
            MoneyUnit.ofSymbol(unit)
                .orElseThrow(() -> invalid("money unit '%s' is not one of 元, 千元, 万元, 亿元 …", unit));
        BigDecimal expected = money.toYuan(value);
        if (yuan == null || yuan.compareTo(expected) != 0) {
          throw invalid("yuan %s of %s %s should be %s", yuan, value, unit, expected);
        }
        break;
      case PERCENT:
        if (!PERCENT_UNIT.equals(unit) || yuan != null) {
          throw invalid("a percent has unit %% and no yuan, not '%s' and %s", unit, yuan);
        }
        break;
      case COUNT:
        if (unit.isBlank() || yuan != null) {
          throw invalid("a count has a counting unit and no yuan, not '%s' and %s", unit, yuan);
        }
        break;
      case SCORE:
        if (!SCORE_UNIT.equals(unit) || yuan != null) {
          throw invalid("a score has unit 分 and no yuan, not '%s' and %s", unit, yuan);
        }
        break;
      default:
        throw new AssertionError(kind);
    }
  }

  /** An amount of money; its value in 元 is computed exactly from the value and the unit. */
  public static Mention money(
      String text, Span span, BigDecimal value, MoneyUnit unit, UnitSource unitSource) {
    return new Mention(
        MentionKind.MONEY,
        text,
        span.start(),
        span.end(),
        span.page(),
        value,
        unit.symbol(),
        unit.toYuan(value),
        null,
        null,
        null,
        unitSource);
  }

  public static Mention percent(String text, Span span, BigDecimal value) {
    return new Mention(
        MentionKind.PERCENT, text, span.start(), span.end(), span.page(), value, PERCENT_UNIT, null,
        null, null, null, UnitSource.WRITTEN);
  }

  public static Mention count(String text, Span span, BigDecimal value, String unit) {
    return new Mention(
        MentionKind.COUNT, text, span.start(), span.end(), span.page(), value, unit, null, null, null,
        null, UnitSource.WRITTEN);
  }

  public static Mention score(String text, Span span, BigDecimal value) {
    return new Mention(
        MentionKind.SCORE, text, span.start(), span.end(), span.page(), value, SCORE_UNIT, null,
        null, null, null, UnitSource.WRITTEN);
  }

  public Span span() {
    return new Span(start, end, page);
  }

  public Optional<MoneyUnit> moneyUnit() {
    return kind == MentionKind.MONEY ? MoneyUnit.ofSymbol(unit) : Optional.empty();
  }

  public Mention withApprox(@Nullable Approximation marker) {
    return new Mention(
        kind, text, start, end, page, value, unit, yuan, marker, comparator, per, unitSource);
  }

  public Mention withComparator(@Nullable Bound bound) {
    return new Mention(kind, text, start, end, page, value, unit, yuan, approx, bound, per, unitSource);
  }

  public Mention withPer(@Nullable String perUnit) {
    return new Mention(
        kind, text, start, end, page, value, unit, yuan, approx, comparator, perUnit, unitSource);
  }

  public Mention withPage(@Nullable Integer onPage) {
    return new Mention(
        kind, text, start, end, onPage, value, unit, yuan, approx, comparator, per, unitSource);
  }

  private static IllegalArgumentException invalid(String format, @Nullable Object... args) {
    return new IllegalArgumentException(String.format(Locale.ROOT, format, args));
  }

  // equals and hashCode written out, as the record's would be (every component, BigDecimals by
  // equals): the record's, built by ObjectMethods' method handles, cost several times as much in
  // code compiled by C1 alone, and mentions are map keys in fact extraction.
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Mention m && start == m.start && end == m.end && kind == m.kind
        && text.equals(m.text) && Objects.equals(page, m.page) && value.equals(m.value)
        && unit.equals(m.unit) && Objects.equals(yuan, m.yuan) && approx == m.approx
        && comparator == m.comparator && Objects.equals(per, m.per) && unitSource == m.unitSource;
  }

  @Override
  public int hashCode() {
    int h = kind.ordinal();
    h = 31 * h + text.hashCode();
    h = 31 * h + start;
    h = 31 * h + end;
    h = 31 * h + Objects.hashCode(page);
    h = 31 * h + value.hashCode();
    h = 31 * h + unit.hashCode();
    h = 31 * h + Objects.hashCode(yuan);
    h = 31 * h + (approx == null ? -1 : approx.ordinal());
    h = 31 * h + (comparator == null ? -1 : comparator.ordinal());
    h = 31 * h + Objects.hashCode(per);
    return 31 * h + unitSource.ordinal();
  }
}
