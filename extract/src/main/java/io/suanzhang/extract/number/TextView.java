package io.suanzhang.extract.number;

import io.suanzhang.core.text.LineBreaks;
import io.suanzhang.core.text.TextNormalizer;

/**
 * The text as the number scanner sees it: one normalised character per original UTF-16 unit, so that
 * an index into the view is an index into the text. Full-width digits and signs become ASCII, Kangxi
 * radicals from bad PDF font maps (⼀) become the characters they stand for, odd spaces become spaces,
 * and every line break but CR LF a line feed (a lone CR, U+2028 …): what looks for a line's end looks
 * for {@code \n}, and must find it in every text, or look through the whole of it each time.
 */
final class TextView {

  private final String text;
  private final char[] chars;

  TextView(String text) {
    this.text = text;
    String lines = LineBreaks.unified(text);
    this.chars = new char[text.length()];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = normalise(lines.charAt(i));
    }
  }

  /** Like the text normaliser, and also the odd spaces and signs only number reading cares about. */
  static char normalise(char c) {
    switch (c) {
      case '\u00a0':
      case '\u3000':
      case '\u2002':
      case '\u2003':
      case '\u2009':
      case '\u202f':
        return ' ';
      case '﹪':
        return '%';
      case '−':
        return '-';
      case '＞':
        return '>';
      case '＜':
        return '<';
      case '／':
        return '/';
      // Traditional writing of the magnitudes and words around amounts (2954萬元, 1.2億元, 佔): a mirror
      // in traditional characters states its amounts in the same units.
      case '萬':
        return '万';
      case '億':
        return '亿';
      case '佔':
        return '占';
      default:
        return c < 0x2000 ? c : TextNormalizer.normalise(c);
    }
  }

  String text() {
    return text;
  }

  /** The normalised characters of [from, to). */
  String normalised(int from, int to) {
    return new String(chars, from, to - from);
  }

  int length() {
    return chars.length;
  }

  char at(int i) {
    return i >= 0 && i < chars.length ? chars[i] : '\0';
  }

  /** The character as written, before normalisation. */
  char original(int i) {
    return i >= 0 && i < chars.length ? text.charAt(i) : '\0';
  }

  boolean isDigit(int i) {
    char c = at(i);
    return c >= '0' && c <= '9';
  }

  boolean isAsciiLetter(int i) {
    char c = at(i);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isCjk(char c) {
    return c >= '\u4e00' && c <= '\u9fff';
  }

  boolean startsWith(int i, String word) {
    if (i < 0 || i + word.length() > chars.length) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (chars[i + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code word} ends just before index {@code end}. */
  boolean endsWith(int end, String word) {
    return startsWith(end - word.length(), word);
  }

  /** The first of {@code words} that starts at {@code i}, or null. */
  String matchAt(int i, Iterable<String> words) {
    for (String w : words) {
      if (startsWith(i, w)) {
        return w;
      }
    }
    return null;
  }

  /** The first of {@code words} that ends just before {@code end}, or null. */
  String matchBefore(int end, Iterable<String> words) {
    for (String w : words) {
      if (endsWith(end, w)) {
        return w;
      }
    }
    return null;
  }

  /**
   * Skips the spaces that PDF extraction and typesetting put inside a number or between a number and
   * its unit, and at most one line break: {@code 91.68 万元}, {@code 1.92 万\n元}. Tabs separate
   * table cells and are never skipped.
   */
  int skipSoft(int i) {
    boolean newline = false;
    while (i < chars.length) {
      char c = chars[i];
      if (c == ' ') {
        i++;
      } else if ((c == '\n' || c == '\r') && !newline) {
        newline = true;
        i += (c == '\r' && at(i + 1) == '\n') ? 2 : 1;
      } else {
        break;
      }
    }
    return i;
  }

  /** Like {@link #skipSoft} but backwards from {@code end} (exclusive). */
  int skipSoftBack(int end) {
    boolean newline = false;
    int i = end;
    while (i > 0) {
      char c = chars[i - 1];
      if (c == ' ') {
        i--;
      } else if ((c == '\n' || c == '\r') && !newline) {
        newline = true;
        i -= (c == '\n' && at(i - 2) == '\r') ? 2 : 1;
      } else {
        break;
      }
    }
    return i;
  }

  /** Whether a line starts at {@code i}: in constant time, not by walking back to the line's start. */
  boolean startsLine(int i) {
    return i <= 0 || at(i - 1) == '\n';
  }
}
