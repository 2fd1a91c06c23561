package io.suanzhang.checks.cross;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.checks.Checked;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Severity;
import io.suanzhang.testkit.ErrorKind;
import io.suanzhang.testkit.GeneratedReport;
import io.suanzhang.testkit.InjectedError;
import io.suanzhang.testkit.Rendering;
import io.suanzhang.testkit.ReportSet;
import io.suanzhang.testkit.Stated;
import io.suanzhang.testkit.Testkit;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

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
    assertTrue(injected.error().answer(Rendering.TXT).foundBy(p.finding()),
        () -> injected.error() + " not at " + p.finding().evidence());
  }

  /**
   * This year's comparison with the year before — its change (增加 X), its rate (增长 r%) or the
   * previous value it quotes (与2019年 A 相比) — written by whole units otherwise than last year's
   * report allows is found against that report, with the changed number as evidence. A change or
   * rate is judged against last year's report where the sentence quotes no previous value (与2019年相比
   * …增加 X), for one that does is judged against the value it quotes, inside its own report.
   */
  @Property(tries = 15)
  void aComparisonWithLastYearChangedIsFoundAgainstLastYearsReport(@ForAll("sets") ReportSet set,
      @ForAll("comparisonRoles") String role, @ForAll @IntRange(min = 1, max = 9) int by)
      throws IOException {
    GeneratedReport year = set.finalAccounts();
    String previous = set.previousYear().name() + ".txt";
    if (!role.equals("comparison.base")) {
      year = year.replace(year.number("comparison.base").span(), "", null, null);
      List<CrossDocuments.Pair> consistent = pairs(set.with(year)).stream()
          .filter(p -> p.other().endsWith(previous)).toList();
      assertTrue(!consistent.isEmpty() && consistent.stream().allMatch(CrossDocuments.Pair::holds),
          consistent::toString);
    }
    InjectedError e = movedBy(year, role, by);
    GeneratedReport written = year;
    List<CrossDocuments.Pair> failing = pairs(set.with(e.report())).stream()
        .filter(p -> !p.holds() && p.other().endsWith(previous))
        .toList();
    assertFalse(failing.isEmpty(), () -> role + " " + e.was() + " → " + e.text() + ": not found");
    assertTrue(failing.stream().allMatch(p -> p.document().endsWith(written.name() + ".txt")),
        failing::toString);
    assertTrue(failing.stream().anyMatch(
        p -> e.answer(Rendering.TXT).foundBy(Objects.requireNonNull(p.finding()))),
        () -> e + " not at " + failing);
  }

  /**
   * A 决算 and its tables published as two files, generated apart, are one report: the text's 基本支出
   * and 项目支出 are compared with the tables file and hold; a table figure changed is found, with the
   * changed number as the other file's evidence.
   */
  @Property(tries = 10)
  void aReportsTextAndItsTablesFileAreJoined(@ForAll("sets") ReportSet set,
      @ForAll("tableRoles") String role, @ForAll @IntRange(min = 1, max = 9) int by)
      throws IOException {
    GeneratedReport text = set.finalAccounts();
    GeneratedReport tables = Testkit.templateTables(set).report();
    List<CrossDocuments.Pair> joined = between(pairs(List.of(text, tables)), text, tables);
    assertTrue(joined.size() >= 2 && joined.stream().allMatch(CrossDocuments.Pair::holds),
        joined::toString);

    InjectedError e = movedBy(tables, role, by);
    List<CrossDocuments.Pair> failing = between(pairs(List.of(text, e.report())), text, tables)
        .stream().filter(p -> !p.holds()).toList();
    assertEquals(1, failing.size(), failing::toString);
    CrossDocuments.Pair p = failing.get(0);
    assertEquals("cross_document.set_mismatch", Objects.requireNonNull(p.finding()).key());
    assertTrue(e.answer(Rendering.TXT).foundBy(p.finding()),
        () -> e + " not at " + p.finding().evidence());
  }

  @Provide
  Arbitrary<String> tableRoles() {
    return Arbitraries.of("tables.spending.basic", "tables.spending.project");
  }

  /** {@code report} with the number of {@code role} moved up by {@code by} whole units. */
  private static InjectedError movedBy(GeneratedReport report, String role, int by) {
    Stated s = report.number(role);
    Optional<InjectedError> changed = Testkit.change(report, ErrorKind.CROSS_DOCUMENT, role,
        s.numeral().value().add(BigDecimal.valueOf(by)));
    Assume.that(changed.isPresent()); // its digits occur elsewhere: the finding could not be told
    return changed.get();
  }

  private static List<CrossDocuments.Pair> between(
      List<CrossDocuments.Pair> pairs, GeneratedReport doc, GeneratedReport other) {
    return pairs.stream().filter(p -> p.document().endsWith(doc.name() + ".txt")
        && p.other().endsWith(other.name() + ".txt")).toList();
  }

  @Provide
  Arbitrary<String> comparisonRoles() {
    return Arbitraries.of("comparison.change", "comparison.growth", "comparison.base");
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
    return pairs(set.reports());
  }

  private static List<CrossDocuments.Pair> pairs(List<GeneratedReport> reports) throws IOException {
    Path dir = Files.createTempDirectory("report-set");
    try {
      List<Analysis> analyses = new ArrayList<>();
      for (GeneratedReport r : reports) {
        analyses.add(Checked.analyse(Rendering.TXT.renderInto(r, dir)));
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
