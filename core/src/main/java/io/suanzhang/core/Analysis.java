package io.suanzhang.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Coverage;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.document.Warning;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Section;
import io.suanzhang.core.mention.Mention;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything Suanzhang learned from one input: where it came from, what report it is, its heading
 * tree, every number mentioned, the facts built from them, what does not add up, what could not be
 * read (errors), and what was read badly (warnings: an unreadable page, a skipped part).
 *
 * <p>{@code findings}, {@code checks} and {@code coverage} are filled by the rule engine
 * ({@code io.suanzhang.checks.Checks}); before it runs they are empty.
 */
@JsonPropertyOrder({
  "source", "report", "sections", "mentions", "facts", "findings", "checks", "coverage", "errors",
  "warnings"
})
public record Analysis(
    Source source,
    ReportInfo report,
    List<Section> sections,
    List<Mention> mentions,
    List<Fact> facts,
    List<Finding> findings,
    List<Check> checks,
    Coverage coverage,
    List<Problem> errors,
    List<Warning> warnings) {

  public Analysis {
    requireNonNull(source, "source");
    requireNonNull(report, "report");
    sections = List.copyOf(sections);
    mentions = List.copyOf(mentions);
    facts = List.copyOf(facts);
    findings = List.copyOf(findings);
    checks = List.copyOf(checks);
    requireNonNull(coverage, "coverage");
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  /** The result for an input that could not be read at all. */
  public static Analysis failed(Source source, Problem error) {
    return new Analysis(
        source, ReportInfo.UNKNOWN, List.of(), List.of(), List.of(), List.of(), List.of(),
        Coverage.NONE, List.of(error), List.of());
  }

  /** The same analysis with the rule engine's results. */
  public Analysis withChecks(List<Finding> newFindings, List<Check> newChecks, Coverage newCoverage) {
    return new Analysis(
        source, report, sections, mentions, facts, newFindings, newChecks, newCoverage, errors,
        warnings);
  }

  /** The same analysis with one more error (a step that failed after reading). */
  public Analysis withError(Problem error) {
    List<Problem> more = new ArrayList<>(errors);
    more.add(error);
    return new Analysis(
        source, report, sections, mentions, facts, findings, checks, coverage, more, warnings);
  }

  public boolean ok() {
    return errors.isEmpty();
  }
}
