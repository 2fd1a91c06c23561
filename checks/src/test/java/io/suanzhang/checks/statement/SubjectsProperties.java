package io.suanzhang.checks.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

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

  @Property(tries = 5000)
  void classificationItemsAreFoundAsTheirPatternFindsThem(@ForAll("clauses") String s) {
    assertEquals(byPattern(s), Subjects.bracketed(s));
  }

  /** What the pattern finds, item after item, as {@link Subjects#bracketed} did with it. */
  private static Subjects.@Nullable Classified byPattern(String text) {
    Matcher m = Subjects.CLASSIFIED.matcher(text);
    List<String> path = new ArrayList<>();
    int lastEnd = -1;
    int pathEnd = -1;
    while (m.find()) {
      String gap = lastEnd < 0 ? "" : text.substring(lastEnd, m.start()).strip();
      if (lastEnd < 0 || !gap.isEmpty()) {
        path = new ArrayList<>();
      }
      path.add(Subjects.withoutNoise(m.group(1)).toUpperCase(Locale.ROOT));
      lastEnd = m.end();
      pathEnd = m.end();
    }
    return path.isEmpty() ? null : new Subjects.Classified(List.copyOf(path), pathEnd);
  }

  /**
   * Clauses of item names, marks whole and broken, every character that ends a name, each kind of
   * white space (those {@code \s} matches and those it does not), and noise.
   */
  @Provide
  Arbitrary<String> clauses() {
    return Arbitraries.of("住房保障支出", "行政运行", "Ab", "1", "（类）", "（款）", "(项)", "（ 款 ）", "（", "）", "(",
            ")", "类", "款", "项", " ", "\t", "\n", "\u3000", "\u00A0", "“", "”", "\"", "‘", "’", "：", ":", "，",
            ",", "。", "；", ";", "、", "·", "-", "科目")
        .list().ofMaxSize(12).map(l -> String.join("", l));
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
