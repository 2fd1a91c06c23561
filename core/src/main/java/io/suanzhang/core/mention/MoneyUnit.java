package io.suanzhang.core.mention;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Optional;

/** A unit of money as written in reports, with its exact size in 元. */
public enum MoneyUnit {
  YUAN("元", BigDecimal.ONE),
  THOUSAND_YUAN("千元", new BigDecimal("1000")),
  TEN_THOUSAND_YUAN("万元", new BigDecimal("10000")),
  MILLION_YUAN("百万元", new BigDecimal("1000000")),
  HUNDRED_MILLION_YUAN("亿元", new BigDecimal("100000000")),
  TRILLION_YUAN("万亿元", new BigDecimal("1000000000000"));

  /** The units, once: {@code values()} copies its array on every call, and every mention asks. */
  private static final MoneyUnit[] ALL = values();

  private final String symbol;
  private final BigDecimal yuan;

  MoneyUnit(String symbol, BigDecimal yuan) {
    this.symbol = symbol;
    this.yuan = yuan;
  }

  /** The unit as written: 元, 万元 … */
  @JsonValue
  public String symbol() {
    return symbol;
  }

  /** How many 元 one of this unit is. */
  public BigDecimal yuan() {
    return yuan;
  }

  /** The exact value in 元 of an amount in this unit, without trailing zeros or exponent. */
  public BigDecimal toYuan(BigDecimal amount) {
    return plain(amount.multiply(yuan));
  }

  public static Optional<MoneyUnit> ofSymbol(String symbol) {
    for (MoneyUnit unit : ALL) {
      if (unit.symbol.equals(symbol)) {
        return Optional.of(unit);
      }
    }
    return Optional.empty();
  }

  @JsonCreator
  static MoneyUnit fromJson(String symbol) {
    return ofSymbol(symbol)
        .orElseThrow(() -> new IllegalArgumentException("not a money unit: " + symbol));
  }

  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** The Chinese name, where a person reads it (logs, messages); the constant's name is {@code name()}. */
  @Override
  public String toString() {
    return symbol;
  }
}
