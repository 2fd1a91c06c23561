package io.suanzhang.testkit;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * A generated sentence or table of one fact type, with every number it states: what the fact
 * arbitraries of {@link Testkit} give. Spans are into {@code text}.
 */
public record Passage(Type type, String text, List<Stated> numbers) {

  /** The fact types of {@code docs/facts.md}, as one passage each. */
  public enum Type {
    /** 预算数, 实际支出数 and 预算执行率 in one sentence: amounts and a rate. */
    EXECUTION,
    /** 本年支出合计 with 其中 parts and their shares. */
    BREAKDOWN,
    /** 收、支总计 against last year's, with the change and the growth rate. */
    COMPARISON,
    /** A score tree: the total, first-level items with their points, second-level items under them. */
    SCORES,
    /** Indicators with a target (≥) and the actual value, claimed met. */
    INDICATOR,
    /** Classified table rows (类/款/项 codes) where parents are the sums of children and 合计 = 基本 + 项目. */
    CLASSIFIED_ROWS,
    /** A project's summary sentence and its self-evaluation table with indicator rows. */
    PROJECT
  }

  public Passage {
    numbers = List.copyOf(numbers);
  }

  /** The number of a role; an {@link NoSuchElementException} names the roles there are. */
  public Stated number(String role) {
    return numbers.stream().filter(s -> s.role().equals(role)).findFirst().orElseThrow(
        () -> new NoSuchElementException("no number " + role + " in " + type + "; roles: "
            + numbers.stream().map(Stated::role).toList()));
  }
}
