package io.suanzhang.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.mention.MoneyUnit;
import io.suanzhang.core.text.CodePoints;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of mention extraction: every written form reads back exactly; no text makes it throw. */
class MentionExtractorProperties {

  enum Form {
    ARABIC,
    GROUPED,
    FULL_WIDTH,
    FULL_WIDTH_GROUPED,
    SPACED,
    LINE_BROKEN,
    CHINESE,
    FINANCIAL
  }

  record Written(String sentence, BigDecimal expected) {}

  private static final List<String> CUES =
      List.of("部门预算数", "实际支出", "资金共计", "下达资金为", "支付救助金额", "追回医保基金", "合计");
  private static final List<String> TAILS = List.of("，", "。", "，完成年度目标。", "\n", "");

  @Property
  void moneyInAnyWrittenFormReadsBackToTheSameYuan(@ForAll("money") Written w) {
    List<Mention> found = MentionExtractor.extract(w.sentence());
    assertEquals(1, found.size(), () -> w.sentence() + " gave " + found);
    Mention m = found.get(0);
    assertEquals(MentionKind.MONEY, m.kind());
    assertEquals(0, w.expected().compareTo(m.yuan()), () -> w.sentence() + " gave " + m);
    assertEquals(m.text(), CodePoints.of(w.sentence()).slice(m.span()));
  }

  @Property
  void percentInAnyWrittenFormReadsBackToTheSameValue(@ForAll("percents") Written w) {
    List<Mention> found = MentionExtractor.extract(w.sentence());
    assertEquals(1, found.size(), () -> w.sentence() + " gave " + found);
    Mention m = found.get(0);
    assertEquals(MentionKind.PERCENT, m.kind());
    assertEquals(0, w.expected().compareTo(m.value()), () -> w.sentence() + " gave " + m);
  }

  @Property
  void countInAnyWrittenFormReadsBackToTheSameValue(@ForAll("counts") Written w) {
    List<Mention> found = MentionExtractor.extract(w.sentence());
    assertEquals(1, found.size(), () -> w.sentence() + " gave " + found);
    Mention m = found.get(0);
    assertEquals(MentionKind.COUNT, m.kind());
    assertEquals(0, w.expected().compareTo(m.value()), () -> w.sentence() + " gave " + m);
  }

  /** Each way a report writes a minus gives the negated value, and the minus is in the text. */
  @Property
  void aMinusSignRoundTrips(
      @ForAll("magnitudes") BigDecimal v,
      @ForAll("minuses") String minus,
      @ForAll("signedUnits") String unit,
      @ForAll("tails") String tail) {
    String written = minus + v.toPlainString() + unit;
    String sentence = "比上年" + written + tail;
    List<Mention> found = MentionExtractor.extract(sentence);
    assertEquals(1, found.size(), () -> sentence + " gave " + found);
    assertEquals(v.negate(), found.get(0).value(), () -> sentence + " gave " + found);
    assertEquals(written, found.get(0).text());
  }

  /** 3‰ and 千分之三 are 0.3%, 5‱ and 万分之五 0.05%: the value moves, its digits stay. */
  @Property
  void perMilleAndPerTenThousandAreFractionsOfAPercent(
      @ForAll("magnitudes") BigDecimal v, @ForAll boolean perMille, @ForAll boolean inWords) {
    String written;
    if (inWords) {
      written = (perMille ? "千分之" : "万分之") + ChineseNumerals.format(v);
    } else {
      written = v.toPlainString() + (perMille ? "‰" : "‱");
    }
    List<Mention> found = MentionExtractor.extract("不良率为" + written + "。");
    assertEquals(1, found.size(), () -> written + " gave " + found);
    assertEquals(MentionKind.PERCENT, found.get(0).kind());
    assertEquals(v.movePointLeft(perMille ? 1 : 2), found.get(0).value(), () -> written + " gave " + found);
    assertEquals(written, found.get(0).text());
  }

  @Provide
  Arbitrary<BigDecimal> magnitudes() {
    return Combinators.combine(Arbitraries.longs().between(1, 99_999), Arbitraries.integers().between(0, 2))
        .as(BigDecimal::valueOf);
  }

  @Provide
  Arbitrary<String> minuses() {
    return Arbitraries.of("-", "－", "−", "负");
  }

  @Provide
  Arbitrary<String> signedUnits() {
    return Arbitraries.of("%", "％", "元", "万元", "亿元", " 万元");
  }

  @Provide
  Arbitrary<String> tails() {
    return Arbitraries.of(TAILS);
  }

  @Property(tries = 2000)
  void noTextMakesExtractionThrowAndEveryMentionQuotesItsSpan(@ForAll("noise") String text) {
    CodePoints cp = CodePoints.of(text);
    for (Mention m : MentionExtractor.extract(text)) {
      assertEquals(m.text(), cp.slice(m.span()));
    }
  }

  @Provide
  Arbitrary<Written> money() {
    Arbitrary<BigDecimal> amounts =
        Combinators.combine(
                Arbitraries.longs().between(0, 99_999_999_999L), Arbitraries.integers().between(0, 2))
            .as(BigDecimal::valueOf);
    Arbitrary<MoneyUnit> units =
        Arbitraries.of(
            MoneyUnit.YUAN, MoneyUnit.THOUSAND_YUAN, MoneyUnit.TEN_THOUSAND_YUAN,
            MoneyUnit.HUNDRED_MILLION_YUAN);
    return Combinators.combine(
            amounts, units, Arbitraries.of(Form.class), Arbitraries.of(CUES), Arbitraries.of(TAILS))
        .as(MentionExtractorProperties::writeMoney);
  }

  private static Written writeMoney(
      BigDecimal amount, MoneyUnit unit, Form form, String cue, String tail) {
    BigDecimal yuan = unit.toYuan(amount);
    String number;
    String unitText = unit.symbol();
    switch (form) {
      case GROUPED:
        number = grouped(amount);
        break;
      case FULL_WIDTH:
        number = fullWidth(amount.toPlainString());
        break;
      case FULL_WIDTH_GROUPED:
        number = fullWidth(grouped(amount)).replace(',', '，');
        break;
      case SPACED:
        number = amount.toPlainString() + " ";
        break;
      case LINE_BROKEN:
        number = amount.toPlainString() + " ";
        unitText = unitText.length() > 1 ? unitText.charAt(0) + "\n" + unitText.substring(1) : "\n元";
        break;
      case CHINESE:
        return new Written(cue + ChineseNumerals.format(yuan) + "元" + tail, yuan);
      case FINANCIAL:
        return new Written(cue + ChineseNumerals.formatFinancial(yuan) + "元" + tail, yuan);
      default:
        number = amount.toPlainString();
        break;
    }
    return new Written(cue + number + unitText + tail, yuan);
  }

  @Provide
  Arbitrary<Written> percents() {
    Arbitrary<BigDecimal> values =
        Combinators.combine(Arbitraries.longs().between(0, 99_999), Arbitraries.integers().between(0, 2))
            .as(BigDecimal::valueOf);
    return Combinators.combine(values, Arbitraries.integers().between(0, 4), Arbitraries.of(TAILS))
        .as(
            (v, form, tail) -> {
              String written;
              switch (form) {
                case 0:
                  written = v.toPlainString() + "％";
                  break;
                case 1:
                  written = fullWidth(v.toPlainString()) + "％";
                  break;
                case 2:
                  written = "百分之" + ChineseNumerals.format(v);
                  break;
                case 3:
                  written = v.toPlainString() + " %";
                  break;
                default:
                  written = v.toPlainString() + "%";
                  break;
              }
              return new Written("预算执行率" + written + tail, v);
            });
  }

  @Provide
  Arbitrary<Written> counts() {
    Arbitrary<String> units = Arbitraries.of("人", "人次", "户", "家", "个", "次", "台", "份", "条", "宗", "批次", "项", "所");
    return Combinators.combine(
            Arbitraries.longs().between(0, 9_999_999), units, Arbitraries.integers().between(0, 2),
            Arbitraries.of(TAILS))
        .as(
            (n, unit, form, tail) -> {
              BigDecimal v = BigDecimal.valueOf(n);
              String written;
              if (form == 0) {
                written = ChineseNumerals.format(v);
              } else if (form == 1 && n % 10_000 == 0 && n > 0) {
                written = (n / 10_000) + "万";
              } else {
                written = String.valueOf(n);
              }
              return new Written("共覆盖" + written + unit + tail, v);
            });
  }

  @Provide
  Arbitrary<String> noise() {
    Arbitrary<Character> alphabet =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, Arbitraries.chars().range('0', '9')),
            net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('０', '９')),
            net.jqwik.api.Tuple.of(
                6, Arbitraries.of(".,，．、%％-~至+ \n\t|元万亿千百十多余约近超≥≤<>以上下内左右/第年月日号分个人次项批".toCharArray())),
            net.jqwik.api.Tuple.of(3, Arbitraries.of("零一二两三四五六七八九十百千万亿点壹贰拾".toCharArray())),
            net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\u4e00', '\u9fa5')),
            net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\ud800', '\udfff')),
            net.jqwik.api.Tuple.of(1, Arbitraries.chars().all()));
    return alphabet.list().ofMaxSize(60).map(MentionExtractorProperties::join);
  }

  private static String join(List<Character> chars) {
    StringBuilder sb = new StringBuilder(chars.size());
    chars.forEach(sb::append);
    return sb.toString();
  }

  private static String grouped(BigDecimal amount) {
    String plain = amount.toPlainString();
    int dot = plain.indexOf('.');
    String integer = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < integer.length(); i++) {
      if (i > 0 && (integer.length() - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(integer.charAt(i));
    }
    return sb + (dot < 0 ? "" : plain.substring(dot));
  }

  private static String fullWidth(String ascii) {
    StringBuilder sb = new StringBuilder(ascii.length());
    for (char c : ascii.toCharArray()) {
      sb.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '.' ? '．' : c);
    }
    return sb.toString();
  }
}
