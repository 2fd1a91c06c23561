package io.suanzhang.corpus.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.checks.Checks;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Severity;
import io.suanzhang.testkit.AnswerKey;
import io.suanzhang.testkit.GeneratedReport;
import io.suanzhang.testkit.Rendering;
import io.suanzhang.testkit.ReportSet;
import io.suanzhang.testkit.Testkit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of the cross-document checks over the testkit's report sets (a department's 预算, 决算 and
 * self-evaluations of one year, and last year's 决算): a consistent set compares the figures its
 * reports share and finds nothing; a figure changed between them is always found, at the changed
 * number.
 */
class ReportSetProperties {

  @Property(tries = 12)
  void aConsistentSetIsComparedAndHolds(@ForAll("sets") ReportSet set) throws IOException {
    List<CrossDocuments.Pair> pairs = pairs(set);
    String detail = pairs.toString();
    assertTrue(pairs.stream().allMatch(CrossDocuments.Pair::holds), detail);
    // 基本支出, 项目支出 and “三公”经费 of the 决算 against the 预算
    assertTrue(count(pairs, set.finalAccounts(), set.budget()) >= 3, detail);
    // 与2019年…相比: the base against last year's report
    assertEquals(1, count(pairs, set.finalAccounts(), set.previousYear()), "last year: " + detail);
    for (GeneratedReport e : set.evaluations()) {
      assertEquals(1, count(pairs, e, set.budget()), "年初预算数: " + detail);
      assertEquals(1, count(pairs, e, set.finalAccounts()), "执行数: " + detail);
    }
  }

  @Property(tries = 12)
  void aFigureChangedBetweenReportsIsFound(@ForAll("errors") ReportSet.Injected injected)
      throws IOException {
    List<CrossDocuments.Pair> failing =
        pairs(injected.set()).stream().filter(p -> !p.holds()).toList();
    assertEquals(1, failing.size(), failing::toString);
    CrossDocuments.Pair p = failing.get(0);
    assertNotNull(p.finding());
    assertEquals(Severity.WARNING, p.finding().severity());
    assertTrue(p.document().endsWith(injected.error().report().name() + ".txt"), p.document());
    assertTrue(AnswerKey.Answer.of(injected.error(), Rendering.TXT).foundBy(p.finding()),
        () -> injected.error() + " not at " + p.finding().evidence());
  }

  @Provide
  Arbitrary<ReportSet> sets() {
    return Testkit.reportSets();
  }

  @Provide
  Arbitrary<ReportSet.Injected> errors() {
    return Testkit.crossDocumentErrors();
  }

  private static long count(List<CrossDocuments.Pair> pairs, GeneratedReport doc, GeneratedReport other) {
    return pairs.stream()
        .filter(p -> p.document().endsWith(doc.name() + ".txt") && p.other().endsWith(other.name() + ".txt"))
        .count();
  }

  /** The set written as text into a fresh folder, analysed, and its cross-document pairs. */
  private static List<CrossDocuments.Pair> pairs(ReportSet set) throws IOException {
    Path dir = Files.createTempDirectory("report-set");
    try {
      List<Analysis> analyses = new ArrayList<>();
      for (GeneratedReport r : set.reports()) {
        analyses.add(Checks.standard().check(Rendering.TXT.renderInto(r, dir)));
      }
      return CrossDocuments.check(analyses.stream());
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
  }
}
