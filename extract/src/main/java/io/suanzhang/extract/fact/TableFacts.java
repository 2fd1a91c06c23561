package io.suanzhang.extract.fact;

import io.suanzhang.core.fact.Fact;
import java.util.List;

/** Facts read from tables: classified rows, indicator rows and score rows. */
final class TableFacts {

  private TableFacts() {}

  static List<Fact> of(FactContext context) {
    return List.of();
  }
}
