package io.suanzhang.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.suanzhang.core.CodePoints;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
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
      # negative amounts and rates
      增长率为负3.9%。                                   | 负3.9%                            | PERCENT | -3.9         | %
      较上年减少-2.5%，                                  | -2.5%                             | PERCENT | -2.5         | %
      同比－3.9%                                         | －3.9%                            | PERCENT | -3.9         | %
      年末结余负壹拾壹元                                 | 负壹拾壹元                         | MONEY   | -11          | 元
      差额为−0.71万元，                                  | −0.71万元                         | MONEY   | -0.71        | 万元
      资产负债率变动负百分之二                           | 负百分之二                         | PERCENT | -2           | %
      """)
  void readsTheWrittenForm(String sentence, String text, MentionKind kind, String value, String unit) {
    Mention m = only(sentence);
    assertEquals(text, m.text(), m::toString);
    assertEquals(kind, m.kind(), m::toString);
    assertEquals(new BigDecimal(value), m.value(), m::toString);
    assertEquals(unit, m.unit(), m::toString);
    assertEquals(text, CodePoints.of(sentence).slice(m.span()), m::toString);
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

  private static Mention only(String sentence) {
    List<Mention> found = MentionExtractor.extract(sentence);
    assertEquals(1, found.size(), () -> sentence + " gave " + found);
    return found.get(0);
  }
}
