package io.suanzhang.read.pdf;

import java.util.regex.Pattern;

/** How pieces of text are put back together: words on a line, lines of a paragraph or cell. */
final class Texts {

  /** A numbering that starts a heading or list item: 第一部分, 一、, （一）, 1., （1）. */
  static final Pattern MARKER =
      Pattern.compile("^(?:第[一二三四五六七八九十百零〇]+部分|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[）)]"
          + "|\\d{1,2}[、．.](?![0-9０-９])|[（(]\\d{1,2}[）)])");

  private Texts() {}

  static boolean isCjk(char c) {
    return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3000' && c <= '\u303f')
        || (c >= '\uff00' && c <= '\uffef') || c == '“' || c == '”' || c == '‘' || c == '’'
        || c == '…' || c == '—';
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * What goes between the end of one line and the start of the next when a paragraph wrapped there:
   * nothing, so that CJK text and numbers broken over lines ("1,234." + "56万元", "万" + "元") read as
   * one; a space only between two Latin words.
   */
  static String lineJoiner(CharSequence before, CharSequence after) {
    if (before.length() == 0 || after.length() == 0) {
      return "";
    }
    char a = before.charAt(before.length() - 1);
    char b = after.charAt(0);
    return isAsciiLetter(a) && isAsciiLetter(b) ? " " : "";
  }

  /** Appends a chunk to the text of a cell on the same line: a space where one stands, not between CJK. */
  static void appendOnLine(StringBuilder sb, Chunk chunk) {
    if (sb.length() > 0 && chunk.spaced()) {
      char a = sb.charAt(sb.length() - 1);
      char b = chunk.text().charAt(0);
      if (!(isCjk(a) && isCjk(b)) && a != ' ') {
        sb.append(' ');
      }
    }
    sb.append(chunk.text());
  }

  static boolean startsWithMarker(String text) {
    return MARKER.matcher(text).find();
  }
}
