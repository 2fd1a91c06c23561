package io.suanzhang.checks;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.Document;
import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.Problem;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.extract.Extraction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The rule engine: checks what a document states against itself.
 *
 * <pre>{@code
 * Analysis a = Checks.standard().check(document);   // extraction, then every rule
 * for (Finding f : a.findings()) System.out.println(f.severity() + " " + f.zh());
 * }</pre>
 *
 * <p>Reading a file is not its business: {@code Suanzhang.analyse(Path)} reads, extracts and checks
 * in one call. {@link #standard()} runs every {@link Rule} found with {@link ServiceLoader}; {@link
 * #configured(CheckConfig)} switches rules off or changes their severity. A {@code Checks} is
 * immutable and safe to share between threads, and so must a rule be: it keeps no state between
 * reports.
 */
public final class Checks {

  private final List<Rule> rules;
  private final CheckConfig config;

  private Checks(List<Rule> rules, CheckConfig config) {
    Map<String, Rule> byId = new LinkedHashMap<>();
    for (Rule rule : rules) {
      Rule clash = byId.put(rule.id(), rule);
      if (clash != null) {
        throw new IllegalStateException(
            "two rules have the id '" + rule.id() + "': " + clash.getClass().getName() + " and "
                + rule.getClass().getName());
      }
    }
    for (String named : config.disabled()) {
      requireKnown(byId, named);
    }
    for (String named : config.severities().keySet()) {
      requireKnown(byId, named);
    }
    this.rules = List.copyOf(byId.values());
    this.config = config;
  }

  /** Every rule on the class path, at its own severities; found once, then shared. */
  public static Checks standard() {
    return Standard.CHECKS;
  }

  /** Loaded on first use: rules hold no state, so one engine serves every thread. */
  private static final class Standard {
    static final Checks CHECKS = configured(CheckConfig.DEFAULT);
  }

  /** Every rule on the class path, as configured; naming an unknown rule is an error. */
  public static Checks configured(CheckConfig config) {
    List<Rule> found = new ArrayList<>();
    ServiceLoader.load(Rule.class, Checks.class.getClassLoader()).forEach(found::add);
    return new Checks(found, config);
  }

  /** Just these rules, as configured. */
  public static Checks of(List<Rule> rules, CheckConfig config) {
    return new Checks(rules, config);
  }

  /**
   * Extracts and checks one document. Never throws: a failure of extraction or of the engine is
   * recorded as an {@code internal} error, keeping what was found before it.
   */
  public Analysis check(Document document) {
    Analysis extracted = Extraction.of(document);
    if (extracted.errors().stream().anyMatch(e -> e.code() == ErrorCode.TOO_LARGE)) {
      // refused before its facts were built: nothing to check
      return extracted;
    }
    try {
      return run(document, extracted);
    } catch (RuntimeException | StackOverflowError e) {
      return extracted.withError(new Problem(
          ErrorCode.INTERNAL, document.source().path() + ": checking failed: " + e));
    }
  }

  /** The ids of the rules, enabled or not, in the order they run. */
  public List<String> ruleIds() {
    return rules.stream().map(Rule::id).toList();
  }

  /** Checks an analysis of a document: the same analysis with findings, checks and coverage. */
  public Analysis run(Document document, Analysis analysis) {
    return run(new Report(analysis, document));
  }

  /** Checks a report. A rule that fails costs its own results only, and is recorded as an error. */
  public Analysis run(Report report) {
    requireNonNull(report, "report");
    Results results = new Results();
    List<Problem> failures = new ArrayList<>();
    for (Rule rule : rules) {
      if (!config.enabled(rule.id())) {
        continue;
      }
      results.startRule(rule.id());
      try {
        rule.check(report, results);
      } catch (RuntimeException | StackOverflowError e) {
        failures.add(new Problem(
            ErrorCode.INTERNAL,
            report.analysis().source().path() + ": rule " + rule.id() + " failed: " + e));
      }
    }
    List<Finding> findings = results.findings().stream().map(this::configuredSeverity).toList();
    Analysis checked = report.analysis().withChecks(
        findings, results.checks(), CoverageCount.of(report, results.checks()));
    for (Problem failure : failures) {
      checked = checked.withError(failure);
    }
    return checked;
  }

  private Finding configuredSeverity(Finding finding) {
    Severity configured = config.severities().get(finding.rule());
    if (configured == null || finding.severity() == Severity.INFO) {
      return finding;
    }
    return finding.withSeverity(configured);
  }

  private static void requireKnown(Map<String, Rule> byId, String named) {
    if (!byId.containsKey(named)) {
      throw new IllegalArgumentException(
          "no rule has the id '" + named + "'; the rules are " + byId.keySet());
    }
  }
}
