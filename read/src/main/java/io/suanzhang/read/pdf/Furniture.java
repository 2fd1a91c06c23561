package io.suanzhang.read.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Running headers, footers and page numbers: lines near the top or bottom edge of a page that repeat
 * at the same height on several pages (digits aside), or that are a page number by their form ("- 3
 * -", "第3页", "3/25", a bare number).
 */
final class Furniture {

  /** The top and bottom share of a page where running lines stand. */
  private static final float TOP_BAND = 0.10f;
  private static final float BOTTOM_BAND = 0.12f;
  /** Lines longer than this are body text even in the bands. */
  private static final int MAX_LENGTH = 40;

  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "[-—–－~·•]*\\d{1,4}[-—–－~·•]*|第\\d{1,4}页(共\\d{1,4}页)?|\\d{1,4}/\\d{1,4}"
              + "|(?i:page)\\d{1,4}(of\\d{1,4})?|共\\d{1,4}页第\\d{1,4}页|[-—–－]?[ivxlcdm]{1,6}[-—–－]?");

  private Furniture() {}

  /** The pages with their running lines removed. */
  static List<PageText> remove(List<PageText> pages) {
    Map<String, Integer> counts = new HashMap<>();
    for (PageText page : pages) {
      for (Line line : page.lines()) {
        String key = key(page, line);
        if (key != null) {
          counts.merge(key, 1, Integer::sum);
        }
      }
    }
    int withText = 0;
    for (PageText page : pages) {
      if (!page.lines().isEmpty()) {
        withText++;
      }
    }
    int repeats = withText <= 3 ? 2 : 3;
    List<PageText> out = new ArrayList<>(pages.size());
    for (PageText page : pages) {
      List<Line> kept = new ArrayList<>(page.lines().size());
      int n = page.lines().size();
      for (int i = 0; i < n; i++) {
        Line line = page.lines().get(i);
        String key = key(page, line);
        boolean running = key != null && withText > 1 && counts.get(key) >= repeats;
        boolean edge = i < 2 || i >= n - 2;
        if (!running && !(edge && key != null && isPageNumber(line))) {
          kept.add(line);
        }
      }
      out.add(kept.size() == n ? page : page.withLines(kept));
    }
    return out;
  }

  /** Text with digits masked and the height in 3-point steps, for lines in the bands; else null. */
  private static String key(PageText page, Line line) {
    if (page.height() <= 0) {
      return null;
    }
    float rel = line.y / page.height();
    boolean top = rel < TOP_BAND;
    boolean bottom = rel > 1 - BOTTOM_BAND;
    if (!top && !bottom) {
      return null;
    }
    String text = line.text();
    if (text.length() > MAX_LENGTH) {
      return null;
    }
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (sb.length() == 0 || sb.charAt(sb.length() - 1) != '#') {
          sb.append('#');
        }
      } else if (!Character.isWhitespace(c)) {
        sb.append(c);
      }
    }
    return sb.append('@').append(Math.round(line.y / 3)).toString();
  }

  static boolean isPageNumber(Line line) {
    String compact = line.text().replace(" ", "").toLowerCase(Locale.ROOT);
    return !compact.isEmpty() && compact.length() <= 16 && PAGE_NUMBER.matcher(compact).matches();
  }
}
