package io.suanzhang.checks;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.Span;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Coverage;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.mention.Mention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which mentions took part in a check, and why the others did not. */
final class CoverageCount {

  private CoverageCount() {}

  static Coverage of(Analysis analysis, List<Check> checks) {
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
    List<Coverage.Unchecked> unchecked = new ArrayList<>();
    for (Mention m : analysis.mentions()) {
      long key = key(m.start(), m.end());
      if (!checked.contains(key)) {
        Coverage.Reason reason =
            inFacts.contains(key) ? Coverage.Reason.NOTHING_TO_RELATE : Coverage.Reason.NO_FACT;
        unchecked.add(new Coverage.Unchecked(m.text(), m.span(), reason));
      }
    }
    int total = analysis.mentions().size();
    return new Coverage(total, total - unchecked.size(), unchecked);
  }

  private static long key(int start, int end) {
    return ((long) start << 32) | end;
  }
}
