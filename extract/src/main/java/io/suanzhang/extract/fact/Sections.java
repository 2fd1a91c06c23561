package io.suanzhang.extract.fact;

import io.suanzhang.core.Document;
import io.suanzhang.core.fact.Section;
import io.suanzhang.core.text.CodePoints;
import io.suanzhang.core.text.Span;
import io.suanzhang.extract.fact.HeadingLines.Candidate;
import io.suanzhang.extract.fact.HeadingNumbers.Marker;
import io.suanzhang.extract.fact.HeadingNumbers.Style;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The heading tree of a document.
 *
 * <p>Headings are the reader's heading blocks and the plain lines that start with a numbering
 * (第一部分, 一、, （一）, 1. or 1、, （1）, ⑴, ①) and read as titles. Lines in tables and in a table of
 * contents (dot leaders, or the entries after 目录 up to where the body repeats the first one) are
 * never headings.
 *
 * <p>Nesting follows the numbering, as Chinese official documents do: 第X部分 > 一、 > （一） always;
 * the deeper styles (1., （1）, ⑴, ①) take the conventional order unless a document first uses one
 * under another, which then makes it that one's child. An unnumbered heading block of level k sits
 * just below the numbered style of depth k (a {@code #} title is closed by 第一部分 and holds 一、).
 * A heading block's own numbering outranks its level: Markdown converted from PDF mixes them.
 *
 * <p>A numbered plain line is a heading only if all of these hold, else it is a list item:
 *
 * <ul>
 *   <li>its text after the numbering, with the rest of its paragraph, is at most {@value
 *       HeadingLines#MAX_TITLE} code points and not a sentence (no full stop with more text after it
 *       except a parenthesis like （满分10分，自评10分）, no trailing comma, semicolon or colon, no
 *       “…，….” ending);
 *   <li>its number runs on from the previous sibling of its style (1 or 2 to begin with, then the
 *       next, one gap allowed; a 1 restarts);
 *   <li>most of its run of siblings of the same style pass the first two tests, so that one short
 *       （3） among long （1）（2）（4） items stays an item.
 * </ul>
 *
 * Numbered items of lists count as siblings for numbering and nesting, but are not sections.
 */
final class Sections {

  private Sections() {}

  static List<Section> of(Document document) {
    List<Candidate> candidates = HeadingLines.of(document);
    double[] ranks = new double[candidates.size()];
    int[] parents = new int[candidates.size()];
    nest(candidates, ranks, parents);
    boolean[] heading = headings(candidates, parents);
    return sections(document, candidates, ranks, heading);
  }

  /** Ranks every candidate and links it to the one it nests in (-1 for none). */
  private static void nest(List<Candidate> candidates, double[] ranks, int[] parents) {
    Map<Style, Double> deep = new EnumMap<>(Style.class);
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      Integer top = open.peek();
      ranks[i] = rank(c, top == null ? null : ranks[top], deep);
      while (!open.isEmpty() && ranks[open.peek()] >= ranks[i]) {
        open.pop();
      }
      parents[i] = open.isEmpty() ? -1 : open.peek();
      open.push(i);
    }
  }

  private static double rank(Candidate c, @Nullable Double top, Map<Style, Double> deep) {
    Marker m = c.marker();
    if (m == null) {
      return c.blockLevel() - 0.5;
    }
    if (m.style().tier <= Style.PAREN_CHINESE.tier) {
      return m.style().tier;
    }
    // First use decides: a style first met under another becomes its child from then on.
    return deep.computeIfAbsent(
        m.style(), s -> top == null ? s.tier : Math.max(s.tier, Math.floor(top) + 1));
  }

  /** Which candidates are headings: blocks always, numbered lines by the rule in the class doc. */
  private static boolean[] headings(List<Candidate> candidates, int[] parents) {
    int n = candidates.size();
    boolean[] plausible = new boolean[n];
    int[] group = new int[n];
    Map<String, int[]> last = new HashMap<>(); // parent/style -> {number, group}
    List<int[]> groups = new ArrayList<>(); // {members, plausible members}
    for (int i = 0; i < n; i++) {
      Candidate c = candidates.get(i);
      Marker m = c.marker();
      if (m == null) {
        plausible[i] = true;
        group[i] = -1;
        continue;
      }
      String key = parents[i] + "/" + m.style();
      int[] previous = last.get(key);
      boolean restart = previous == null || m.value() <= previous[0];
      boolean inSequence =
          m.value() == 1
              || (previous != null
                  && (m.value() == previous[0] + 1 || m.value() == previous[0] + 2));
      plausible[i] = c.isBlock() || (c.titleLike() && inSequence);
      if (restart) {
        groups.add(new int[2]);
      }
      group[i] = restart ? groups.size() - 1 : previous[1];
      last.put(key, new int[] {m.value(), group[i]});
      groups.get(group[i])[0]++;
      groups.get(group[i])[1] += plausible[i] ? 1 : 0;
    }
    boolean[] heading = new boolean[n];
    for (int i = 0; i < n; i++) {
      Candidate c = candidates.get(i);
      heading[i] = c.isBlock()
          || (plausible[i] && 2 * groups.get(group[i])[1] > groups.get(group[i])[0]);
    }
    return heading;
  }

  /** The sections of the headings, nested again by rank now that list items are gone. */
  private static List<Section> sections(
      Document document, List<Candidate> candidates, double[] ranks, boolean[] heading) {
    List<Candidate> kept = new ArrayList<>();
    List<Double> keptRanks = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      if (heading[i]) {
        kept.add(candidates.get(i));
        keptRanks.add(ranks[i]);
      }
    }
    int n = kept.size();
    int[] parent = new int[n];
    int[] level = new int[n];
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      while (!open.isEmpty() && keptRanks.get(open.peek()) >= keptRanks.get(i)) {
        open.pop();
      }
      parent[i] = open.isEmpty() ? -1 : open.peek();
      level[i] = open.isEmpty() ? 1 : level[open.peek()] + 1;
      open.push(i);
    }
    int end = CodePoints.of(document.text()).length();
    List<Section> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Candidate c = kept.get(i);
      int stop = end;
      for (int j = i + 1; j < n; j++) {
        if (level[j] <= level[i]) {
          stop = kept.get(j).heading().start();
          break;
        }
      }
      int start = c.heading().start();
      Integer page = document.pageAt(start);
      Marker m = c.marker();
      out.add(new Section(
          "s" + (i + 1),
          parent[i] < 0 ? null : "s" + (parent[i] + 1),
          level[i],
          m == null ? "" : m.number(),
          c.title(),
          new Span(start, c.heading().end(), page),
          new Span(start, stop, page)));
    }
    return List.copyOf(out);
  }
}
