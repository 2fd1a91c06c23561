package io.suanzhang.checks;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.fact.Fact;
import java.util.List;

/** What a rule checks: a report's analysis (facts, mentions, sections) and its extracted text. */
public record Report(Analysis analysis, String text) {

  public Report {
    requireNonNull(analysis, "analysis");
    requireNonNull(text, "text");
  }

  /** The facts of one type, in reading order. */
  public <T extends Fact> List<T> facts(Class<T> type) {
    return analysis.facts().stream().filter(type::isInstance).map(type::cast).toList();
  }
}
