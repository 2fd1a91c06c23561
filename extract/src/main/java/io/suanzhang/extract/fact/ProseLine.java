package io.suanzhang.extract.fact;

import io.suanzhang.core.mention.Mention;
import io.suanzhang.extract.fact.HeadingNumbers.Marker;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A line of prose: the sentence that starts it and the sentences after it up to the next line.
 * Lists are read line by line: （1）公务接待费支出1614元，主要用于…。 is one item however many sentences it
 * has.
 */
record ProseLine(List<Sentence> sentences) {

  /** Word's bookmarks survive conversion to text at the start of a line: [bookmark: _GoBack]. */
  private static final Pattern BOOKMARK = Pattern.compile("^\\s*(\\[bookmark:[^\\]]*\\])?\\s*");

  ProseLine {
    sentences = List.copyOf(sentences);
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("a line has at least one sentence");
    }
  }

  /** The lines of a document's prose, blank lines left out. */
  static List<ProseLine> of(List<Sentence> sentences) {
    List<ProseLine> out = new ArrayList<>();
    List<Sentence> current = new ArrayList<>();
    for (Sentence s : sentences) {
      if (s.lineStart() && !current.isEmpty()) {
        add(out, current);
        current = new ArrayList<>();
      }
      current.add(s);
    }
    add(out, current);
    return out;
  }

  private static void add(List<ProseLine> out, List<Sentence> sentences) {
    if (sentences.stream().anyMatch(s -> !s.text().isBlank())) {
      out.add(new ProseLine(sentences));
    }
  }

  Sentence head() {
    return sentences.get(0);
  }

  Sentence last() {
    return sentences.get(sentences.size() - 1);
  }

  int start() {
    return head().start();
  }

  int end() {
    return last().end();
  }

  List<Mention> mentions() {
    List<Mention> out = new ArrayList<>();
    sentences.forEach(s -> out.addAll(s.mentions()));
    return out;
  }

  /** The line's first sentence without the bookmark and spaces before its first word. */
  String headText() {
    return BOOKMARK.matcher(head().text()).replaceFirst("");
  }

  /** The numbering the line opens with, or null. */
  @Nullable Marker marker() {
    return HeadingNumbers.parse(headText(), false);
  }

  /** The sentence holding a document offset, or null when the offset lies outside the line. */
  @Nullable Sentence sentenceAt(int offset) {
    for (Sentence s : sentences) {
      if (s.start() <= offset && offset < s.end()) {
        return s;
      }
    }
    return null;
  }
}
