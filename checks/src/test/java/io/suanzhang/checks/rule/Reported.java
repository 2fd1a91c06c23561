package io.suanzhang.checks.rule;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.checks.Checked;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.text.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the standard rules report on a small text written to a file: the helpers of the rule tests. */
final class Reported {

  final String text;
  final Analysis analysis;

  private Reported(String text, Analysis analysis) {
    this.text = text;
    this.analysis = analysis;
  }

  /** Writes {@code text} to {@code dir/report.txt} and checks it with every rule found. */
  static Reported check(Path dir, String text) {
    Path file = dir.resolve("report.txt");
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Analysis a = Checked.analyse(file);
    assertTrue(a.errors().isEmpty(), () -> "analysis errors: " + a.errors());
    return new Reported(text, a);
  }

  /** Checks {@code text} from a temporary file, removed afterwards (for properties, which have no @TempDir). */
  static Reported check(String text) {
    try {
      Path dir = Files.createTempDirectory("suanzhang-rule");
      try {
        return check(dir, text);
      } finally {
        Files.deleteIfExists(dir.resolve("report.txt"));
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Finding> findings(String rule) {
    return analysis.findings().stream().filter(f -> f.rule().equals(rule)).toList();
  }

  List<Check> holding(String rule) {
    return analysis.checks().stream().filter(c -> c.rule().equals(rule) && c.holds()).toList();
  }

  /** The only finding of a rule, or a failure listing what there is. */
  Finding only(String rule) {
    List<Finding> found = findings(rule);
    assertTrue(found.size() == 1, () -> "expected one finding of " + rule + ", got " + found);
    return found.get(0);
  }

  /** Where the {@code nth} (from 0) occurrence of {@code needle} stands, in code points. */
  Span at(String needle, int nth) {
    int from = -1;
    for (int i = 0; i <= nth; i++) {
      from = text.indexOf(needle, from + 1);
      assertTrue(from >= 0, () -> needle + " occurs fewer than " + (nth + 1) + " times");
    }
    int start = text.codePointCount(0, from);
    return Span.of(start, start + needle.codePointCount(0, needle.length()));
  }

  Span at(String needle) {
    return at(needle, 0);
  }

  /** Whether a holding check of the rule relates numbers at both places. */
  boolean holds(String rule, Span a, Span b) {
    return holding(rule).stream().anyMatch(c -> touches(c.numbers(), a) && touches(c.numbers(), b));
  }

  static boolean touches(List<Span> numbers, Span place) {
    return numbers.stream().anyMatch(s -> s.overlaps(place));
  }

  /** The evidence of a finding in a role, or a failure. */
  static Evidence evidence(Finding f, String role) {
    return f.evidence().stream().filter(e -> e.role().equals(role)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + role + " evidence in " + f));
  }
}
