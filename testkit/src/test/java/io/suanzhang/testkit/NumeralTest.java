package io.suanzhang.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumeralTest {

  private static String write(String value, String unit, Numeral.Form form) {
    return Numeral.of(new BigDecimal(value), unit, form).text();
  }

  @Test
  void writesEveryForm() {
    assertEquals("1,234.56万元", write("1234.56", "万元", Numeral.Form.GROUPED));
    assertEquals("1234.56 万元", write("1234.56", "万元", Numeral.Form.SPACED));
    assertEquals("１２３４.５６万元", write("1234.56", "万元", Numeral.Form.FULL_WIDTH));
    assertEquals("一千二百万元", write("1200", "万元", Numeral.Form.CHINESE));
    assertEquals("1.2亿元", write("1.2", "亿元", Numeral.Form.PLAIN));
    assertEquals("¥1,234.56", write("1234.56", "元", Numeral.Form.YUAN_SIGN));
    assertEquals("85％", write("85", "%", Numeral.Form.FULL_WIDTH));
    assertEquals("百分之八十五", write("85", "%", Numeral.Form.CHINESE));
    assertEquals("1234.56", write("1234.56", "万元", Numeral.Form.BARE));
  }

  @Test
  void writesChineseNumeralsWithTheirZeros() {
    assertEquals("十五", Writing.chinese(new BigDecimal("15")));
    assertEquals("一千零五", Writing.chinese(new BigDecimal("1005")));
    assertEquals("一千零五十", Writing.chinese(new BigDecimal("1050")));
    assertEquals("一万零五十", Writing.chinese(new BigDecimal("10050")));
    assertEquals("三亿零五百万", Writing.chinese(new BigDecimal("305000000")));
    assertEquals("一亿零五", Writing.chinese(new BigDecimal("100000005")));
    assertEquals("八十五点五", Writing.chinese(new BigDecimal("85.5")));
  }

  @Test
  void knowsTheValueInYuan() {
    assertEquals(new BigDecimal("12345600"),
        Numeral.of(new BigDecimal("1234.56"), "万元", Numeral.Form.GROUPED).yuan().orElseThrow());
  }
}
