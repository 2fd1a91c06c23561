package io.suanzhang.extract.fact;

import io.suanzhang.core.document.Table;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.LineBreaks;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits a document's prose into sentences, leaving out the text of its tables. A sentence ends at
 * 。！？ or a line break of any kind (a lone CR, U+2028 … as well as LF), and is at most {@value
 * #MAX_SENTENCE} code points long, so that a quote, and the work done per sentence, stays bounded
 * whatever the text: one without breaks, or a page of lines that all look wrapped.
 */
final class Sentences {

  private static final String ENDS = "。！？!?\n";
  /**
   * The longest sentence, in code points; a longer run is cut at its last clause mark in the second
   * half of it, or where it reaches the bound. The shared reports' longest quote is under 1,800.
   */
  static final int MAX_SENTENCE = 2_000;
  /**
   * A line longer than this, in code points, is taken to start anew at its next sentence: the readers
   * that look along a line for a total or a list must not look along a whole text written as one.
   */
  private static final int MAX_LINE = 2 * MAX_SENTENCE;
  /**
   * How long, in code points, a sentence of wrapped lines may run before a line break ends it. A
   * sentence a page wraps runs over a few lines (the shared reports' longest joined one is 312 code
   * points over 12 lines); past this the lines only look wrapped (a list or a flattened table whose
   * lines end in no stop), and joining them all would make each page one sentence, whose readers'
   * work grows with its length squared.
   */
  private static final int MAX_WRAPPED_RUN = 600;

  private Sentences() {}

  static List<Sentence> of(FactContext context) {
    String text = LineBreaks.unified(context.words);
    List<int[]> tables = new ArrayList<>();
    for (Table t : context.document.tables()) {
      tables.add(new int[] {t.span().start(), t.span().end()});
    }
    List<Sentence> out = new ArrayList<>();
    int wrapAt = wrapWidth(text);
    int startIndex = 0;
    int startOffset = 0;
    int offset = 0;
    boolean lineStart = true;
    int lineOffset = 0;
    int clauseIndex = -1;
    int clauseOffset = -1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      offset++;
      if (c == '\n' && offset - startOffset < MAX_WRAPPED_RUN && continues(text, i, wrapAt)) {
        while (next < text.length() && (text.charAt(next) == '\n' || text.charAt(next) == '\r')) {
          next++;
          offset++;
        }
        i = next;
        continue;
      }
      boolean ends = ENDS.indexOf(c) >= 0 || next == text.length();
      if (ends || offset - startOffset >= MAX_SENTENCE) {
        boolean atClause = !ends && clauseOffset - startOffset >= MAX_SENTENCE / 2;
        int endIndex = atClause ? clauseIndex : next;
        int endOffset = atClause ? clauseOffset : offset;
        boolean startsLine = lineStart || startOffset - lineOffset >= MAX_LINE;
        lineOffset = startsLine ? startOffset : lineOffset;
        add(context, out, tables, text.substring(startIndex, endIndex), startOffset, endOffset,
            startsLine);
        lineStart = ends && c == '\n';
        startIndex = endIndex;
        startOffset = endOffset;
      }
      if (Labels.CLAUSE_MARKS.indexOf(c) >= 0) {
        clauseIndex = next;
        clauseOffset = offset;
      }
      i = next;
    }
    return out;
  }

  /** The sentence holding a document offset, or null where there is none (in a table, say). */
  static @Nullable Sentence at(List<Sentence> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (s.end() <= offset) {
        lo = mid + 1;
      } else if (s.start() > offset) {
        hi = mid - 1;
      } else {
        return s;
      }
    }
    return null;
  }

  /**
   * Whether a line break falls inside a sentence: a long line cut off mid-word (no closing punctuation)
   * and followed by text that does not start a heading, an item or a table row, as page breaks leave
   * them (上级补助收入 0 万元，占 0%；事业 ⏎⏎ 收入 0 万元).
   */
  private static boolean continues(String text, int lineBreak, int wrapAt) {
    // the whole line's width, not the sentence's part of it: 服务类采购三种类型。其中：货物类采购 10000 元，占政府⏎
    // 采购预算 58.8% wraps a line whose sentence began halfway along it
    int from = text.lastIndexOf('\n', lineBreak - 1) + 1;
    if (lineBreak - from < MIN_WRAPPED_LINE && width(text, from, lineBreak) < wrapAt) {
      return false;
    }
    char last = text.charAt(lineBreak - 1);
    if (!Character.isIdeographic(last) && !Character.isDigit(last) && MID_SENTENCE.indexOf(last) < 0) {
      return false;
    }
    int next = lineBreak + 1;
    while (next < text.length() && (text.charAt(next) == '\n' || text.charAt(next) == '\r')) {
      next++;
    }
    if (next >= text.length() || next - lineBreak > 3) {
      return false;
    }
    int end = text.indexOf('\n', next);
    String following = text.substring(next, end < 0 ? text.length() : end);
    return !following.contains("\t") && !NEW_ITEM.matcher(following).lookingAt();
  }

  /**
   * Marks no sentence ends at: a line that ends with one was cut off (…占一般公共预算支出的 2.56%,⏎同比).
   * Not %: a row of a flattened table ends with its last rate.
   */
  private static final String MID_SENTENCE = ",，、";

  private static final int MIN_WRAPPED_LINE = 40;
  /** How many lines of a text are looked at to find its width, and how many it must have. */
  private static final int SAMPLED_LINES = 400;
  private static final int MIN_WRAPPED_LINES = 5;
  /** No text wraps its lines narrower than this, in columns. */
  private static final int NARROWEST_WRAP = 32;

  /**
   * How wide a line must be, in columns (a Chinese character takes two), to have been wrapped rather
   * than ended. Text copied from a justified page keeps the page's line breaks, and its lines differ in
   * characters (digits are narrow) but not much in width: 工资福利支出预算 2016908.34 元,占基本支出预算 ⏎
   * 81.45%,同比… is 29 characters and its neighbours 25 to 35, all 45 to 50 columns. A line within
   * 85 % of the widest tenth's width was wrapped; when a quarter of the lines, five at least, are that
   * wide, the text is wrapped at all. Texts of long one-line paragraphs keep {@value #MIN_WRAPPED_LINE}
   * characters.
   */
  private static int wrapWidth(String text) {
    List<Integer> widths = new ArrayList<>();
    for (int start = 0; start < text.length() && widths.size() < SAMPLED_LINES; ) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      if (!text.substring(start, end).isBlank()) {
        widths.add(width(text, start, end));
      }
      start = end + 1;
    }
    if (widths.size() < MIN_WRAPPED_LINES) {
      return Integer.MAX_VALUE;
    }
    widths.sort(null);
    int widest = widths.get(widths.size() * 9 / 10);
    int wrapped = widest * 85 / 100;
    long near = widths.stream().filter(w -> w >= wrapped && w <= widest).count();
    return widest >= NARROWEST_WRAP && widest < 2 * MIN_WRAPPED_LINE && near >= MIN_WRAPPED_LINES
        && near * 4 >= widths.size() ? wrapped : Integer.MAX_VALUE;
  }

  /** Columns a line takes in a monospaced view: two for a Chinese character or full-width form. */
  private static int width(String text, int from, int to) {
    int columns = 0;
    for (int i = from; i < to; ) {
      int c = text.codePointAt(i);
      columns += Character.isIdeographic(c) || (c >= 0x3000 && c <= 0x303F)
          || (c >= 0xFF01 && c <= 0xFF60) || (c >= 0xFE30 && c <= 0xFE4F) ? 2 : 1;
      i += Character.charCount(c);
    }
    return columns;
  }

  private static final java.util.regex.Pattern NEW_ITEM =
      java.util.regex.Pattern.compile(
          "\\s*(#|[（(]?[0-9一二三四五六七八九十]+[)）.．、](?![0-9])|第[一二三四五六七八九十]+|[⑴-⑿①-⑫]|\\*|\\|)");

  private static void add(
      FactContext context, List<Sentence> out, List<int[]> tables, String raw, int start, int end,
      boolean lineStart) {
    for (int[] t : tables) {
      if (start < t[1] && t[0] < end) {
        return;
      }
    }
    String text = raw.endsWith("\n") ? raw.substring(0, raw.length() - 1) : raw;
    int to = start + text.codePointCount(0, text.length());
    List<Mention> mentions = context.mentionsIn(start, to);
    out.add(new Sentence(start, to, text, mentions, lineStart));
  }
}
