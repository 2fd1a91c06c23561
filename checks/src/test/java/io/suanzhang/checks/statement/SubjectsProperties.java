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

  @Property(tries = 2000)
  void aSubjectsEndGoesAsItsPatternSays(@ForAll("ends") String s) {
    assertEquals(Subjects.TRAILING.pattern().matcher(s).replaceFirst(""), Subjects.TRAILING.strip(s));
  }

  /** Subjects ending in every word of the pattern, each end of one, and line terminators. */
  @Provide
  Arbitrary<String> ends() {
    return Arbitraries.of("公务接待费", "补助", "资金", "金额", "金", "额", "共计", "计", "共", "累计", "总额", "为", "达",
            "约", "合计数", "数", "助", "\n", "\u0085", "\u2028", " ")
        .list().ofMaxSize(6).map(l -> String.join("", l));
  }

  /** Han, Latin and digits among every noise mark, each kind of white space and line terminator. */
  @Provide
  Arbitrary<String> subjects() {
    String chars = "公务接待费项目资金ABCdrg0123456789 \t\n\u000B\f\r\u3000\u00A0\u2028\u0085"
        + "“”\"‘’「」《》【】[]·:：（）()，";
    return Arbitraries.strings().withChars(chars.toCharArray()).ofMaxLength(24);
  }
}
