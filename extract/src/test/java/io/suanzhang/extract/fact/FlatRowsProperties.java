package io.suanzhang.extract.fact;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/** A flattened table's header is looked for only in a text that has what its pattern starts with. */
class FlatRowsProperties {

  @Property(tries = 5000)
  void aTextWithAHeaderHasYearsInARow(@ForAll("texts") String text) {
    boolean header = FlatRows.HEADER.matcher(text).find();
    Statistics.label("header").collect(header);
    assertTrue(!header || FlatRows.yearsInARow(text), text);
  }

  /**
   * Headers as a page flattens them — years, then measures, each with what follows it — and near
   * misses: a year without its 年, a measure that is none, no space or a space that {@code \s} is
   * not.
   */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> gap = Arbitraries.frequency(Tuple.of(6, " "), Tuple.of(1, "  "), Tuple.of(1, "\t"),
        Tuple.of(1, "\n"), Tuple.of(1, "\u000B"), Tuple.of(1, "\u3000"), Tuple.of(1, "\u00A0"),
        Tuple.of(1, ""));
    Arbitrary<String> year = Combinators.combine(
            Arbitraries.frequency(Tuple.of(3, "2019"), Tuple.of(3, "2020"), Tuple.of(1, "1999"),
                Tuple.of(1, "12"), Tuple.of(1, "收入")),
            Arbitraries.frequency(Tuple.of(5, "年"), Tuple.of(3, "年度"), Tuple.of(1, "度"),
                Tuple.of(1, "")), gap)
        .as((y, suffix, after) -> y + suffix + after);
    Arbitrary<String> measure = Combinators.combine(
            Arbitraries.of("完成数", "预算数", "决算数", "执行", "预计数", "收入"), gap)
        .as((m, after) -> m + after);
    return Combinators.combine(Arbitraries.of("", "单位:万元 ", "年 "), year.list().ofMaxSize(4),
            measure.list().ofMaxSize(4))
        .as((lead, years, measures) -> lead + String.join("", years) + String.join("", measures));
  }
}
