package io.suanzhang.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a text as [start, end) UTF-16 ranges, without their line breaks: any of {@link
 * LineBreaks}, CR LF as one.
 */
public final class Lines {

  private Lines() {}

  public static List<int[]> of(String text) {
    List<int[]> lines = new ArrayList<>();
    int s = 0;
    for (int k = 0; k <= text.length(); k++) {
      if (k == text.length()) {
        lines.add(new int[] {s, k});
      } else if (LineBreaks.isBreak(text.charAt(k))) {
        lines.add(new int[] {s, k});
        if (text.charAt(k) == '\r' && k + 1 < text.length() && text.charAt(k + 1) == '\n') {
          k++;
        }
        s = k + 1;
      }
    }
    return lines;
  }
}
