package io.suanzhang.corpus.worker;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.AnalysisParts;
import io.suanzhang.core.Format;
import io.suanzhang.core.Problem;
import io.suanzhang.core.ReportInfo;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.mention.MentionKind;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a scan keeps in memory of one input: its status, what its report is (kind, year, department,
 * unit) and its counts for the per-file table and the totals, among them how many of its percentages
 * and stated changes were checked. The full analysis stays on disk.
 */
public record DocumentSummary(
    String name,
    Status status,
    Format format,
    ReportInfo report,
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
    requireNonNull(report, "report");
    requireNonNull(checked, "checked");
    problems = List.copyOf(problems);
  }

  public static DocumentSummary of(Analysis a) {
    return of(AnalysisTally.of(a));
  }

  /** The summary of an analysis counted as it was read. */
  public static DocumentSummary of(AnalysisTally t) {
    return new DocumentSummary(
        t.source().path(), t.ok() ? Status.OK : Status.of(t.errors().get(0).code()),
        t.source().format(), t.report(), t.mentions(MentionKind.MONEY), t.mentions(MentionKind.PERCENT),
        t.mentions(MentionKind.COUNT), t.mentions(), t.checks(), t.holds(),
        t.findings(Severity.ERROR), t.findings(Severity.WARNING), t.findings(Severity.INFO),
        t.checkedNumbers(), t.errors());
  }

  /** The summary of an analysis kept as JSON, read part by part: never the whole analysis at once. */
  public static DocumentSummary read(Path json) throws IOException {
    AnalysisTally t = AnalysisTally.counting();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(json), 1 << 16)) {
      AnalysisParts.read(in, t);
    }
    return of(t);
  }

  /** The same summary for another input with the same content. */
  public DocumentSummary as(String other) {
    List<Problem> renamed =
        problems.stream().map(p -> new Problem(p.code(), p.message().replace(name, other))).toList();
    return new DocumentSummary(
        other, status, format, report, money, percent, count, mentions, checks, holds, errors, warnings, infos,
        checked, renamed);
  }

  /** Read, though perhaps with findings. */
  public boolean read() {
    return problems.isEmpty();
  }
}
