package io.suanzhang.extract.number;

import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.mention.UnitSource;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Units for the bare numbers of a scan, those written without one: from the other end of a range
 * (3-5万元), the last number of an announced list (分别为100，200，300万元), the table they stand in,
 * or the amounts around a money word (支出89699). Each source is tried only where the text leaves no
 * doubt; a number none of them fits stays bare, and is no mention.
 */
final class BareUnits {

  /** How far, in characters, the amounts that lend a bare number their unit may stand. */
  private static final int CONTEXT_WINDOW = 400;

  private BareUnits() {}

  /** {@code 3-5万元}, {@code 10%～20%}, {@code 3至5人}: the first number takes the second's unit. */
  static void inheritRangeUnits(TextView v, List<Candidate> candidates) {
    for (int i = candidates.size() - 2; i >= 0; i--) {
      Candidate a = candidates.get(i);
      Candidate b = candidates.get(i + 1);
      if (!a.bare() || b.bare() || a.chinese != b.chinese) {
        continue;
      }
      int k = MentionExtractor.skipSpaces(v, a.numberEnd);
      if (Lexicon.RANGE_SEPARATORS.indexOf(v.at(k)) < 0
          || MentionExtractor.skipSpaces(v, k + 1) != b.start) {
        continue;
      }
      a.kind = b.kind;
      a.unit = b.unit;
      a.factor = b.factor;
      a.approx = b.approx;
    }
  }

  /** What may stand between the numbers of a list: 分别为100，200，300万元, 各是4125.49,4143.91万元. */
  private static final String LIST_SEPARATORS = ",，、";

  /**
   * A list announced by 分别, 依次 or 各 writes its unit once, after its last number: 分别为100，200，300万元
   * is 100万元, 200万元 and 300万元. Each bare number of the list takes the last one's unit, as a range's
   * first number does; without the announcing word a run of numbers stays as it is.
   */
  static void inheritListUnits(TextView v, List<Candidate> candidates) {
    int i = 0;
    while (i < candidates.size()) {
      int j = i;
      while (j + 1 < candidates.size() && candidates.get(j).bare()
          && candidates.get(j).chinese == candidates.get(j + 1).chinese
          && separatedByListMark(v, candidates.get(j).numberEnd, candidates.get(j + 1).start)) {
        j++;
      }
      Candidate last = candidates.get(j);
      if (j > i && !last.bare() && announcedList(v, candidates.get(i).start)) {
        for (int k = i; k < j; k++) {
          Candidate c = candidates.get(k);
          c.kind = last.kind;
          c.unit = last.unit;
          c.factor = last.factor;
        }
      }
      i = j + 1;
    }
  }

  private static boolean separatedByListMark(TextView v, int end, int next) {
    int k = MentionExtractor.skipSpaces(v, end);
    return LIST_SEPARATORS.indexOf(v.at(k)) >= 0 && MentionExtractor.skipSpaces(v, k + 1) == next;
  }

  /** Whether a list cue (分别, 依次, 各是 …) stands within a few characters before a number, in its clause. */
  static boolean announcedList(TextView v, int numberStart) {
    int from = MentionExtractor.clauseStart(v, numberStart, Lexicon.LIST_CUE_WINDOW);
    String lead = v.normalised(from, numberStart);
    return Lexicon.LIST_CUES.stream().anyMatch(lead::contains);
  }

  static void applyTableUnit(Candidate c, TableLayout.CellUnit unit) {
    c.kind = unit.kind();
    c.unit = unit.unit();
    c.unitSource = UnitSource.TABLE;
  }

  /**
   * A bare number right after a money word takes the unit of the written amounts nearest before and
   * after it, when those agree. Without such neighbours it stays bare: a guess is worse than a gap.
   */
  static void inferFromContext(TextView v, List<Candidate> candidates) {
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (!c.bare() || c.chinese || looksLikeYear(c) || !followsMoneyCue(v, c.start)) {
        continue;
      }
      String before = nearestMoneyUnit(candidates, i, -1, c.start - CONTEXT_WINDOW);
      String after = nearestMoneyUnit(candidates, i, +1, c.end + CONTEXT_WINDOW);
      String unit = before != null ? before : after;
      if (unit == null || (before != null && after != null && !before.equals(after))) {
        continue;
      }
      c.kind = MentionKind.MONEY;
      c.unit = unit;
      c.unitSource = UnitSource.CONTEXT;
    }
  }

  private static @Nullable String nearestMoneyUnit(
      List<Candidate> candidates, int from, int step, int limit) {
    for (int k = from + step; k >= 0 && k < candidates.size(); k += step) {
      Candidate n = candidates.get(k);
      if (step < 0 ? n.end < limit : n.start > limit) {
        return null;
      }
      if (n.kind == MentionKind.MONEY && n.unitSource == UnitSource.WRITTEN) {
        return n.unit;
      }
    }
    return null;
  }

  private static boolean followsMoneyCue(TextView v, int start) {
    int p = MentionExtractor.skipSpacesBack(v, start);
    String link = v.matchBefore(p, Lexicon.CUE_LINKS);
    if (link != null) {
      p = MentionExtractor.skipSpacesBack(v, p - link.length());
    }
    return v.matchBefore(p, Lexicon.MONEY_CUES) != null;
  }

  private static boolean looksLikeYear(Candidate c) {
    return c.value.scale() == 0
        && c.value.compareTo(BigDecimal.valueOf(1900)) >= 0
        && c.value.compareTo(BigDecimal.valueOf(2100)) <= 0;
  }
}
