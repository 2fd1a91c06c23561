package io.suanzhang.extract.number;

import io.suanzhang.core.mention.Approximation;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One left-to-right pass that finds numbers, Arabic, Chinese and 百分之 words, and hands each to the
 * {@link UnitReader} for the unit written after it. What stands around a number (a letter, 第, a
 * lost character) can leave it out; what is too long to be an amount is noted in {@link
 * TooLongNumbers}, not read.
 */
final class NumberScanner {
  private final TextView v;
  /** The candidates in text order; the unit reader adds to it, and the scanner asks for the last. */
  private final List<Candidate> found = new ArrayList<>();
  private final TooLongNumbers tooLong = new TooLongNumbers();
  private final UnitReader units;

  NumberScanner(TextView v) {
    this.v = v;
    this.units = new UnitReader(v, found, tooLong);
  }

  /** The numbers too long to be amounts that the scan left as text. */
  TooLongNumbers tooLong() {
    return tooLong;
  }

  List<Candidate> scan() {
    int i = 0;
    int n = v.length();
    while (i < n) {
      int next;
      if (v.isDigit(i)) {
        next = arabic(i);
      } else if (isFractionWord(i)) {
        next = percentWords(i);
      } else if (ChineseNumerals.isNumeralChar(v.at(i))) {
        next = chinese(i);
      } else {
        next = i + 1;
      }
      i = Math.max(next, i + 1);
    }
    return found;
  }

  /** An Arabic number at {@code i}; returns where scanning goes on. */
  private int arabic(int i) {
    int j = i;
    while (v.isDigit(j)) {
      j++;
    }
    int intEnd = j;
    int groups = 0;
    boolean clauseComma = false;
    // Thousands separators: exactly three digits per group.
    if (intEnd - i <= 3) {
      while (isGroupSeparator(j)
          && v.isDigit(j + 1) && v.isDigit(j + 2) && v.isDigit(j + 3) && !v.isDigit(j + 4)) {
        clauseComma |= v.original(j) == '，';
        groups++;
        j += 4;
      }
    }
    int end = decimalEnd(i, j);
    if (clauseComma && j == end) {
      if (announcesList(i)) {
        end = intEnd;
      } else if (!groupsShowOneNumber(i, groups, end)) {
        // 支出1，234: 1234, or 1 and then 234? Neither reading is safe, so there is none.
        return j;
      }
    }
    if (v.isAsciiLetter(i - 1) || v.isAsciiLetter(end) || (v.at(i - 1) == '.' && v.isDigit(i - 2))) {
      return end; // part of a code or name: LED3, 5G, COVID-19
    }
    if (i > 0 && (v.at(i - 1) == '?' || v.at(i - 1) == '\uFFFD')) {
      return end; // ?8639萬元: a character lost in a bad conversion may have been a digit of it
    }
    if (v.at(i - 1) == '第') {
      return end; // an ordinal
    }
    if (digitCount(i, end) > MentionExtractor.MAX_DIGITS) {
      // checked before parsing: BigDecimal reads a long digit string slowly
      return tooLong.note(i, end);
    }
    BigDecimal value = parseArabic(i, end);
    int numberEnd = end;
    if (end == intEnd) {
      MixedMagnitudes.Chain chain = MixedMagnitudes.read(v, i, end);
      if (chain != null && chain.value() == null) {
        return chain.numberEnd(); // 12万5元: its pieces are no amounts either
      }
      if (chain != null) {
        value = chain.value();
        numberEnd = chain.numberEnd();
      }
    }
    int start = i;
    char sign = v.at(i - 1);
    if ((sign == '-' || sign == '+') && isSign(i - 1)) {
      start = i - 1;
      if (sign == '-') {
        value = value.negate();
      }
    }
    // A yuan sign before the number (¥1,234.56, ￥ 500) makes it an amount in 元 with the sign in
    // its text, unless a unit after it says otherwise.
    int yuanSign = MentionExtractor.skipSpacesBack(v, start) - 1;
    boolean yuan = yuanSign >= 0 && (v.at(yuanSign) == '¥' || v.at(yuanSign) == '￥');
    Candidate c = new Candidate(yuan ? yuanSign : start, numberEnd, value, false);
    int next = units.after(c, true);
    // Recorded bare, it is the last one found: asked so, not by a search through all found so far.
    if (yuan && c.kind == null && !found.isEmpty() && found.get(found.size() - 1) == c) {
      c.kind = MentionKind.MONEY;
      c.unit = "元";
    }
    return next;
  }

  /** Where the decimals after the integer part ending at {@code j} end; {@code j} without any. */
  private int decimalEnd(int numberStart, int j) {
    int end = j;
    if (v.at(j) == '.' && v.isDigit(j + 1)) {
      end = j + 1;
      while (v.isDigit(end)) {
        end++;
      }
    } else if (v.at(j) == '.' && wrappedDecimal(numberStart, j)) {
      end = v.skipSoft(j + 1);
      while (v.isDigit(end)) {
        end++;
      }
    }
    return end;
  }

  /**
   * Whether full-width commas between three-digit groups, with no decimals after them, separate
   * thousands. The same comma is the clause mark between two numbers (增加15，增长3%), so one comma
   * alone is taken only with a unit right after the number (1，234元). Two or more between ASCII
   * digits are not enough: 100，200，300万元 is as likely a list whose 分别 was left out, and a list
   * read as 100200300万元 is worse than none; between full-width digits (１，２３４，５６７) they are.
   * Decimals after the groups show one number too, and a list announced by 分别 or 依次 never is one
   * (分别为100，200，300万元).
   */
  private boolean groupsShowOneNumber(int numberStart, int groups, int end) {
    if (groups > 1) {
      return v.original(numberStart) != v.at(numberStart); // full-width digits
    }
    return Lexicon.UNITS_AFTER_GROUPS.indexOf(v.at(end)) >= 0;
  }

  private boolean announcesList(int numberStart) {
    return BareUnits.announcedList(v, numberStart);
  }

  /**
   * Whether the - or + at {@code at} signs the number after it. Not after a digit or a letter
   * (2019-2020, COVID-19), and not right after another amount, where it joins a range: 3万元-5万元,
   * 3%-5%. After a word it is a sign, however odd: 减少-3%.
   */
  private boolean isSign(int at) {
    if (v.isDigit(at - 1) || v.isAsciiLetter(at - 1)) {
      return false;
    }
    return found.isEmpty() || found.get(found.size() - 1).end != at;
  }

  private boolean isGroupSeparator(int j) {
    char original = v.original(j);
    return original == ',' || original == '，';
  }

  /** {@code 1413.\n96万元}: a decimal point at a line end, the decimals on the next line. */
  private boolean wrappedDecimal(int numberStart, int dot) {
    int next = v.skipSoft(dot + 1);
    if (next == dot + 1 || !v.isDigit(next)) {
      return false;
    }
    // A number standing at the start of a line followed by a dot is a list number: "1.\n2020年".
    return !v.startsLine(numberStart);
  }

  private int digitCount(int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      if (v.isDigit(k)) {
        n++;
      }
    }
    return n;
  }

  private BigDecimal parseArabic(int from, int to) {
    StringBuilder digits = new StringBuilder(to - from);
    for (int k = from; k < to; k++) {
      char c = v.at(k);
      if ((c >= '0' && c <= '9') || c == '.') {
        digits.append(c);
      }
    }
    return new BigDecimal(digits.toString());
  }

  /**
   * 百分之, 千分之 or 万分之 at {@code i}, not closing a fraction of another number (五百分之二 is
   * 1/250, and its 五 was read before).
   */
  private boolean isFractionWord(int i) {
    return (v.startsWith(i, "百分之") || v.startsWith(i, "千分之") || v.startsWith(i, "万分之"))
        && !v.isDigit(i - 1) && !ChineseNumerals.isNumeralChar(v.at(i - 1));
  }

  /**
   * {@code 百分之八十五}, {@code 百分之12.5}, {@code 百分之百}; per mille and per ten thousand become
   * percentages, which is what the checks compare: 千分之三 is 0.3%, 万分之五 0.05%. 百分之十几 and
   * 百分之三十多 are approximate.
   */
  private int percentWords(int i) {
    int k = i + 3;
    int shift = v.at(i) == '百' ? 0 : v.at(i) == '千' ? 1 : 2;
    int end;
    BigDecimal value;
    Approximation approx = null;
    if (v.isDigit(k)) {
      end = k;
      boolean point = false;
      // One decimal point: 百分之1.2.3 is 百分之1.2 and then other text, not a number that fails to parse.
      while (v.isDigit(end) || (!point && v.at(end) == '.' && v.isDigit(end + 1))) {
        point |= v.at(end) == '.';
        end++;
      }
      if (digitCount(k, end) > MentionExtractor.MAX_DIGITS) {
        return tooLong.note(i, end);
      }
      value = parseArabic(k, end);
    } else {
      end = numeralRunEnd(k);
      String numeral = v.text().substring(k, end);
      Optional<BigDecimal> parsed =
          shift == 0 && numeral.equals("百")
              ? Optional.of(BigDecimal.valueOf(100)) // 百分之百: all of it
              : ChineseNumerals.parse(numeral);
      if (parsed.isEmpty()) {
        return k;
      }
      value = parsed.get();
      if (TooLongNumbers.isTooLong(value)) {
        return tooLong.note(i, end);
      }
      // 十几, 三十多, 二十余: the numeral ends in a place and some more stands after it.
      char after = v.at(end);
      if ((after == '几' || after == '多' || after == '余') && "十百千万".indexOf(v.at(end - 1)) >= 0) {
        approx = after == '余' ? Approximation.ODD : Approximation.MORE;
        end++;
      } else if (after == '几') {
        return end + 1; // 百分之五几: no number
      }
    }
    Candidate c = new Candidate(i, end, value.movePointLeft(shift), true);
    c.kind = MentionKind.PERCENT;
    c.unit = Mention.PERCENT_UNIT;
    c.approx = approx;
    units.record(c);
    return end;
  }

  private int chinese(int i) {
    int end = numeralRunEnd(i);
    if (Lexicon.NOT_A_NUMERAL_BEFORE.indexOf(v.at(i - 1)) >= 0) {
      return end;
    }
    if ("百千万亿".indexOf(v.at(i - 1)) >= 0 && v.isDigit(i - 2)) {
      return end; // 12万五千元 mixes its scripts past reading; 五千元 alone would be wrong
    }
    String numeral = v.text().substring(i, end);
    YuanFractions.Tail belowYuan = YuanFractions.belowYuan(v, i);
    if (belowYuan != null) {
      Candidate c = new Candidate(i, end, belowYuan.value(), true);
      c.kind = MentionKind.MONEY;
      c.unit = "元";
      c.end = belowYuan.end();
      units.record(c);
      return c.end;
    }
    Optional<BigDecimal> value = ChineseNumerals.parse(numeral);
    if (value.isEmpty()) {
      return end;
    }
    if (TooLongNumbers.isTooLong(value.get())) {
      return tooLong.note(i, end); // 一亿亿亿亿元, a digit-by-digit 二〇二三… of 40 places
    }
    return units.after(new Candidate(i, end, value.get(), true), false);
  }

  private int numeralRunEnd(int i) {
    int k = i;
    while (ChineseNumerals.isNumeralChar(v.at(k))
        || (v.at(k) == '点' && k > i && ChineseNumerals.isNumeralChar(v.at(k + 1)))) {
      k++;
    }
    return k;
  }
}
