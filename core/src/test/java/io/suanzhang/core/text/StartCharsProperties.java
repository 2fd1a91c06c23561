package io.suanzhang.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Searching from the start characters only finds what {@code find()} finds, in its order. */
class StartCharsProperties {

  /** Look-behinds, look-aheads, repetitions and matches side by side, as the rules write them. */
  private static final List<Pattern> PATTERNS = List.of(
      Pattern.compile("[X×]{2,}(?=[万元%])|(?<=[\\p{IsHan}])[X×]{2,}|某某|□{2,}|□(?=\\s*[年月日万元%])"
          + "|(?<![0-9]) +年 +月 +日"),
      Pattern.compile("(?<![0-9])(?:(?:19|20)(?:[0-9] [0-9]|\\s[0-9]{2})|(?:19|20)[0-9]{3})(?= ?年)"),
      Pattern.compile("(增长|下降)了?\\s*((?<![\\d.])\\d{1,3}(?:\\.\\d+)?)(?=\\s*[。，])"));

  private static final List<String> STARTS = List.of("X×某□ ", "12", "增下");

  @Property(tries = 3000)
  void theMatchesAreFindsMatches(@ForAll("texts") String text) {
    for (int p = 0; p < PATTERNS.size(); p++) {
      Pattern pattern = PATTERNS.get(p);
      List<String> expected = new ArrayList<>();
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        expected.add(m.start() + ":" + m.group());
      }
      List<String> actual = new ArrayList<>();
      StartChars s = new StartChars(pattern, text, STARTS.get(p));
      while (s.find()) {
        actual.add(s.match().start() + ":" + s.match().group());
      }
      assertEquals(expected, actual, pattern + " in " + text);
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("X", "×", "某", "□", " ", "年", "月", "日", "万元", "%", "局", "1", "2", "0",
            "9", "19", "20", "增长", "下降", "了", ".", "。", "，", "5")
        .list().ofMaxSize(16).map(l -> String.join("", l));
  }
}
