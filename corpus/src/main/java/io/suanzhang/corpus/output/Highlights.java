package io.suanzhang.corpus.output;

import io.suanzhang.core.check.Evidence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where each piece of evidence stands in the quote it is shown with. An evidence knows its offsets in
 * the document and its quote, but not where the quote starts; so the quote's start is taken to be the
 * one that puts the most evidence texts exactly where their offsets say: the start of a fact quoting
 * the same text, or one implied by an occurrence of an evidence text in the quote. This tells apart
 * the two {@code 1 万元} of {@code 预算数 1 万元，执行数为 1 万元}. Evidence that does not fit that start is
 * put at the first occurrence of its text that crosses no other mark, and evidence whose text is not
 * in the quote at all is shown apart from it.
 */
final class Highlights {

  /** A marked stretch of the quote, in {@code char} indices, and the evidence it shows. */
  record Mark(int start, int end, List<Evidence> evidence) {}

  /**
   * The marks of one quote, sorted by start (an enclosing mark before those it encloses), properly
   * nested, and the evidence that could not be marked in it.
   */
  record Placed(String quote, List<Mark> marks, List<Evidence> apart) {}

  private Highlights() {}

  /**
   * @param quote the quote the evidence shares
   * @param evidence the evidence quoted with it
   * @param knownStarts code-point offsets in the document where a fact with this same quote starts
   */
  static Placed place(String quote, List<Evidence> evidence, Collection<Integer> knownStarts) {
    int[] codePoints = quote.codePoints().toArray();
    Set<Integer> candidates = new LinkedHashSet<>(knownStarts);
    for (Evidence e : evidence) {
      if (e.text().isEmpty()) {
        continue;
      }
      for (int at = quote.indexOf(e.text()); at >= 0; at = quote.indexOf(e.text(), at + 1)) {
        candidates.add(e.start() - quote.codePointCount(0, at));
      }
    }
    int best = -1;
    int bestCount = 0;
    for (int base : candidates) {
      int count = 0;
      for (Evidence e : evidence) {
        if (fits(codePoints, e, base)) {
          count++;
        }
      }
      if (count > bestCount) {
        best = base;
        bestCount = count;
      }
    }
    List<Mark> marks = new ArrayList<>();
    List<Evidence> unplaced = new ArrayList<>();
    for (Evidence e : evidence) {
      if (bestCount > 0 && fits(codePoints, e, best)) {
        int from = quote.offsetByCodePoints(0, e.start() - best);
        add(marks, from, from + e.text().length(), e);
      } else {
        unplaced.add(e);
      }
    }
    List<Evidence> apart = new ArrayList<>();
    for (Evidence e : unplaced) {
      if (!placeAnywhere(quote, marks, e)) {
        apart.add(e);
      }
    }
    List<Mark> kept = nested(marks, apart);
    return new Placed(quote, kept, List.copyOf(apart));
  }

  /** Whether the evidence's text stands at its document offset when the quote starts at base. */
  private static boolean fits(int[] quote, Evidence e, int base) {
    int from = e.start() - base;
    int length = e.text().codePointCount(0, e.text().length());
    if (length == 0 || e.end() - e.start() != length || from < 0 || from + length > quote.length) {
      return false;
    }
    int i = from;
    for (int cp : e.text().codePoints().toArray()) {
      if (quote[i++] != cp) {
        return false;
      }
    }
    return true;
  }

  /** The first occurrence of the text that is marked already or crosses no mark. */
  private static boolean placeAnywhere(String quote, List<Mark> marks, Evidence e) {
    if (e.text().isEmpty()) {
      return false;
    }
    for (int at = quote.indexOf(e.text()); at >= 0; at = quote.indexOf(e.text(), at + 1)) {
      int end = at + e.text().length();
      boolean clear = true;
      for (Mark m : marks) {
        boolean same = m.start() == at && m.end() == end;
        boolean nests = (m.start() <= at && end <= m.end()) || (at <= m.start() && m.end() <= end);
        boolean disjoint = end <= m.start() || m.end() <= at;
        if (!same && !nests && !disjoint) {
          clear = false;
          break;
        }
      }
      if (clear) {
        add(marks, at, end, e);
        return true;
      }
    }
    return false;
  }

  /** Adds the evidence to the mark of exactly that stretch, or as a new mark. */
  private static void add(List<Mark> marks, int start, int end, Evidence e) {
    for (int i = 0; i < marks.size(); i++) {
      Mark m = marks.get(i);
      if (m.start() == start && m.end() == end) {
        List<Evidence> more = new ArrayList<>(m.evidence());
        more.add(e);
        marks.set(i, new Mark(start, end, List.copyOf(more)));
        return;
      }
    }
    marks.add(new Mark(start, end, List.of(e)));
  }

  /** The marks sorted and properly nested; one that crosses another goes apart. */
  private static List<Mark> nested(List<Mark> marks, List<Evidence> apart) {
    List<Mark> sorted = new ArrayList<>(marks);
    sorted.sort(Comparator.comparingInt(Mark::start).thenComparing(m -> -m.end()));
    List<Mark> kept = new ArrayList<>();
    Deque<Mark> open = new ArrayDeque<>();
    for (Mark m : sorted) {
      while (!open.isEmpty() && open.peek().end() <= m.start()) {
        open.pop();
      }
      if (!open.isEmpty() && m.end() > open.peek().end()) {
        apart.addAll(m.evidence());
        continue;
      }
      open.push(m);
      kept.add(m);
    }
    return List.copyOf(kept);
  }
}
