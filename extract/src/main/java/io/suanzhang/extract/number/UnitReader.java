package io.suanzhang.extract.number;

import io.suanzhang.core.mention.Approximation;
import io.suanzhang.core.mention.Bound;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What is written after a number the {@link NumberScanner} found, and around it: approximation,
 * magnitudes, the unit (元 and its magnitudes, %, ‰, 分 of a score, a count's word), a per-unit,
 * the minus of 负 and the bounds in words (不低于, 以上). A number with a unit is recorded; one
 * without stays bare for the range, table or context to give it one.
 */
final class UnitReader {

  private static final BigDecimal TEN = BigDecimal.TEN;

  private final TextView v;
  private final List<Candidate> found;
  private final TooLongNumbers tooLong;

  UnitReader(TextView v, List<Candidate> found, TooLongNumbers tooLong) {
    this.v = v;
    this.found = found;
    this.tooLong = tooLong;
  }

  /**
   * Reads what follows a number — approximation, magnitude, unit, per-unit — and records the
   * candidate. Returns where scanning goes on.
   */
  int after(Candidate c, boolean allowMagnitude) {
    int k = c.numberEnd;
    Approximation approx = null;
    if (isApproxSuffix(k)) {
      approx = Approximation.ofMarker(String.valueOf(v.at(k))).orElseThrow();
      k++;
    }
    StringBuilder magnitude = new StringBuilder();
    int m = v.skipSoft(k);
    while (allowMagnitude && "百千万亿".indexOf(v.at(m)) >= 0) {
      magnitude.append(v.at(m));
      m++;
    }
    if (magnitude.length() > MentionExtractor.MAX_MAGNITUDES) {
      return tooLong.note(c.start, m); // 1万万万万万元: each magnitude multiplies, past any amount
    }
    if (magnitude.length() > 0) {
      k = m;
      if (approx == null && isApproxSuffix(k)) {
        approx = Approximation.ofMarker(String.valueOf(v.at(k))).orElseThrow();
        k++;
      }
    }
    int u = v.skipSoft(k);
    char at = v.at(u);
    if (at == '分' && magnitude.length() == 0 && approx == null && !c.chinese
        && isScore(c.start, u)) {
      c.kind = MentionKind.SCORE;
      c.unit = Mention.SCORE_UNIT;
      c.end = u + 1;
      record(c);
      return c.end;
    }
    if (magnitude.length() == 0 && approx == null
        && Lexicon.NOT_AN_AMOUNT_AFTER.indexOf(at) >= 0) {
      return u + 1; // a year, date, time, score or label
    }
    if (isYuan(c, u) && Lexicon.NOT_YUAN_AFTER.stream().noneMatch(ch -> ch == v.at(u + 1))) {
      String written = magnitude + "元";
      String unit = longestMoneySuffix(written);
      c.kind = MentionKind.MONEY;
      c.unit = unit;
      c.factor = magnitudeOf(written.substring(0, written.length() - unit.length()));
      c.end = u + 1;
      if (c.chinese) {
        YuanFractions.Tail tail = YuanFractions.afterYuan(v, c.end, c.value);
        if (tail == null) {
          return c.end;
        }
        c.value = tail.value();
        c.end = tail.end();
      }
    } else if (at == '%' && magnitude.length() == 0) {
      c.kind = MentionKind.PERCENT;
      c.unit = Mention.PERCENT_UNIT;
      c.end = u + 1;
    } else if ((at == '‰' || at == '‱') && magnitude.length() == 0) {
      // Per mille and per ten thousand as percentages, which the checks compare: 3‰ is 0.3%.
      c.kind = MentionKind.PERCENT;
      c.unit = Mention.PERCENT_UNIT;
      c.value = c.value.movePointLeft(at == '‰' ? 1 : 2);
      c.end = u + 1;
    } else {
      String count = countUnitAt(u);
      if (count == null) {
        if (magnitude.length() == 0 && approx == null && !c.chinese) {
          // Bare: a range, a table or the context may still give it a unit. A Chinese numeral
          // without a unit is words (一是, 三医联动), not a number.
          found.add(c);
        }
        return magnitude.length() > 0 ? k : c.numberEnd;
      }
      c.kind = MentionKind.COUNT;
      c.unit = count.equals("个百分点") ? "百分点" : count;
      c.factor = magnitudeOf(magnitude.toString());
      c.end = u + count.length();
    }
    c.approx = approx;
    perUnit(c);
    record(c);
    return c.end;
  }

  /**
   * 元 at {@code u}, or 圆 after financial numerals (叁佰圆整), where it is the same unit; after
   * plain numerals 圆 is a word (一圆, a circle).
   */
  private boolean isYuan(Candidate c, int u) {
    char at = v.at(u);
    return at == '元'
        || (at == '圆' && c.chinese
            && YuanFractions.isFinancial(v.text().substring(c.start, c.numberEnd)));
  }

  /** Records a number with its unit, after the minus and the bounds written around it. */
  void record(Candidate c) {
    minus(c);
    bounds(c);
    found.add(c);
  }

  /**
   * 负 right before an amount or a percentage is its minus: 负3.9%, 负壹拾壹元; kept in the text.
   * Counts are left alone, for there 负 is mostly a verb (肩负3项任务), and so are the words that
   * end in 负 (正负3%, 担负).
   */
  private void minus(Candidate c) {
    if ((c.kind != MentionKind.MONEY && c.kind != MentionKind.PERCENT)
        || v.at(c.start - 1) != '负'
        || Lexicon.NOT_A_MINUS_BEFORE.indexOf(v.at(c.start - 2)) >= 0
        || c.value.signum() < 0) {
      return;
    }
    c.start--;
    c.value = c.value.negate();
  }

  /**
   * Whether the 分 at {@code fen} makes the number before it points of an evaluation: 满分20分,
   * 自评得分6.48分, 结果为96.48分, but not 3分钟, 二分之一 or 分别.
   */
  private boolean isScore(int numberStart, int fen) {
    if (Lexicon.NOT_SCORE_AFTER.indexOf(v.at(fen + 1)) >= 0) {
      return false;
    }
    int from = MentionExtractor.clauseStart(v, numberStart, Lexicon.SCORE_CUE_WINDOW);
    String lead = v.text().substring(from, numberStart);
    return Lexicon.SCORE_CUES.stream().anyMatch(lead::contains);
  }

  private boolean isApproxSuffix(int k) {
    char c = v.at(k);
    if (c != '多' && c != '余') {
      return false;
    }
    int next = v.skipSoft(k + 1);
    char n = v.at(next);
    return "百千万亿元%".indexOf(n) >= 0 || countUnitAt(next) != null;
  }

  private @Nullable String countUnitAt(int u) {
    String unit = v.matchAt(u, Lexicon.COUNT_UNITS);
    if (unit == null) {
      return null;
    }
    if (unit.length() == 1 && u + 2 <= v.length()
        && Lexicon.NOT_A_COUNT.contains(v.text().substring(u, u + 2))) {
      return null;
    }
    return unit;
  }

  private void perUnit(Candidate c) {
    if (v.at(c.end) == '/') {
      String per = v.matchAt(c.end + 1, Lexicon.PER_UNITS);
      if (per != null) {
        c.per = per;
      }
    }
  }

  /** Bounds and approximations written before or after the number. */
  private void bounds(Candidate c) {
    int before = v.skipSoftBack(c.start);
    String cmp = v.matchBefore(before, Lexicon.COMPARATORS_BEFORE);
    if (cmp != null) {
      c.comparator = Bound.ofWritten(cmp).orElse(null);
    } else if (c.approx == null) {
      String approx = v.matchBefore(before, Lexicon.APPROX_BEFORE);
      if (approx != null) {
        c.approx = Approximation.ofMarker(approx).orElse(null);
      }
    }
    int after = v.skipSoft(c.per == null ? c.end : c.end + 1 + c.per.length());
    if (c.comparator == null) {
      String word = v.matchAt(after, Lexicon.COMPARATORS_AFTER);
      if (word != null) {
        c.comparator = Bound.ofWritten(word).orElse(null);
      }
    }
    if (c.approx == null && v.matchAt(after, Lexicon.APPROX_AFTER) != null) {
      c.approx = Approximation.AROUND;
    }
  }

  /** The longest money unit that ends {@code written}: 千万元 → 万元, 万亿元 → 万亿元. */
  private static String longestMoneySuffix(String written) {
    for (String unit : Lexicon.MONEY_UNIT_WORDS) {
      if (written.endsWith(unit)) {
        return unit;
      }
    }
    return "元";
  }

  /** The product of written magnitudes: 千 → 1000, 百万 → 1000000. */
  private static BigDecimal magnitudeOf(String magnitudes) {
    BigDecimal factor = BigDecimal.ONE;
    for (int k = 0; k < magnitudes.length(); k++) {
      switch (magnitudes.charAt(k)) {
        case '百':
          factor = factor.multiply(TEN.pow(2));
          break;
        case '千':
          factor = factor.multiply(TEN.pow(3));
          break;
        case '万':
          factor = factor.multiply(TEN.pow(4));
          break;
        case '亿':
          factor = factor.multiply(TEN.pow(8));
          break;
        default:
          break;
      }
    }
    return factor;
  }
}
