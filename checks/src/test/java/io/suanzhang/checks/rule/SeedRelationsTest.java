package io.suanzhang.checks.rule;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.checks.Checked;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.testing.Gold;
import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.core.text.CodePoints;
import io.suanzhang.core.text.Span;
import io.suanzhang.read.DocumentReaders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ratio, share, growth and difference rules on the five seed reports: every hand-checked relation
 * of those kinds is evaluated — it holds, or a finding quotes it — and no error is reported but real
 * inconsistencies.
 */
class SeedRelationsTest {

  private static final Set<String> KINDS = Set.of("ratio", "share", "growth", "difference");
  private static final Set<String> RULES = Set.of("ratio", "share", "growth", "difference");

  /**
   * Gold relations no fact states yet, so no rule can evaluate them; each names what is missing. When
   * one is evaluated the test fails until it is taken off this list: the list may only shrink.
   */
  private static final Map<String, String> NOT_EVALUATED = Map.of(
      "000_2d7e3352bcecceee.txt A6",
      "剩余的项目资金274798元 = 下达32万元 − 使用45202元 is a balance, not a comparison: the sum rule"
          + " checks it as 320000 = 45202 + 274798 (GoldRelationsTest), none of these rules");

  /** Errors of these rules on the seeds that are real inconsistencies: none so far. */
  private static final Set<String> REAL_ERRORS = Set.of();

  private static final Map<Path, Analysis> ANALYSES = new ConcurrentHashMap<>();

  static Stream<Path> goldFiles() {
    return Gold.files().stream();
  }

  static Stream<Path> seeds() {
    return SharedFiles.files(SharedFiles.seeds(), ".txt").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldFiles")
  void everyGoldRelationOfTheseKindsIsEvaluated(Path goldFile) throws Exception {
    Gold gold = Gold.read(goldFile);
    Path seed = SharedFiles.seeds().resolve(gold.doc());
    Analysis analysis = analysis(seed);
    CodePoints text = CodePoints.of(DocumentReaders.read(seed).text());
    List<Executable> checks = new ArrayList<>();
    for (Gold.Relation r : gold.relations()) {
      if (!KINDS.contains(r.kind())) {
        continue;
      }
      String name = gold.doc() + " " + r.id();
      List<Span> quotes = quotes(text, r);
      Optional<Check> check = evaluation(analysis, quotes.get(0));
      if (NOT_EVALUATED.containsKey(name)) {
        checks.add(() -> assertTrue(check.isEmpty(),
            () -> name + " is now evaluated (" + check.get().relation()
                + "): take it off NOT_EVALUATED"));
        continue;
      }
      checks.add(() -> {
        assertTrue(check.isPresent(), () -> name + " is not evaluated: " + r.statement());
        Check c = check.get();
        Finding f = finding(analysis, c);
        if (r.holds()) {
          assertTrue(f == null || f.severity() == Severity.INFO,
              () -> name + " holds, but " + c.relation() + " gave " + f);
        } else {
          assertTrue(f != null, () -> name + " does not hold, but " + c.relation() + " holds");
          assertTrue(
              f.evidence().stream().anyMatch(e -> quotes.stream().anyMatch(q -> q.overlaps(e.span()))),
              () -> name + ": the evidence of " + f + " quotes none of " + r.quotes());
        }
      });
    }
    assertFalse(checks.isEmpty(), "no relation of these kinds in " + gold.doc());
    assertAll(checks);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void noErrorButRealInconsistencies(Path seed) {
    Analysis analysis = analysis(seed);
    assertTrue(analysis.errors().isEmpty(), () -> "analysis errors: " + analysis.errors());
    List<String> errors = new ArrayList<>();
    for (Check c : analysis.checks()) {
      Finding f = finding(analysis, c);
      if (RULES.contains(c.rule()) && f != null && f.severity() == Severity.ERROR
          && !REAL_ERRORS.contains(seed.getFileName() + " " + c.relation())) {
        errors.add(c.relation() + ": " + f.zh());
      }
    }
    assertEquals(List.of(), errors);
  }

  @Test
  void seed002_growthOf19_94IsRoundingNotAnError() {
    Path seed = SharedFiles.seeds().resolve("002_7fbbccf8b4cea76e.txt");
    Analysis analysis = analysis(seed);
    Check growth = analysis.checks().stream()
        .filter(c -> c.rule().equals("growth") && c.relation().startsWith("+19.94%"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("增长19.94% is not evaluated"));
    Finding f = finding(analysis, growth);
    assertNotEquals(null, f);
    assertEquals(Severity.INFO, f.severity());
    assertEquals("growth.rounding", f.key());
  }

  /** The check of these rules whose stated value, its first number, lies in the given quote. */
  private static Optional<Check> evaluation(Analysis analysis, Span quote) {
    return analysis.checks().stream()
        .filter(c -> RULES.contains(c.rule()) && !c.numbers().isEmpty())
        .filter(c -> c.numbers().get(0).overlaps(quote))
        .findFirst();
  }

  private static List<Span> quotes(CodePoints text, Gold.Relation r) {
    List<String> quotes = r.quotes() == null ? List.of() : r.quotes();
    List<Span> spans = new ArrayList<>();
    for (String q : quotes) {
      int at = text.text().indexOf(q);
      if (at < 0) {
        throw new AssertionError("quote of " + r.id() + " not in the text: " + q);
      }
      int start = text.toCodePoint(at);
      spans.add(Span.of(start, start + q.codePointCount(0, q.length())));
    }
    if (spans.isEmpty()) {
      throw new AssertionError("relation " + r.id() + " has no quote");
    }
    return spans;
  }

  private static @Nullable Finding finding(Analysis analysis, Check check) {
    if (check.finding() == null) {
      return null;
    }
    return analysis.findings().stream()
        .filter(f -> f.id().equals(check.finding()))
        .findFirst()
        .orElseThrow();
  }

  private static Analysis analysis(Path seed) {
    return ANALYSES.computeIfAbsent(seed, Checked::analyse);
  }
}
