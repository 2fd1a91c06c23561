package io.suanzhang.testkit.render;

import java.util.ArrayList;
import java.util.List;

/** Markdown {@code **bold**} inside a line, as runs; the markers themselves are not text. */
final class Emphasis {

  private static final String MARK = "**";

  private Emphasis() {}

  record Run(String text, boolean bold) {}

  /** The runs of {@code text}; an unpaired marker stays as written. */
  static List<Run> runs(String text) {
    List<Run> runs = new ArrayList<>();
    int from = 0;
    while (true) {
      int open = text.indexOf(MARK, from);
      int close = open < 0 ? -1 : text.indexOf(MARK, open + MARK.length());
      if (close < 0) {
        add(runs, text.substring(from), false);
        return List.copyOf(runs);
      }
      add(runs, text.substring(from, open), false);
      add(runs, text.substring(open + MARK.length(), close), true);
      from = close + MARK.length();
    }
  }

  /** The text without markers. */
  static String plain(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    runs(text).forEach(r -> sb.append(r.text()));
    return sb.toString();
  }

  private static void add(List<Run> runs, String text, boolean bold) {
    if (!text.isEmpty()) {
      runs.add(new Run(text, bold));
    }
  }
}
