package io.suanzhang.checks.rule;

import io.suanzhang.checks.Report;
import io.suanzhang.checks.Verdict;
import io.suanzhang.core.CodePoints;
import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.mention.Mention;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds a finding of a built-in rule piece by piece; the engine numbers it. */
final class Draft {

  private final Message message;
  private final Object[] args;
  private Severity severity = Severity.ERROR;
  private String subject = "";
  private @Nullable BigDecimal stated;
  private @Nullable BigDecimal recomputed;
  private @Nullable BigDecimal difference;
  private @Nullable BigDecimal tolerance;
  private @Nullable String unit;
  private final List<String> facts = new ArrayList<>();
  private final List<Evidence> evidence = new ArrayList<>();

  private Draft(Message message, Object[] args) {
    this.message = message;
    this.args = args.clone();
  }

  static Draft of(Message message, Object... args) {
    return new Draft(message, args);
  }

  Draft severity(Severity value) {
    severity = value;
    return this;
  }

  Draft subject(String value) {
    subject = value;
    return this;
  }

  /** Stated, recomputed, difference and tolerance from a comparison, with their unit. */
  Draft verdict(Verdict verdict, String unitOfValues) {
    stated = verdict.stated();
    recomputed = verdict.recomputed();
    difference = verdict.difference();
    tolerance = verdict.tolerance();
    unit = unitOfValues;
    return this;
  }

  Draft values(
      @Nullable BigDecimal statedValue, @Nullable BigDecimal recomputedValue,
      @Nullable String unitOfValues) {
    stated = statedValue;
    recomputed = recomputedValue;
    difference =
        statedValue == null || recomputedValue == null ? null : statedValue.subtract(recomputedValue);
    unit = unitOfValues;
    return this;
  }

  Draft fact(Fact fact) {
    if (!facts.contains(fact.id())) {
      facts.add(fact.id());
    }
    return this;
  }

  /** A number of a fact as evidence, quoted with the fact's sentence or row. */
  Draft evidence(String role, Mention number, Fact from) {
    fact(from);
    evidence.add(Evidence.of(role, number, from.quote()));
    return this;
  }

  Draft evidence(Evidence item) {
    evidence.add(item);
    return this;
  }

  /** A passage of the text as evidence, quoted with the line it stands in. */
  Draft passage(String role, Report report, int start, int end) {
    CodePoints text = report.codePoints();
    evidence.add(Evidence.ofText(role, text.slice(start, end), report.span(start, end),
        Passages.line(text, start, end)));
    return this;
  }

  Finding finding() {
    // id and rule are set by the engine when the finding is reported.
    return new Finding(
        "", "", message.key(), severity, subject, message.zh(args), message.en(args), stated,
        recomputed, difference, tolerance, unit, facts, evidence);
  }
}
