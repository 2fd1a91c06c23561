package io.suanzhang.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Coverage;
import io.suanzhang.core.fact.Breakdown;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Rate;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.testing.SharedFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over the page texts of {@code ../shared/external/pages}: every percentage is checked or says why
 * not, and one that a rate, a share or a comparison states is never passed off as a plain value.
 */
class SharedPagesCoverageTest {

  private static final Map<Path, Analysis> ANALYSED = new ConcurrentHashMap<>();

  static Stream<Path> pages() {
    return SharedFiles.files(SharedFiles.external().resolve("pages"), ".txt").stream();
  }

  @ParameterizedTest
  @MethodSource("pages")
  void everyPercentageIsCheckedOrSaysWhyNot(Path page) {
    Analysis a = ANALYSED.computeIfAbsent(page, Checked::analyse);
    Map<String, Coverage.Unchecked> unchecked = new HashMap<>();
    for (Coverage.Unchecked u : a.coverage().unchecked()) {
      Coverage.Unchecked twice = unchecked.put(key(u.span().start(), u.span().end()), u);
      assertEquals(null, twice, () -> u.text() + " is listed twice");
      assertEquals(u.reason() == Coverage.Reason.UNRESOLVED, u.missing() != null, u::toString);
    }
    Set<String> checked = new HashSet<>();
    for (Check c : a.checks()) {
      c.numbers().forEach(s -> checked.add(key(s.start(), s.end())));
    }
    for (Mention m : a.mentions()) {
      if (m.kind() == MentionKind.PERCENT) {
        String key = key(m.start(), m.end());
        assertTrue(checked.contains(key) != unchecked.containsKey(key),
            () -> m.text() + " at " + m.start() + " is " + (checked.contains(key)
                ? "both checked and unchecked" : "neither checked nor given a reason"));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("pages")
  void percentageOfARelationIsNeverAPlainValue(Path page) {
    Analysis a = ANALYSED.computeIfAbsent(page, Checked::analyse);
    Map<String, Coverage.Unchecked> unchecked = new HashMap<>();
    a.coverage().unchecked().forEach(u -> unchecked.put(key(u.span().start(), u.span().end()), u));
    List<String> plain = new ArrayList<>();
    for (Fact f : a.facts()) {
      if (!(f instanceof Rate || f instanceof Breakdown || f instanceof Comparison)) {
        continue;
      }
      for (Mention m : f.numbers()) {
        Coverage.Unchecked u = unchecked.get(key(m.start(), m.end()));
        if (m.kind() == MentionKind.PERCENT && u != null
            && (u.reason() == Coverage.Reason.NOTHING_TO_RELATE
                || u.reason() == Coverage.Reason.NO_FACT)) {
          plain.add(m.text() + " (" + u.reason().jsonName() + ") in " + f.quote());
        }
      }
    }
    assertEquals(List.of(), plain);
  }

  private static String key(int start, int end) {
    return start + ":" + end;
  }
}
