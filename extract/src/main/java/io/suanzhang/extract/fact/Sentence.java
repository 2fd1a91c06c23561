package io.suanzhang.extract.fact;

import io.suanzhang.core.mention.Mention;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A sentence of prose (up to 。！？ or a line break) with the mentions inside it. Offsets are code
 * points; {@code text} is the sentence itself, so {@code text} index {@code i} is document offset
 * {@code start + i} as long as the sentence holds no supplementary characters — {@link #slice} takes
 * care of that.
 */
record Sentence(int start, int end, String text, List<Mention> mentions, boolean lineStart) {

  /** Compiled once: a label is taken before every mention. */
  private static final Pattern BLANKS = Pattern.compile("\\s+");
  /** A bracket of one or two characters inside a word: （境）, （类）, (项); not a numbering, （1）. */
  private static final Pattern WORD_BRACKET = Pattern.compile("[（(][^（()）,，；;：:、0-9０-９一二三四五六七八九十]{1,2}[)）](?=\\S)");
  /**
   * 收、支 (收入、支出) is one name, the balanced total, not a list: 财政拨款收、支预算13,297.11万元 is of
   * 财政拨款收、支, never of a bare 支.
   */
  private static final Pattern INCOME_AND_SPENDING = Pattern.compile("(?<=收入?)、(?=支)");

  Sentence {
    mentions = List.copyOf(mentions);
  }

  /** The text between two document offsets inside this sentence. */
  String slice(int from, int to) {
    return text.substring(indexOf(Math.max(start, from)), indexOf(Math.min(end, to)));
  }

  /** The document offset of a UTF-16 index into {@code text}. */
  int offsetOf(int utf16Index) {
    return start + (oneUnitEach() ? utf16Index : text.codePointCount(0, utf16Index));
  }

  /** The UTF-16 index into {@code text} of a document offset. */
  int indexOf(int offset) {
    return oneUnitEach() ? offset - start : text.offsetByCodePoints(0, offset - start);
  }

  /**
   * Whether every code point of the text is one UTF-16 unit, as in nearly every report: then an index
   * is found in constant time, not by counting from the sentence's start at each call.
   */
  private boolean oneUnitEach() {
    return text.length() == end - start;
  }

  /**
   * The label written before a mention: the words from the previous mention or clause mark up to it,
   * e.g. 实际支出数 before 916.11万元.
   */
  String lead(Mention m) {
    int from = start;
    for (Mention other : mentions) {
      if (other.end() <= m.start()) {
        from = Math.max(from, other.end());
      }
    }
    String before = slice(from, m.start());
    // A word's own short bracket is no clause mark: 因公出国（境）费, 一般公共服务支出（类）.
    // Each pattern needs a character most labels lack: searched for only where it is there.
    String marks = before.indexOf('（') < 0 && before.indexOf('(') < 0 ? before
        : WORD_BRACKET.matcher(before).replaceAll(r -> "_".repeat(r.group().length()));
    if (marks.indexOf('、') >= 0) {
      marks = INCOME_AND_SPENDING.matcher(marks).replaceAll("_");
    }
    int cut = -1;
    for (int i = 0; i < marks.length(); i++) {
      if (Labels.CLAUSE_MARKS.indexOf(marks.charAt(i)) >= 0) {
        cut = i;
      }
    }
    // Labels are CJK words: spaces and line breaks inside them are extraction artefacts.
    return BLANKS.matcher(before.substring(cut + 1)).replaceAll("");
  }

  /** The text right after a mention up to the next mention or the end of the sentence. */
  String tail(Mention m) {
    int to = end;
    for (Mention other : mentions) {
      if (other.start() >= m.end()) {
        to = Math.min(to, other.start());
      }
    }
    return slice(m.end(), to);
  }
}
