package io.suanzhang.extract.number;

import io.suanzhang.core.Document;
import io.suanzhang.core.document.Table;
import io.suanzhang.core.document.TextBlocks;
import io.suanzhang.core.document.Warning;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.mention.MoneyUnit;
import io.suanzhang.core.mention.UnitSource;
import io.suanzhang.core.text.CodePoints;
import io.suanzhang.core.text.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * No amount is written with more digits than this (10^30 元 is far past any budget, at any number of
   * decimals a report writes); a longer number is left as text with a warning, not read as a value.
   */
  static final int MAX_DIGITS = 30;
  /** No amount has more magnitudes before its unit than this: 千万元, 万亿元, 千万亿元. */
  static final int MAX_MAGNITUDES = 3;

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


  /**
   * The passes in their order: the scan finds numbers with the unit written after them, then the
   * bare ones take a unit from a range, a list, a table and the amounts around them, each pass
   * only for what the passes before left bare.
   */
  private static Scan scan(String text, List<Table> documentTables, @Nullable Document document) {
    TextView view = new TextView(text);
    NumberScanner scanner = new NumberScanner(view);
    List<Candidate> candidates = scanner.scan();
    BareUnits.inheritRangeUnits(view, candidates);
    BareUnits.inheritListUnits(view, candidates);
    TableLayout tables = TableLayout.of(view, documentTables);
    for (Candidate c : candidates) {
      if (c.bare()) {
        tables.unitOf(c).ifPresent(unit -> BareUnits.applyTableUnit(c, unit));
      }
    }
    BareUnits.inferFromContext(view, candidates);
    CodePoints cp = CodePoints.of(text);
    List<Mention> mentions = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!c.bare()) {
        mentions.add(toMention(text, cp, c));
      }
    }
    return new Scan(mentions, scanner.tooLong().warnings(cp, document));
  }

  /** A candidate with a unit as a mention: offsets in code points, magnitudes folded in. */
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

  /** Past the ASCII spaces from {@code i}: what a range or list mark may stand between. */
  static int skipSpaces(TextView v, int i) {
    while (v.at(i) == ' ') {
      i++;
    }
    return i;
  }

  /** Back over the ASCII spaces before {@code end}. */
  static int skipSpacesBack(TextView v, int end) {
    while (end > 0 && v.at(end - 1) == ' ') {
      end--;
    }
    return end;
  }

  /**
   * Where the words a cue is looked for in start: at most {@code window} characters before {@code
   * at}, and not before the end of the sentence, clause or line before it (。, ；, a line break).
   */
  static int clauseStart(TextView v, int at, int window) {
    int from = at;
    for (int k = 0; k < window && from > 0; k++) {
      char before = v.at(from - 1);
      if (before == '。' || before == '\n' || before == '；') {
        break;
      }
      from--;
    }
    return from;
  }

  /** A value without trailing zeros and never in exponent form: 3万元 read as 元 is 30000. */
  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
