package io.suanzhang.checks;

/**
 * One kind of check over a report's facts. Rules are found with {@link java.util.ServiceLoader}: list
 * the class in {@code META-INF/services/io.suanzhang.checks.Rule} of your jar and {@link
 * Checks#standard()} runs it beside the built-in ones.
 *
 * <p>A rule reports every relation it evaluates through {@link Results}: {@link Results#holds} when
 * it holds, {@link Results#fails} with a finding when it does not. It never throws to report a
 * problem; an exception is taken as a defect of the rule and recorded as an error of the analysis.
 * One instance checks many reports, from several threads at once: a rule keeps no state of its own.
 */
public interface Rule {

  /** A stable id such as {@code sum}: the name in findings and in configuration. */
  String id();

  /** Evaluates the rule over one report. */
  void check(Report report, Results results);
}
