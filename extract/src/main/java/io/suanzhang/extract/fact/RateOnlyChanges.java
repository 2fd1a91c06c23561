package io.suanzhang.extract.fact;

import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Direction;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Growth rates stated with no amount at all — 全省地方税收收入下降2.94%，其中：国内增值税下降18.45%、营业税增长
 * 0.72% — as comparisons of the item their label names, with neither value nor base. No rule can
 * recompute them; as facts they are counted as relations whose base is missing, which is what they
 * are, instead of numbers no statement was found around. Read last, from what no other reader took.
 */
final class RateOnlyChanges {

  /** The cue and direction word that end such a label, stripped to leave the item's name. */
  private static final Pattern CHANGE_AT_END = Pattern.compile(
      "(?:同比|比上年同期|比上年|较上年|比去年|较去年|与上年相比)?(?:" + Labels.CHANGE_WORDS + ")了?$");
  /**
   * Changes that are not a past year's: 较年初增长42% compares with the start of the year, and 预期目标是：
   * 地区生产总值增长8% is a plan.
   */
  private static final Pattern NOT_YEARLY = Pattern.compile("年初|序时|月|季度|目标|计划|预期|力争");
  /** Labels naming several items (科学技术支出、节能环保支出…分别): lists are {@link Respectively}'s. */
  private static final Pattern SEVERAL = Pattern.compile("分别|、|各");

  private RateOnlyChanges() {}

  static List<Fact> of(FactContext context, List<Sentence> sentences, List<Fact> facts,
      Set<Mention> used) {
    Set<Mention> taken = new HashSet<>(used);
    for (Fact f : facts) {
      taken.addAll(f.numbers());
    }
    List<Fact> out = new ArrayList<>();
    for (Sentence s : sentences) {
      for (Mention m : s.mentions()) {
        if (m.kind() != MentionKind.PERCENT || m.comparator() != null || taken.contains(m)) {
          continue;
        }
        String lead = s.lead(m).strip();
        Optional<Direction> direction = Labels.directionBefore(lead);
        if (direction.isEmpty() || direction.get() == Direction.UNCHANGED
            || !CHANGE_AT_END.matcher(lead).find() || lead.contains("占")
            || SEVERAL.matcher(lead).find() || NOT_YEARLY.matcher(s.slice(s.start(), m.start())).find()) {
          continue;
        }
        String subject = Labels.subject(CHANGE_AT_END.matcher(lead).replaceFirst(""));
        out.add(new Comparison(context.nextId(), context.sectionAt(m.start()), subject,
            Comparisons.previousYear(context), null, null, direction.get(), null, m,
            context.span(s.start(), s.end()), context.quote(s.start(), s.end())));
      }
    }
    return out;
  }
}
