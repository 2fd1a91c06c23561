package io.suanzhang.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.suanzhang.core.document.Warning;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Section;
import io.suanzhang.core.mention.Mention;
import java.util.List;

/**
 * Everything Suanzhang learned from one input: where it came from, what report it is, its heading
 * tree, every number mentioned, the facts built from them, what does not add up, what could not be
 * read (errors), and what was read badly (warnings: an unreadable page, a skipped part).
 *
 * <p>{@code findings} holds JSON-shaped values until the rule engine is in place; it is empty, never
 * invented.
 */
@JsonPropertyOrder({
  "source", "report", "sections", "mentions", "facts", "findings", "errors", "warnings"
})
public record Analysis(
    Source source,
    ReportInfo report,
    List<Section> sections,
    List<Mention> mentions,
    List<Fact> facts,
    List<Object> findings,
    List<Problem> errors,
    List<Warning> warnings) {

  public Analysis {
    requireNonNull(source, "source");
    requireNonNull(report, "report");
    sections = List.copyOf(sections);
    mentions = List.copyOf(mentions);
    facts = List.copyOf(facts);
    findings = List.copyOf(findings);
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  /** The result for an input that could not be read at all. */
  public static Analysis failed(Source source, Problem error) {
    return new Analysis(
        source, ReportInfo.UNKNOWN, List.of(), List.of(), List.of(), List.of(), List.of(error),
        List.of());
  }

  public boolean ok() {
    return errors.isEmpty();
  }
}
