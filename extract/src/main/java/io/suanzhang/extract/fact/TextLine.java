package io.suanzhang.extract.fact;

import java.util.ArrayList;
import java.util.List;

/** A line of the text and the code point it starts at: the unit the table-line readers work in. */
record TextLine(String text, int start) {

  /** The lines of the context's words, blank ones too: a blank line may end a table. */
  static List<TextLine> of(FactContext context) {
    String text = context.words;
    List<TextLine> out = new ArrayList<>();
    int from = 0;
    while (from <= text.length()) {
      int nl = text.indexOf('\n', from);
      int to = nl < 0 ? text.length() : nl;
      out.add(new TextLine(text.substring(from, to), context.text.toCodePoint(from)));
      if (nl < 0) {
        break;
      }
      from = nl + 1;
    }
    return out;
  }
}
