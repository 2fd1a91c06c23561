package io.suanzhang.checks;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Where rules put what they evaluated. Each relation is recorded once, as holding or with the finding
 * that says why it does not; the engine numbers findings and applies the configured severities.
 */
public final class Results {

  private final List<Check> checks = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();
  private String rule = "";

  Results() {}

  void startRule(String id) {
    rule = id;
  }

  /** The id of the rule now running: the {@code rule} of the findings it reports. */
  public String rule() {
    return rule;
  }

  /** A relation that holds; {@code relation} writes it out ({@code 91.68 = 13.36 + 21.72 + …}). */
  public void holds(String relation, Collection<Mention> numbers) {
    checks.add(new Check(rule, relation, true, null, spans(numbers)));
  }

  /**
   * A relation that does not hold, with the finding that tells it; the finding's id and rule are set
   * here. Every number of the relation is given, whether or not the finding quotes it as evidence.
   */
  public void fails(String relation, Collection<Mention> numbers, Finding finding) {
    requireNonNull(finding, "finding");
    String id = "F" + (findings.size() + 1);
    Finding numbered = new Finding(
        id, rule, finding.key(), finding.severity(), finding.subject(), finding.zh(), finding.en(),
        finding.stated(), finding.recomputed(), finding.difference(), finding.tolerance(),
        finding.unit(), finding.facts(), finding.evidence());
    findings.add(numbered);
    List<Span> spans = new ArrayList<>(spans(numbers));
    for (Evidence e : finding.evidence()) {
      if (!spans.contains(e.span())) {
        spans.add(e.span());
      }
    }
    checks.add(new Check(rule, relation, false, id, spans));
  }

  List<Check> checks() {
    return List.copyOf(checks);
  }

  List<Finding> findings() {
    return List.copyOf(findings);
  }

  private static List<Span> spans(Collection<Mention> numbers) {
    return numbers.stream().map(Mention::span).distinct().toList();
  }
}
