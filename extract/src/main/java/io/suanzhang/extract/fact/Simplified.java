package io.suanzhang.extract.fact;

import com.hankcs.hanlp.HanLP;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A text in traditional characters read as simplified, character for character: the words the fact
 * readers look for (较上年, 增长, 占, 预算) are found in a mirror of a report that prints 較上年, 增長, 佔, 預算.
 * Every character keeps its place, so offsets into the view are offsets into the text; quotes are
 * still taken from the text as written.
 */
final class Simplified {

  /** Characters common in reports that only traditional writing uses: three of them make a text so. */
  private static final String TELLTALE = "較與經費預決數財務萬項實長減這為個來時會對說們";
  private static final int TELLTALE_MIN = 3;

  /** HanLP's conversion of one character, kept when it is one character too. */
  private static final Map<Character, Character> SIMPLIFIED = new ConcurrentHashMap<>();

  private Simplified() {}

  /** The text with each traditional character replaced by its simplified form; the text itself if it has none. */
  static String of(String text) {
    int telltales = 0;
    for (int i = 0; i < text.length() && telltales < TELLTALE_MIN; i++) {
      if (TELLTALE.indexOf(text.charAt(i)) >= 0) {
        telltales++;
      }
    }
    if (telltales < TELLTALE_MIN) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(Character.isIdeographic(c) ? SIMPLIFIED.computeIfAbsent(c, Simplified::convert) : c);
    }
    return out.toString();
  }

  private static char convert(char c) {
    String s = HanLP.convertToSimplifiedChinese(String.valueOf(c));
    return s.length() == 1 ? s.charAt(0) : c;
  }
}
