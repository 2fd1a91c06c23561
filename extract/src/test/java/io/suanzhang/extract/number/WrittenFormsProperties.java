package io.suanzhang.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.suanzhang.core.mention.Mention;
import io.suanzhang.testkit.Numeral;
import io.suanzhang.testkit.Testkit;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every written form of the testkit's numerals ({@code Testkit.amounts()}, {@code percents()}) is
 * read as one mention with its exact value: grouped, spaced, full-width, Chinese, ¥, 元/万元/亿元.
 */
class WrittenFormsProperties {

  @Property(tries = 300)
  void readsEveryWrittenAmountWithItsExactValue(@ForAll("amounts") Numeral n) {
    List<Mention> found = MentionExtractor.extract("全年支出" + n.text() + "，主要用于日常运转。");
    assertEquals(1, found.size(), () -> n + ": " + found);
    BigDecimal yuan = found.get(0).yuan();
    assertEquals(0, n.yuan().orElseThrow().compareTo(yuan), () -> n + " read as " + found.get(0));
    assertEquals(n.text(), found.get(0).text());
  }

  /** Not yet: the extractor finds no amount in ¥4,444.93 (a yuan sign and no unit after it). */
  @Property(tries = 50)
  void readsAmountsWrittenWithTheYuanSign(@ForAll("yuanSigns") Numeral n) {
    readsEveryWrittenAmountWithItsExactValue(n);
  }

  @Property(tries = 200)
  void readsEveryWrittenPercentWithItsExactValue(@ForAll("percents") Numeral n) {
    List<Mention> found = MentionExtractor.extract("预算执行率" + n.text() + "。");
    assertEquals(1, found.size(), () -> n + ": " + found);
    assertEquals(0, n.value().compareTo(found.get(0).value()), () -> n + " read as " + found.get(0));
  }

  /** Every form but the yuan sign, which {@link #readsAmountsWrittenWithTheYuanSign} covers. */
  @Provide
  Arbitrary<Numeral> amounts() {
    return Testkit.amounts().filter(n -> n.form() != Numeral.Form.YUAN_SIGN);
  }

  @Provide
  Arbitrary<Numeral> yuanSigns() {
    return Testkit.amounts().filter(n -> n.form() == Numeral.Form.YUAN_SIGN);
  }

  @Provide
  Arbitrary<Numeral> percents() {
    return Testkit.percents();
  }
}
