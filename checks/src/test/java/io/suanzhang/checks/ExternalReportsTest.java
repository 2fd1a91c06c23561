package io.suanzhang.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.testing.SharedFiles;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The problems listed at the end of {@code ../shared/external/SOURCES.md} are found, and the
 * documents it lists as consistent raise no error.
 */
class ExternalReportsTest {

  /**
   * The documents SOURCES.md names with a real inconsistency, and two it lists as consistent in which
   * the checks found errors that hold up by hand. 省法院 2017: "提租补贴 1959.99 万元，与上年相比增加
   * 865.57万元，增长79.05%" — 865.57 / 1094.42 = 79.09 %. 社会福利院 2024: item 4 gives 社会福利事业单位
   * 738.66万元 of 财政拨款 where its tables give 6,964,796 元 (the 42.18万元 between is the 退休费 row).
   * Every other document is consistent.
   */
  private static final Set<String> WITH_PROBLEMS = Set.of(
      "上海市普陀区人民政府万里街道办事处24年预算.pdf",
      "上海市普陀区财政局2024年度部门决算.pdf",
      "2019年度部门预算公开.pdf",
      "省法院2017年度部门预算公开.pdf",
      "上海市普陀区社会福利院2024年单位预算_1769321942920-969924351.pdf");

  private static final Map<Path, Analysis> ANALYSED = new ConcurrentHashMap<>();

  private static Analysis analysed(Path file) {
    return ANALYSED.computeIfAbsent(file, Checks::analyse);
  }

  private static Path pdf(String name) {
    return SharedFiles.files(SharedFiles.external(), ".pdf").stream()
        .filter(p -> p.getFileName().toString().equals(name))
        .findFirst().orElseThrow(() -> new AssertionError(name + " is not in the shared corpus"));
  }

  static Stream<Path> consistentDocuments() {
    Path external = SharedFiles.external();
    return Stream.concat(
            SharedFiles.files(external, ".pdf").stream(), SharedFiles.files(external, ".txt").stream())
        .filter(p -> !WITH_PROBLEMS.contains(p.getFileName().toString()));
  }

  @ParameterizedTest
  @MethodSource("consistentDocuments")
  void consistentDocumentRaisesNoError(Path file) {
    Analysis a = analysed(file);
    assertTrue(a.ok(), () -> "analysis failed: " + a.errors());
    List<String> errors = a.findings().stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .map(f -> f.rule() + ": " + f.zh())
        .toList();
    assertEquals(List.of(), errors, file.getFileName()::toString);
    if (file.getFileName().toString().endsWith(".pdf")) {
      assertTrue(a.checks().size() > 0, "a consistent report is still checked");
    }
  }

  @Test
  void oneYuanBreaksOfWanliAreReportedAsRounding() {
    Analysis a = analysed(pdf("上海市普陀区人民政府万里街道办事处25年预算.pdf"));
    // 21201 against its children, and against 基本 77,381,546 + 项目 17,614,243; 212 likewise.
    assertRounding(a, "94,995,790", "2120101");
    assertRounding(a, "94,995,790", "77,381,546");
    assertRounding(a, "154,369,326", "21201");
  }

  @Test
  void oneYuanBreakOfTheMunicipalBureauIsReportedAsRounding() {
    Analysis a = analysed(pdf("上海市财政局25年预算.pdf"));
    // 302 商品和服务支出 24,840,779 against its 18 sub-items, 24,840,778.
    assertRounding(a, "24,840,779", null);
  }

  @Test
  void halvesSideBySideOfPutuoFinanceBureauAddUp() {
    // 基本支出决算表: 人员经费 and 公用经费 halves side by side. Each code keeps its own amount, so 301
    // (2082.85 against 2082.86) and 302 (171.07 against 171.09) break by rounding only, 303 holds.
    Analysis a = analysed(pdf("上海市普陀区财政局2024年度部门决算.pdf"));
    List<String> sums = a.findings().stream()
        .filter(f -> f.rule().equals("sum") && f.severity() != Severity.INFO)
        .map(Finding::zh).toList();
    assertEquals(List.of(), sums);
    List<String> rounding = a.findings().stream()
        .filter(f -> f.rule().equals("sum") && f.key().equals("sum.rounding"))
        .map(f -> f.evidence().get(0).text() + " " + f.difference().stripTrailingZeros().toPlainString())
        .toList();
    assertTrue(rounding.containsAll(List.of("2,082.85 -0.01", "171.07 -0.02")), rounding::toString);
    assertTrue(a.checks().stream().anyMatch(c -> c.rule().equals("sum") && c.holds()
        && c.relation().equals("69.41 = 69.10 + 0.31")));
  }

  /** An info finding of rule sum whose evidence holds the total and, if given, a part's text or role. */
  private static void assertRounding(Analysis a, String total, String part) {
    List<Finding> rounding = a.findings().stream()
        .filter(f -> f.rule().equals("sum") && f.key().equals("sum.rounding"))
        .filter(f -> f.severity() == Severity.INFO)
        .filter(f -> f.evidence().get(0).text().equals(total))
        .filter(f -> part == null || f.evidence().stream()
            .anyMatch(e -> e.text().equals(part) || e.role().equals(part)))
        .toList();
    assertTrue(!rounding.isEmpty(), () -> "no rounding finding on " + total + " with " + part
        + "; sum findings: " + a.findings().stream().filter(f -> f.rule().equals("sum"))
            .map(f -> f.zh() + " " + f.evidence().stream().map(Evidence::text).toList()).toList());
    Finding f = rounding.get(0);
    assertEquals(0, f.difference().abs().compareTo(BigDecimal.ONE), f::toString);
    assertTrue(f.evidence().stream().allMatch(e -> e.page() != null), "evidence has pages");
  }
}
