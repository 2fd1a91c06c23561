package io.suanzhang.corpus.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.suanzhang.core.check.Evidence;
import io.suanzhang.corpus.output.Highlights.Mark;
import io.suanzhang.corpus.output.Highlights.Placed;
import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightsTest {

  private static final String QUOTE = "项目全年预算数 1 万元，执行数为 1 万元，完成预算的 100%。";

  /** Evidence whose text starts at code point {@code at} of a quote that starts at {@code base}. */
  private static Evidence at(String role, String text, int base, int at, String quote) {
    int start = base + at;
    return new Evidence(role, text, start, start + text.codePointCount(0, text.length()), 3, null,
        null, quote);
  }

  private static String marked(Placed p) {
    StringBuilder out = new StringBuilder();
    for (Mark m : p.marks()) {
      out.append(m.start()).append('-').append(m.end()).append(':')
          .append(m.evidence().stream().map(Evidence::role).toList()).append(' ');
    }
    return out.toString().strip();
  }

  @Test
  void theSecondOfTwoEqualNumbersIsMarkedWhereAFactWithTheSameQuoteStarts() {
    Evidence second = at("stated", "1 万元", 500, 18, QUOTE);

    Placed p = Highlights.place(QUOTE, List.of(second), List.of(500));

    assertEquals("18-22:[stated]", marked(p));
    assertEquals(List.of(), p.apart());
  }

  @Test
  void withoutAFactTheOtherEvidenceOfTheQuoteFixesWhereItStarts() {
    Evidence second = at("execution", "1 万元", 500, 18, QUOTE);
    Evidence rate = at("rate", "100%", 500, 29, QUOTE);

    Placed p = Highlights.place(QUOTE, List.of(second, rate), List.of());

    assertEquals("18-22:[execution] 29-33:[rate]", marked(p));
  }

  @Test
  void offsetsCountCodePointsNotChars() {
    String quote = "𠀀𠀁合计 12 万元";
    Evidence e = at("total", "12 万元", 40, 5, quote);

    Placed p = Highlights.place(quote, List.of(e), List.of());

    assertEquals("7-12:[total]", marked(p));
    assertEquals("12 万元", quote.substring(7, 12));
  }

  @Test
  void evidenceOfTheSameTextAndPlaceSharesOneMark() {
    Evidence total = at("total", "100%", 0, 29, QUOTE);
    Evidence stated = at("stated", "100%", 0, 29, QUOTE);

    Placed p = Highlights.place(QUOTE, List.of(total, stated), List.of());

    assertEquals("29-33:[total, stated]", marked(p));
  }

  @Test
  void evidenceOffsetsThatDisagreeWithTheQuoteAreMarkedAtTheFirstFreeOccurrence() {
    Evidence stale = new Evidence("part", "1 万元", 9000, 9004, null, null, null, QUOTE);
    Evidence rate = at("rate", "100%", 500, 29, QUOTE);

    Placed p = Highlights.place(QUOTE, List.of(rate, stale), List.of());

    assertEquals("8-12:[part] 29-33:[rate]", marked(p));
  }

  @Test
  void evidenceWhoseTextIsNotInTheQuoteIsShownApart() {
    Evidence elsewhere = new Evidence("plan", "5 万元", 70, 74, 2, null, null, QUOTE);

    Placed p = Highlights.place(QUOTE, List.of(elsewhere), List.of());

    assertEquals("", marked(p));
    assertEquals(List.of(elsewhere), p.apart());
  }

  @Test
  void aNumberInsideAMarkedPassageIsNestedInIt() {
    String quote = "编制日期：2023年XX月XX日";
    Evidence passage = at("placeholder", "2023年XX月XX日", 0, 5, quote);
    Evidence year = at("year", "2023", 0, 5, quote);

    Placed p = Highlights.place(quote, List.of(year, passage), List.of());

    assertEquals("5-16:[placeholder] 5-9:[year]", marked(p));
  }

  @Test
  void marksThatCrossEachOtherAreNotNestedTheLaterGoesApart() {
    String quote = "合计123456元";
    Evidence first = at("a", "1234", 0, 2, quote);
    Evidence second = at("b", "3456", 0, 4, quote);

    Placed p = Highlights.place(quote, List.of(first, second), List.of());

    assertEquals("2-6:[a]", marked(p));
    assertEquals(List.of(second), p.apart());
  }
}
