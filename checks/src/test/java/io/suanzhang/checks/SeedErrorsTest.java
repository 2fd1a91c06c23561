package io.suanzhang.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.testing.SharedFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The no-false-error law on the five seed reports, over every rule in force (the rule catalogue as
 * ServiceLoader finds it, so that a new rule is held to it at once): an error-severity finding is
 * one judged real by hand, or the test fails naming it. RulesCorpusTest and SeedRelationsTest hold
 * eight of the rules to the same law with their own evidence; this one leaves none out.
 */
class SeedErrorsTest {

  /**
   * The error findings judged real, as seed/rule/key/stated@start: 002's 医疗救助监管项目 states 1 万元
   * twice against its table's 3 万元, and 居民职工基金征收监管 has 3 万元全部到位 of a 资金计划 of 5 万元.
   */
  private static final Set<String> REAL = Set.of(
      "002/cross-reference/cross_reference.mismatch/1 万元@10910",
      "002/cross-reference/cross_reference.mismatch/1 万元@10920",
      "002/target/target.arrival/3 万元@18999");

  static Stream<Path> seeds() {
    return SharedFiles.files(SharedFiles.seeds(), ".txt").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void noRuleRaisesAnErrorThatWasNotJudgedReal(Path seed) {
    Analysis a = Checked.analyse(seed);
    assertTrue(a.errors().isEmpty(), () -> seed + ": " + a.errors());
    assertTrue(a.checks().size() >= 10, () -> seed + " is barely checked: " + a.checks().size());
    List<String> unexpected = new ArrayList<>();
    for (Finding f : a.findings()) {
      if (f.severity() == Severity.ERROR && !REAL.contains(name(seed, f))) {
        unexpected.add(name(seed, f) + ": " + f.zh());
      }
    }
    assertEquals(List.of(), unexpected);
  }

  @Test
  void theLawRunsEveryRuleOfTheCatalogueAndSeesTheRealErrors() {
    List<String> ids = Checks.standard().ruleIds();
    assertEquals(14, ids.size(), ids::toString);
    Set<String> found = new TreeSet<>();
    Set<String> checked = new TreeSet<>();
    for (Path seed : seeds().toList()) {
      Analysis a = Checked.analyse(seed);
      a.checks().stream().map(Check::rule).forEach(checked::add);
      a.findings().stream().filter(f -> f.severity() == Severity.ERROR)
          .map(f -> name(seed, f)).forEach(found::add);
    }
    // The law is not vacuous: the errors judged real are found, and most rules make checks here.
    assertTrue(found.containsAll(REAL), () -> "real errors no longer found: " + found);
    assertTrue(checked.size() >= 8, () -> "rules that made checks on the seeds: " + checked);
    assertTrue(ids.containsAll(checked), () -> checked + " vs " + ids);
  }

  private static String name(Path seed, Finding f) {
    return seed.getFileName().toString().substring(0, 3) + "/" + f.rule() + "/" + f.key() + "/"
        + (f.evidence().isEmpty() ? "" : f.evidence().get(0).text() + "@" + f.evidence().get(0).start());
  }
}
