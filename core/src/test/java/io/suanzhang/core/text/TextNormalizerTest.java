package io.suanzhang.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void mapsKangxiRadicalsToTheCharactersTheyStandFor() {
    assertEquals("一般公共预算", TextNormalizer.normalise("⼀般公共预算"));
  }

  @Test
  void mapsFullWidthDigitsAndSigns() {
    assertEquals("执行率64.79%，增长+1.5%", TextNormalizer.normalise("执行率６４．７９％，增长＋１．５％"));
  }

  @Test
  void joinsLetterSpacedChineseWords() {
    assertEquals("预算数 91.68 万元，填报人", TextNormalizer.normalise("预 算 数 91.68 万元，填 报 人"));
    assertEquals("预算", TextNormalizer.normalise("预 算"));
  }

  @Test
  void keepsSpacesBetweenWords() {
    assertEquals("质量 达标", TextNormalizer.normalise("质量 达标"));
    assertEquals("职责是 组织实施", TextNormalizer.normalise("职责是 组织实施"));
    assertEquals("DRG 医保支付", TextNormalizer.normalise("DRG 医保支付"));
    assertEquals("数量 100% 质量 达标", TextNormalizer.normalise("数量 100% 质量 达标"));
  }

  @Test
  void returnsCleanTextUntouched() {
    String clean = "收支总计91.68万元";
    assertSame(clean, TextNormalizer.normalise(clean));
  }
}
