package io.suanzhang.extract.fact;

import io.suanzhang.core.Document;
import io.suanzhang.core.ReportInfo;
import io.suanzhang.core.fact.Section;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.CodePoints;
import io.suanzhang.core.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What every fact reader needs: the document and its text by code point, the mentions sorted by
 * offset, the heading tree, and the ids handed out so far. Offsets here are code points, as in
 * {@link Mention} and {@link Span}.
 */
final class FactContext {

  final Document document;
  final CodePoints text;
  /** The text as the readers match words in it: in simplified characters, offsets unchanged. */
  final String words;
  final ReportInfo report;
  final List<Mention> mentions;
  final List<Section> sections;
  private int nextId = 1;

  FactContext(Document document, ReportInfo report, List<Mention> mentions, List<Section> sections) {
    this.document = document;
    this.text = CodePoints.of(document.text());
    this.words = Simplified.of(document.text());
    this.report = report;
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    this.mentions = List.copyOf(sorted);
    this.sections = List.copyOf(sections);
  }

  /** Blanks at most this long may follow the last words of a text. */
  private static final int TRAILING_BLANKS = 16;

  /**
   * Whether nothing but blanks follows {@code offset}: a list there may have been cut off with the
   * text (a web page's stored excerpt ends "(4)债务"). Constant time but near the end of the text.
   */
  boolean endsText(int offset) {
    return text.length() - offset <= TRAILING_BLANKS && quote(offset, text.length()).isBlank();
  }

  /** A fresh fact id: f1, f2 … in the order facts are made. */
  String nextId() {
    return "f" + nextId++;
  }

  /** The id of the innermost section whose span holds the offset, or null before the first one. */
  @Nullable String sectionAt(int offset) {
    Section best = null;
    for (Section s : sections) {
      if (s.span().start() <= offset && offset < s.span().end()
          && (best == null || s.level() > best.level())) {
        best = s;
      }
    }
    return best == null ? null : best.id();
  }

  /** The title of the innermost section holding the offset, or null before the first heading. */
  @Nullable String sectionTitleAt(int offset) {
    String id = sectionAt(offset);
    for (Section s : sections) {
      if (s.id().equals(id)) {
        return s.title();
      }
    }
    return null;
  }

  /** The mentions lying wholly within [start, end), in reading order. */
  List<Mention> mentionsIn(int start, int end) {
    int lo = firstAtOrAfter(start);
    List<Mention> out = new ArrayList<>();
    for (int i = lo; i < mentions.size() && mentions.get(i).start() < end; i++) {
      if (mentions.get(i).end() <= end) {
        out.add(mentions.get(i));
      }
    }
    return out;
  }

  /** A span of the text with the page it starts on. */
  Span span(int start, int end) {
    return new Span(start, end, document.pageAt(start));
  }

  String quote(int start, int end) {
    return text.slice(start, end);
  }

  private int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
