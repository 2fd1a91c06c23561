package io.suanzhang.corpus.output;

import static java.util.Objects.requireNonNull;

/**
 * One column of a result table: its stable name (the CSV header, for scripts), its Chinese label (the
 * workbook header shows both) and its width in the workbook, in characters.
 */
record Column(String name, String zh, int width) {

  Column {
    requireNonNull(name, "name");
    requireNonNull(zh, "zh");
  }

  /** The workbook header: 严重程度 severity. */
  String header() {
    return zh + " " + name;
  }
}
