package io.suanzhang.checks.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.checks.Checked;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.testkit.Rendering;
import io.suanzhang.testkit.TemplateTables;
import io.suanzhang.testkit.Testkit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of the {@code structure} rule over the testkit's 决算 tables files (the national template's
 * nine tables, written as a Word document): all nine present holds; any one left out is found, by
 * its template name, and nothing else.
 */
class StructureProperties {

  @Property(tries = 6)
  void theTemplatesTablesAllPrintedHold(@ForAll("tables") TemplateTables tables) throws IOException {
    Analysis a = analyse(tables);
    assertEquals(List.of(), structure(a));
    long listed = a.checks().stream()
        .filter(c -> c.rule().equals("structure") && c.holds() && c.relation().endsWith("已列出"))
        .count();
    assertEquals(9, listed, () -> a.checks().stream().filter(c -> c.rule().equals("structure"))
        .map(c -> c.relation()).toList().toString());
  }

  @Property(tries = 12)
  void aRequiredTableLeftOutIsFoundByItsName(
      @ForAll("tables") TemplateTables tables, @ForAll @IntRange(min = 0, max = 8) int index)
      throws IOException {
    List<Finding> found = structure(analyse(tables.without(index)));
    assertEquals(1, found.size(), found::toString);
    Finding f = found.get(0);
    assertEquals("structure.missing_table", f.key());
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(Templates.NATIONAL_FINAL.tables().get(index).name(), f.subject(), f::zh);
    assertTrue(f.zh().contains(f.subject()), f.zh());
  }

  @Provide
  Arbitrary<TemplateTables> tables() {
    return Testkit.reportSets().map(Testkit::templateTables);
  }

  private static List<Finding> structure(Analysis a) {
    assertTrue(a.errors().isEmpty(), () -> a.errors().toString());
    return a.findings().stream().filter(f -> f.rule().equals("structure")).toList();
  }

  /** The tables written as a Word document, as departments publish them, and analysed. */
  private static Analysis analyse(TemplateTables tables) throws IOException {
    Path dir = Files.createTempDirectory("template-tables");
    try {
      return Checked.analyse(Rendering.DOCX.renderInto(tables.report(), dir));
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
  }
}
