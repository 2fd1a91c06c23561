package io.suanzhang.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A funds row's label loses what the pattern it was written for would remove, and nothing else. */
class FundsLinesProperties {

  @Property(tries = 2000)
  void aLabelLosesItsSpacesAndColonsAsThePatternSays(@ForAll("labels") String label) {
    assertEquals(FundsLines.LABEL_NOISE.matcher(label).replaceAll(""),
        FundsLines.withoutSpaceOrColon(new StringBuilder(label)));
  }

  /** Labels of every kind of white space (some of which \s does not cover) and both colons. */
  @Provide
  Arbitrary<String> labels() {
    String chars = "年度资金总额其中当年财政拨款ABC12 \t\n\u000B\f\r\u3000\u00A0\u2028\u0085:：，";
    return Arbitraries.strings().withChars(chars.toCharArray()).ofMaxLength(20);
  }
}
