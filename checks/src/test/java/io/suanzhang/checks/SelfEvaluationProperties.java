package io.suanzhang.checks;

import static io.suanzhang.checks.SumProperties.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.CodePoints;
import io.suanzhang.core.Span;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.testkit.SelfEvaluationTable;
import io.suanzhang.testkit.Testkit;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws over the self-evaluation tables the testkit generates ({@link Testkit#selfEvaluations()}),
 * flattened to text with blanks or pipes between cells: a consistent table raises nothing above
 * info and has its 执行率, its 总分 and its grade checked; each injected error (a wrong 执行率, a
 * 得分 above its 分值, a wrong 总分 or 等级, a missed indicator without its 偏差原因, a 年度资金总额 less
 * than its parts) is found at the changed number.
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
}
