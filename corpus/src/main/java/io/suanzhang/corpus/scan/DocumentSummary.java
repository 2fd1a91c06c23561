package io.suanzhang.corpus.scan;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.Format;
import io.suanzhang.core.Problem;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.util.List;

/**
 * What a scan keeps in memory of one input: its status and counts for the per-file table and the
 * totals, among them how many of its percentages and stated changes were checked. The full analysis
 * stays on disk.
 */
public record DocumentSummary(
    String name,
    Status status,
    Format format,
    int money,
    int percent,
    int count,
    int mentions,
    int checks,
    int holds,
    int errors,
    int warnings,
    int infos,
    CheckedNumbers checked,
    List<Problem> problems) {

  public DocumentSummary {
    requireNonNull(name, "name");
    requireNonNull(status, "status");
    requireNonNull(format, "format");
    requireNonNull(checked, "checked");
    problems = List.copyOf(problems);
  }

  static DocumentSummary of(Analysis a) {
    int[] kinds = new int[MentionKind.values().length];
    for (Mention m : a.mentions()) {
      kinds[m.kind().ordinal()]++;
    }
    int[] severities = new int[Severity.values().length];
    for (Finding f : a.findings()) {
      severities[f.severity().ordinal()]++;
    }
    int holds = (int) a.checks().stream().filter(Check::holds).count();
    return new DocumentSummary(
        a.source().path(), Status.of(a), a.source().format(), kinds[MentionKind.MONEY.ordinal()],
        kinds[MentionKind.PERCENT.ordinal()], kinds[MentionKind.COUNT.ordinal()], a.mentions().size(),
        a.checks().size(), holds, severities[Severity.ERROR.ordinal()],
        severities[Severity.WARNING.ordinal()], severities[Severity.INFO.ordinal()],
        CheckedNumbers.of(a), a.errors());
  }

  /** The same summary for another input with the same content. */
  DocumentSummary as(String other) {
    List<Problem> renamed =
        problems.stream().map(p -> new Problem(p.code(), p.message().replace(name, other))).toList();
    return new DocumentSummary(
        other, status, format, money, percent, count, mentions, checks, holds, errors, warnings, infos,
        checked, renamed);
  }

  /** Read, though perhaps with findings. */
  public boolean read() {
    return problems.isEmpty();
  }
}
