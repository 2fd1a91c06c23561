package io.suanzhang.checks.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written removal of a subject's noise removes what the pattern it replaces removes. */
class SubjectsProperties {

  @Property(tries = 2000)
  void noiseIsRemovedAsItsPatternRemovesIt(@ForAll("subjects") String s) {
    assertEquals(Subjects.NOISE.matcher(s).replaceAll(""), Subjects.withoutNoise(s));
  }

  /** Han, Latin and digits among every noise mark, each kind of white space and line terminator. */
  @Provide
  Arbitrary<String> subjects() {
    String chars = "公务接待费项目资金ABCdrg0123456789 \t\n\u000B\f\r\u3000\u00A0\u2028\u0085"
        + "“”\"‘’「」《》【】[]·:：（）()，";
    return Arbitraries.strings().withChars(chars.toCharArray()).ofMaxLength(24);
  }
}
