package io.suanzhang.testkit.render;

import java.util.List;
import java.util.Locale;

/** One block of a {@link PlainReport}: a heading, a paragraph or a table. */
public sealed interface PlainBlock {

  /** A Markdown {@code #} line; {@code level} is the number of {@code #}. */
  record Heading(int level, String text) implements PlainBlock {
    public Heading {
      if (level < 1 || level > 6) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "a heading level is 1 to 6, not %d", level));
      }
    }
  }

  /** One non-blank line of running text, without its surrounding spaces. */
  record Paragraph(String text) implements PlainBlock {}

  /** Consecutive table lines, one row each, cells as written (stripped); rows may differ in length. */
  record Table(List<List<String>> rows) implements PlainBlock {
    public Table {
      if (rows.isEmpty()) {
        throw new IllegalArgumentException("a table has at least one row");
      }
      rows = rows.stream().map(List::copyOf).toList();
    }

    /** The width of the widest row: renderers pad shorter rows to a rectangular grid. */
    public int columns() {
      return rows.stream().mapToInt(List::size).max().orElse(0);
    }

    /** The cell at {@code row}, {@code column}, or {@code ""} beyond the end of a short row. */
    public String cell(int row, int column) {
      List<String> r = rows.get(row);
      return column < r.size() ? r.get(column) : "";
    }
  }
}
