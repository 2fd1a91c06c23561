package io.suanzhang.extract.fact;

import io.suanzhang.core.fact.Breakdown;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A 其中 that opens a sentence, listing the parts of a total stated in the sentence before it:
 * 全区基本医疗保险参保共279745人，完成任务95.82%。其中：城镇职工基本医疗参保68842人，…。城乡基本医疗保险参保210903人，….
 *
 * <p>The parts are the numbers after the 其中 of the total's kind and unit. Where they fall short of
 * the total, the list runs on into the next sentences of the same line only as far as it takes to
 * make the total exactly (210903人 does; 生育保险参保33509人 after it is a scheme of its own). A list that never
 * makes its total keeps the parts of its own sentence: nothing is stretched to fit.
 */
final class SplitOfWhich {

  private static final String OF_WHICH = "其中";

  private SplitOfWhich() {}

  /**
   * The breakdowns of such 其中 lists; the offset of each 其中 read is added to {@code claimed} so
   * that {@link Breakdowns} does not read it again without its total.
   */
  static List<Fact> of(
      FactContext context, List<Sentence> sentences, Set<Mention> used, Set<Integer> claimed) {
    List<Fact> out = new ArrayList<>();
    for (int i = 1; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      String text = s.text();
      int at = text.length() - text.stripLeading().length();
      if (s.lineStart() || !text.startsWith(OF_WHICH, at)) {
        continue;
      }
      List<Mention> own = parts(s, null, used);
      if (own.isEmpty()) {
        continue;
      }
      Mention total = lastLike(sentences.get(i - 1), own.get(0), used);
      if (total == null) {
        continue;
      }
      own = parts(s, total, used);
      if (!Sums.plausible(total, own) || ofSiblings(sentences.get(i - 1), total, s, own, used)
          || changes(s, own)) {
        continue;
      }
      List<Mention> parts = runOn(sentences, i, total, own, used);
      boolean closed = parts != null;
      if (parts == null) {
        parts = own.subList(0, Sums.closingRun(total, own));
        closed = parts.size() < own.size();
      }
      claimed.add(s.offsetOf(at));
      out.add(breakdown(context, sentences, sentences.get(i - 1), total, parts, closed || parts.size() >= 2,
          used));
    }
    return out;
  }

  /**
   * The parts continued into the following sentences of the line until they make the total; null
   * when the sentence's own parts need no more or no following sentence makes the total.
   */
  private static @Nullable List<Mention> runOn(
      List<Sentence> sentences, int i, Mention total, List<Mention> own, Set<Mention> used) {
    if (Sums.adds(total, own) || Sums.value(total).compareTo(Sums.sum(own)) < 0) {
      return null;
    }
    List<Mention> more = new ArrayList<>(own);
    for (int j = i + 1; j < sentences.size() && !sentences.get(j).lineStart(); j++) {
      more.addAll(parts(sentences.get(j), total, used));
      if (Sums.adds(total, more)) {
        return more;
      }
      if (Sums.sum(more).compareTo(Sums.value(total)) > 0) {
        break;
      }
    }
    return null;
  }

  /** The numbers of a sentence that may be parts: like {@code like} if given, outside brackets. */
  private static List<Mention> parts(Sentence s, @Nullable Mention like, Set<Mention> used) {
    List<Mention> out = new ArrayList<>();
    Brackets brackets = Brackets.of(s);
    for (Mention m : s.mentions()) {
      boolean kind = m.kind() == MentionKind.MONEY || m.kind() == MentionKind.COUNT;
      if (kind && m.comparator() == null && !used.contains(m) && brackets.at(m.start()) == 0
          && !Labels.changeOnly(s.lead(m)) // 民生支出1702.7亿元，…增长7.6%，增支120.4亿元
          && (like == null || Sums.addable(m, like))) {
        out.add(m);
        like = like == null ? m : like;
      }
    }
    return out;
  }

  /**
   * Whether the parts are changes (其中：公务接待费减少0.26万元，公务用车运行维护费增加14.79万元): their sum
   * is signed, and their total is a change too, not the amount before them.
   */
  private static boolean changes(Sentence s, List<Mention> parts) {
    return parts.stream().anyMatch(p -> Labels.directionBefore(s.lead(p)).isPresent());
  }

  /**
   * Whether the parts belong to several items of a list, not to its last: 常委会议4次，主席会议12次。其中专题议政性
   * 常委会议2次，主席专题协商会议2次 — a part that names an earlier item (常委会议) is that item's.
   */
  private static boolean ofSiblings(
      Sentence before, Mention total, Sentence s, List<Mention> parts, Set<Mention> used) {
    List<String> siblings = new ArrayList<>();
    for (Mention m : before.mentions()) {
      if (m != total && m.end() <= total.start() && Sums.addable(m, total) && !used.contains(m)) {
        String label = Labels.partLabel(before.lead(m));
        if (label.length() >= 2) {
          siblings.add(label);
        }
      }
    }
    for (Mention p : parts) {
      String label = Labels.partLabel(s.lead(p));
      for (String sibling : siblings) {
        if (label.contains(sibling)) {
          return true;
        }
      }
    }
    return false;
  }

  /** 占 and nothing else between a part and a percentage: 一般公共服务支出3619421元，占31.81%. */
  private static final java.util.regex.Pattern BARE_SHARE =
      java.util.regex.Pattern.compile("^\\s*[，,]?\\s*占(?:比)?(?:为)?\\s*$");

  /** The share written right after a part, of no whole but the list's own total; null if none. */
  private static @Nullable Mention shareAfter(Sentence s, Mention part) {
    Mention next = null;
    for (Mention m : s.mentions()) {
      if (m.start() >= part.end()) {
        next = m;
        break;
      }
    }
    return next != null && next.kind() == MentionKind.PERCENT && next.comparator() == null
        && BARE_SHARE.matcher(s.slice(part.end(), next.start())).matches() ? next : null;
  }

  private static @Nullable Mention lastLike(Sentence s, Mention like, Set<Mention> used) {
    Mention last = null;
    for (Mention m : s.mentions()) {
      if (Sums.addable(m, like) && m.comparator() == null && !used.contains(m)
          && !Amounts.namesWhole(s, m)) {
        last = m;
      }
    }
    return last;
  }


  private static Breakdown breakdown(
      FactContext context, List<Sentence> sentences, Sentence totalSentence, Mention total,
      List<Mention> parts, boolean exhaustive, Set<Mention> used) {
    List<Breakdown.Part> list = new ArrayList<>();
    for (Mention p : parts) {
      Sentence s = Sentences.at(sentences, p.start());
      Mention share = s == null ? null : shareAfter(s, p);
      if (share != null) {
        used.add(share);
      }
      list.add(new Breakdown.Part(s == null ? "" : Labels.partLabel(s.lead(p)), p, share));
    }
    Sentence last = Sentences.at(sentences, parts.get(parts.size() - 1).start());
    int end = last == null ? totalSentence.end() : last.end();
    return new Breakdown(
        context.nextId(), context.sectionAt(totalSentence.start()),
        Amounts.subject(context, totalSentence, total, ""), total, list, exhaustive,
        context.span(totalSentence.start(), end), context.quote(totalSentence.start(), end));
  }
}
