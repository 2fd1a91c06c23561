package io.suanzhang.core.text;

import java.text.Normalizer;

/**
 * Repairs what PDF and Office extraction does to numbers and labels, before the text is written:
 * Kangxi radicals and compatibility ideographs from bad font maps (⼀ → 一), full-width digits and
 * signs (１２．５％ → 12.5%), and letter-spacing between Chinese characters (预 算 → 预算). Plain text
 * files are never passed through it: their content is their text.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  public static String normalise(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char n = map(c);
      boolean dropSpace = (c == ' ' || c == '\u00a0') && insideLetterSpacing(s, i);
      if (n != c || dropSpace) {
        if (out == null) {
          out = new StringBuilder(s.length());
          out.append(s, 0, i);
        }
        if (!dropSpace) {
          out.append(n);
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  /**
   * Whether the space at {@code i} is one of those set between the single characters of a
   * letter-spaced word (预 算 数, 填 报 人). A space between words of two or more characters (质量 达标)
   * separates them and stays.
   */
  private static boolean insideLetterSpacing(String s, int i) {
    int left = i - 1;
    int right = i + 1;
    if (left < 0 || right >= s.length() || !isIdeograph(map(s.charAt(left)))
        || !isIdeograph(map(s.charAt(right)))) {
      return false;
    }
    // Walk the run of "X X X" to both ends: every ideograph in it must stand alone.
    int start = left;
    while (start >= 2 && isSpace(s.charAt(start - 1)) && isIdeograph(map(s.charAt(start - 2)))) {
      start -= 2;
    }
    int end = right;
    while (end + 2 < s.length() && isSpace(s.charAt(end + 1)) && isIdeograph(map(s.charAt(end + 2)))) {
      end += 2;
    }
    boolean openLeft = start == 0 || !isIdeograph(map(s.charAt(start - 1)));
    boolean openRight = end == s.length() - 1 || !isIdeograph(map(s.charAt(end + 1)));
    return openLeft && openRight;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00a0';
  }

  /** One character as numbers and labels need it: 一 for ⼀, 5 for ５, % for ％; others unchanged. */
  public static char normalise(char c) {
    return map(c);
  }

  private static char map(char c) {
    if (c >= '０' && c <= '９') {
      return (char) (c - '０' + '0');
    }
    switch (c) {
      case '．':
        return '.';
      case '％':
        return '%';
      case '＋':
        return '+';
      case '－':
        return '-';
      default:
        break;
    }
    if ((c >= '\u2e80' && c <= '\u2fdf') || (c >= '\uf900' && c <= '\ufaff')) {
      String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
      if (n.length() == 1) {
        return n.charAt(0);
      }
    }
    return c;
  }

  private static boolean isIdeograph(char c) {
    return c >= '\u4e00' && c <= '\u9fff';
  }
}
