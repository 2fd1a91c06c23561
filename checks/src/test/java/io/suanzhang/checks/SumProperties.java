package io.suanzhang.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.text.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of the checks over generated reports: a consistent report raises no error or warning, and
 * changing one number beyond what its precision allows is always found by the right rule, pointing at
 * the changed number.
 */
class SumProperties {

  private static final Checks CHECKS = Checks.standard();

  @Property(tries = 60)
  void aConsistentReportRaisesNoErrorOrWarning(@ForAll("reports") ConsistentReport report) {
    Analysis a = check(report.text());
    List<String> raised = a.findings().stream()
        .filter(f -> f.severity() != Severity.INFO)
        .map(f -> f.rule() + ": " + f.zh())
        .toList();
    assertEquals(List.of(), raised, report.text());
    assertTrue(a.checks().stream().anyMatch(c -> c.rule().equals("sum")), "the sum was checked");
  }

  @Property(tries = 60)
  void aChangedPartOrTotalIsFoundBySumAtTheChangedNumber(
      @ForAll("reports") ConsistentReport report,
      @ForAll("amountPlaces") String place,
      @ForAll("deltas") BigDecimal delta) {
    BigDecimal value = new BigDecimal(report.number(place));
    BigDecimal changed = value.add(delta);
    if (changed.signum() <= 0) {
      changed = value.subtract(delta);
    }
    ConsistentReport broken = report.with(place, changed.toPlainString());
    assertFoundAt(check(broken.text()), "sum", broken.places().get(place), broken.text());
  }

  @Property(tries = 30)
  void aChangedSubScoreIsFoundBySum(
      @ForAll("reports") ConsistentReport report, @ForAll("points") int points) {
    String place = points % 2 == 0 ? "item0" : "score";
    String written = String.valueOf(Integer.parseInt(report.number(place)) + 1 + points);
    ConsistentReport broken = report.with(place, written);
    assertFoundAt(check(broken.text()), "sum", broken.places().get(place), broken.text());
  }

  @Provide
  Arbitrary<ConsistentReport> reports() {
    return ConsistentReport.reports();
  }

  @Provide
  Arbitrary<String> amountPlaces() {
    return Arbitraries.of("total", "basic", "project", "other");
  }

  /** Changes beyond the 0.02 万元 that four numbers of two decimals allow together. */
  @Provide
  Arbitrary<BigDecimal> deltas() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.03"), new BigDecimal("500.00"))
        .ofScale(2);
  }

  @Provide
  Arbitrary<Integer> points() {
    return Arbitraries.integers().between(0, 9);
  }

  static void assertFoundAt(Analysis a, String rule, Span changed, String text) {
    List<Finding> found = a.findings().stream()
        .filter(f -> f.rule().equals(rule) && f.severity() != Severity.INFO)
        .filter(f -> f.evidence().stream().anyMatch(e -> e.span().overlaps(changed)))
        .toList();
    assertTrue(!found.isEmpty(), () -> "no " + rule + " finding at " + changed + " in\n" + text
        + "\nfindings: " + a.findings().stream().map(Finding::zh).toList());
  }

  /** Whether a finding above info names the number at {@code at} among its evidence. */
  static boolean foundAt(Analysis a, Span at) {
    return a.findings().stream()
        .filter(f -> f.severity() != Severity.INFO)
        .anyMatch(f -> f.evidence().stream()
            .anyMatch(x -> x.start() == at.start() && x.end() == at.end()));
  }

  static Analysis check(String text) {
    try {
      Path file = Files.createTempFile("generated", ".txt");
      try {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return Checked.analyse(CHECKS, file);
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
