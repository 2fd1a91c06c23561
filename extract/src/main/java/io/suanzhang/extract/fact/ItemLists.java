package io.suanzhang.extract.fact;

import io.suanzhang.core.document.Table;
import io.suanzhang.core.fact.Breakdown;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Measure;
import io.suanzhang.core.fact.Section;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.extract.fact.HeadingNumbers.Marker;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Itemised lists of amounts whose total is stated before the list, one line per item:
 *
 * <ul>
 *   <li>a section whose title names an amount stated in its parent's text before it: 其中实际支出45202元，
 *       未拨付资金272884元。具体情况如下： then 1、实际支出 over （1）公务接待费支出1614元 … （5）, and 2、在途资金 over
 *       (1)…(4) for the 272884 (在途 and 未拨付 are both balances: a title that names no amount of its own
 *       words takes one of its measure);
 *   <li>a line ending in 其中： or 如下： that states the total, followed by the items: 支出决算数为 91.68 万元,
 *       完成预算 100%。其中: then 1. …(项):支出决算为 13.36 万元 … 8.; or unnumbered lines that open with
 *       their amount, 人员经费 58.45 万元，… and 日常公用经费 11.53 万元，….
 * </ul>
 *
 * A numbered list is the run of lines numbered 1, 2, 3 … in one style, with the lines between them
 * belonging to the item before; each item's part is its first amount. The text lists the total item
 * by item, so the parts are taken as all of it.
 */
final class ItemLists {

  /** A line that announces a list: …其中：, …具体情况如下：. */
  private static final Pattern ANNOUNCES = Pattern.compile("(其中|如下)\\s*[:：]\\s*$");

  /**
   * 其中： details the amount just before it; 如下： details the whole line, which names the total only
   * when it states one amount (公务接待费支出101.26万元，占…。具体情况如下： lists all three 三公 items).
   */
  private static final Pattern OF_WHICH = Pattern.compile("其中\\s*[:：]\\s*$");

  /** The words before the amount of an unnumbered item: a short label, no clause. */
  private static final int MAX_ITEM_LABEL = 20;

  private static final String CLAUSE_ENDS = "，,；;。：:";

  private final FactContext context;
  private final List<Sentence> sentences;
  private final List<ProseLine> lines;
  /** Mentions no list may use: those used before, and the totals and parts of lists found. */
  private final Set<Mention> taken;
  /** The caller's used mentions: the shares the lists hold are added, so no other fact reads them. */
  private final Set<Mention> used;

  private ItemLists(FactContext context, List<Sentence> sentences, Set<Mention> used) {
    this.context = context;
    this.sentences = sentences;
    this.lines = ProseLine.of(sentences);
    this.taken = new HashSet<>(used);
    this.used = used;
  }

  /** One item: the lines it spans, the amount that is its part and the share it states, if any. */
  private record Item(
      ProseLine head, @Nullable ProseLine next, Mention value, String label, @Nullable Mention share) {}

  static List<Fact> of(FactContext context, List<Sentence> sentences, Set<Mention> used) {
    ItemLists lists = new ItemLists(context, sentences, used);
    List<Fact> out = new ArrayList<>();
    for (Section section : context.sections) {
      Breakdown b = lists.underTitle(section);
      if (b != null) {
        out.add(b);
      }
    }
    for (int k = 0; k + 1 < lists.lines.size(); k++) {
      Breakdown b = lists.announced(k);
      if (b != null) {
        out.add(b);
      }
    }
    return out;
  }

  /** A section's items, when its title names an amount stated in its parent's own text. */
  private @Nullable Breakdown underTitle(Section section) {
    Section parent = find(section.parent());
    if (parent == null || !context.mentionsIn(section.heading().start(), section.heading().end()).isEmpty()) {
      return null;
    }
    int first = firstLineAfter(section.heading().end());
    int bodyEnd = firstChildStart(section, section.span().end());
    if (first < 0 || lines.get(first).start() >= bodyEnd) {
      return null;
    }
    List<Item> items = numbered(first, bodyEnd, null);
    if (items.size() < 2) {
      return null;
    }
    Mention total =
        totalNamed(section.title(), parent, firstChildStart(parent, parent.span().end()), items);
    if (total == null) {
      return null;
    }
    return breakdown(total, section.title(), items);
  }

  /** The items after a line ending in 其中： or 如下：, with the last amount of that line as total. */
  private @Nullable Breakdown announced(int k) {
    ProseLine line = lines.get(k);
    if (!ANNOUNCES.matcher(line.last().text()).find() || isHeading(lines.get(k + 1))) {
      return null;
    }
    Mention total = null;
    int amounts = 0;
    for (Mention m : line.mentions()) {
      Sentence in = line.sentenceAt(m.start());
      if (usable(m) && (in == null || !Amounts.namesWhole(in, m))) {
        total = m;
        amounts++;
      }
    }
    if (total == null || (amounts > 1 && !OF_WHICH.matcher(line.last().text()).find())) {
      return null;
    }
    boolean numbered = lines.get(k + 1).marker() != null;
    List<Item> items =
        numbered
            ? numbered(k + 1, Integer.MAX_VALUE, total)
            : unnumbered(k + 1, total);
    if (!numbered && items.size() >= 2) {
      // Nothing closes an unnumbered list but what follows it: stop where the items make the total.
      List<Mention> values = items.stream().map(Item::value).toList();
      items = items.subList(0, Sums.closingRun(total, values));
    }
    // 本年收入预算合计24,169.74万元，其中：⏎一般公共预算收入24,169.74万元，占100%。 — one item, but its share
    // says what it is a share of
    boolean oneShared = items.size() == 1 && items.get(0).share() != null;
    if ((items.size() < 2 && !oneShared)
        || !Sums.plausible(total, items.stream().map(Item::value).toList())) {
      return null;
    }
    Sentence sentence = line.sentenceAt(total.start());
    String subject = sentence == null ? "" : Amounts.subject(context, sentence, total, "");
    return breakdown(total, subject, items);
  }

  /**
   * The run of lines numbered 1, 2, 3 … in the style of line {@code from}, up to {@code limit}, a
   * heading or a table. Each item's part is the first amount of its line, or of the line after it
   * when a page break cut the item (7. 农林水支出(类)扶贫(款)社会发展(项):支出 ⏎ 决算为 4.00 万元); with a
   * total, only amounts that add to it count. Empty unless every item has a part.
   */
  private List<Item> numbered(int from, int limit, @Nullable Mention total) {
    Marker first = lines.get(from).marker();
    if (first == null || first.value() != 1) {
      return List.of();
    }
    List<Item> items = new ArrayList<>();
    Mention sample = total;
    int expected = 1;
    for (int k = from; k < lines.size() && lines.get(k).start() < limit; k++) {
      ProseLine line = lines.get(k);
      Marker marker = line.marker();
      if (k > from && (isHeading(line) || tableBefore(lines.get(k - 1), line))) {
        break;
      }
      if (marker == null || marker.style() != first.style()) {
        continue; // a line of the item before: its text, a sub-item, a wrapped remainder
      }
      if (marker.value() != expected) {
        break;
      }
      expected++;
      ProseLine next = k + 1 < lines.size() && lines.get(k + 1).marker() == null
          && lines.get(k + 1).start() < limit ? lines.get(k + 1) : null;
      Item item = item(line, next, sample);
      if (item == null) {
        return List.of();
      }
      sample = total != null ? total : item.value(); // later items are like the total, or the first
      items.add(item);
    }
    return items;
  }

  /** Lines that each open with a label and an amount that adds to the total. */
  private List<Item> unnumbered(int from, Mention total) {
    List<Item> items = new ArrayList<>();
    for (int k = from; k < lines.size(); k++) {
      ProseLine line = lines.get(k);
      if (k > from && (isHeading(line) || tableBefore(lines.get(k - 1), line))) {
        break;
      }
      Item item = item(line, null, total);
      if (item == null || !opensWith(line, item.value())) {
        break;
      }
      items.add(item);
    }
    return items;
  }

  private @Nullable Item item(ProseLine head, @Nullable ProseLine next, @Nullable Mention like) {
    Mention value = firstAmount(head, like);
    ProseLine from = head;
    if (value == null && next != null) {
      value = firstAmount(next, like);
      from = next;
    }
    if (value == null) {
      return null;
    }
    Sentence sentence = from.sentenceAt(value.start());
    String lead = sentence == null ? "" : sentence.lead(value);
    String label = Labels.subject(lead);
    if (label.isEmpty()) {
      label = Labels.itemTitle(head.headText());
    }
    if (label.isEmpty()) {
      label = Labels.partLabel(lead);
    }
    return new Item(head, next, value, label, share(from, value));
  }

  /** The share an item states of the list's total right after its amount: 基本支出21968万元，占59.07%. */
  private @Nullable Mention share(ProseLine line, Mention value) {
    Sentence sentence = line.sentenceAt(value.start());
    if (sentence == null) {
      return null;
    }
    for (Mention m : sentence.mentions()) {
      if (m.start() < value.end()) {
        continue;
      }
      if (m.kind() != MentionKind.PERCENT) {
        return null; // another amount first: the share, if any, is of that
      }
      String lead = sentence.lead(m);
      return lead.contains("占") && !Breakdowns.OWN_TARGET.matcher(lead).find() && !taken.contains(m)
          ? m : null;
    }
    return null;
  }

  /**
   * The amount of a line that can be a part: the first like the total (or the first item), unused,
   * and not a budget under a total that is none or the other way round: 年初预算为 54.53 万元，支出决算为
   * 54.53 万元 under a 支出决算 total gives the second, and 年初预算为 1560.05 万元 alone gives nothing.
   */
  private @Nullable Mention firstAmount(ProseLine line, @Nullable Mention like) {
    Measure measure = like == null ? Measure.OTHER : measure(like);
    for (Mention m : line.mentions()) {
      if (usable(m) && (like == null || Sums.addable(m, like))) {
        Measure own = measure(m);
        boolean conflicts = isStage(measure) && isStage(own) && isBudget(own) != isBudget(measure);
        if (!conflicts) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * Whether a measure names a stage of the money, budget or outturn; 支出 and 收入 name what it is, not
   * when (本年支出预算合计 … 其中：基本支出21968万元 are one stage).
   */
  private static boolean isStage(Measure m) {
    return isBudget(m) || m == Measure.EXECUTION || m == Measure.FINAL_ACCOUNT;
  }

  private static boolean isBudget(Measure m) {
    return m == Measure.BUDGET || m == Measure.ADJUSTED_BUDGET;
  }

  private Measure measure(Mention m) {
    Sentence s = Sentences.at(sentences, m.start());
    return s == null ? Measure.OTHER : Labels.measure(s.lead(m));
  }

  private boolean usable(Mention m) {
    return (m.kind() == MentionKind.MONEY || m.kind() == MentionKind.COUNT)
        && m.comparator() == null && !taken.contains(m);
  }

  /** Whether the amount comes first on its line, after a short label: 人员经费 58.45 万元，…. */
  private static boolean opensWith(ProseLine line, Mention value) {
    Sentence head = line.head();
    if (value.start() < head.start() || value.start() >= head.end()) {
      return false;
    }
    String before = head.slice(head.start(), value.start()).strip();
    return before.length() <= MAX_ITEM_LABEL && indexOfAny(before, CLAUSE_ENDS) < 0;
  }

  /**
   * The amount a section's title names, in its parent's text before the first child: the nearest
   * whose label is the title's words (其中实际支出45202元 for 实际支出), else the nearest of the title's
   * measure (未拨付资金272884元 for 在途资金). It is of the items' kind and no smaller than any of them.
   */
  private @Nullable Mention totalNamed(
      String title, Section parent, int parentTextEnd, List<Item> items) {
    Mention sample = items.get(0).value();
    BigDecimal largest = BigDecimal.ZERO;
    for (Item i : items) {
      largest = largest.max(Sums.value(i.value()));
    }
    Measure measure = Labels.measure(title);
    Mention byWords = null;
    Mention byMeasure = null;
    for (Mention m : context.mentionsIn(parent.heading().end(), parentTextEnd)) {
      if (!usable(m) || !Sums.addable(m, sample) || Sums.value(m).compareTo(largest) < 0) {
        continue;
      }
      String label = label(m);
      if (label == null) {
        continue;
      }
      if (label.length() >= 2 && (label.contains(title) || title.contains(label))) {
        byWords = m;
      } else if (measure != Measure.OTHER && Labels.measure(label) == measure) {
        byMeasure = m;
      }
    }
    return byWords != null ? byWords : byMeasure;
  }

  /** The label written before a mention in its sentence, or null outside prose. */
  private @Nullable String label(Mention m) {
    Sentence s = Sentences.at(sentences, m.start());
    return s == null ? null : Labels.partLabel(s.lead(m));
  }

  private Breakdown breakdown(Mention total, String subject, List<Item> items) {
    List<Breakdown.Part> parts = new ArrayList<>();
    for (Item i : items) {
      parts.add(new Breakdown.Part(i.label(), i.value(), i.share()));
      taken.add(i.value());
      if (i.share() != null) {
        used.add(i.share());
      }
    }
    taken.add(total);
    Sentence first = Sentences.at(sentences, total.start());
    int start = first == null ? total.start() : first.start();
    Item lastItem = items.get(items.size() - 1);
    int end = lastItem.next() != null && lastItem.next().sentenceAt(lastItem.value().start()) != null
        ? lastItem.next().end() : lastItem.head().end();
    String name = subject.isEmpty() ? Amounts.departmentSubject(context) : subject;
    // A list that runs to the end of the text (a stored page cut at 企业所得税收入56) may go on past it.
    String quote = context.quote(start, end);
    String last = quote.strip();
    boolean cut = context.endsText(end)
        && !last.isEmpty() && "。；;".indexOf(last.charAt(last.length() - 1)) < 0;
    return new Breakdown(
        context.nextId(), context.sectionAt(start), name, total, parts, !cut,
        context.span(start, end), quote);
  }

  private @Nullable Section find(@Nullable String id) {
    if (id == null) {
      return null;
    }
    for (Section s : context.sections) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    return null;
  }

  /** Where a section's own text ends: at its first child's heading, or at {@code end}. */
  private int firstChildStart(Section section, int end) {
    for (Section s : context.sections) {
      if (section.id().equals(s.parent())) {
        return Math.min(end, s.heading().start());
      }
    }
    return end;
  }

  private int firstLineAfter(int offset) {
    for (int k = 0; k < lines.size(); k++) {
      if (lines.get(k).start() >= offset) {
        return k;
      }
    }
    return -1;
  }

  private boolean isHeading(ProseLine line) {
    for (Section s : context.sections) {
      if (s.heading().start() < line.end() && line.start() < s.heading().end()) {
        return true;
      }
    }
    return false;
  }

  private boolean tableBefore(ProseLine previous, ProseLine line) {
    for (Table t : context.document.tables()) {
      if (t.span().start() >= previous.end() && t.span().end() <= line.start()) {
        return true;
      }
    }
    return false;
  }

  private static int indexOfAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
