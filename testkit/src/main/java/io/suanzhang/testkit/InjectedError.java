package io.suanzhang.testkit;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.answer.AnswerKey;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.text.Span;
import java.util.List;
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

  /** The answer key's entry for this error written as {@code rendering}. */
  public AnswerKey.Answer answer(Rendering rendering) {
    Integer start = null;
    Integer end = null;
    if (rendering == Rendering.TXT) {
      start = span.start();
      end = span.end();
    } else if (rendering == Rendering.MD) {
      start = report.markdownOffset(span.start());
      end = start + span.length();
    }
    return new AnswerKey.Answer(kind.name(), rule(), text, was, quote(), start, end);
  }

  /** Whether this error was found among the findings of its file written as {@code rendering}. */
  public boolean foundIn(Rendering rendering, List<Finding> findings) {
    AnswerKey.Answer a = answer(rendering);
    return findings.stream().anyMatch(a::foundBy);
  }
}
