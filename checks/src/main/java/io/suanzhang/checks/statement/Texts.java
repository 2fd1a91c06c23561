package io.suanzhang.checks.statement;

import io.suanzhang.core.text.CodePoints;
import java.util.regex.Pattern;

/**
 * A report's extracted text, addressed in code points as spans are, with the few ways the rules
 * read around a number: the clause before it, the clause after it, its sentence and its list item.
 */
public final class Texts {

  /** What ends a clause: the number's label lies between the last of these and the number. */
  private static final String CLAUSE_BREAKS = "，,。；;：:！？!?\n\t";
  private static final String SENTENCE_BREAKS = "。；;！？!?";
  /**
   * A line that opens a list item or a heading: 1. 1、 （1） (1) ⑴ 一、 （一） 第一部分 附件. A number such as
   * 161.62 at the start of a wrapped line is not one.
   */
  private static final Pattern ITEM_START = Pattern.compile(
      "^\\s*(\\d{1,2}\\s*[.、．](?!\\d)|[（(]\\s*[0-9一二三四五六七八九十]{1,3}\\s*[）)]|[⑴-⒇①-⑳]"
          + "|[一二三四五六七八九十]{1,3}\\s*、|第[一二三四五六七八九十\\d]+[部分章节]|附件|#)");
  /** How far back an item may start: a list item longer than this is not one item. */
  private static final int MAX_ITEM = 1500;
  /** How far before its item a list's lead-in line may stand. */
  private static final int MAX_LEAD = 6000;

  private final CodePoints points;
  private final String text;

  public Texts(String text) {
    this.points = CodePoints.of(text);
    this.text = text;
  }

  public int length() {
    return points.length();
  }

  /** The text between two code-point offsets, clamped to the text. */
  public String slice(int start, int end) {
    int from = Math.max(0, Math.min(start, length()));
    int to = Math.max(from, Math.min(end, length()));
    return points.slice(from, to);
  }

  /** The clause before an offset: from the last clause break (or {@code floor}) to the offset. */
  public String clauseBefore(int offset, int floor) {
    int end = points.toUtf16(clamp(offset));
    int stop = points.toUtf16(clamp(Math.max(0, floor)));
    int i = end;
    while (i > stop && CLAUSE_BREAKS.indexOf(text.charAt(i - 1)) < 0) {
      i--;
    }
    return text.substring(i, end);
  }

  /** The clause after an offset, up to the next clause break or {@code limit} code points. */
  public String clauseAfter(int offset, int limit) {
    int start = points.toUtf16(clamp(offset));
    int stop = points.toUtf16(clamp(offset + limit));
    int i = start;
    while (i < stop && CLAUSE_BREAKS.indexOf(text.charAt(i)) < 0) {
      i++;
    }
    return text.substring(start, i);
  }

  /** The code-point offset where the sentence holding {@code offset} starts. */
  public int sentenceStart(int offset) {
    int i = points.toUtf16(clamp(offset));
    while (i > 0 && SENTENCE_BREAKS.indexOf(text.charAt(i - 1)) < 0 && text.charAt(i - 1) != '\n') {
      i--;
    }
    return points.toCodePoint(i);
  }

  /** The code-point offset where the sentence holding {@code offset} ends (exclusive). */
  public int sentenceEnd(int offset) {
    int i = points.toUtf16(clamp(offset));
    while (i < text.length() && SENTENCE_BREAKS.indexOf(text.charAt(i)) < 0
        && text.charAt(i) != '\n') {
      i++;
    }
    return points.toCodePoint(i);
  }

  /**
   * Where the list item holding {@code offset} starts: the start of the nearest line at or before it
   * that opens an item or follows a blank line, but not before {@code floor} (the section's start).
   */
  public int itemStart(int offset, int floor) {
    int limit = points.toUtf16(clamp(Math.max(floor, offset - MAX_ITEM)));
    int i = points.toUtf16(clamp(offset));
    while (true) {
      int lineStart = i;
      while (lineStart > limit && text.charAt(lineStart - 1) != '\n') {
        lineStart--;
      }
      int lineEnd = text.indexOf('\n', lineStart);
      String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
      if (lineStart <= limit || ITEM_START.matcher(line).find()) {
        return points.toCodePoint(lineStart);
      }
      int previous = lineStart - 1; // the '\n' ending the previous line
      if (previous > limit && endsParagraph(previous)) {
        // A blank line before, or a line ending a sentence: a new paragraph. A line wrapped inside a
        // sentence (年初预算为\n161.62万元) goes on.
        return points.toCodePoint(lineStart);
      }
      i = previous;
    }
  }

  /** Whether the line ending at the line break {@code newline} is blank or ends a sentence. */
  private boolean endsParagraph(int newline) {
    int j = newline - 1;
    while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
      j--;
    }
    return j < 0 || text.charAt(j) == '\n' || "。！？!?".indexOf(text.charAt(j)) >= 0;
  }

  /**
   * The line that leads into the list an item belongs to (财政拨款支出主要内容如下：), if one ends with a colon
   * within the few lines before the item and after {@code floor}.
   */
  String lead(int itemStart, int floor) {
    int stop = points.toUtf16(clamp(Math.max(floor, itemStart - MAX_LEAD)));
    int end = points.toUtf16(clamp(itemStart));
    while (end > stop) {
      int lineEnd = end - 1; // the '\n' before the current line
      int lineStart = lineEnd;
      while (lineStart > stop && text.charAt(lineStart - 1) != '\n') {
        lineStart--;
      }
      String line = text.substring(lineStart, Math.max(lineStart, lineEnd)).strip();
      if (line.endsWith("：") || line.endsWith(":")) {
        return line;
      }
      end = lineStart;
    }
    return "";
  }

  /** Whether a line opens a list item or a heading. */
  public static boolean opensItem(String line) {
    return ITEM_START.matcher(line).find();
  }

  private int clamp(int offset) {
    return Math.max(0, Math.min(offset, length()));
  }
}
