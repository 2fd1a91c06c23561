package io.suanzhang.extract.fact;

import io.suanzhang.core.document.Table;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.extract.internal.LineBreaks;
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
      if (c == '\n' && continues(text, startIndex, i, wrapAt)) {
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
  private static boolean continues(String text, int lineStart, int lineBreak, int wrapAt) {
    int lastLine = text.lastIndexOf('\n', lineBreak - 1) + 1;
    int from = Math.max(lineStart, lastLine);
    if (lineBreak - from < wrapAt) {
      return false;
    }
    char last = text.charAt(lineBreak - 1);
    if (!Character.isIdeographic(last) && !Character.isDigit(last)) {
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

  private static final int MIN_WRAPPED_LINE = 40;
  /** How many lines of one width make a text wrapped at it, and how many lines are looked at. */
  private static final int MIN_WRAPPED_LINES = 5;
  private static final int SAMPLED_LINES = 400;
  /** No text wraps its lines narrower than this. */
  private static final int NARROWEST_WRAP = 16;

  /**
   * How long a line must be to have been wrapped rather than ended: {@value #MIN_WRAPPED_LINE}, or the
   * width a text is wrapped at where a quarter of its lines, five at least, are of one narrower width
   * (a page copied with lines of 26 characters: 工资福利支出预算 857,890.16 元,占基本支出预算 ⏎ 92.82%,同比…).
   */
  private static int wrapWidth(String text) {
    int[] counts = new int[MIN_WRAPPED_LINE + 1];
    int lines = 0;
    for (int start = 0; start < text.length() && lines < SAMPLED_LINES; ) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      int length = end - start;
      if (length >= NARROWEST_WRAP && length < MIN_WRAPPED_LINE) {
        counts[length]++;
      }
      if (!text.substring(start, end).isBlank()) {
        lines++;
      }
      start = end + 1;
    }
    // Lines wrapped at a width are of that width, give or take a character: many of them.
    int best = -1;
    int bestCount = 0;
    for (int w = NARROWEST_WRAP; w < MIN_WRAPPED_LINE; w++) {
      int around = counts[w - 1] + counts[w] + counts[w + 1];
      if (around > bestCount) {
        best = w;
        bestCount = around;
      }
    }
    return bestCount >= MIN_WRAPPED_LINES && bestCount * 4 >= lines ? best - 1 : MIN_WRAPPED_LINE;
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
