package io.suanzhang.checks;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Coverage;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which mentions took part in a check, and why the others did not: in no fact; in facts as a plain
 * value; stating a relation whose operands are missing; or stating one no rule evaluated. One pass
 * over the checks, the facts and the mentions.
 */
final class CoverageCount {

  private CoverageCount() {}

  static Coverage of(Report report, List<Check> checks) {
    Analysis analysis = report.analysis();
    Set<Long> checked = new HashSet<>();
    for (Check check : checks) {
      for (Span span : check.numbers()) {
        checked.add(key(span.start(), span.end()));
      }
    }
    Set<Long> inFacts = new HashSet<>();
    for (Fact fact : analysis.facts()) {
      for (Mention m : fact.numbers()) {
        inFacts.add(key(m.start(), m.end()));
      }
    }
    Map<Long, StatedRelations.Relation> stated = StatedRelations.of(report);
    List<Coverage.Unchecked> unchecked = new ArrayList<>();
    for (Mention m : analysis.mentions()) {
      long key = key(m.start(), m.end());
      if (!checked.contains(key)) {
        unchecked.add(unchecked(m, inFacts.contains(key), stated.get(key)));
      }
    }
    int total = analysis.mentions().size();
    return new Coverage(total, total - unchecked.size(), unchecked);
  }

  private static Coverage.Unchecked unchecked(
      Mention m, boolean inFact, StatedRelations.@Nullable Relation stated) {
    if (stated == null) {
      Coverage.Reason reason = inFact ? Coverage.Reason.NOTHING_TO_RELATE : Coverage.Reason.NO_FACT;
      return Coverage.Unchecked.of(m.text(), m.span(), reason);
    }
    Coverage.Missing missing = stated.missing();
    return missing == null
        ? Coverage.Unchecked.of(m.text(), m.span(), Coverage.Reason.NOT_EVALUATED)
        : Coverage.Unchecked.unresolved(m.text(), m.span(), missing);
  }

  /** A mention's span as one number: its start and end, which identify it within a document. */
  static long key(int start, int end) {
    return ((long) start << 32) | end;
  }
}
