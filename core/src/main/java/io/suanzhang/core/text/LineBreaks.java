package io.suanzhang.core.text;


/**
 * The line breaks a text may hold: line feed, carriage return alone (old Mac files, some exports),
 * CR LF, the Unicode line and paragraph separators (U+2028, U+2029), next line (U+0085), vertical tab
 * and form feed (a page break in text dumped from PDFs). Code that cuts text into lines, sentences or
 * quotes must know them all: a text whose lines end in a lone CR is otherwise one line, and every
 * quote taken from it the whole text.
 */
public final class LineBreaks {

  private LineBreaks() {}

  /** Whether {@code c} ends a line; the CR of a CR LF is one too (see {@link #unified}). */
  public static boolean isBreak(char c) {
    switch (c) {
      case '\n':
      case '\r':
      case '\u2028':
      case '\u2029':
      case '\u0085':
      case '\u000b':
      case '\u000c':
        return true;
      default:
        return false;
    }
  }

  /**
   * The text with every line break but CR LF written as a line feed, one character for one, so that
   * offsets stay those of {@code text}; CR LF stays as it is, as code that knows line feeds reads it.
   * Returns {@code text} itself when it has no other breaks.
   */
  public static String unified(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\n' && isBreak(c) && !(c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = '\n';
      }
    }
    return out == null ? text : new String(out);
  }
}
