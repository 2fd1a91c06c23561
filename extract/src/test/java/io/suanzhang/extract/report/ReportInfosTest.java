package io.suanzhang.extract.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.suanzhang.core.Json;
import io.suanzhang.core.ReportInfo;
import io.suanzhang.core.testing.Gold;
import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.extract.Reports;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Kind, fiscal year and department of the seeds, against the gold files and a reading of the others. */
class ReportInfosTest {

  /**
   * Departments not found yet, as a ratchet: 004 names its department once, deep in the body, after a
   * character HanLP does not know (埇). A newly found one fails this test until it is taken off here.
   */
  private static final Set<String> KNOWN_MISSES = Set.of("004_b6b47bea52b937a3.txt");

  static Stream<Arguments> seeds() throws Exception {
    List<Arguments> cases = new ArrayList<>();
    for (Path file : Gold.files()) {
      JsonNode report = Json.mapper().readTree(file.toFile()).get("report");
      List<String> kinds = new ArrayList<>();
      report.path("kind_accept").forEach(k -> kinds.add(k.asText()));
      if (kinds.isEmpty()) {
        kinds.add(report.get("kind").asText());
      }
      String doc = Json.mapper().readTree(file.toFile()).get("doc").asText();
      cases.add(Arguments.of(doc, kinds, report.get("year").asInt(), report.get("department").asText()));
    }
    // Read by hand from the seeds without gold files.
    cases.add(Arguments.of("002_7fbbccf8b4cea76e.txt", List.of("部门决算"), 2020, "自贡市贡井区医疗保障局"));
    cases.add(Arguments.of("003_c2045cda01fc3179.txt", List.of("部门整体支出绩效自评"), 2023, "始兴县医疗保障局"));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void readsKindYearAndDepartment(String doc, List<String> kinds, int year, String department)
      throws Exception {
    ReportInfo info = Reports.analyse(SharedFiles.seeds().resolve(doc)).report();
    assertTrue(kinds.contains(info.kind()), () -> "kind " + info.kind() + ", expected one of " + kinds);
    assertEquals(year, info.year());
    if (KNOWN_MISSES.contains(doc)) {
      assertNotEquals(department, info.department(), "found now: take " + doc + " off KNOWN_MISSES");
    } else {
      assertEquals(department, info.department());
    }
  }

  @org.junit.jupiter.api.Test
  void aShortNoteEstablishesNothingItDoesNotSay() {
    io.suanzhang.core.Document note =
        io.suanzhang.core.Document.ofText(
            new io.suanzhang.core.Source("note.txt", "", io.suanzhang.core.Format.TEXT, 10, null),
            "执行率64.79%。\n\n合计5万元");
    ReportInfo info = ReportInfos.of(note);
    assertEquals(null, info.department());
    assertEquals(null, info.year());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publishedPdfs")
  void readsTheCoverOfPublishedBudgets(String file, Map<String, Object> expected) throws Exception {
    ReportInfo info = Reports.analyse(SharedFiles.external().resolve(file)).report();
    assertEquals(expected.get("kind"), info.kind());
    assertEquals(expected.get("year"), info.year());
    assertEquals(expected.get("department"), info.department());
  }

  static Stream<Arguments> publishedPdfs() {
    return Stream.of(
        Arguments.of(
            "pdf/shanghai/上海市普陀区人民政府办公室单位25年预算.pdf",
            Map.of("kind", "单位预算", "year", 2025, "department", "上海市普陀区人民政府办公室")),
        Arguments.of(
            "pdf/shanghai/上海市普陀区财政局2024年度部门决算.pdf",
            Map.of("kind", "部门决算", "year", 2024, "department", "上海市普陀区财政局")),
        Arguments.of(
            "pdf/jiangsu/江苏省人民检察院/2019年度部门预算公开.pdf",
            Map.of("kind", "部门预算", "year", 2019, "department", "江苏省人民检察院")));
  }
}
