package io.suanzhang.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.suanzhang.core.Json;
import io.suanzhang.core.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {

  private static final Span RATE = new Span(10, 16, 3);

  @Test
  void writesTheReasonAndWhatIsMissingUnderStableNames() throws Exception {
    Coverage coverage = new Coverage(3, 0, List.of(
        Coverage.Unchecked.unresolved("64.79%", RATE, Coverage.Missing.NO_BASE),
        Coverage.Unchecked.of("50万元", Span.of(20, 24), Coverage.Reason.NOTHING_TO_RELATE),
        Coverage.Unchecked.of("约65%", Span.of(30, 33), Coverage.Reason.NOT_EVALUATED)));
    String json = Json.mapper().writeValueAsString(coverage);
    assertEquals(
        "{\"numbers\":3,\"checked\":0,\"unchecked\":["
            + "{\"text\":\"64.79%\",\"span\":{\"start\":10,\"end\":16,\"page\":3},"
            + "\"reason\":\"unresolved\",\"missing\":\"no_base\"},"
            + "{\"text\":\"50万元\",\"span\":{\"start\":20,\"end\":24,\"page\":null},"
            + "\"reason\":\"nothing_to_relate\",\"missing\":null},"
            + "{\"text\":\"约65%\",\"span\":{\"start\":30,\"end\":33,\"page\":null},"
            + "\"reason\":\"not_evaluated\",\"missing\":null}]}",
        json);
    assertEquals(coverage, Json.mapper().readValue(json, Coverage.class));
  }

  @Test
  void readsCoverageWrittenBeforeNumbersSaidWhatTheyMiss() throws Exception {
    String older = "{\"numbers\":1,\"checked\":0,\"unchecked\":[{\"text\":\"30%\","
        + "\"span\":{\"start\":8,\"end\":11,\"page\":null},\"reason\":\"no_fact\"}]}";
    Coverage back = Json.mapper().readValue(older, Coverage.class);
    assertEquals(Coverage.Reason.NO_FACT, back.unchecked().get(0).reason());
    assertEquals(null, back.unchecked().get(0).missing());
  }

  @Test
  void namesEveryMissingOperand() {
    assertEquals(List.of("no_base", "no_whole", "no_parts"),
        List.of(Coverage.Missing.values()).stream().map(Coverage.Missing::jsonName).toList());
  }

  @Test
  void onlyAnUnresolvedNumberSaysWhatItMisses() {
    assertThrows(IllegalArgumentException.class,
        () -> Coverage.Unchecked.of("64.79%", RATE, Coverage.Reason.UNRESOLVED));
    assertThrows(IllegalArgumentException.class,
        () -> new Coverage.Unchecked("50万元", RATE, Coverage.Reason.NO_FACT, Coverage.Missing.NO_PARTS));
  }
}
