package io.suanzhang.extract.fact;

import io.suanzhang.core.Document;
import io.suanzhang.core.document.Block;
import io.suanzhang.core.document.Heading;
import io.suanzhang.core.document.Paragraph;
import io.suanzhang.core.document.Table;
import io.suanzhang.core.text.CodePoints;
import io.suanzhang.core.text.Lines;
import io.suanzhang.core.text.Span;
import io.suanzhang.core.text.Trailing;
import io.suanzhang.core.text.Without;
import io.suanzhang.extract.fact.HeadingNumbers.Marker;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The lines that could open a section: every heading block, and every other line outside tables and
 * the table of contents that starts with a numbering. Whether a numbered line is a heading or a list
 * item is left to {@link Sections}, which sees its siblings.
 */
final class HeadingLines {

  /** Longest text after the numbering that still reads as a title (the seeds' titles stay under 30). */
  static final int MAX_TITLE = 40;

  /**
   * A line that may open a section. {@code blockLevel} is the reader's heading level, 0 for a plain
   * line; {@code titleLike} says a plain line reads as a title rather than a sentence.
   */
  record Candidate(
      Span heading, @Nullable Marker marker, String title, int blockLevel, boolean titleLike) {

    boolean isBlock() {
      return blockLevel > 0;
    }
  }

  // Dot leaders of a table-of-contents entry, or a page number after a tab.
  static final Pattern LEADER =
      Pattern.compile("\\.{3,}|…{2,}|·{3,}|．{3,}|-{5,}|_{5,}|\\t\\s*\\d+\\s*$");
  private static final Pattern AMOUNT = Pattern.compile("\\d\\s*(?:万元|亿元|元|%|％)");
  private static final Pattern BOOKMARK = Pattern.compile("^\\[bookmark:[^\\]]*\\]");
  static final Pattern PAGE_NUMBER = Pattern.compile("[\\s.．·…]*\\d{0,4}$");
  // Compiled once: each is applied to every line of a report.
  private static final Pattern BLANKS = Pattern.compile("\\s+");
  static final Pattern KEY_NOISE = Pattern.compile("[\\s#*\\u3000]");
  private static final Pattern LEADING_EMPHASIS = Pattern.compile("^[*_]{1,3}\\s*");
  private static final Pattern TRAILING_EMPHASIS = Pattern.compile("\\s*[*_]{1,3}$");
  private static final Pattern TRAILING_HASHES = Pattern.compile("\\s*#+$");
  private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s*");
  private static final Pattern PARENTHESIS = Pattern.compile("[（(][^（()）]*[）)]");
  private static final Pattern CLAUSE_MARK = Pattern.compile("[，,：:]");

  private HeadingLines() {}

  static List<Candidate> of(Document document) {
    String text = document.text();
    CodePoints cp = CodePoints.of(text);
    List<Span> tables = new ArrayList<>();
    List<Heading> headings = new ArrayList<>();
    List<Span> paragraphs = new ArrayList<>();
    List<Block> blocks = document.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b instanceof Table t) {
        tables.add(t.span());
      } else if (b instanceof Heading h) {
        headings.add(h);
        if (isCaption(h, blocks, i, cp)) {
          tables.add(h.span()); // a table's title, read with the table, opens no section
        }
      } else if (b instanceof Paragraph p) {
        paragraphs.add(p.span());
      }
    }
    List<int[]> lines = Lines.of(text);
    boolean[] contents = tableOfContents(text, lines);
    List<Candidate> out = new ArrayList<>();
    int h = 0;
    int p = 0;
    for (int i = 0; i < lines.size(); i++) {
      int[] line = lines.get(i);
      String raw = text.substring(line[0], line[1]);
      String stripped = raw.strip();
      if (stripped.isEmpty() || contents[i] || leader(stripped)) {
        continue;
      }
      int from = line[0] + raw.indexOf(stripped);
      Span span = Span.of(cp.toCodePoint(from), cp.toCodePoint(from + stripped.length()));
      if (overlapsAny(tables, span)) {
        continue;
      }
      while (h < headings.size() && headings.get(h).span().end() <= span.start()) {
        h++;
      }
      if (h < headings.size() && headings.get(h).span().overlaps(span)) {
        Heading block = headings.get(h);
        if (block.span().start() >= span.start()) {
          out.add(fromBlock(block, cp));
        }
        continue; // later lines of a heading block open nothing
      }
      while (p < paragraphs.size() && paragraphs.get(p).end() <= span.start()) {
        p++;
      }
      // A plain line is judged with the rest of its paragraph: a wrapped sentence is no title.
      Span unit = p < paragraphs.size() && paragraphs.get(p).overlaps(span)
          ? Span.of(span.start(), Math.max(span.end(), paragraphs.get(p).end()))
          : span;
      Candidate c = fromLine(cp.slice(span), cp.slice(unit), span);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * An unnumbered heading block that a table follows, at most two short lines (单位：万元, （2020年度）,
   * 编制单位：…) between them.
   */
  private static boolean isCaption(Heading h, List<Block> blocks, int index, CodePoints cp) {
    String body = unmark(HEADING_MARK.matcher(cp.slice(h.span())).replaceFirst(""));
    if (HeadingNumbers.parse(body, true) != null || body.replaceAll("\\s", "").equals("目录")) {
      return false;
    }
    for (int k = index + 1; k < blocks.size() && k <= index + 3; k++) {
      Block next = blocks.get(k);
      if (next instanceof Table) {
        return true;
      }
      if (!(next instanceof Paragraph) || next.span().length() > MAX_TITLE) {
        return false;
      }
    }
    return false;
  }

  private static Candidate fromBlock(Heading block, CodePoints cp) {
    String body = unmark(HEADING_MARK.matcher(cp.slice(block.span())).replaceFirst(""));
    Marker marker = HeadingNumbers.parse(body, true);
    String title = marker == null ? body : unmark(body.substring(marker.number().length()));
    return new Candidate(block.span(), marker, title, block.level(), true);
  }

  private static @Nullable Candidate fromLine(String line, String unit, Span span) {
    String body = unmark(BOOKMARK.matcher(line).replaceFirst(""));
    Marker marker = HeadingNumbers.parse(body, false);
    if (marker == null) {
      return null;
    }
    String title = unmark(body.substring(marker.number().length()));
    String rest = BLANKS.matcher(
        unmark(BOOKMARK.matcher(unit).replaceFirst("")).substring(marker.number().length()))
        .replaceAll("");
    return new Candidate(span, marker, title, 0, !title.isEmpty() && readsAsTitle(rest));
  }

  /**
   * A title is short, and not a sentence: it does not end in a comma, semicolon or colon, has no
   * full stop with more text after it (a parenthesis such as （满分10分） may follow), states no amount,
   * and does not end in a full stop after a comma or colon.
   */
  static boolean readsAsTitle(String rest) {
    int length = rest.codePointCount(0, rest.length());
    if (length == 0 || length > MAX_TITLE) {
      return false;
    }
    char last = rest.charAt(rest.length() - 1);
    if ("，,；;：:、".indexOf(last) >= 0) {
      return false;
    }
    for (int k = 0; k < rest.length(); k++) {
      if ("。！？!?；;".indexOf(rest.charAt(k)) >= 0) {
        String after = rest.substring(k + 1);
        if (!after.isEmpty() && !PARENTHESIS.matcher(after).matches()) {
          return false;
        }
      }
    }
    if (AMOUNT.matcher(rest).find()) {
      return false; // “1.财政拨款收入预算总计24,169.74万元。” states a fact
    }
    // “…，完成年度设定目标。” is an item's sentence, “财政拨款：指……。” a definition.
    return !(last == '。' && CLAUSE_MARK.matcher(rest).find());
  }

  /** The text without Markdown emphasis and surrounding space. */
  private static String unmark(String s) {
    String t = s.strip();
    // Each pattern needs its mark somewhere in the text; most lines have none, and a pattern anchored
    // at the end is tried at every position.
    if (t.indexOf('*') >= 0 || t.indexOf('_') >= 0) {
      t = TRAILING_EMPHASIS.matcher(LEADING_EMPHASIS.matcher(t).replaceAll("")).replaceAll("");
    }
    if (t.indexOf('#') >= 0) {
      t = TRAILING_HASHES.matcher(t).replaceAll("");
    }
    return t.strip();
  }

  /**
   * Whether a line has leaders (dots to a page number): {@link #LEADER} found, tried only on a line
   * with the shortest run of marks one of its alternatives needs (a decimal point is no leader).
   */
  static boolean leader(String line) {
    for (String run : LEADER_RUNS) {
      if (line.contains(run)) {
        return LEADER.matcher(line).find();
      }
    }
    // a tab, then the page number that ends the line (stripped: only a final line terminator, which
    // $ matches before, may follow it): the one alternative that needs no run, tried alone
    char last = line.isEmpty() ? ' ' : line.charAt(line.length() - 1);
    return line.indexOf('\t') >= 0 && (last >= '0' && last <= '9' || "\u0085\u2028\u2029".indexOf(last) >= 0)
        && TAB_PAGE.matcher(line).find();
  }

  /** {@link #LEADER}'s last alternative: a page number after a tab. */
  private static final Pattern TAB_PAGE = Pattern.compile("\\t\\s*\\d+\\s*$");

  private static final List<String> LEADER_RUNS =
      List.of("...", "……", "···", "．．．", "-----", "_____");

  private static boolean overlapsAny(List<Span> spans, Span span) {
    for (Span s : spans) {
      if (s.overlaps(span)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The lines of a table of contents without dot leaders: after a line 目录, up to the line where the
   * first numbered entry comes round again as the body's heading; failing that, three or more
   * numbered lines that follow 目录 without a break and are followed by a title.
   */
  private static boolean[] tableOfContents(String text, List<int[]> lines) {
    boolean[] contents = new boolean[lines.size()];
    int start = -1;
    for (int i = 0; i < lines.size() && start < 0; i++) {
      if (key(text, lines.get(i)).equals("目录")) {
        start = i + 1;
      }
    }
    if (start < 0) {
      return contents;
    }
    String first = null;
    for (int i = start; i < lines.size(); i++) {
      String key = key(text, lines.get(i));
      if (first == null && HeadingNumbers.parse(key, false) != null) {
        first = key;
      } else if (first != null && key.equals(first)) {
        for (int k = start; k < i; k++) {
          contents[k] = true;
        }
        return contents;
      }
    }
    // The body words its headings differently: the contents are the numbered lines after 目录, if
    // there are a few and a title rather than text follows them (else 目录 stood over nothing).
    List<Integer> run = new ArrayList<>();
    for (int i = start; i < lines.size(); i++) {
      String key = key(text, lines.get(i));
      if (key.isEmpty()) {
        continue;
      }
      if (HeadingNumbers.parse(key, false) == null || key.length() > 2 * MAX_TITLE
          || key.endsWith("。")) {
        if (run.size() >= 3 && key.length() <= MAX_TITLE && !key.endsWith("。")) {
          run.forEach(k -> contents[k] = true);
        }
        break;
      }
      run.add(i);
    }
    return contents;
  }

  /** A line reduced for comparison: no space, Markdown marks, bookmark, leaders or page number. */
  private static String key(String text, int[] line) {
    String s = BOOKMARK.matcher(text.substring(line[0], line[1]).strip()).replaceFirst("");
    return withoutPageNumber(withoutKeyNoise(s));
  }

  /** {@code KEY_NOISE.matcher(s).replaceAll("")}, by hand: for every line of every report. */
  static String withoutKeyNoise(String s) {
    return Without.chars(s, Without.SPACES + "#*\u3000");
  }

  /** What {@link #PAGE_NUMBER} takes before the digits: {@code [\s.．·…]}. */
  private static final String LEADER_MARKS = Without.SPACES + ".．·…";

  /**
   * {@code PAGE_NUMBER.matcher(s).replaceFirst("")} by hand: the leaders and the at most four digits
   * a text ends with. The pattern, tried at every position, was the dearest part of a heading's key.
   */
  static String withoutPageNumber(String s) {
    int end = s.length();
    if (end > 0 && Trailing.TERMINATORS.indexOf(s.charAt(end - 1)) >= 0) {
      return PAGE_NUMBER.matcher(s).replaceFirst(""); // $ before a final line terminator
    }
    int digits = end;
    while (digits > 0 && s.charAt(digits - 1) >= '0' && s.charAt(digits - 1) <= '9') {
      digits--;
    }
    if (end - digits > 4) {
      return s.substring(0, end - 4);
    }
    int from = digits;
    while (from > 0 && LEADER_MARKS.indexOf(s.charAt(from - 1)) >= 0) {
      from--;
    }
    return s.substring(0, from);
  }
}
