package io.suanzhang.testkit;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.mention.MoneyUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * A number as a report writes it, with its exact value: {@code 1,234.56万元} is {@code 1234.56} in
 * {@code 万元}; {@code 百分之八十五} is {@code 85} in {@code %}. The value keeps the scale written, so
 * that {@code 91.70} stays {@code 91.70}.
 */
public record Numeral(String text, BigDecimal value, String unit, Form form) {

  /** The ways a number is written in Chinese reports. */
  public enum Form {
    /** {@code 1234.56万元}, {@code 85%}. */
    PLAIN,
    /** {@code 1,234.56万元}: thousands grouped with commas. */
    GROUPED,
    /** {@code 1234.56 万元}: a space before the unit. */
    SPACED,
    /** {@code １２３４.５６万元}, {@code 85％}: full-width digits or percent sign. */
    FULL_WIDTH,
    /** {@code 一千二百万元}, {@code 百分之八十五}: Chinese numerals. */
    CHINESE,
    /** {@code ¥1,234.56}: the yuan sign before the amount, no unit after it. */
    YUAN_SIGN,
    /** {@code 1234.56}: digits alone, the unit stated once for a table or column (单位：万元). */
    BARE
  }

  public Numeral {
    requireNonNull(text, "text");
    requireNonNull(value, "value");
    requireNonNull(unit, "unit");
    requireNonNull(form, "form");
    if (text.isBlank()) {
      throw new IllegalArgumentException("a numeral has text");
    }
  }

  /** {@code value} in {@code unit} written in {@code form}; money units are 元, 万元, 亿元 …. */
  public static Numeral of(BigDecimal value, String unit, Form form) {
    return new Numeral(Writing.write(value, unit, form), value, unit, form);
  }

  /** The money amount in a unit, written plainly. */
  public static Numeral money(String value, String unit) {
    return of(new BigDecimal(value), unit, Form.PLAIN);
  }

  /** A percentage written plainly: {@code 85.50%}. */
  public static Numeral percent(String value) {
    return of(new BigDecimal(value), "%", Form.PLAIN);
  }

  public boolean isMoney() {
    return MoneyUnit.ofSymbol(unit).isPresent();
  }

  /** The exact value in 元, for money. */
  public Optional<BigDecimal> yuan() {
    return MoneyUnit.ofSymbol(unit).map(u -> u.toYuan(value));
  }

  /** The digits of the number alone, as written ({@code 1,234.56} of {@code 1,234.56万元}). */
  public String digits() {
    return Writing.digits(value, form);
  }

  /** The same value in another form; a Chinese form needs at most two decimals. */
  public Numeral as(Form other) {
    return of(value, unit, other);
  }

  /** The same form, another value: a changed number of an injected error. */
  public Numeral withValue(BigDecimal other) {
    return of(other.setScale(Math.max(0, value.scale()), RoundingMode.HALF_UP), unit, form);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s (= %s %s)", text, value.toPlainString(), unit);
  }
}
