package io.suanzhang.checks.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A title loses its white space and quotes as the patterns it was first written with would take them. */
class TemplatesProperties {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern QUOTES = Pattern.compile("[“”‘’\"'「」『』]");

  @Property(tries = 3000)
  void aTitleLosesWhatThePatternsRemove(@ForAll("titles") String title) {
    String expected = QUOTES.matcher(SPACES.matcher(title).replaceAll("")).replaceAll("");
    assertEquals(expected, Templates.withoutSpacesOrQuotes(title));
  }

  /** Titles of tables with every kind of space and quote, some of which are neither. */
  @Provide
  Arbitrary<String> titles() {
    return Arbitraries.of("收入支出决算总表", "表", "一、", "2023年", "“", "”", "‘", "’", "\"", "'", "「", "」",
            "『", "』", "《", "》", " ", "\t", "\n", "\r", "\u000B", "\f", "\u3000", "\u00A0")
        .list().ofMaxSize(8).map(pieces -> String.join("", pieces));
  }
}
