package io.suanzhang.extract.fact;

import io.suanzhang.core.fact.Fact;
import java.util.List;

/** Facts read from sentences: amounts, rates, breakdowns, comparisons, scores and indicators. */
final class ProseFacts {

  private ProseFacts() {}

  static List<Fact> of(FactContext context) {
    return List.of();
  }
}
