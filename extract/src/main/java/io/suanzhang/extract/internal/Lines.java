package io.suanzhang.extract.internal;

import java.util.ArrayList;
import java.util.List;

/** The lines of a text as [start, end) UTF-16 ranges, without their line breaks (\\n or \\r\\n). */
public final class Lines {

  private Lines() {}

  public static List<int[]> of(String text) {
    List<int[]> lines = new ArrayList<>();
    int s = 0;
    for (int k = 0; k <= text.length(); k++) {
      if (k == text.length() || text.charAt(k) == '\n') {
        int e = k > s && text.charAt(k - 1) == '\r' ? k - 1 : k;
        lines.add(new int[] {s, e});
        s = k + 1;
      }
    }
    return lines;
  }
}
