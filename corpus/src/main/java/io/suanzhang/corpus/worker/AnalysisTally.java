package io.suanzhang.corpus.worker;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.AnalysisParts;
import io.suanzhang.core.Format;
import io.suanzhang.core.Problem;
import io.suanzhang.core.ReportInfo;
import io.suanzhang.core.Source;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Coverage;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.document.Warning;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.util.ArrayList;
import java.util.List;

/**
 * What the per-file tables, the totals and the report page say of one document, counted as its
 * analysis is read part by part ({@link AnalysisParts}): its source and report, its errors, how many
 * mentions of each kind, facts, checks and findings of each severity it has, and its first {@value
 * #WARNINGS_KEPT} warnings. The parts themselves are not kept. Extend it to do more with the parts;
 * an override calls {@code super} first.
 */
public class AnalysisTally implements AnalysisParts.Visitor {

  /** Warnings kept to be listed; the rest are counted (a damaged 2,000-page PDF can have one a page). */
  public static final int WARNINGS_KEPT = 100;

  private Source source = new Source("", "", Format.UNKNOWN, 0, null);
  private ReportInfo report = ReportInfo.UNKNOWN;
  private final int[] mentionKinds = new int[MentionKind.values().length];
  private final int[] severities = new int[Severity.values().length];
  private int mentions;
  private int facts;
  private int checks;
  private int holds;
  private int numbers;
  private int checked;
  private final CheckedNumbers.Tally checkedNumbers = new CheckedNumbers.Tally();
  private final List<Problem> errors = new ArrayList<>();
  private final List<Warning> warnings = new ArrayList<>();
  private int warningCount;
  private final boolean skims;

  /** A tally that has mentions and checks built whole: a subclass may want more of them. */
  public AnalysisTally() {
    this(false);
  }

  /**
   * @param skims whether mentions and checks read part by part are skimmed ({@link #skims()}): for
   *     a tally, or a subclass, that needs no more of them than the counts
   */
  protected AnalysisTally(boolean skims) {
    this.skims = skims;
  }

  /** A tally that only counts, mentions and checks skimmed as they are read. */
  public static AnalysisTally counting() {
    return new AnalysisTally(true);
  }

  @Override
  public boolean skims() {
    return skims;
  }

  /** The tally of an analysis in memory. */
  public static AnalysisTally of(Analysis a) {
    AnalysisTally t = new AnalysisTally();
    AnalysisParts.replay(a, t);
    return t;
  }

  @Override
  public boolean wants(AnalysisParts.Part part) {
    return part != AnalysisParts.Part.SECTIONS;
  }

  @Override
  public void source(Source s) {
    source = s;
  }

  @Override
  public void report(ReportInfo r) {
    report = r;
  }

  /** Counts the mention by its kind and span ({@link #skimmedMention}). */
  @Override
  public void mention(Mention m) {
    skimmedMention(m.kind(), m.start(), m.end());
  }

  /** Counts a mention: all a tally needs of one. */
  @Override
  public void skimmedMention(MentionKind kind, int start, int end) {
    mentions++;
    mentionKinds[kind.ordinal()]++;
    checkedNumbers.skimmedMention(kind, start, end);
  }

  @Override
  public void fact(Fact f) {
    facts++;
    checkedNumbers.fact(f);
  }

  @Override
  public void finding(Finding f) {
    severities[f.severity().ordinal()]++;
  }

  /** Counts the check by whether it holds ({@link #skimmedCheck}). */
  @Override
  public void check(Check c) {
    skimmedCheck(c.holds());
  }

  @Override
  public void skimmedCheck(boolean holds) {
    checks++;
    this.holds += holds ? 1 : 0;
  }

  @Override
  public void coverage(int numbers, int checked) {
    this.numbers = numbers;
    this.checked = checked;
  }

  @Override
  public void unchecked(Coverage.Unchecked u) {
    checkedNumbers.unchecked(u);
  }

  @Override
  public void error(Problem p) {
    errors.add(p);
  }

  @Override
  public void warning(Warning w) {
    warningCount++;
    if (warnings.size() < WARNINGS_KEPT) {
      warnings.add(w);
    }
  }

  public Source source() {
    return source;
  }

  public ReportInfo report() {
    return report;
  }

  public int mentions() {
    return mentions;
  }

  public int mentions(MentionKind kind) {
    return mentionKinds[kind.ordinal()];
  }

  public int facts() {
    return facts;
  }

  /** Findings of a severity, cross-document ones added by {@link #finding} included. */
  public int findings(Severity severity) {
    return severities[severity.ordinal()];
  }

  public int checks() {
    return checks;
  }

  public int holds() {
    return holds;
  }

  /** The coverage's numbers and how many of them were checked. */
  public int numbers() {
    return numbers;
  }

  public int checked() {
    return checked;
  }

  public CheckedNumbers checkedNumbers() {
    return checkedNumbers.result();
  }

  public List<Problem> errors() {
    return List.copyOf(errors);
  }

  public boolean ok() {
    return errors.isEmpty();
  }

  /** The first {@value #WARNINGS_KEPT} warnings. */
  public List<Warning> warnings() {
    return List.copyOf(warnings);
  }

  /** All warnings, those not kept included. */
  public int warningCount() {
    return warningCount;
  }
}
