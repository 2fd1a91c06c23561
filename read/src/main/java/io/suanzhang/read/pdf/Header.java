package io.suanzhang.read.pdf;

import io.suanzhang.read.internal.TableGrid.Merge;
import java.util.Collections;
import java.util.List;

/**
 * A table's header as a header builder reads it ({@link RuledHeader} from the rules around its
 * cells, {@link TextHeader} from the positions of its text): its rows of cell texts, one a column,
 * and the header cells that span more than one row or column.
 */
record Header(List<List<String>> rows, List<Merge> merges) {

  Header {
    rows = rows.stream().<List<String>>map(List::copyOf).toList();
    merges = List.copyOf(merges);
  }

  /** A row of n empty cells, to be filled where header texts stand. */
  static List<String> emptyRow(int n) {
    return Collections.nCopies(n, "");
  }
}
