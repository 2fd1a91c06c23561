package io.suanzhang.core.check;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A relation of a report that does not hold, told so that a reviewer can act on it without a
 * calculator: which rule found it, the message key ({@code sum.total}: stable, for filtering and
 * translation), how much it matters, what it is about, a message in Chinese and
 * one in English, the stated value, the value recomputed from the other numbers, their difference,
 * the tolerance their written precision allows, the facts involved and every number as evidence.
 *
 * <p>{@code stated}, {@code recomputed}, {@code difference} and {@code tolerance} are all in {@code
 * unit}, the unit the report wrote the stated value in, not normalised: {@code 万元}, {@code 元} or
 * {@code 亿元} for money (so {@code stated=2319.21, unit=万元} is 23,192,100 元), {@code %} for rates
 * and percentage points, the counting word ({@code 人}, {@code 个}) for counts, {@code 分} for scores.
 * They are {@code null}, and so is {@code unit}, for findings that are not about a value (a broken
 * year, a template placeholder).
 *
 * <p>Their scales differ on purpose. {@code stated} keeps the decimals the report wrote ({@code 73},
 * {@code -38.28}): that precision is what the check allows for. Where a check allows for rounding,
 * {@code recomputed}, {@code difference} and {@code tolerance} are shown two decimals finer than the
 * stated value ({@code 71.00}, {@code -38.2877}) so that a difference smaller than the written
 * precision is still visible; elsewhere they have the scale their arithmetic gives. Compare them with {@link BigDecimal#compareTo}, not {@code equals}. {@code difference} is
 * {@code stated} minus {@code recomputed}; {@code tolerance}, where there is one, is how far apart
 * the two may be from the rounding of the written numbers alone.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({
  "id", "rule", "key", "severity", "subject", "zh", "en", "stated", "recomputed", "difference",
  "tolerance", "unit", "facts", "evidence"
})
public record Finding(
    String id,
    String rule,
    String key,
    Severity severity,
    String subject,
    String zh,
    String en,
    @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable BigDecimal stated,
    @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable BigDecimal recomputed,
    @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable BigDecimal difference,
    @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable BigDecimal tolerance,
    @Nullable String unit,
    List<String> facts,
    List<Evidence> evidence) {

  public Finding {
    requireNonNull(id, "id");
    requireNonNull(rule, "rule");
    requireNonNull(key, "key");
    requireNonNull(severity, "severity");
    requireNonNull(subject, "subject");
    requireNonNull(zh, "zh");
    requireNonNull(en, "en");
    facts = List.copyOf(facts);
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("finding " + id + " of rule " + rule + " has no evidence");
    }
  }

  public Finding withId(String newId) {
    return new Finding(
        newId, rule, key, severity, subject, zh, en, stated, recomputed, difference, tolerance, unit,
        facts, evidence);
  }

  public Finding withSeverity(Severity newSeverity) {
    return new Finding(
        id, rule, key, newSeverity, subject, zh, en, stated, recomputed, difference, tolerance, unit,
        facts, evidence);
  }
}
