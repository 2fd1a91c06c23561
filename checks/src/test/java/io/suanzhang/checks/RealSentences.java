package io.suanzhang.checks;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tests of real sentences share: a text checked as a report file of its own, and the
 * relations and findings asked of it.
 */
abstract class RealSentences {

  @TempDir Path dir;

  Analysis analyse(String text) throws IOException {
    Path file = dir.resolve("report.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return Checked.analyse(file);
  }

  static List<String> relations(Analysis a, String rule, boolean holds) {
    return a.checks().stream()
        .filter(c -> c.rule().equals(rule) && c.holds() == holds)
        .map(Check::relation)
        .toList();
  }

  static List<Finding> atLeast(Analysis a, Severity severity) {
    return a.findings().stream().filter(f -> f.severity().compareTo(severity) <= 0).toList();
  }

  /** The relations of a rule that hold or not, each of which names every given number. */
  static long naming(Analysis a, String rule, boolean holds, String... numbers) {
    return a.checks().stream()
        .filter(c -> c.rule().equals(rule) && c.holds() == holds)
        .filter(c -> java.util.Arrays.stream(numbers).allMatch(c.relation()::contains))
        .count();
  }
}
