package io.suanzhang.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A heading's key is made by hand as the patterns it was written with make it. */
class HeadingLinesProperties {

  @Property(tries = 3000)
  void keyNoiseGoesAsItsPatternSays(@ForAll("lines") String s) {
    assertEquals(HeadingLines.KEY_NOISE.matcher(s).replaceAll(""), HeadingLines.withoutKeyNoise(s));
  }

  @Property(tries = 3000)
  void aPageNumberGoesAsItsPatternSays(@ForAll("lines") String s) {
    assertEquals(HeadingLines.PAGE_NUMBER.matcher(s).replaceFirst(""), HeadingLines.withoutPageNumber(s));
  }

  @Property(tries = 3000)
  void leadersAreFoundAsTheirPatternFindsThem(@ForAll("lines") String s) {
    String line = s.strip(); // as the lines are given
    assertEquals(HeadingLines.LEADER.matcher(line).find(), HeadingLines.leader(line), line);
  }

  /** Lines of a table of contents: titles, leaders of each kind, digits, every kind of space. */
  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.of("一、", "收入", "预算", "1", "2", "12", "345", "9", ".", "．", "·", "…", "...",
            " ", "\t", "\n", "\r", "\u000B", "\f", "\u3000", "\u0085", "\u2028", "#", "*", "０", "-----", "_____", "--", "……", "···", "．．．")
        .list().ofMaxSize(12).map(l -> String.join("", l));
  }
}
