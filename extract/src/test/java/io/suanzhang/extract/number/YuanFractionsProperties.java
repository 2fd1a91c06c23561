package io.suanzhang.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of amounts written as on a cheque: whatever amount of whole 分 is written out in 大写 with 元,
 * 角 and 分 reads back as itself, in 元, with one decimal place per written unit.
 */
class YuanFractionsProperties {

  record Written(String text, BigDecimal value) {}

  @Property(tries = 500)
  void capitalAmountsWithJiaoAndFenReadBackExactly(@ForAll("capitals") Written w) {
    String sentence = "合同价款人民币" + w.text() + "，由财政直接支付。";
    List<Mention> found = MentionExtractor.extract(sentence);
    assertEquals(1, found.size(), () -> sentence + " gave " + found);
    Mention m = found.get(0);
    assertEquals(MentionKind.MONEY, m.kind());
    assertEquals(w.text(), m.text());
    assertEquals(w.value(), m.value(), () -> sentence + " gave " + m);
    assertEquals("元", m.unit());
  }

  @Property(tries = 200)
  void aMinusBeforeACapitalAmountNegatesIt(@ForAll("capitals") Written w) {
    List<Mention> found = MentionExtractor.extract("本年结余负" + w.text() + "。");
    assertEquals(1, found.size(), found::toString);
    assertEquals(w.value().negate(), found.get(0).value());
    assertEquals("负" + w.text(), found.get(0).text());
  }

  /**
   * Amounts from 0.1 元 to just under 10^12 元, whole 分, as a cheque writes them: 元 (or 圆) after the
   * whole 元, 零 for a missing 角 before 分, 整 or 正 when nothing follows 元.
   */
  @Provide
  Arbitrary<Written> capitals() {
    Arbitrary<BigInteger> yuan =
        Arbitraries.oneOf(
            Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.TEN.pow(12).subtract(BigInteger.ONE)),
            Arbitraries.strings().withChars("0000123456789").ofMinLength(1).ofMaxLength(12).map(BigInteger::new));
    Arbitrary<Integer> jiao = Arbitraries.integers().between(0, 9);
    Arbitrary<Integer> fen = Arbitraries.integers().between(0, 9);
    Arbitrary<String> closings = Arbitraries.of("元整", "元正", "圆整", "元");
    return Combinators.combine(yuan, jiao, fen, closings)
        .as(YuanFractionsProperties::write)
        .filter(w -> w.value().signum() > 0);
  }

  private static Written write(BigInteger yuan, int jiao, int fen, String closing) {
    boolean whole = yuan.signum() > 0;
    StringBuilder text = new StringBuilder();
    if (whole) {
      text.append(ChineseNumerals.formatFinancial(new BigDecimal(yuan)));
    }
    if (jiao == 0 && fen == 0) {
      text.append(whole ? closing : "零元");
      return new Written(text.toString(), new BigDecimal(yuan));
    }
    if (whole) {
      text.append(closing.charAt(0));
    }
    if (jiao > 0) {
      text.append(digit(jiao)).append('角');
    } else if (whole) {
      text.append('零');
    } else {
      return new Written("零元", BigDecimal.ZERO); // 伍分 alone is not read: filtered out above
    }
    if (fen > 0) {
      text.append(digit(fen)).append('分');
    }
    BigInteger cents = yuan.multiply(BigInteger.valueOf(100)).add(BigInteger.valueOf(jiao * 10L + fen));
    BigDecimal value =
        fen > 0 ? new BigDecimal(cents, 2) : new BigDecimal(cents.divide(BigInteger.TEN), 1);
    return new Written(text.toString(), value);
  }

  private static char digit(int d) {
    return "零壹贰叁肆伍陆柒捌玖".charAt(d);
  }
}
