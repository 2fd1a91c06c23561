package io.suanzhang.testkit;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.Span;
import java.util.Locale;

/**
 * A report with one error injected, and what a checker must find: the rule ({@link ErrorKind#rule()}),
 * the changed text as now written and its span in {@link GeneratedReport#text()}, and the line it
 * stands in. {@code was} is the text before the change.
 */
public record InjectedError(ErrorKind kind, GeneratedReport report, String text, Span span, String was,
    String quote) {

  public InjectedError {
    requireNonNull(kind, "kind");
    requireNonNull(report, "report");
    requireNonNull(text, "text");
    requireNonNull(span, "span");
    requireNonNull(was, "was");
    requireNonNull(quote, "quote");
    if (!report.at(span).equals(text)) {
      throw new IllegalArgumentException(String.format(
          Locale.ROOT, "%s: the changed text %s is not at %s", kind, text, span));
    }
  }

  public String rule() {
    return kind.rule();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s (%s): %s → %s at [%d, %d) in “%s”", kind, rule(), was, text,
        span.start(), span.end(), quote);
  }
}
