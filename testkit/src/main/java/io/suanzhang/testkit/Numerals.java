package io.suanzhang.testkit;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** The arbitraries of {@link Testkit#amounts()} and {@link Testkit#percents()}. */
final class Numerals {

  private Numerals() {}

  static Arbitrary<Numeral> amounts() {
    Arbitrary<Numeral> digits = Combinators.combine(
            Arbitraries.longs().between(1, 9_999_999_999L), Arbitraries.integers().between(0, 2),
            Arbitraries.of("元", "万元", "亿元"),
            Arbitraries.of(Numeral.Form.PLAIN, Numeral.Form.GROUPED, Numeral.Form.SPACED,
                Numeral.Form.FULL_WIDTH))
        .as((unscaled, scale, unit, form) -> Numeral.of(small(unscaled, scale, unit), unit, form));
    Arbitrary<Numeral> chinese = Combinators.combine(
            Arbitraries.longs().between(1, 99_999_999L), Arbitraries.of("元", "万元", "亿元"))
        .as((n, unit) -> Numeral.of(BigDecimal.valueOf(chineseRange(n, unit)), unit,
            Numeral.Form.CHINESE));
    Arbitrary<Numeral> sign = Combinators.combine(
            Arbitraries.longs().between(1, 999_999_999L), Arbitraries.integers().between(0, 2))
        .as((unscaled, scale) -> Numeral.of(BigDecimal.valueOf(unscaled, scale), "元",
            Numeral.Form.YUAN_SIGN));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, digits), net.jqwik.api.Tuple.of(2, chinese),
        net.jqwik.api.Tuple.of(1, sign));
  }

  /** As reports write them: 一千二百万元 (1200 万元), 三亿元; no 一万万元. */
  private static long chineseRange(long n, String unit) {
    return switch (unit) {
      case "万元" -> n % 9999 + 1;
      case "亿元" -> n % 999 + 1;
      default -> n;
    };
  }

  /** Amounts in 亿元 stay below 10,000 亿元; others below 100 million of their unit. */
  private static BigDecimal small(long unscaled, int scale, String unit) {
    long limit = unit.equals("亿元") ? 1_000_000L : 10_000_000_000L;
    return BigDecimal.valueOf(unscaled % limit == 0 ? 1 : unscaled % limit, scale);
  }

  static Arbitrary<Numeral> percents() {
    Arbitrary<BigDecimal> values = Combinators.combine(
            Arbitraries.integers().between(0, 20_000), Arbitraries.integers().between(0, 2))
        .as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
    return Combinators.combine(values,
            Arbitraries.of(Numeral.Form.PLAIN, Numeral.Form.FULL_WIDTH, Numeral.Form.CHINESE))
        .as((v, form) -> Numeral.of(form == Numeral.Form.CHINESE ? v.setScale(Math.min(v.scale(), 1),
            java.math.RoundingMode.DOWN) : v, "%", form));
  }
}
