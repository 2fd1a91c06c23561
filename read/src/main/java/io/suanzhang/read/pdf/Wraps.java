package io.suanzhang.read.pdf;

/**
 * Where a typesetter may wrap a line of Chinese text, and so whether a line that stops short of the
 * right margin ended its paragraph or was wrapped there. Text breaks between any two characters
 * except inside a number or Latin word, between a number and its unit (1,032.46万元, 3 万元),
 * before closing punctuation and after opening punctuation; a line left short because the next such
 * piece would not fit goes on in the next line.
 */
final class Wraps {

  /** Marks that never start a line: they stay with the piece before them. */
  private static final String CLOSING = "，。、；：？！）》」』】〕〉”’…—·%％‰,.;:!?)]}";
  /** Marks that never end a line: they stay with the piece after them. */
  private static final String OPENING = "（《「『【〔〈“‘([{";
  /** Magnitudes and units that stay with the number before them. */
  private static final String UNIT = "百千万亿元";
  /** The marks that close a sentence or clause: a short line ending in one ended its paragraph. */
  private static final String SENTENCE_END = "。！？；：!?;:";

  private Wraps() {}

  /** The end (exclusive, in chars) of the first piece of {@code s} that a line cannot break inside. */
  static int firstPiece(CharSequence s) {
    int n = s.length();
    int i = 0;
    while (i < n && OPENING.indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    if (i < n && isWordChar(s.charAt(i))) {
      while (i < n && isWordChar(s.charAt(i))) {
        i++;
      }
      if (Character.isDigit(s.charAt(i - 1))) {
        int unit = i;
        while (unit < n && s.charAt(unit) == ' ') {
          unit++; // 3 万元: the unit may stand a space apart
        }
        int end = unit;
        while (end < n && UNIT.indexOf(s.charAt(end)) >= 0) {
          end++;
        }
        i = end > unit ? end : i;
      }
    } else if (i < n) {
      i += Character.charCount(Character.codePointAt(s, i));
    }
    while (i < n && CLOSING.indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  /**
   * Whether {@code line}, which stops short of {@code right}, was wrapped rather than ended: it does
   * not close a sentence or clause, and the first piece of {@code next} is wider than the room it
   * left (a number with its unit and comma, 74.75%；, pushed to the next line whole).
   */
  static boolean wrappedBefore(Line line, Line next, float right) {
    String text = line.text().strip();
    if (text.isEmpty() || SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0) {
      return false;
    }
    float room = right - line.x1;
    return next.lead > room - 0.25f * line.size;
  }

  /** Latin letters, digits and the marks inside numbers: runs that read as one word. */
  private static boolean isWordChar(char c) {
    return (c > ' ' && c < 0x7F && CLOSING.indexOf(c) < 0 && OPENING.indexOf(c) < 0)
        || Character.isDigit(c) || c == '.' || c == ',' || c == '%' || c == '．' || c == '％';
  }
}
