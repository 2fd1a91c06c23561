package io.suanzhang.core.document;

import io.suanzhang.core.text.CodePoints;
import io.suanzhang.core.text.Lines;
import io.suanzhang.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structure a plain text shows in place, as the text reader finds it in a file's content and as
 * extraction finds it in a bare string: Markdown headings, tables written with tabs or pipes (or a
 * CSV file's comma-separated rows), and one paragraph per other line. Spans are in code points.
 */
public final class TextBlocks {

  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");

  private TextBlocks() {}

  /** The blocks of a text. */
  public static List<Block> blocks(String text) {
    return blocks(text, false);
  }

  /** The blocks of a text; a CSV file is one table of comma-separated rows. */
  public static List<Block> blocks(String text, boolean csv) {
    CodePoints cp = CodePoints.of(text);
    List<int[]> lines = Lines.of(text);
    List<Block> blocks = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      int[] line = lines.get(i);
      String content = text.substring(line[0], line[1]);
      if (csv && !content.isBlank()) {
        int first = i;
        while (i < lines.size() && !text.substring(lines.get(i)[0], lines.get(i)[1]).isBlank()) {
          i++;
        }
        blocks.add(table(text, cp, lines.subList(first, i), List.of(), ','));
        continue;
      }
      if (isRow(content)) {
        int first = i;
        while (i < lines.size() && isRow(text.substring(lines.get(i)[0], lines.get(i)[1]))) {
          i++;
        }
        blocks.add(table(text, cp, lines.subList(first, i), linesBefore(text, lines, first), '\0'));
        continue;
      }
      i++;
      String stripped = content.strip();
      if (stripped.isEmpty()) {
        continue;
      }
      int start = line[0] + content.indexOf(stripped);
      Span span = Span.of(cp.toCodePoint(start), cp.toCodePoint(start + stripped.length()));
      Matcher heading = MARKDOWN_HEADING.matcher(stripped);
      if (heading.matches()) {
        blocks.add(new Heading(span, heading.group(1).length(), heading.group(2)));
      } else {
        blocks.add(new Paragraph(span));
      }
    }
    return blocks;
  }

  /** A table of the given lines; {@code separator} is ',' for CSV, else found per line. */
  private static Table table(
      String text, CodePoints cp, List<int[]> lines, List<String> before, char separator) {
    List<List<int[]>> rows = new ArrayList<>();
    for (int[] line : lines) {
      List<int[]> cells = separator == ',' ? csvCells(text, line) : cells(text, line);
      if (!isSeparatorRow(text, cells)) {
        rows.add(cells);
      }
    }
    List<List<String>> rowTexts = new ArrayList<>();
    for (List<int[]> row : rows) {
      rowTexts.add(row.stream().map(c -> text.substring(c[0], c[1])).toList());
    }
    int headerRows = TableHeads.headerRowCount(rowTexts);
    List<Cell> cells = new ArrayList<>();
    int columns = 0;
    List<List<String>> headerTexts = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<int[]> row = rows.get(r);
      columns = Math.max(columns, row.size());
      List<String> texts = new ArrayList<>();
      for (int c = 0; c < row.size(); c++) {
        int[] range = row.get(c);
        String content = text.substring(range[0], range[1]);
        texts.add(content);
        cells.add(
            new Cell(r, c, 1, 1, r < headerRows, content,
                Span.of(cp.toCodePoint(range[0]), cp.toCodePoint(range[1])), null));
      }
      if (r < headerRows) {
        headerTexts.add(texts);
      }
    }
    int start = lines.get(0)[0];
    int end = lines.get(lines.size() - 1)[1];
    return new Table(
        Span.of(cp.toCodePoint(start), cp.toCodePoint(end)), null,
        TableHeads.tableUnit(null, before, headerTexts), null, null, headerRows,
        TableHeads.columns(cells, columns, headerRows), cells);
  }

  private static List<String> linesBefore(String text, List<int[]> lines, int first) {
    List<String> before = new ArrayList<>();
    for (int k = first - 1; k >= 0 && before.size() < 2; k--) {
      String s = text.substring(lines.get(k)[0], lines.get(k)[1]).strip();
      if (!s.isEmpty()) {
        before.add(0, s);
      }
    }
    return before;
  }

  private static boolean isSeparatorRow(String text, List<int[]> row) {
    for (int[] cell : row) {
      String s = text.substring(cell[0], cell[1]);
      if (!s.isEmpty() && !s.chars().allMatch(ch -> ch == '-' || ch == ':' || ch == '=')) {
        return false;
      }
    }
    return true;
  }

  /** A table row: it has a tab, or at least two pipes. */
  static boolean isRow(String line) {
    if (line.indexOf('\t') >= 0) {
      return true;
    }
    int pipes = 0;
    for (int k = 0; k < line.length(); k++) {
      if (line.charAt(k) == '|') {
        pipes++;
      }
    }
    return pipes >= 2;
  }

  /** The trimmed cell ranges of a row; a pipe row's leading and trailing pipes open no cell. */
  private static List<int[]> cells(String text, int[] line) {
    String content = text.substring(line[0], line[1]);
    boolean tabs = content.indexOf('\t') >= 0;
    char sep = tabs ? '\t' : '|';
    List<int[]> out = new ArrayList<>();
    int s = line[0];
    int end = line[1];
    if (!tabs) {
      String stripped = content.strip();
      int lead = line[0] + content.indexOf(stripped);
      if (stripped.startsWith("|")) {
        s = lead + 1;
      }
      if (stripped.endsWith("|") && stripped.length() > 1) {
        end = lead + stripped.length() - 1;
      }
    }
    for (int k = s; k <= end; k++) {
      if (k == end || text.charAt(k) == sep) {
        int a = s;
        int b = k;
        while (a < b && Character.isWhitespace(text.charAt(a))) {
          a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
          b--;
        }
        out.add(new int[] {a, b});
        s = k + 1;
      }
    }
    return out;
  }

  /**
   * The cells of a CSV row; a quoted field's span is its content inside the quotes (a doubled quote
   * inside stays as written).
   */
  private static List<int[]> csvCells(String text, int[] line) {
    List<int[]> out = new ArrayList<>();
    int k = line[0];
    while (k <= line[1]) {
      if (k < line[1] && text.charAt(k) == '"') {
        int start = k + 1;
        int j = start;
        while (j < line[1] && !(text.charAt(j) == '"' && (j + 1 >= line[1] || text.charAt(j + 1) != '"'))) {
          j += text.charAt(j) == '"' ? 2 : 1;
        }
        out.add(new int[] {start, Math.min(j, line[1])});
        k = text.indexOf(',', Math.min(j + 1, line[1]));
        k = k < 0 || k > line[1] ? line[1] + 1 : k + 1;
      } else {
        int comma = text.indexOf(',', k);
        int end = comma < 0 || comma > line[1] ? line[1] : comma;
        int a = k;
        int b = end;
        while (a < b && Character.isWhitespace(text.charAt(a))) {
          a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
          b--;
        }
        out.add(new int[] {a, b});
        k = end + 1;
      }
    }
    return out;
  }
}
