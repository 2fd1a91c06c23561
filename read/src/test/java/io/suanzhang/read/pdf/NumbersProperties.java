package io.suanzhang.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-read number grammar of table cells says what its pattern says, of any text. */
class NumbersProperties {

  private static final Pattern NUMBER =
      Pattern.compile("[-+－−]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?[%％]?");

  @Property(tries = 5_000)
  void isNumberIsThePattern(@ForAll("cells") String cell) {
    assertEquals(cell.length() <= 40 && NUMBER.matcher(cell).matches(), Numbers.isNumber(cell),
        cell);
  }

  /** Texts of the characters a number is made of, and some it is not, up past the 40 read. */
  @Provide
  Arbitrary<String> cells() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789,.-+－−%％").ofMaxLength(14),
        Arbitraries.strings().withChars("0123456789,.%万元 a١").ofMaxLength(8),
        Arbitraries.strings().withChars("0123456789,").ofMinLength(38).ofMaxLength(43),
        Arbitraries.integers().between(0, 99_999).list().ofMinSize(1).ofMaxSize(5)
            .map(groups -> {
              StringBuilder b = new StringBuilder(String.valueOf(groups.get(0)));
              for (int g : groups.subList(1, groups.size())) {
                b.append(',').append(String.format(Locale.ROOT, "%03d", g));
              }
              return b.toString();
            })
            .flatMap(n -> Arbitraries.of("", ".5", ".", ".25%", "%", "％", "5", ",12")
                .flatMap(tail -> Arbitraries.of("", "-", "−", "+").map(sign -> sign + n + tail))));
  }
}
