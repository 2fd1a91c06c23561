package io.suanzhang.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.testkit.ErrorKind;
import io.suanzhang.testkit.GeneratedReport;
import io.suanzhang.testkit.InjectedError;
import io.suanzhang.testkit.Passage;
import io.suanzhang.testkit.Rendering;
import io.suanzhang.testkit.Stated;
import io.suanzhang.testkit.Testkit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Laws of the whole pipeline over the testkit's generated reports ({@code suanzhang-testkit}): a
 * consistent report raises no error or warning, read from TXT or DOCX; one injected error of each
 * kind is found by its rule at the changed number, through {@code Checked.analyse(path)} on
 * the rendered file.
 */
class GeneratedReportsProperties {

  private static final Checks CHECKS = Checks.standard();
  private static Path dir = Path.of("target");

  @BeforeContainer
  static void folder() throws IOException {
    dir = Files.createTempDirectory("generated-reports");
  }

  @AfterContainer
  static void cleanUp() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  @Property(tries = 100)
  void aConsistentReportRaisesNoErrorOrWarning(@ForAll("reports") GeneratedReport report) {
    assertConsistent(report, Rendering.TXT);
  }

  @Property(tries = 25)
  void aConsistentDocxReportRaisesNoErrorOrWarning(@ForAll("reports") GeneratedReport report) {
    assertConsistent(report, Rendering.DOCX);
  }

  /** A whole report on one sheet: paragraphs and tables, not one table. */
  @Property(tries = 20)
  void aConsistentXlsxReportRaisesNoErrorOrWarning(@ForAll("reports") GeneratedReport report) {
    assertConsistent(report, Rendering.XLSX);
  }

  @Property(tries = 30)
  void anInjectedErrorIsFoundInXlsx(@ForAll("anyKind") InjectedError e) {
    assertFound(e, Rendering.XLSX);
  }

  /** A4 pages whose long sentences wrap, tables split across pages. */
  @Property(tries = 10)
  @AddLifecycleHook(NeedsPdfFont.class)
  void aConsistentPdfReportRaisesNoErrorOrWarning(@ForAll("reports") GeneratedReport report) {
    assertConsistent(report, Rendering.PDF);
  }

  @Property(tries = 20)
  @AddLifecycleHook(NeedsPdfFont.class)
  void anInjectedErrorIsFoundInPdf(@ForAll("anyKind") InjectedError e) {
    assertFound(e, Rendering.PDF);
  }

  @Property(tries = 20)
  void anInjectedErrorIsFoundInMarkdown(@ForAll("anyKind") InjectedError e) {
    assertFound(e, Rendering.MD);
  }

  @Property(tries = 30)
  void aChangedPartIsFoundBySum(@ForAll("parts") InjectedError e) {
    assertFound(e, Rendering.TXT);
  }

  @Property(tries = 30)
  void aChangedTotalIsFoundBySum(@ForAll("totals") InjectedError e) {
    assertFound(e, Rendering.TXT);
  }

  @Property(tries = 30)
  void aChangedRateIsFoundByRatio(@ForAll("rates") InjectedError e) {
    assertFound(e, Rendering.TXT);
  }

  @Property(tries = 30)
  void aChangedShareIsFoundByShare(@ForAll("shares") InjectedError e) {
    assertFound(e, Rendering.TXT);
  }

  @Property(tries = 30)
  void aChangedGrowthRateIsFoundByGrowth(@ForAll("growths") InjectedError e) {
    assertFound(e, Rendering.TXT);
  }

  @Property(tries = 30)
  void aChangedChangeIsFoundByDifference(@ForAll("changes") InjectedError e) {
    assertFound(e, Rendering.TXT);
  }

  @Property(tries = 30)
  void anotherYearInTheTitleIsFoundByYear(@ForAll("titleYears") InjectedError e) {
    assertFound(e, Rendering.TXT);
  }

  /**
   * A project's summary under 五、项目支出情况 against its row in the list of projects and its own
   * table: the heading's 项目支出 narrows the tables as it narrows the summary.
   */
  @Property(tries = 30)
  void aChangedSummaryIsFoundByCrossReference(@ForAll("crossReferences") InjectedError e) {
    assertFound(e, Rendering.TXT);
  }

  /**
   * The other side: a project's budget or execution changed in the list of projects or in its own
   * table, while the summary and the other table still agree.
   */
  @Property(tries = 30)
  void aChangedProjectTableIsFoundByCrossReference(@ForAll("projectTables") InjectedError e) {
    assertFound(e, Rendering.TXT);
  }

  @Property(tries = 30)
  void aChangedSummaryIsFoundByCrossReferenceInAProjectPassage(
      @ForAll("projects") Passage passage, @ForAll("deltas") int cents) {
    var budget = passage.number("project.0.budget");
    var changed = budget.numeral().withValue(
        budget.numeral().value().add(BigDecimal.valueOf(cents, 2)));
    String text = "2020年度部门决算\n\n（四）预算绩效管理情况\n\n" + passage.text().replace(
        "项目全年预算数 " + budget.text(), "项目全年预算数 " + changed.text());
    Analysis a = check(text, Rendering.TXT);
    assertTrue(a.findings().stream().anyMatch(f -> f.rule().equals("cross-reference")
            && f.severity() == Severity.ERROR
            && f.evidence().stream().anyMatch(ev -> ev.text().equals(changed.text()))),
        () -> text + "\n" + describe(a.findings()));
  }

  @Property(tries = 30)
  void aSlipOfUnitIsFoundByUnit(@ForAll("units") InjectedError e) {
    assertFound(e, Rendering.TXT);
  }

  @Property(tries = 30)
  void aMissedTargetClaimedMetIsFoundByTarget(@ForAll("targets") InjectedError e) {
    assertFound(e, Rendering.TXT);
  }

  @Property(tries = 30)
  void aFinalAccountAgainstItsClaimIsFoundByContradiction(@ForAll("contradictions") InjectedError e) {
    assertFound(e, Rendering.TXT);
  }

  @Property(tries = 30)
  void aPlaceholderIsFoundByPlaceholder(@ForAll("placeholders") InjectedError e) {
    assertFound(e, Rendering.TXT);
  }

  /** Every kind, read from DOCX: real tables and heading styles. */
  @Property(tries = 50)
  void anInjectedErrorInADocxIsFoundByItsRule(@ForAll("anyKind") InjectedError e) {
    assertFound(e, Rendering.DOCX);
  }

  @Provide Arbitrary<GeneratedReport> reports() {
    return Testkit.reports();
  }

  @Provide Arbitrary<InjectedError> parts() {
    return Testkit.injectedErrors(ErrorKind.PART);
  }

  @Provide Arbitrary<InjectedError> totals() {
    return Testkit.injectedErrors(ErrorKind.TOTAL);
  }

  @Provide Arbitrary<InjectedError> rates() {
    return Testkit.injectedErrors(ErrorKind.RATE);
  }

  @Provide Arbitrary<InjectedError> shares() {
    return Testkit.injectedErrors(ErrorKind.SHARE);
  }

  @Provide Arbitrary<InjectedError> growths() {
    return Testkit.injectedErrors(ErrorKind.GROWTH);
  }

  @Provide Arbitrary<InjectedError> changes() {
    return Testkit.injectedErrors(ErrorKind.CHANGE);
  }

  @Provide Arbitrary<InjectedError> titleYears() {
    return Testkit.injectedErrors(ErrorKind.TITLE_YEAR);
  }

  @Provide Arbitrary<InjectedError> crossReferences() {
    return Testkit.injectedErrors(ErrorKind.CROSS_REFERENCE);
  }

  @Provide Arbitrary<InjectedError> units() {
    return Testkit.injectedErrors(ErrorKind.UNIT);
  }

  @Provide Arbitrary<InjectedError> targets() {
    return Testkit.injectedErrors(ErrorKind.TARGET);
  }

  @Provide Arbitrary<InjectedError> contradictions() {
    return Testkit.injectedErrors(ErrorKind.CONTRADICTION);
  }

  @Provide Arbitrary<InjectedError> placeholders() {
    return Testkit.injectedErrors(ErrorKind.PLACEHOLDER);
  }

  @Provide Arbitrary<InjectedError> anyKind() {
    return Testkit.injectedErrors();
  }

  /** A project's value in a table (its row in the list of projects, its own table) changed. */
  @Provide Arbitrary<InjectedError> projectTables() {
    return Testkit.reports().flatMap(r -> net.jqwik.api.Arbitraries.of(projectTableRoles(r))
            .flatMap(role -> deltas().map(cents -> Testkit.change(r, ErrorKind.CROSS_REFERENCE,
                role, r.number(role).numeral().value().add(BigDecimal.valueOf(cents, 2))))))
        .filter(Optional::isPresent)
        .map(Optional::get);
  }

  private static List<String> projectTableRoles(GeneratedReport r) {
    return r.numbers("project").stream().map(Stated::role)
        .filter(role -> role.matches(
            "project\\.\\d+\\.table\\.(budget|spent)|projects\\.\\d+\\.(budget|spent)"))
        .toList();
  }

  @Provide Arbitrary<Passage> projects() {
    return Testkit.factSentences(Passage.Type.PROJECT);
  }

  /** A change of 1.00 to 50.00 万元 either way: beyond rounding, never 10,000 times. */
  @Provide Arbitrary<Integer> deltas() {
    return net.jqwik.api.Arbitraries.integers().between(100, 5000)
        .flatMap(c -> net.jqwik.api.Arbitraries.of(c, -Math.min(c, 1000)));
  }

  private static void assertConsistent(GeneratedReport report, Rendering rendering) {
    Analysis a = check(report, rendering);
    List<Finding> raised = a.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
    assertEquals(List.of(), describe(raised), report.text());
    assertTrue(a.checks().size() > 30, () -> "only " + a.checks().size() + " relations checked");
  }

  private static void assertFound(InjectedError e, Rendering rendering) {
    Analysis a = check(e.report(), rendering);
    assertTrue(e.foundIn(rendering, a.findings()),
        () -> "not found: " + e + "\nfindings: " + describe(a.findings()) + "\n" + e.report().text());
  }

  private static List<String> describe(List<Finding> findings) {
    return findings.stream().map(f -> f.severity() + " " + f.key() + " " + f.zh()).toList();
  }

  private static Analysis check(GeneratedReport report, Rendering rendering) {
    try {
      Path file = rendering.renderInto(report, dir);
      try {
        return Checked.analyse(CHECKS, file);
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Analysis check(String text, Rendering rendering) {
    try {
      Path file = Files.createTempFile(dir, "passage", "." + rendering.extension());
      try {
        Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8);
        return Checked.analyse(CHECKS, file);
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
