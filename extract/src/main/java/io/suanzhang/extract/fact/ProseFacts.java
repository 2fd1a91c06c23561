package io.suanzhang.extract.fact;

import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.mention.Mention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Facts read from sentences: comparisons first (their base and change are not amounts of the current
 * year), then score items and indicators, then itemised lists under their total, then 其中 breakdowns
 * and shares, then the amounts and rates that remain; last, values named but stated elsewhere are
 * looked up, a funds account's lists get their allocation, and rates get the operands that the
 * sentences around them state.
 */
final class ProseFacts {

  private ProseFacts() {}

  private static final Pattern UNCHANGED = Pattern.compile("持平|一致|相等");

  static List<Fact> of(FactContext context) {
    return of(context, new HashSet<>());
  }

  /** The facts of the sentences, leaving alone the mentions another reader has {@code used}. */
  static List<Fact> of(FactContext context, Set<Mention> used) {
    List<Sentence> sentences = Sentences.of(context);
    // lists paired with their names (收、支总计各减少…) first: the comparison reader would pair them wrongly
    List<Fact> facts = new ArrayList<>(Respectively.of(context, sentences, used));
    Sentence previous = null;
    for (Sentence s : sentences) {
      // 公务接待费1.35万元。比2024年预算持平: a sentence without a number may still say the one before
      // it did not change
      if (!s.mentions().isEmpty() || UNCHANGED.matcher(s.text()).find()) {
        facts.addAll(Comparisons.of(context, s, previous, used));
      }
      previous = s;
    }
    facts.addAll(ScoreItems.of(context, sentences, used));
    facts.addAll(Targets.of(context, sentences, used));
    facts.addAll(ItemLists.of(context, sentences, used));
    Set<Integer> claimed = new HashSet<>();
    facts.addAll(SplitOfWhich.of(context, sentences, used, claimed));
    for (Sentence s : sentences) {
      if (!s.mentions().isEmpty()) {
        facts.addAll(Breakdowns.of(context, s, used, claimed));
        facts.addAll(Amounts.of(context, s, used));
      }
    }
    facts.addAll(RateOnlyChanges.of(context, sentences, facts, used));
    return RateOperands.complete(sentences, FundsAccount.complete(context, sentences, StatedBefore.resolve(facts)));
  }
}
