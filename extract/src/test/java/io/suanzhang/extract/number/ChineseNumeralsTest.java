package io.suanzhang.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

  /** Compares with equals, not compareTo, so the scale is checked too. */
  private static void assertParses(String numeral, String expected) {
    assertEquals(Optional.of(new BigDecimal(expected)), ChineseNumerals.parse(numeral), numeral);
  }

  @ParameterizedTest
  @CsvSource({
    "零, 0", "〇, 0", "一, 1", "二, 2", "两, 2", "三, 3", "四, 4", "五, 5", "六, 6", "七, 7", "八, 8",
    "九, 9"
  })
  void parsesSingleDigits(String numeral, String expected) {
    assertParses(numeral, expected);
  }

  @ParameterizedTest
  @CsvSource({
    "二十, 20", "三百, 300", "四千, 4000", "五万, 50000", "六亿, 600000000", "三十五, 35",
    "一百二十三, 123", "四千五百六十七, 4567", "八万七千六百五十四, 87654", "两百, 200", "两千, 2000",
    "两万, 20000", "两亿, 200000000", "一千两百, 1200", "一十五, 15"
  })
  void parsesUnits(String numeral, String expected) {
    assertParses(numeral, expected);
  }

  @ParameterizedTest
  @CsvSource({
    "十, 10", "十五, 15", "十万, 100000", "十五万, 150000", "十亿, 1000000000",
    "十万亿, 10000000000000"
  })
  void parsesLeadingTen(String numeral, String expected) {
    assertParses(numeral, expected);
  }

  @ParameterizedTest
  @CsvSource({
    "一千零五, 1005", "一百零五, 105", "一千零五十, 1050", "一千零一十, 1010", "一万零三百, 10300",
    "一万零五, 10005", "十万零五, 100005", "一千万零一, 10000001", "一亿零五百, 100000500",
    "一百零五万, 1050000", "一千〇五, 1005"
  })
  void parsesZeroGaps(String numeral, String expected) {
    assertParses(numeral, expected);
  }

  @ParameterizedTest
  @CsvSource({
    "三万二, 32000", "一千五, 1500", "两百五, 250", "一百一, 110", "一亿二, 120000000",
    "一万五千五, 15500", "十二亿五, 1250000000", "一万零五百二, 10520"
  })
  void parsesColloquialTrailingDigit(String numeral, String expected) {
    assertParses(numeral, expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"十万五", "三万亿二", "一千两", "三万二点五"})
  void rejectsColloquialDigitWhosePlaceIsUnclear(String numeral) {
    assertEquals(Optional.empty(), ChineseNumerals.parse(numeral), numeral);
  }

  @ParameterizedTest
  @CsvSource({"二〇二三, 2023", "二零零五, 2005", "一二三, 123", "〇七, 7", "壹贰叁, 123"})
  void parsesDigitByDigit(String numeral, String expected) {
    assertParses(numeral, expected);
  }

  @ParameterizedTest
  @CsvSource({
    "三点五, 3.5", "三点五零, 3.50", "十二点五, 12.5", "零点零五, 0.05", "一百点二五, 100.25",
    "两点五, 2.5", "二〇二三点一, 2023.1"
  })
  void parsesDecimals(String numeral, String expected) {
    assertParses(numeral, expected);
  }

  @ParameterizedTest
  @CsvSource({
    "三点五万, 35000", "十二点五亿, 1250000000", "一点五万亿, 1500000000000",
    "一点二三四五六万, 12345.6"
  })
  void parsesDecimalScaledByBigUnit(String numeral, String expected) {
    assertParses(numeral, expected);
  }

  @ParameterizedTest
  @CsvSource({
    "一亿二千万, 120000000", "三亿零五百万, 305000000", "九千九百九十九万九千九百九十九, 99999999",
    "三万亿, 3000000000000", "一万亿零一, 1000000000001", "三十亿五千万, 3050000000",
    "一亿零一十万, 100100000", "一亿亿, 10000000000000000",
    "九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九, 9999999999999999"
  })
  void parsesBigComposites(String numeral, String expected) {
    assertParses(numeral, expected);
  }

  @ParameterizedTest
  @CsvSource({
    "壹万贰仟叁佰肆拾伍, 12345", "玖佰零伍, 905", "伍萬, 50000", "壹億, 100000000", "拾伍, 15",
    "壹拾伍, 15", "陆柒捌, 678", "叁点伍, 3.5", "壹億贰仟萬, 120000000"
  })
  void parsesFinancialForms(String numeral, String expected) {
    assertParses(numeral, expected);
  }

  @Test
  void keepsNaturalScale() {
    assertEquals(0, ChineseNumerals.parse("一亿二千万").orElseThrow().scale());
    assertEquals(1, ChineseNumerals.parse("三点五").orElseThrow().scale());
    assertEquals(2, ChineseNumerals.parse("三点五零").orElseThrow().scale());
  }

  @ParameterizedTest
  @ValueSource(strings = {"十十", "百百", "万万", "一万万", "亿亿", "一十十", "二十十"})
  void rejectsDoubledUnits(String numeral) {
    assertEquals(Optional.empty(), ChineseNumerals.parse(numeral), numeral);
  }

  @ParameterizedTest
  @ValueSource(strings = {"一百千", "一十百", "五千一万", "一亿万", "百", "千五", "万", "亿", "万亿", "一二十"})
  void rejectsMisorderedOrBareUnits(String numeral) {
    assertEquals(Optional.empty(), ChineseNumerals.parse(numeral), numeral);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"一千零零五", "一百零", "零一百", "一千零五百", "一万零一千", "一万三百", "一亿零二千万", "一千五十", "一万零"})
  void rejectsMisplacedZeros(String numeral) {
    assertEquals(Optional.empty(), ChineseNumerals.parse(numeral), numeral);
  }

  @ParameterizedTest
  @ValueSource(strings = {"点五", "三点", "三点五点六", "三点十", "三点两", "三万点五万", "三点万"})
  void rejectsMisplacedPoint(String numeral) {
    assertEquals(Optional.empty(), ChineseNumerals.parse(numeral), numeral);
  }

  @ParameterizedTest
  @ValueSource(strings = {"两十", "十两", "一两", "二十两万"})
  void rejectsUnidiomaticLiang(String numeral) {
    assertEquals(Optional.empty(), ChineseNumerals.parse(numeral), numeral);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "三a", "3", "三 五", "三元", "三五%", "三\uD83D\uDE00", "\uD800", "點五"})
  void rejectsEmptyOrForeignCharacters(String numeral) {
    assertEquals(Optional.empty(), ChineseNumerals.parse(numeral), numeral);
  }

  @Test
  void rejectsOverlongInputWithoutThrowing() {
    assertEquals(Optional.empty(), ChineseNumerals.parse("一亿".repeat(10_000)));
    assertEquals(Optional.empty(), ChineseNumerals.parse("一".repeat(257)));
  }

  @Test
  void acceptsDigitSequencesUpToTheLengthLimit() {
    assertParses("一".repeat(256), "1".repeat(256));
  }

  @Test
  void recognisesNumeralAlphabetButNotPoint() {
    for (int cp : "零〇一二三四五六七八九两壹贰叁肆伍陆柒捌玖拾佰仟十百千万亿萬億".codePoints().toArray()) {
      assertTrue(ChineseNumerals.isNumeralChar(cp), Character.toString(cp));
    }
    for (int cp : "点元年的a1 .%".codePoints().toArray()) {
      assertFalse(ChineseNumerals.isNumeralChar(cp), Character.toString(cp));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "0, 零", "7, 七", "10, 十", "15, 十五", "20, 二十", "110, 一百一十", "1005, 一千零五",
    "1010, 一千零一十", "32000, 三万二千", "100000, 十万", "150000, 十五万", "10300, 一万零三百",
    "1050000, 一百零五万", "10000001, 一千万零一", "120000000, 一亿二千万", "305000000, 三亿零五百万",
    "3050000000, 三十亿五千万", "100100000, 一亿零一十万", "1000000000000, 一万亿",
    "99999999, 九千九百九十九万九千九百九十九", "10000000000000000, 一亿亿", "3.5, 三点五",
    "3.50, 三点五零", "0.05, 零点零五", "10.5, 十点五", "1E+3, 一千"
  })
  void formatsCommonReadingForm(String value, String expected) {
    assertEquals(expected, ChineseNumerals.format(new BigDecimal(value)));
  }

  @ParameterizedTest
  @CsvSource({
    "0, 零", "15, 壹拾伍", "10, 壹拾", "1005, 壹仟零伍", "32000, 叁万贰仟", "120000000, 壹亿贰仟万",
    "3.5, 叁点伍", "100000, 壹拾万", "678.09, 陆佰柒拾捌点零玖"
  })
  void formatsFinancialForms(String value, String expected) {
    assertEquals(expected, ChineseNumerals.formatFinancial(new BigDecimal(value)));
  }

  @Test
  void formatRejectsNegativeValues() {
    BigDecimal minusOne = new BigDecimal("-1");
    BigDecimal minusHalf = new BigDecimal("-0.5");
    assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.format(minusOne));
    assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.formatFinancial(minusHalf));
  }
}
