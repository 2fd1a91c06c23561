package io.suanzhang.testkit.render;

import java.util.BitSet;
import java.util.function.UnaryOperator;

/** A line of text to draw, with the UTF-16 indices that are bold. */
record StyledText(String text, BitSet boldChars) {

  StyledText {
    boldChars = (BitSet) boldChars.clone();
  }

  /** {@code line} without its {@code **} markers, each run passed through {@code drawable}. */
  static StyledText of(String line, UnaryOperator<String> drawable) {
    StringBuilder sb = new StringBuilder(line.length());
    BitSet bold = new BitSet();
    for (Emphasis.Run run : Emphasis.runs(line)) {
      int from = sb.length();
      sb.append(drawable.apply(run.text()));
      if (run.bold()) {
        bold.set(from, sb.length());
      }
    }
    return new StyledText(sb.toString(), bold);
  }

  boolean bold(int index) {
    return boldChars.get(index);
  }

  /** The same text, all bold: a heading. */
  StyledText emboldened() {
    BitSet all = new BitSet();
    all.set(0, text.length());
    return new StyledText(text, all);
  }
}
