package io.suanzhang.checks;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.Document;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.text.CodePoints;
import io.suanzhang.core.text.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a rule checks: a report's analysis (facts, mentions, sections) and the document it was made
 * from (its extracted text, pages and tables).
 */
public final class Report {

  private final Analysis analysis;
  private final Document document;
  private @Nullable CodePoints codePoints;
  private final Map<Class<?>, Object> derived = new HashMap<>();

  public Report(Analysis analysis, Document document) {
    this.analysis = requireNonNull(analysis, "analysis");
    this.document = requireNonNull(document, "document");
  }

  /** A report known only by its analysis and text (no pages, no tables). */
  public Report(Analysis analysis, String text) {
    this(analysis, Document.ofText(analysis.source(), text));
  }

  public Analysis analysis() {
    return analysis;
  }

  public Document document() {
    return document;
  }

  /** The extracted text every offset points into. */
  public String text() {
    return document.text();
  }

  /** The text indexed by code point, as offsets count. */
  public CodePoints codePoints() {
    if (codePoints == null) {
      codePoints = CodePoints.of(document.text());
    }
    return codePoints;
  }

  /** A span of the text with the page it starts on. */
  public Span span(int start, int end) {
    return new Span(start, end, document.pageAt(start));
  }

  /**
   * A value several rules derive from the report (the statements they compare, say), computed by the
   * first rule that asks and shared with the others. Rules of one report run on one thread.
   */
  public <T> T derived(Class<T> kind, Function<Report, T> compute) {
    Object known = derived.get(kind);
    if (known == null) {
      known = requireNonNull(compute.apply(this), "derived value");
      derived.put(kind, known);
    }
    return kind.cast(known);
  }

  /** The facts of one type, in reading order. */
  public <T extends Fact> List<T> facts(Class<T> type) {
    return analysis.facts().stream().filter(type::isInstance).map(type::cast).toList();
  }

  /**
   * The line holding [start, end) of the text, cut to {@value #QUOTE_REACH} code points either side:
   * the quote of a passage given as evidence.
   */
  public String lineAround(int start, int end) {
    CodePoints text = codePoints();
    int from = start;
    int floor = Math.max(0, start - QUOTE_REACH);
    while (from > floor && text.slice(from - 1, from).charAt(0) != '\n') {
      from--;
    }
    int to = end;
    int ceiling = Math.min(text.length(), end + QUOTE_REACH);
    while (to < ceiling && text.slice(to, to + 1).charAt(0) != '\n') {
      to++;
    }
    return text.slice(from, to).strip();
  }

  /** The most a quote of a passage runs on either side of it, in code points. */
  private static final int QUOTE_REACH = 60;
}
