package io.suanzhang.testkit;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.text.Span;
import io.suanzhang.testkit.render.PlainBlock;
import io.suanzhang.testkit.render.PlainReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * A generated report and its answer key: the plain text ({@link Rendering#TXT} writes it as is),
 * which lines are headings and at what level, and every number it states with its span in that text
 * (code points, end exclusive). Tables are tab-separated lines; the other renderings are made from
 * {@link #blocks()}.
 *
 * @param name a file name without extension, unique within a generated corpus
 * @param headings heading level by line index (0-based) of {@code text}
 */
public record GeneratedReport(
    String name, int year, String department, String text, Map<Integer, Integer> headings,
    List<Stated> numbers) {

  public GeneratedReport {
    requireNonNull(name, "name");
    requireNonNull(department, "department");
    requireNonNull(text, "text");
    headings = Map.copyOf(headings);
    numbers = List.copyOf(numbers);
    int length = text.codePointCount(0, text.length());
    for (Stated s : numbers) {
      if (s.span().end() > length || !slice(text, s.span()).equals(s.text())) {
        throw new IllegalArgumentException(String.format(
            Locale.ROOT, "%s: number %s is not at %s", name, s, s.span()));
      }
    }
  }

  /** The title: the first line. */
  public String title() {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }

  /** The number of a role; an exception names the roles there are. */
  public Stated number(String role) {
    return numbers.stream().filter(s -> s.role().equals(role)).findFirst().orElseThrow(
        () -> new NoSuchElementException("no number " + role + " in " + name + "; roles: "
            + numbers.stream().map(Stated::role).toList()));
  }

  /** The numbers whose role starts with {@code prefix}. */
  public List<Stated> numbers(String prefix) {
    return numbers.stream().filter(s -> s.role().startsWith(prefix)).toList();
  }

  /** The text at a span. */
  public String at(Span span) {
    return slice(text, span);
  }

  /** The line a span stands in, without its line break: the quote of an answer. */
  public String lineAt(Span span) {
    int start = text.offsetByCodePoints(0, span.start());
    int from = text.lastIndexOf('\n', start - 1) + 1;
    int to = text.indexOf('\n', start);
    return text.substring(from, to < 0 ? text.length() : to);
  }

  /** How often {@code s} occurs in the text. */
  public int occurrences(String s) {
    int n = 0;
    for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
      n++;
    }
    return n;
  }

  /**
   * The report with the text at {@code span} replaced on one line: numbers after it move, a number
   * it overlaps is dropped, and {@code replacing}, if given, is recorded at the new text.
   */
  public GeneratedReport replace(Span span, String replacement, @Nullable String replacingRole,
      @Nullable Numeral replacing) {
    if (replacement.indexOf('\n') >= 0 || at(span).indexOf('\n') >= 0) {
      throw new IllegalArgumentException("a replacement stays on its line");
    }
    int from = text.offsetByCodePoints(0, span.start());
    int to = text.offsetByCodePoints(0, span.end());
    String changed = text.substring(0, from) + replacement + text.substring(to);
    int shift = replacement.codePointCount(0, replacement.length()) - span.length();
    List<Stated> moved = new ArrayList<>();
    for (Stated s : numbers) {
      if (s.span().overlaps(span)) {
        continue;
      }
      moved.add(s.span().start() >= span.end()
          ? new Stated(s.role(), s.numeral(), Span.of(s.span().start() + shift, s.span().end() + shift))
          : s);
    }
    if (replacing != null && replacingRole != null) {
      int at = span.start() + replacement.indexOf(replacing.text());
      moved.add(new Stated(replacingRole, replacing, Span.of(at, at + replacing.text().length())));
      moved.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    }
    return new GeneratedReport(name, year, department, changed, headings, moved);
  }

  /** The same report under another name. */
  public GeneratedReport named(String newName) {
    return new GeneratedReport(newName, year, department, text, headings, numbers);
  }

  /** Headings, paragraphs and tables, as the DOCX, XLSX and PDF renderers draw them. */
  public List<PlainBlock> blocks() {
    List<PlainBlock> blocks = new ArrayList<>();
    List<List<String>> table = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.indexOf('\t') >= 0) {
        table.add(List.of(line.split("\t", -1)));
        continue;
      }
      if (!table.isEmpty()) {
        blocks.add(new PlainBlock.Table(table));
        table = new ArrayList<>();
      }
      if (line.isBlank()) {
        continue;
      }
      Integer level = headings.get(i);
      blocks.add(level == null ? new PlainBlock.Paragraph(line) : new PlainBlock.Heading(level, line));
    }
    if (!table.isEmpty()) {
      blocks.add(new PlainBlock.Table(table));
    }
    return List.copyOf(blocks);
  }

  public PlainReport plain() {
    return new PlainReport(blocks());
  }

  /**
   * The report as Markdown: {@code #} headings and pipe tables whose first row is the header. Spans
   * of {@link #numbers()} are into {@link #text()}; {@link #markdownOffset(int)} maps one.
   */
  public String markdown() {
    return Markdown.of(this).text();
  }

  /** Where the code point at {@code offset} of {@link #text()} is in {@link #markdown()}. */
  public int markdownOffset(int offset) {
    return Markdown.of(this).offset(offset);
  }

  private static String slice(String text, Span span) {
    int from = text.offsetByCodePoints(0, span.start());
    return text.substring(from, text.offsetByCodePoints(from, span.length()));
  }

  /** Roles by number, for messages. */
  Map<String, String> roles() {
    Map<String, String> m = new LinkedHashMap<>();
    numbers.forEach(s -> m.put(s.role(), s.text()));
    return m;
  }
}
