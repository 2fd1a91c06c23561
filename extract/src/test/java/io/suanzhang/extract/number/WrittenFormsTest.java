package io.suanzhang.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.suanzhang.core.mention.Approximation;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.text.CodePoints;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The written forms of issue 14: each sentence holds one mention, read with its kind, its exact value
 * (scale included: 5.05 is not 5.050), its unit and the slice of text it was read from. The second
 * half lists what must not be read, or not read that way.
 */
class WrittenFormsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
      # sentence                                        | text                              | kind    | value        | unit
      # 大写 amounts with 角 and 分, 圆 and a closing 整 or 正; 人民币 stays outside the mention
      合同价款人民币壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分。      | 壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分 | MONEY   | 1234567.89   | 元
      中标价为叁佰圆整，已支付。                         | 叁佰圆整                           | MONEY   | 300          | 元
      每笔手续费伍元零伍分                               | 伍元零伍分                         | MONEY   | 5.05         | 元
      收取工本费壹拾元正。                               | 壹拾元正                           | MONEY   | 10           | 元
      印刷费每份捌角，                                   | 捌角                              | MONEY   | 0.8          | 元
      每张票据贴花捌角玖分                               | 捌角玖分                           | MONEY   | 0.89         | 元
      捐赠人民币叁万伍仟元整）                           | 叁万伍仟元整                       | MONEY   | 35000        | 元
      大写：玖仟零捌拾元陆角                             | 玖仟零捌拾元陆角                   | MONEY   | 9080.6       | 元
      退回壹亿零贰拾万元整。                             | 壹亿零贰拾万元整                   | MONEY   | 100200000    | 元
      公交票价调为三元五角。                              | 三元五角                           | MONEY   | 3.5          | 元
      伙食补助每人二十元零五分                           | 二十元零五分                       | MONEY   | 20.05        | 元
      # negative amounts and rates
      增长率为负3.9%。                                   | 负3.9%                            | PERCENT | -3.9         | %
      较上年减少-2.5%，                                  | -2.5%                             | PERCENT | -2.5         | %
      同比－3.9%                                         | －3.9%                            | PERCENT | -3.9         | %
      年末结余负壹拾壹元                                 | 负壹拾壹元                         | MONEY   | -11          | 元
      差额为−0.71万元，                                  | −0.71万元                         | MONEY   | -0.71        | 万元
      资产负债率变动负百分之二                           | 负百分之二                         | PERCENT | -2           | %
      # per mille and per ten thousand, as percentages
      坏账占比千分之三。                                 | 千分之三                           | PERCENT | 0.3          | %
      损耗率千分之三点五                                 | 千分之三点五                       | PERCENT | 0.35         | %
      差错率低于万分之五                                 | 万分之五                           | PERCENT | 0.05         | %
      误差控制在3‰以内                                   | 3‰                                | PERCENT | 0.3          | %
      抽检不合格率2.50‰。                                | 2.50‰                             | PERCENT | 0.250        | %
      出错率为5‱                                         | 5‱                                | PERCENT | 0.05         | %
      费率千分之2.5                                      | 千分之2.5                          | PERCENT | 0.25         | %
      # spelled-out percentages
      预算执行率百分之百。                               | 百分之百                           | PERCENT | 100          | %
      完成率达百分之五十                                 | 百分之五十                         | PERCENT | 50           | %
      较上年提高百分之三点五                             | 百分之三点五                       | PERCENT | 3.5          | %
      下降百分之零点五，                                 | 百分之零点五                       | PERCENT | 0.5          | %
      超额完成，达到百分之一百二十。                     | 百分之一百二十                     | PERCENT | 120          | %
      # full-width digits and separators
      本年收入２，３４５．６７万元                       | ２，３４５．６７万元               | MONEY   | 2345.67      | 万元
      资产总额1，234，567.89元。                         | 1，234，567.89元                   | MONEY   | 1234567.89   | 元
      固定资产1，234元                                   | 1，234元                           | MONEY   | 1234         | 元
      合计1，234.5万元，                                 | 1，234.5万元                       | MONEY   | 1234.5       | 万元
      执行率９８．５％                                   | ９８．５％                         | PERCENT | 98.5         | %
      # mixed Arabic and Chinese magnitudes
      总投资1.5亿元，                                    | 1.5亿元                           | MONEY   | 1.5          | 亿元
      支出3亿2000万元。                                  | 3亿2000万元                       | MONEY   | 32000        | 万元
      结转1亿2345.67万元                                 | 1亿2345.67万元                    | MONEY   | 12345.67     | 万元
      一般公共服務支出23653萬元                          | 23653萬元                         | MONEY   | 23653        | 万元
      收入1.2億元                                        | 1.2億元                           | MONEY   | 1.2          | 亿元
      奖励12万5千元，                                    | 12万5千元                         | MONEY   | 125          | 千元
      拨付12万5000元                                     | 12万5000元                        | MONEY   | 125000       | 元
      安排1亿5千万元                                     | 1亿5千万元                        | MONEY   | 15000        | 万元
      """)
  void readsTheWrittenForm(String sentence, String text, MentionKind kind, String value, String unit) {
    Mention m = only(sentence);
    assertEquals(text, m.text(), m::toString);
    assertEquals(kind, m.kind(), m::toString);
    assertEquals(new BigDecimal(value), m.value(), m::toString);
    assertEquals(unit, m.unit(), m::toString);
    assertEquals(text, CodePoints.of(sentence).slice(m.span()), m::toString);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
      # sentence                 | text          | value | unit | approximation
      收费标准提高百分之十几     | 百分之十几     | 10    | %    | MORE
      覆盖率百分之三十多         | 百分之三十多   | 30    | %    | MORE
      人均补助3万多元，          | 3万多元        | 3     | 万元 | MORE
      """)
  void readsApproximateForms(
      String sentence, String text, String value, String unit, Approximation approx) {
    Mention m = only(sentence);
    assertEquals(text, m.text());
    assertEquals(new BigDecimal(value), m.value());
    assertEquals(unit, m.unit());
    assertEquals(approx, m.approx());
  }

  /** Each sentence, and the texts of the only mentions it may give (none after the bar: none). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
      # a year in Chinese numerals, a fraction that is not a percentage, vague percentages
      二〇二三年预算                        |
      占五百分之二                          |
      百分之二三十                          |
      百分之几的增长                        |
      # 三角, 五角 are words; a lone 角 needs financial numerals
      三角形，五角星                        |
      # a 角分 tail of no shape makes no amount, not a shorter one
      三元五角五                            |
      # a clause comma between numbers is no thousands separator
      增加15，增长3%                        | 3%
      依次为1，2，3                         |
      合计1，234，不含税                    |
      办公费支出5800元，印刷费支出1，234，其他支出400元 | 5800元;400元
      共3，123人                            |
      # a character lost in a bad conversion may have been a digit
      支出?8639萬元，较上年减支5273萬元       | 5273萬元
      # mixed forms that could be read two ways, or mix scripts
      奖励12万5元                           |
      奖励12万五千元                        |
      """)
  void leavesOutWhatDoesNotRead(String sentence, @Nullable String texts) {
    List<String> expected = texts == null ? List.of() : Arrays.asList(texts.split(";"));
    List<Mention> found = MentionExtractor.extract(sentence);
    assertEquals(expected, found.stream().map(Mention::text).toList(), found::toString);
  }

  /** A hyphen after an amount joins a range; after a word it is a sign; 负 in a word is no minus. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
      # sentence               | values
      补助3万元-5万元           | 30000;50000
      增幅3%-5%                 | 3;5
      每项补助1-2万元           | 10000;20000
      误差在正负3%之间          | 3
      肩负3项任务               | 3
      减少-3%                   | -3
      合计 21.63 -3.5 万元      | -35000
      """)
  void tellsAMinusFromARangeOrAWord(String sentence, String values) {
    List<Mention> found = MentionExtractor.extract(sentence);
    List<BigDecimal> read =
        found.stream().map(m -> m.kind() == MentionKind.MONEY ? m.yuan() : m.value()).toList();
    List<BigDecimal> expected = Arrays.stream(values.split(";")).map(BigDecimal::new).toList();
    assertEquals(expected.size(), read.size(), found::toString);
    for (int i = 0; i < read.size(); i++) {
      assertEquals(0, expected.get(i).compareTo(read.get(i)), found::toString);
    }
  }

  /** A list announced by 分别, 依次 or 各 writes its unit once, after its last number. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
      # sentence                                            | values in 元 (money) or as written
      分别为100，200，300万元                                | 1000000;2000000;3000000
      2022年度收、支总计各是4125.49,4143.91万元。            | 41254900;41439100
      收、支总计各减少1267.86,2570.97万元,各下降23.51%、38.28%。 | 12678600;25709700;23.51;38.28
      三项支出依次为12.5、8、3.25万元                         | 3;125000;80000;32500
      比重分别为62、38%                                      | 62;38
      # no announcing word: a run of numbers stays unread
      共计100，200，300万元                                  |
      """)
  void givesAListTheUnitWrittenAfterIt(String sentence, @Nullable String values) {
    List<Mention> found = MentionExtractor.extract(sentence);
    List<BigDecimal> read =
        found.stream().map(m -> m.kind() == MentionKind.MONEY ? m.yuan() : m.value()).toList();
    List<BigDecimal> expected = values == null ? List.of()
        : Arrays.stream(values.split(";")).map(BigDecimal::new).toList();
    assertEquals(expected.size(), read.size(), found::toString);
    for (int i = 0; i < read.size(); i++) {
      assertEquals(0, expected.get(i).compareTo(read.get(i)), found::toString);
    }
  }

  @Test
  void includesAClosingZhengOnlyWhereItClosesTheAmount() {
    assertEquals("三百元", only("将三百元整合用于培训").text());
    assertEquals("叁佰元整", only("计叁佰元整，").text());
  }

  /** 400 KB of signed amounts, ranges and words: the scan stays linear, well within the bound. */
  @Test
  void readsALargeTextOfSignedAmountsInLinearTime() {
    String unit = "较上年减少-2.5%，增长率为负3.9%，补助3万元-5万元，结余负壹拾壹元，伍元零伍分，3亿2000万元，1，234元；";
    String text = unit.repeat(400_000 / unit.length() + 1);
    List<Mention> found =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> MentionExtractor.extract(text));
    assertEquals(8 * (400_000 / unit.length() + 1), found.size());
  }

  private static Mention only(String sentence) {
    List<Mention> found = MentionExtractor.extract(sentence);
    assertEquals(1, found.size(), () -> sentence + " gave " + found);
    return found.get(0);
  }
}
