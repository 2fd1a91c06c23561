package io.suanzhang.checks;

import static io.suanzhang.checks.SumProperties.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.text.CodePoints;
import io.suanzhang.core.text.Span;
import io.suanzhang.testkit.Rendering;
import io.suanzhang.testkit.SelfEvaluationTable;
import io.suanzhang.testkit.Testkit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws over the self-evaluation tables the testkit generates ({@link Testkit#selfEvaluations()}),
 * flattened to text with blanks or pipes between cells: a consistent table raises nothing above
 * info and has its 执行率, its 总分 and its grade checked; each injected error (a wrong 执行率, a
 * 得分 above its 分值, a wrong 总分 or 等级, a missed indicator without its 偏差原因, a 年度资金总额 less
 * than its parts, a 全年预算数 unlike its 年初预算数 with nothing explaining it, a met indicator given
 * less than its 分值) is found at the changed number; and so in the table rendered as DOCX, XLSX and
 * PDF.
 */
class SelfEvaluationProperties {

  @Provide
  Arbitrary<SelfEvaluationTable> tables() {
    return Testkit.selfEvaluations();
  }

  @Provide
  Arbitrary<SelfEvaluationTable.Injected> errors() {
    return Testkit.selfEvaluationErrors();
  }

  @Property(tries = 30)
  void aConsistentTableRaisesNothingAndItsTotalsAreChecked(
      @ForAll("tables") SelfEvaluationTable table) {
    for (SelfEvaluationTable.Layout layout : SelfEvaluationTable.Layout.values()) {
      SelfEvaluationTable.Written w = table.write(layout);
      Analysis a = check(w.text());
      List<String> raised = a.findings().stream()
          .filter(f -> f.severity() != Severity.INFO).map(Finding::zh).toList();
      assertEquals(List.of(), raised, w.text());
      for (String place : List.of("rate", "total", "totalFull")) {
        Span at = w.at(place);
        assertTrue(a.checks().stream().anyMatch(c -> c.holds() && c.numbers().stream()
                .anyMatch(s -> s.start() == at.start() && s.end() == at.end())),
            () -> place + " unchecked in\n" + w.text() + "\n" + a.checks());
      }
      assertTrue(a.checks().stream().anyMatch(c -> c.rule().equals("points")
          && c.relation().contains("⇐") && c.holds()), () -> "grade unchecked in\n" + w.text());
    }
  }

  @Property(tries = 60)
  void anInjectedErrorIsFoundAtTheChangedNumber(@ForAll("errors") SelfEvaluationTable.Injected e) {
    Span at = e.changed();
    String text = e.written().text();
    Analysis a = check(text);
    assertTrue(SumProperties.foundAt(a, at),
        () -> String.format(Locale.ROOT, "no finding at %s (%s, %s) in%n%s%nfindings: %s",
            CodePoints.of(text).slice(at.start(), at.end()), e.kind(), e.layout(), text,
            a.findings().stream().map(Finding::zh).toList()));
  }

  /** The rule keys an error of each kind is found by. */
  private static String key(SelfEvaluationTable.Kind kind) {
    return switch (kind) {
      case RATE -> "ratio.";
      case OVER -> "points.over";
      case TOTAL, FUNDS_SUM -> "sum.";
      case GRADE -> "points.grade";
      case REASON -> "target.no_reason";
      case ADJUSTMENT -> "adjustment.unexplained";
      case WITHHELD -> "target.points_withheld";
    };
  }

  @Provide
  Arbitrary<Rendering> documents() {
    return Arbitraries.of(Arrays.stream(Rendering.values())
        .filter(r -> r != Rendering.TXT && r != Rendering.MD && r.available()).toList());
  }

  /**
   * In a real table (DOCX, XLSX, and PDF where the machine has a CJK font), read back a row a line:
   * a consistent table raises nothing above info and has its 总分 checked; an injected error is
   * found by its rule at the changed number's text.
   */
  @Property(tries = 24)
  void inARealTableTheSameHolds(
      @ForAll("errors") SelfEvaluationTable.Injected e, @ForAll("documents") Rendering format)
      throws IOException {
    Path dir = Files.createTempDirectory("self-evaluation");
    try {
      Path consistent = dir.resolve("consistent." + format.extension());
      SelfEvaluationTable.Written w = e.table().write(SelfEvaluationTable.Layout.PIPED);
      SelfEvaluationTable.render(w, format, consistent);
      Analysis a = Checked.analyse(consistent);
      assertEquals(List.of(), a.findings().stream().filter(f -> f.severity() != Severity.INFO)
          .map(Finding::zh).toList(), format + "\n" + w.text());
      String total = CodePoints.of(w.text()).slice(w.at("total").start(), w.at("total").end());
      assertTrue(a.checks().stream().anyMatch(c -> c.holds() && c.rule().equals("sum")
          && c.relation().startsWith(total + " = ")), () -> format + " 总分 unchecked\n" + a.checks());

      SelfEvaluationTable.Injected piped = e.table().inject(
          SelfEvaluationTable.Layout.PIPED, e.kind(), e.written().text().length());
      SelfEvaluationTable.Written bad = piped.written();
      Path wrong = dir.resolve("wrong." + format.extension());
      SelfEvaluationTable.render(bad, format, wrong);
      Span at = piped.changed();
      String changed = CodePoints.of(bad.text()).slice(at.start(), at.end());
      Analysis b = Checked.analyse(wrong);
      assertTrue(b.findings().stream().anyMatch(f -> f.key().startsWith(key(e.kind()))
              && f.severity() != Severity.INFO
              && f.evidence().stream().anyMatch(x -> x.text().equals(changed))),
          () -> String.format(Locale.ROOT, "%s: no %s finding at %s in%n%s%nfindings: %s", format,
              e.kind(), changed, bad.text(), b.findings().stream().map(Finding::zh).toList()));
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(dir);
    }
  }
}
