package io.suanzhang.extract.number;

import io.suanzhang.core.Document;
import io.suanzhang.core.document.Table;
import io.suanzhang.core.document.TextBlocks;
import io.suanzhang.core.document.Warning;
import io.suanzhang.core.document.WarningCode;
import io.suanzhang.core.mention.Approximation;
import io.suanzhang.core.mention.Bound;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.mention.MoneyUnit;
import io.suanzhang.core.mention.UnitSource;
import io.suanzhang.core.text.CodePoints;
import io.suanzhang.core.text.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds every amount of money, percentage and count in a text.
 *
 * <p>The scan runs in passes over one normalised view of the text:
 *
 * <ol>
 *   <li>numbers with the unit written after them: Arabic (thousands separators, also full-width
 *       where the digit groups show them to be one number, decimals, full-width digits, spaces and
 *       a line break before the unit), Chinese numerals (三万二千元), amounts with 角 and 分 (壹佰元捌角玖分,
 *       叁佰圆整, 三元五角), mixed forms (1.2亿元, 3万多份, 3亿2000万元) and 百分之, 千分之 or 万分之 words and ‰ or ‱ (as
 *       percentages: 千分之三 is 0.3%); a minus (-, －, −, or 负 before an amount or a percentage) stays
 *       in the value and the text; years, dates, scores, ordinals and codes are left out by what
 *       stands around them;
 *   <li>ranges written with one unit (3-5万元) give the first number the unit of the second;
 *   <li>bare numbers in a table take the unit declared for the table or its column (单位：万元);
 *   <li>a bare number right after a money word (支出89699) takes the unit of the amounts around it, if
 *       they all agree.
 * </ol>
 *
 * <p>Offsets of the mentions are code points into the given text. The extractor never throws on
 * text: whatever it cannot read as a number is not a mention.
 *
 * <p>A currency word before an amount (人民币叁万伍仟元整) is not part of its mention, which starts at
 * the number: reports write 人民币 as often after the amount as before it, or once for a whole
 * table, and the value in 元 is the same without it. A closing 整 or 正 is part of it.
 */
public final class MentionExtractor {

  private static final BigDecimal TEN = BigDecimal.TEN;
  /**
   * No amount is written with more digits than this (10^30 元 is far past any budget, at any number of
   * decimals a report writes); a longer number is left as text with a warning, not read as a value.
   */
  static final int MAX_DIGITS = 30;
  /** No amount has more magnitudes before its unit than this: 千万元, 万亿元, 千万亿元. */
  private static final int MAX_MAGNITUDES = 3;
  /** How far, in characters, the amounts that lend a bare number their unit may stand. */
  private static final int CONTEXT_WINDOW = 400;

  private MentionExtractor() {}

  /**
   * Every mention in {@code text}, in text order, with code-point offsets and no page. Tables written
   * in it with tabs or pipes are found as a text reader finds them.
   */
  public static List<Mention> extract(String text) {
    List<Table> tables =
        TextBlocks.blocks(text).stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    return scan(text, tables, null).mentions();
  }

  /**
   * Every mention of a document's text; the units its tables declare (for the table, a column or a
   * row) go to the bare numbers in their cells.
   */
  public static List<Mention> extract(Document document) {
    return scan(document).mentions();
  }

  /**
   * The mentions of a document's text, as {@link #extract(Document)}, with a warning when numbers in
   * it were too long to be amounts and were left as text.
   */
  public static Scan scan(Document document) {
    return scan(document.text(), document.tables(), document);
  }

  /** The mentions of a text and the warnings about numbers in it that were not read as values. */
  public record Scan(List<Mention> mentions, List<Warning> warnings) {
    public Scan {
      mentions = List.copyOf(mentions);
      warnings = List.copyOf(warnings);
    }
  }

  private static Scan scan(String text, List<Table> documentTables, @Nullable Document document) {
    TextView view = new TextView(text);
    Scanner scanner = new Scanner(view);
    List<Candidate> candidates = scanner.scan();
    inheritRangeUnits(view, candidates);
    inheritListUnits(view, candidates);
    TableLayout tables = TableLayout.of(view, documentTables);
    for (Candidate c : candidates) {
      if (c.bare()) {
        tables.unitOf(c).ifPresent(unit -> applyTableUnit(c, unit));
      }
    }
    inferFromContext(view, candidates);
    CodePoints cp = CodePoints.of(text);
    List<Mention> mentions = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!c.bare()) {
        mentions.add(toMention(text, cp, c));
      }
    }
    return new Scan(mentions, tooLongWarnings(scanner, cp, document));
  }

  /** One warning for all the numbers too long to be amounts, naming the first: they may be many. */
  private static List<Warning> tooLongWarnings(
      Scanner scanner, CodePoints cp, @Nullable Document document) {
    int[] first = scanner.firstTooLong;
    if (first == null) {
      return List.of();
    }
    int start = cp.toCodePoint(first[0]);
    int length = cp.toCodePoint(first[1]) - start;
    return List.of(
        new Warning(
            WarningCode.NUMBER_TOO_LONG, document == null ? null : document.pageAt(start),
            String.format(Locale.ROOT,
                "%d number(s) with more than %d digits, or more than %d magnitudes before the unit,"
                    + " left as text, not read as amounts; the first at code point %d, %d characters"
                    + " long",
                scanner.tooLongCount, MAX_DIGITS, MAX_MAGNITUDES, start, length)));
  }

  private static Mention toMention(String text, CodePoints cp, Candidate c) {
    Span span = Span.of(cp.toCodePoint(c.start), cp.toCodePoint(c.end));
    String written = text.substring(c.start, c.end);
    BigDecimal value = c.value.multiply(c.factor);
    if (c.factor.compareTo(BigDecimal.ONE) != 0) {
      value = plain(value);
    }
    MentionKind kind = c.kind;
    String unit = c.unit;
    if (kind == null || unit == null) {
      throw new IllegalStateException("a bare number is not a mention");
    }
    Mention m;
    switch (kind) {
      case MONEY:
        MoneyUnit money = MoneyUnit.ofSymbol(unit).orElseThrow();
        m = Mention.money(written, span, value, money, c.unitSource);
        break;
      case PERCENT:
        m =
            new Mention(
                MentionKind.PERCENT, written, span.start(), span.end(), null, value,
                Mention.PERCENT_UNIT, null, null, null, null, c.unitSource);
        break;
      case SCORE:
        m =
            new Mention(
                MentionKind.SCORE, written, span.start(), span.end(), null, value,
                Mention.SCORE_UNIT, null, null, null, null, c.unitSource);
        break;
      default:
        m =
            new Mention(
                MentionKind.COUNT, written, span.start(), span.end(), null, value, unit, null, null,
                null, null, c.unitSource);
        break;
    }
    return m.withApprox(c.approx).withComparator(c.comparator).withPer(c.per);
  }

  /** {@code 3-5万元}, {@code 10%～20%}, {@code 3至5人}: the first number takes the second's unit. */
  private static void inheritRangeUnits(TextView v, List<Candidate> candidates) {
    for (int i = candidates.size() - 2; i >= 0; i--) {
      Candidate a = candidates.get(i);
      Candidate b = candidates.get(i + 1);
      if (!a.bare() || b.bare() || a.chinese != b.chinese) {
        continue;
      }
      int k = skipSpaces(v, a.numberEnd);
      if (Lexicon.RANGE_SEPARATORS.indexOf(v.at(k)) < 0 || skipSpaces(v, k + 1) != b.start) {
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
  private static void inheritListUnits(TextView v, List<Candidate> candidates) {
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
    int k = skipSpaces(v, end);
    return LIST_SEPARATORS.indexOf(v.at(k)) >= 0 && skipSpaces(v, k + 1) == next;
  }

  /** Whether a list cue (分别, 依次, 各是 …) stands within a few characters before a number, in its clause. */
  static boolean announcedList(TextView v, int numberStart) {
    int from = numberStart;
    for (int k = 0; k < Lexicon.LIST_CUE_WINDOW && from > 0; k++) {
      char before = v.at(from - 1);
      if (before == '。' || before == '\n' || before == '；') {
        break;
      }
      from--;
    }
    String lead = v.normalised(from, numberStart);
    return Lexicon.LIST_CUES.stream().anyMatch(lead::contains);
  }

  private static void applyTableUnit(Candidate c, TableLayout.CellUnit unit) {
    c.kind = unit.kind();
    c.unit = unit.unit();
    c.unitSource = UnitSource.TABLE;
  }

  /**
   * A bare number right after a money word takes the unit of the written amounts nearest before and
   * after it, when those agree. Without such neighbours it stays bare: a guess is worse than a gap.
   */
  private static void inferFromContext(TextView v, List<Candidate> candidates) {
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
    int p = skipSpacesBack(v, start);
    String link = v.matchBefore(p, Lexicon.CUE_LINKS);
    if (link != null) {
      p = skipSpacesBack(v, p - link.length());
    }
    return v.matchBefore(p, Lexicon.MONEY_CUES) != null;
  }

  private static boolean looksLikeYear(Candidate c) {
    return c.value.scale() == 0
        && c.value.compareTo(BigDecimal.valueOf(1900)) >= 0
        && c.value.compareTo(BigDecimal.valueOf(2100)) <= 0;
  }

  static int skipSpaces(TextView v, int i) {
    while (v.at(i) == ' ') {
      i++;
    }
    return i;
  }

  static int skipSpacesBack(TextView v, int end) {
    while (end > 0 && v.at(end - 1) == ' ') {
      end--;
    }
    return end;
  }

  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** One left-to-right pass that finds numbers and the unit written after each. */
  private static final class Scanner {
    private final TextView v;
    private final List<Candidate> found = new ArrayList<>();
    /** How many numbers were too long to be amounts, and the UTF-16 range of the first. */
    int tooLongCount;
    int @Nullable [] firstTooLong;

    Scanner(TextView v) {
      this.v = v;
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
      if (digitCount(i, end) > MAX_DIGITS) {
        return tooLong(i, end); // checked before parsing: BigDecimal reads a long digit string slowly
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
      int yuanSign = skipSpacesBack(v, start) - 1;
      boolean yuan = yuanSign >= 0 && (v.at(yuanSign) == '¥' || v.at(yuanSign) == '￥');
      Candidate c = new Candidate(yuan ? yuanSign : start, numberEnd, value, false);
      int next = unitAfter(c, true);
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
      return announcedList(v, numberStart);
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

    /** Notes a number too long to be an amount, left as text; returns where scanning goes on. */
    private int tooLong(int start, int end) {
      if (tooLongCount++ == 0) {
        firstTooLong = new int[] {start, end};
      }
      return end;
    }

    private static boolean tooLong(BigDecimal value) {
      return value.precision() > MAX_DIGITS || Math.abs(value.scale()) > MAX_DIGITS;
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
        if (digitCount(k, end) > MAX_DIGITS) {
          return tooLong(i, end);
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
        if (tooLong(value)) {
          return tooLong(i, end);
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
      record(c);
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
        record(c);
        return c.end;
      }
      Optional<BigDecimal> value = ChineseNumerals.parse(numeral);
      if (value.isEmpty()) {
        return end;
      }
      if (tooLong(value.get())) {
        return tooLong(i, end); // 一亿亿亿亿元, a digit-by-digit 二〇二三… of 40 places
      }
      return unitAfter(new Candidate(i, end, value.get(), true), false);
    }

    private int numeralRunEnd(int i) {
      int k = i;
      while (ChineseNumerals.isNumeralChar(v.at(k))
          || (v.at(k) == '点' && k > i && ChineseNumerals.isNumeralChar(v.at(k + 1)))) {
        k++;
      }
      return k;
    }

    /**
     * Reads what follows a number — approximation, magnitude, unit, per-unit — and records the
     * candidate. Returns where scanning goes on.
     */
    private int unitAfter(Candidate c, boolean allowMagnitude) {
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
      if (magnitude.length() > MAX_MAGNITUDES) {
        return tooLong(c.start, m); // 1万万万万万元: each magnitude multiplies, past any amount
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
    private void record(Candidate c) {
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
      int from = numberStart;
      for (int i = 0; i < Lexicon.SCORE_CUE_WINDOW && from > 0; i++) {
        char before = v.at(from - 1);
        if (before == '。' || before == '\n' || before == '；') {
          break;
        }
        from--;
      }
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
