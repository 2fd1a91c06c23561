package io.suanzhang.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportInfoTest {

  private static final ReportInfo BUDGET =
      new ReportInfo(
          ReportKind.UNIT_BUDGET, 2025, "上海市普陀区商务委员会", "上海市普陀区商务委员会", "2024-07-09", null);

  @Test
  void writesEveryFieldWithTheKindsChineseName() throws Exception {
    JsonNode json = Json.mapper().valueToTree(BUDGET);
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("kind", "year", "department", "unit", "filed", "published"), names);
    assertEquals("单位预算", json.get("kind").asText());
    assertEquals("2024-07-09", json.get("filed").asText());
    assertTrue(json.get("published").isNull());
  }

  @Test
  void readsBackWhatItWrites() throws Exception {
    String json = Json.mapper().writeValueAsString(BUDGET);
    assertEquals(BUDGET, Json.mapper().readValue(json, ReportInfo.class));
    assertEquals(ReportInfo.UNKNOWN, Json.mapper().readValue(
        Json.mapper().writeValueAsString(ReportInfo.UNKNOWN), ReportInfo.class));
  }

  @Test
  void kindsAreFoundByTheLabelsReportsUse() {
    for (ReportKind kind : ReportKind.values()) {
      assertEquals(Optional.of(kind), ReportKind.ofLabel(kind.label()));
    }
    assertEquals(Optional.of(ReportKind.OTHER), ReportKind.ofLabel("其他"));
    assertEquals(Optional.empty(), ReportKind.ofLabel("部门绩效自评"));
  }

  @Test
  void rejectsDatesThatAreNotIso() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ReportInfo(null, null, null, null, "2024-7-9", null));
    assertEquals("filed '2024-7-9' is not an ISO date (yyyy-MM-dd)", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new ReportInfo(null, null, null, null, null, "2024-02-30"));
  }
}
