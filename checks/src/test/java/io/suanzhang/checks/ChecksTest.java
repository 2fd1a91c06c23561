package io.suanzhang.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.checks.rule.SumRule;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecksTest {

  private static final String BROKEN_TOTAL =
      "2020年本年支出合计91.68万元，其中：基本支出69.98万元，项目支出21.60万元。\n";

  @TempDir Path dir;

  private Path report(String text) throws IOException {
    Path file = dir.resolve("report.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void findsRulesThroughServiceLoaderWithUniqueIds() {
    List<String> ids = Checks.standard().ruleIds();
    assertTrue(ids.contains("sum"), () -> "rules found: " + ids);
    assertEquals(ids.size(), new HashSet<>(ids).size(), () -> "ids repeat: " + ids);
  }

  @Test
  void reportsABrokenTotalWithStatedRecomputedAndEvidence() throws IOException {
    Analysis a = Checked.analyse(report(BROKEN_TOTAL));
    assertEquals(1, a.findings().size(), () -> "findings: " + a.findings());
    Finding f = a.findings().get(0);
    assertEquals("sum", f.rule());
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("万元", f.unit());
    assertEquals(0, f.stated().compareTo(new BigDecimal("91.68")));
    assertEquals(0, f.recomputed().compareTo(new BigDecimal("91.58")));
    assertEquals(0, f.difference().compareTo(new BigDecimal("0.10")));
    assertEquals(0, f.tolerance().compareTo(new BigDecimal("0.015")));
    assertEquals(List.of("91.68万元", "69.98万元", "21.60万元"),
        f.evidence().stream().map(Evidence::text).toList());
    for (Evidence e : f.evidence()) {
      assertEquals(e.text(), BROKEN_TOTAL.substring(e.start(), e.end()));
    }
    assertTrue(f.zh().contains("91.68万元") && f.zh().contains("91.58万元"), f.zh());
    assertTrue(f.en().contains("not the sum"), f.en());
    assertEquals(1, a.checks().size());
    assertEquals(f.id(), a.checks().get(0).finding());
    assertEquals(3, a.coverage().checked());
  }

  @Test
  void disabledRuleDoesNotRun() throws IOException {
    Analysis a = Checked.analyse(Checks.configured(CheckConfig.DEFAULT.disable("sum")), report(BROKEN_TOTAL));
    assertEquals(List.of(), a.findings());
    assertEquals(List.of(), a.checks());
  }

  @Test
  void configuredSeverityReplacesTheRulesOwn() throws IOException {
    Analysis a = Checked.analyse(Checks.configured(CheckConfig.DEFAULT.severity("sum", Severity.WARNING)), report(BROKEN_TOTAL));
    assertEquals(Severity.WARNING, a.findings().get(0).severity());
  }

  @Test
  void unknownRuleInConfigurationIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> Checks.configured(CheckConfig.DEFAULT.disable("summ")));
  }

  @Test
  void aFailingRuleCostsOnlyItsOwnResults() throws IOException {
    Rule broken = new Rule() {
      @Override
      public String id() {
        return "broken";
      }

      @Override
      public void check(Report report, Results results) {
        throw new IllegalStateException("defect");
      }
    };
    Analysis a = Checked.analyse(Checks.of(List.of(broken, new SumRule()), CheckConfig.DEFAULT), report(BROKEN_TOTAL));
    assertEquals(1, a.findings().size());
    assertEquals(1, a.errors().size());
    assertEquals(ErrorCode.INTERNAL, a.errors().get(0).code());
    assertTrue(a.errors().get(0).message().contains("rule broken failed"));
  }

  @Test
  void consistentTotalRaisesNothingAndIsStillChecked() throws IOException {
    Analysis a = Checked.analyse(
        report("2020年本年支出合计91.68万元，其中：基本支出69.98万元，项目支出21.70万元。\n"));
    assertEquals(List.of(), a.findings());
    assertEquals(1, a.checks().size());
    assertTrue(a.checks().get(0).holds());
  }
}
