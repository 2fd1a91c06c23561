package io.suanzhang.testkit.render;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.suanzhang.testkit.render.PlainBlock.Heading;
import io.suanzhang.testkit.render.PlainBlock.Paragraph;
import io.suanzhang.testkit.render.PlainBlock.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-text report cut into blocks: Markdown {@code #} lines are headings, runs of consecutive
 * lines holding a tab or at least two {@code |} are tables, and every other non-blank line is a
 * paragraph of its own (a line break in these texts is usually a paragraph break).
 */
public record PlainReport(List<PlainBlock> blocks) {

  private static final Pattern HEADING = Pattern.compile("^\\s*(#{1,6})(?:\\s+(.*?))?\\s*#*\\s*$");
  private static final Pattern SEPARATOR_CELL = Pattern.compile("-{3,}|:-+:?|-+:");

  public PlainReport {
    blocks = List.copyOf(blocks);
  }

  public static PlainReport read(Path file) throws IOException {
    return parse(Files.readString(file, UTF_8));
  }

  public static PlainReport parse(String text) {
    List<PlainBlock> blocks = new ArrayList<>();
    List<List<String>> table = new ArrayList<>();
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    for (String line : body.split("\r\n|\r|\n", -1)) {
      boolean tableLine = !line.isBlank() && isTableLine(line) && !HEADING.matcher(line).matches();
      if (tableLine) {
        List<String> cells = cells(line);
        if (!isSeparator(cells)) {
          table.add(cells);
        }
        continue;
      }
      flush(table, blocks);
      if (line.isBlank()) {
        continue;
      }
      Matcher h = HEADING.matcher(line);
      if (h.matches()) {
        String title = h.group(2) == null ? "" : h.group(2);
        blocks.add(new Heading(h.group(1).length(), title));
      } else {
        blocks.add(new Paragraph(line.strip()));
      }
    }
    flush(table, blocks);
    return new PlainReport(blocks);
  }

  /** The blocks of one kind, in order. */
  public <T extends PlainBlock> List<T> blocks(Class<T> kind) {
    return blocks.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /** The first heading or paragraph: what a title page would show. */
  public String title() {
    for (PlainBlock b : blocks) {
      if (b instanceof Heading h) {
        return h.text();
      }
      if (b instanceof Paragraph p) {
        return p.text();
      }
    }
    return "";
  }

  private static void flush(List<List<String>> table, List<PlainBlock> blocks) {
    if (!table.isEmpty()) {
      blocks.add(new Table(table));
      table.clear();
    }
  }

  static boolean isTableLine(String line) {
    return line.indexOf('\t') >= 0 || line.chars().filter(c -> c == '|').count() >= 2;
  }

  /**
   * Tab-separated when the line has a tab (leading and trailing empty cells kept: they are merged
   * cells of the original); otherwise a pipe table, whose outer pipes are Markdown decoration.
   */
  static List<String> cells(String line) {
    String[] parts;
    if (line.indexOf('\t') >= 0) {
      parts = line.stripTrailing().isEmpty() ? new String[] {""} : line.split("\t", -1);
    } else {
      String s = line.strip();
      if (s.startsWith("|")) {
        s = s.substring(1);
      }
      if (s.endsWith("|")) {
        s = s.substring(0, s.length() - 1);
      }
      parts = s.split("\\|", -1);
    }
    return Arrays.stream(parts).map(String::strip).toList();
  }

  /** {@code |---|:--:|} or its tab-separated cousin: layout, not content. */
  static boolean isSeparator(List<String> cells) {
    boolean any = false;
    for (String c : cells) {
      if (c.isEmpty()) {
        continue;
      }
      if (!SEPARATOR_CELL.matcher(c).matches()) {
        return false;
      }
      any = true;
    }
    return any;
  }
}
