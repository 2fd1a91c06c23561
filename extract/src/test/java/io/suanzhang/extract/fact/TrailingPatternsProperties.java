package io.suanzhang.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.suanzhang.core.text.Trailing;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Each {@link Trailing} of extraction removes what its pattern's {@code replaceFirst("")} removes: its last characters
 * are every one its pattern can end with. The words tried are those its pattern spells (so that one
 * added to a pattern without its last character is caught here), after names, years and spaces.
 */
class TrailingPatternsProperties {

  private static final List<Trailing> ALL =
      List.of(Labels.TRAILING_LINKS, Labels.TRAILING_MEASURE, Labels.TRAILING_YEAR, Targets.BOUND_WORDS);

  private static final List<String> BEFORE =
      List.of("", "公务接待费", "公务接待费2016", "项目", "2016年", "公", "合计为", "\u0085", " ");

  private static final List<String> AFTER =
      List.of("", " ", "\n", "\u0085", "\u2028", "\u3000", "了", "年", "2016年度", "：");

  @Test
  void eachWordOfEachPatternIsRemovedAsThePatternRemovesIt() {
    for (Trailing t : ALL) {
      for (String word : words(t.pattern())) {
        for (String before : BEFORE) {
          for (String after : AFTER) {
            String s = before + word + after;
            assertEquals(t.pattern().matcher(s).replaceFirst(""), t.strip(s), t.pattern() + " on " + s);
          }
        }
      }
    }
  }

  @Property(tries = 3000)
  void anyTextIsStrippedAsThePatternStripsIt(@ForAll("texts") String s) {
    for (Trailing t : ALL) {
      assertEquals(t.pattern().matcher(s).replaceFirst(""), t.strip(s), t.pattern() + " on " + s);
    }
  }

  @Provide
  Arbitrary<String> texts() {
    List<String> pieces = new ArrayList<>(List.of("公务接待费", "2016", "20", "19", "年", "度", " ", "\t",
        "\n", "\u0085", "\u2028", "\u3000", "助", "公", ":", "：", "9"));
    ALL.forEach(t -> pieces.addAll(words(t.pattern())));
    return Arbitraries.of(pieces).list().ofMaxSize(6).map(l -> String.join("", l));
  }

  /** The runs of Chinese characters a pattern spells, each alone and each end of it. */
  private static List<String> words(Pattern p) {
    List<String> words = new ArrayList<>();
    Matcher m = Pattern.compile("\\p{IsHan}+").matcher(p.pattern());
    while (m.find()) {
      String w = m.group();
      for (int i = 0; i < w.length(); i++) {
        words.add(w.substring(i));
      }
    }
    words.addAll(List.of(":", "：", " ", "≥", "≤", ">=", "<=", ">", "<", "⩾", "⩽", "，", ","));
    return words;
  }
}
