package io.suanzhang.checks.cross;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.suanzhang.checks.Checked;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.AnalysisParts;
import io.suanzhang.core.Json;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.testing.SharedFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A visitor that wants the checks of some rules ({@link AnalysisParts.Visitor#checksOf}) gets those
 * checks, built as a visitor of every check gets them, and none of the others, which are skipped
 * unbuilt: what the cross-document checks read of each report ({@link DocReader}).
 */
class ChecksOfRulesTest {

  @Test
  void theChecksOfTheRulesAskedForComeWholeAndOnlyThey() throws IOException {
    int compared = 0;
    Set<String> seen = new TreeSet<>();
    List<Path> reports = new ArrayList<>(SharedFiles.files(SharedFiles.seeds(), ".txt"));
    reports.addAll(SharedFiles.files(SharedFiles.external().resolve("pdf"), ".pdf").subList(0, 3));
    for (Path report : reports) {
      Analysis a = Checked.analyse(report);
      byte[] json = Json.mapper().writeValueAsBytes(a);
      Set<String> rules = a.checks().stream().map(Check::rule).collect(Collectors.toCollection(TreeSet::new));
      assertTrue(rules.size() > 1, report + " has checks of several rules: " + rules);
      seen.addAll(rules);
      // Each rule alone, two together, and one that no check has.
      List<Set<String>> asked = new ArrayList<>();
      rules.forEach(r -> asked.add(Set.of(r)));
      Iterator<String> two = rules.iterator();
      asked.add(Set.of(two.next(), two.next()));
      asked.add(Set.of("no such rule"));
      for (Set<String> wanted : asked) {
        List<Check> expected = a.checks().stream().filter(c -> wanted.contains(c.rule())).toList();
        assertEquals(expected, read(json, wanted), report + " " + wanted);
        compared += expected.size();
      }
      assertEquals(a.checks(), read(json, null), report.toString());
    }
    assertTrue(compared > 100, "checks compared: " + compared);
    assertTrue(seen.contains(CrossDocuments.STRUCTURE), "the rule the cross-document checks read: " + seen);
  }

  @Test
  void aCheckWrittenWithItsRuleLaterIsKeptOrNotByItsRuleAsWell() throws IOException {
    Analysis a = Checked.analyse(SharedFiles.files(SharedFiles.seeds(), ".txt").get(0));
    ObjectNode tree = Json.mapper().valueToTree(a);
    for (var check : tree.withArray("checks")) {
      // The rule moved to the end of each check's fields.
      ObjectNode c = (ObjectNode) check;
      c.set("rule", c.remove("rule"));
    }
    byte[] json = Json.mapper().writeValueAsBytes(tree);
    String rule = a.checks().get(0).rule();

    assertEquals(
        a.checks().stream().filter(c -> c.rule().equals(rule)).toList(), read(json, Set.of(rule)));
  }

  @Test
  void aCheckWhoseRuleIsNotANameIsNoAnalysis() throws IOException {
    Analysis a = Checked.analyse(SharedFiles.files(SharedFiles.seeds(), ".txt").get(0));
    ObjectNode tree = Json.mapper().valueToTree(a);
    ((ObjectNode) tree.withArray("checks").get(0)).putNull("rule");
    byte[] json = Json.mapper().writeValueAsBytes(tree);

    assertThrows(IOException.class, () -> read(json, Set.of("sum")));
  }

  private static List<Check> read(byte[] json, @Nullable Set<String> rules) throws IOException {
    List<Check> checks = new ArrayList<>();
    List<String> after = new ArrayList<>();
    AnalysisParts.read(new ByteArrayInputStream(json), new AnalysisParts.Visitor() {
      @Override
      public @Nullable Set<String> checksOf() {
        return rules;
      }

      @Override
      public void check(Check check) {
        checks.add(check);
      }

      @Override
      public void coverage(int numbers, int checked) {
        after.add("coverage"); // the parts after the checks are read from where they stopped
      }
    });
    assertEquals(List.of("coverage"), after);
    return checks;
  }
}
