package io.suanzhang.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ChineseNumeralsProperties {

  private static final BigInteger LIMIT = BigInteger.TEN.pow(16);
  private static final String ALPHABET = "零〇一二三四五六七八九两壹贰叁肆伍陆柒捌玖拾佰仟十百千万亿萬億点";

  @Property
  void parseInvertsFormatForIntegers(@ForAll("integers") BigInteger value) {
    assertRoundTrips(new BigDecimal(value));
  }

  @Property
  void parseInvertsFormatForDecimals(@ForAll("decimals") BigDecimal value) {
    assertRoundTrips(value);
  }

  @Property
  void parseNeverThrows(@ForAll("numeralLikeStrings") String text) {
    ChineseNumerals.parse(text);
  }

  /** Whatever parse accepts, format writes in a form that parse reads back to the same value. */
  @Property
  void acceptedNumeralsSurviveReformatting(@ForAll("numeralLikeStrings") String text) {
    Optional<BigDecimal> value = ChineseNumerals.parse(text);
    if (value.isPresent() && value.get().compareTo(new BigDecimal(LIMIT)) < 0) {
      assertRoundTrips(value.get());
    }
  }

  private static void assertRoundTrips(BigDecimal value) {
    for (String numeral :
        new String[] {ChineseNumerals.format(value), ChineseNumerals.formatFinancial(value)}) {
      Optional<BigDecimal> parsed = ChineseNumerals.parse(numeral);
      assertTrue(parsed.isPresent(), () -> numeral + " for " + value.toPlainString());
      assertEquals(
          0, parsed.get().compareTo(value), () -> numeral + " for " + value.toPlainString());
    }
  }

  /** Uniform draws seldom contain zeros, so half the draws are digit strings heavy in 0. */
  @Provide
  Arbitrary<BigInteger> integers() {
    Arbitrary<BigInteger> uniform =
        Arbitraries.bigIntegers().between(BigInteger.ZERO, LIMIT.subtract(BigInteger.ONE));
    return Arbitraries.oneOf(uniform, sparse(16));
  }

  @Provide
  Arbitrary<BigDecimal> decimals() {
    Arbitrary<Integer> scales = Arbitraries.integers().between(0, 4);
    return Combinators.combine(scales, Arbitraries.oneOf(sparse(20), sparse(6)))
        .as(
            (scale, unscaled) ->
                new BigDecimal(unscaled.mod(LIMIT.multiply(BigInteger.TEN.pow(scale))), scale));
  }

  @Provide
  Arbitrary<String> numeralLikeStrings() {
    Arbitrary<String> numeralish = Arbitraries.strings().withChars(ALPHABET).ofMaxLength(8);
    Arbitrary<String> mixed =
        Arbitraries.strings()
            .withChars(ALPHABET + "元年a1 .%")
            .withCharRange('\uD800', '\uDFFF')
            .ofMaxLength(40);
    return Arbitraries.oneOf(numeralish, mutatedNumerals(), mixed, Arbitraries.strings());
  }

  /** Well-formed numerals with one character replaced, inserted or dropped: near misses. */
  private Arbitrary<String> mutatedNumerals() {
    Arbitrary<String> numerals = integers().map(v -> ChineseNumerals.format(new BigDecimal(v)));
    Arbitrary<Character> replacements = Arbitraries.of(ALPHABET.toCharArray());
    Arbitrary<Integer> edits = Arbitraries.integers().between(0, 2);
    return Combinators.combine(numerals, Arbitraries.integers().between(0, 64), replacements, edits)
        .as(
            (numeral, at, c, edit) -> {
              int i = at % (numeral.length() + 1);
              String before = numeral.substring(0, i);
              String after = numeral.substring(Math.min(numeral.length(), i + (edit == 1 ? 0 : 1)));
              return edit == 2 ? before + after : before + c + after;
            });
  }

  private static Arbitrary<BigInteger> sparse(int maxDigits) {
    return Arbitraries.strings()
        .withChars("00000000123456789")
        .ofMinLength(1)
        .ofMaxLength(maxDigits)
        .map(BigInteger::new);
  }
}
