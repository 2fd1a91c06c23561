package io.suanzhang.read.internal;

import io.suanzhang.core.text.UnitDeclarations;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * Remembers the last lines written before a table and picks the one that reads as its title: a short
 * line, not a sentence, that names a table (…表) or stands centred. A unit line (单位：万元) between
 * title and table is looked past; the table's unit is found from it elsewhere.
 */
public final class TableTitles {

  private static final int MAX_TITLE = 60;
  private static final int MAX_UNIT_LINE = 24;

  private record Line(String text, boolean centered) {}

  private final Deque<Line> recent = new ArrayDeque<>(3);

  /** A paragraph or heading was written. */
  public void line(String text, boolean centered) {
    String clean = text.strip();
    if (clean.isEmpty()) {
      return;
    }
    if (recent.size() == 2) {
      recent.removeFirst();
    }
    recent.addLast(new Line(clean, centered));
  }

  /** A table was written: the lines before it are used up. */
  public void clear() {
    recent.clear();
  }

  /** The title of a table that starts now, or null. */
  public @Nullable String title() {
    Line[] lines = recent.toArray(new Line[0]);
    for (int k = lines.length - 1; k >= 0; k--) {
      Line line = lines[k];
      if (isUnitLine(line.text())) {
        continue;
      }
      return looksLikeTitle(line.text(), line.centered()) ? line.text() : null;
    }
    return null;
  }

  /** 单位：万元, （单位：元）, 金额单位：万元: a line that only declares a unit. */
  public static boolean isUnitLine(String text) {
    String s = text.strip();
    return s.length() <= MAX_UNIT_LINE && UnitDeclarations.find(s) != null && s.contains("单位");
  }

  public static boolean looksLikeTitle(String text, boolean centered) {
    String s = text.strip();
    if (s.isEmpty() || s.codePointCount(0, s.length()) > MAX_TITLE || s.indexOf('\n') >= 0) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    if ("。；;，,：:！!？?".indexOf(last) >= 0) {
      return false;
    }
    return centered || s.contains("表");
  }
}
