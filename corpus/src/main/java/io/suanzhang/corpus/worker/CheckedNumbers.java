package io.suanzhang.corpus.worker;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.AnalysisParts;
import io.suanzhang.core.check.Coverage;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How many of a document's percentages, and of the changes it states, took part in some check. A
 * stated change is a money or percent mention that a comparison holds as its change or its rate:
 * 比上年增加55.11万元，增长150.70% states two. A number counts as checked when its coverage does not list
 * it as unchecked.
 */
public record CheckedNumbers(int percents, int percentsChecked, int changes, int changesChecked) {

  public static final CheckedNumbers NONE = new CheckedNumbers(0, 0, 0, 0);

  public static CheckedNumbers of(Analysis a) {
    Tally t = new Tally();
    AnalysisParts.replay(a, t);
    return t.result();
  }

  /**
   * Counts a document read part by part ({@link AnalysisParts}): mentions and facts come before the
   * coverage that says which of them were checked, so their places are noted and matched at the end.
   */
  public static final class Tally implements AnalysisParts.Visitor {
    private final Set<Long> unchecked = new HashSet<>();
    private final List<Long> percents = new ArrayList<>();
    // One mention may be the change of two comparisons read from one sentence: count it once.
    private final Set<Long> changes = new HashSet<>();

    @Override
    public void mention(Mention m) {
      skimmedMention(m.kind(), m.start(), m.end());
    }

    @Override
    public boolean skims() {
      return true;
    }

    @Override
    public void skimmedMention(MentionKind kind, int start, int end) {
      if (kind == MentionKind.PERCENT) {
        percents.add(key(start, end));
      }
    }

    @Override
    public void fact(Fact f) {
      if (f instanceof Comparison c) {
        for (Mention m : new Mention[] {c.change(), c.rate()}) {
          if (m != null && (m.kind() == MentionKind.MONEY || m.kind() == MentionKind.PERCENT)) {
            changes.add(key(m.start(), m.end()));
          }
        }
      }
    }

    @Override
    public void unchecked(Coverage.Unchecked u) {
      unchecked.add(key(u.span().start(), u.span().end()));
    }

    public CheckedNumbers result() {
      int percentsChecked = (int) percents.stream().filter(k -> !unchecked.contains(k)).count();
      int changesChecked = (int) changes.stream().filter(k -> !unchecked.contains(k)).count();
      return new CheckedNumbers(percents.size(), percentsChecked, changes.size(), changesChecked);
    }
  }

  /** Adds another document's counts to these. */
  public CheckedNumbers plus(CheckedNumbers other) {
    return new CheckedNumbers(
        percents + other.percents, percentsChecked + other.percentsChecked,
        changes + other.changes, changesChecked + other.changesChecked);
  }

  private static long key(int start, int end) {
    return ((long) start << 32) | end;
  }
}
