package io.suanzhang.checks.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.checks.Checked;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.testing.SharedFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ratio, share, growth and difference rules on the Jiangsu and Shanghai budget PDFs: the errors
 * they report are the inconsistencies recomputed by hand below, and those SOURCES.md lists are found.
 */
class BudgetPdfRelationsTest {

  private static final List<String> RULES = List.of("ratio", "share", "growth", "difference");

  /** An error recomputed by hand: the stated side of its relation, whether it must be found, why. */
  private record Known(String stated, boolean required, String why) {}

  private static final Map<String, List<Known>> REAL_ERRORS = Map.of(
      "jiangsu/江苏省人民检察院/2019年度部门预算公开.pdf", List.of(
          new Known("+10.06 %", true, "收支总计 2214.39 / (24169.74 − 2214.39) = 10.086%; in SOURCES.md"),
          new Known("+10.15 %", false, "一般公共预算 2228.78 / 21940.96 = 10.158%, cut to 10.15"),
          new Known("+10.15%", false, "财政拨款支出: the same 10.158%, cut to 10.15"),
          new Known("−35.77 %", false, "一般行政管理事务 1311.6 / 3666.0 = 35.778%, cut to 35.77"),
          new Known("+34.38 %", true, "住房公积金 368.97 / (1442.74 − 368.97) = 34.362%")),
      "jiangsu/江苏省高级人民法院/省法院2017年度部门预算公开.pdf", List.of(
          new Known("+79.05%", true, "提租补贴 865.57 / (1959.99 − 865.57) = 79.089%")),
      "jiangsu/江苏省政协办公厅/江苏省政协办公厅2018年度部门预算.pdf", List.of(
          new Known("−66.69%", true, "机关运行经费 2233.13 / (1115.85 + 2233.13) = 66.681%; in SOURCES.md")),
      "shanghai/上海市普陀区人民政府万里街道办事处24年预算.pdf", List.of(
          new Known("+0.53%", true, "住房公积金（项）: (352.67 − 348.52) / 348.52 = 1.19%; the 0.53% fits the"
              + " heading's 350.35; in SOURCES.md")),
      "shanghai/上海市普陀区财政局2024年度部门决算.pdf", List.of(
          new Known("71.73%", true, "一般公共服务支出 2106.66 / 2940.05 = 71.654%"),
          new Known("100%", true, "71.73% + 11.11% + 2.07% + 15.16% = 100.07%")),
      "shanghai/上海市普陀区规划和自然资源局 2024 年度部门决算.pdf", List.of(
          new Known("95.45%", false, "一般公共预算财政拨款 9746.50 / 10210.34 = 95.457%, cut to 95.45")));

  static Stream<Path> pdfs() {
    Path pdf = SharedFiles.external().resolve("pdf");
    return SharedFiles.files(pdf, ".pdf").stream().map(pdf::relativize);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pdfs")
  void errorsAreTheRealInconsistencies(Path pdf) {
    Analysis analysis = Checked.analyse(SharedFiles.external().resolve("pdf").resolve(pdf));
    assertTrue(analysis.errors().isEmpty(), () -> "analysis errors: " + analysis.errors());
    List<Known> known = REAL_ERRORS.getOrDefault(pdf.toString().replace('\\', '/'), List.of());
    List<String> unexpected = new ArrayList<>();
    List<Known> found = new ArrayList<>();
    for (Check c : analysis.checks()) {
      if (!RULES.contains(c.rule()) || c.finding() == null) {
        continue;
      }
      Finding f = analysis.findings().stream()
          .filter(x -> x.id().equals(c.finding())).findFirst().orElseThrow();
      if (f.severity() != Severity.ERROR) {
        continue;
      }
      Known match = known.stream()
          .filter(k -> c.relation().startsWith(k.stated() + " = ")).findFirst().orElse(null);
      if (match == null) {
        unexpected.add(c.relation() + ": " + f.zh());
      } else {
        found.add(match);
      }
    }
    assertEquals(List.of(), unexpected, "errors not recomputed by hand");
    for (Known k : known) {
      if (k.required()) {
        assertTrue(found.contains(k), () -> "not found: " + k.stated() + " (" + k.why() + ")");
      }
    }
  }
}
