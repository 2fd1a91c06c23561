package io.suanzhang.checks;

import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.mention.Mention;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds a finding piece by piece: its message, severity, the item it is about, what was stated and
 * recomputed with their difference, the facts it rests on and the evidence it quotes. The engine
 * gives it its id and rule when the rule reports it.
 *
 * <pre>{@code
 * static final Message TOO_HIGH = new Message("my-rule.too_high",
 *     "%s 的执行率 %s 超过 100%%", "the execution rate %2$s of %1$s is above 100%%");
 * ...
 * results.fails(relation, List.of(rate.number()), Draft.of(TOO_HIGH, item, rate.number().text())
 *     .subject(item).values(stated, BigDecimal.valueOf(100), "%").evidence("rate", rate.number(), rate)
 *     .finding());
 * }</pre>
 *
 * <p>Not thread-safe: one draft per finding.
 */
public final class Draft {

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

  /** A finding of this message, formatted with these arguments; an error until told otherwise. */
  public static Draft of(Message message, Object... args) {
    return new Draft(message, args);
  }

  public Draft severity(Severity value) {
    severity = value;
    return this;
  }

  /** The item the finding is about, as the report names it (a project, a table row). */
  public Draft subject(String value) {
    subject = value;
    return this;
  }

  /** Stated, recomputed, difference and tolerance from a comparison, with their unit. */
  public Draft verdict(Verdict verdict, String unitOfValues) {
    stated = verdict.stated();
    recomputed = verdict.recomputed();
    difference = verdict.difference();
    tolerance = verdict.tolerance();
    unit = unitOfValues;
    return this;
  }

  /** Stated and recomputed values in one unit; the difference is stated minus recomputed. */
  public Draft values(
      @Nullable BigDecimal statedValue, @Nullable BigDecimal recomputedValue,
      @Nullable String unitOfValues) {
    stated = statedValue;
    recomputed = recomputedValue;
    difference =
        statedValue == null || recomputedValue == null ? null : statedValue.subtract(recomputedValue);
    unit = unitOfValues;
    return this;
  }

  /** A fact the finding rests on. */
  public Draft fact(Fact fact) {
    if (!facts.contains(fact.id())) {
      facts.add(fact.id());
    }
    return this;
  }

  /** A number of a fact as evidence, quoted with the fact's sentence or row. */
  public Draft evidence(String role, Mention number, Fact from) {
    fact(from);
    evidence.add(Evidence.of(role, number, from.quote()));
    return this;
  }

  public Draft evidence(Evidence item) {
    evidence.add(item);
    return this;
  }

  /** A passage of the text as evidence, quoted with the line it stands in. */
  public Draft passage(String role, Report report, int start, int end) {
    evidence.add(Evidence.ofText(role, report.codePoints().slice(start, end), report.span(start, end),
        report.lineAround(start, end)));
    return this;
  }

  /** The finding, for {@link Results#fails}. */
  public Finding finding() {
    // id and rule are set by the engine when the finding is reported.
    return new Finding(
        "", "", message.key(), severity, subject, message.zh(args), message.en(args), stated,
        recomputed, difference, tolerance, unit, facts, evidence);
  }
}
