package io.suanzhang.checks.rule;

import io.suanzhang.core.CodePoints;

/** Quotes of the text around a passage, for evidence. */
final class Passages {

  /** The most a quote runs on either side of its passage, in code points. */
  private static final int REACH = 60;

  private Passages() {}

  /** The line holding [start, end), cut to {@link #REACH} code points either side. */
  static String line(CodePoints text, int start, int end) {
    int from = start;
    int floor = Math.max(0, start - REACH);
    while (from > floor && text.slice(from - 1, from).charAt(0) != '\n') {
      from--;
    }
    int to = end;
    int ceiling = Math.min(text.length(), end + REACH);
    while (to < ceiling && text.slice(to, to + 1).charAt(0) != '\n') {
      to++;
    }
    return text.slice(from, to).strip();
  }
}
