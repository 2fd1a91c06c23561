package io.suanzhang.checks.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.checks.CheckConfig;
import io.suanzhang.checks.Checked;
import io.suanzhang.checks.Checks;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The funds block and the points of self-evaluation tables flattened to text, with rows quoted from
 * real tables (天长市水利局, 马鹿坑国有林场, 阜康市统计局, 金寨县, 四川 style 年初预算 | 调整后预算数 layouts).
 */
class PointsRuleTest {

  @TempDir Path dir;

  private Analysis analyse(String text) throws IOException {
    return analyse(dir, text);
  }

  /** A text written to a file in {@code dir}, read and checked by the rules of self-evaluations. */
  static Analysis analyse(Path dir, String text) throws IOException {
    Path file = dir.resolve("report.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return Checked.analyse(Checks.of(List.of(new PointsRule(), new RatioRule(), new SumRule()), CheckConfig.DEFAULT), file);
  }

  private static List<Check> checks(Analysis a, String rule) {
    return a.checks().stream().filter(c -> c.rule().equals(rule)).toList();
  }

  private static List<Finding> findings(Analysis a, String rule) {
    return a.findings().stream().filter(f -> f.rule().equals(rule)).toList();
  }

  @Test
  void nationalTemplateRowIsCheckedForRateSumAndPoints() throws IOException {
    Analysis a = analyse("项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
        + "年度资金总额 5.28 1.96 1.96 10 100.00% 10\n"
        + "其中:当年财政拨款 5.28 1.96 1.96 - - -\n"
        + "其他资金 0.00 0.00 0.00 - - -\n");
    assertEquals(1, checks(a, "ratio").size());
    assertEquals(3, checks(a, "sum").size());
    assertTrue(checks(a, "points").size() >= 2);
    assertTrue(a.findings().stream().noneMatch(f -> f.severity() != Severity.INFO));
  }

  @Test
  void pipedRowWithLabelOnItsOwnLineIsRead() throws IOException {
    Analysis a = analyse("| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
        + "年度资金总额 |\n"
        + "| 32.4 | 31.69 | 10 | 97.80% | 9 |\n");
    assertEquals(1, checks(a, "ratio").size());
    assertTrue(checks(a, "ratio").get(0).relation().contains("31.69 / 32.4"));
  }

  @Test
  void wrongRateIsFoundAtTheRate() throws IOException {
    Analysis a = analyse("项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
        + "年度资金总额 5.28 2.00 1.96 10 100.00% 10\n");
    List<Finding> wrong = findings(a, "ratio");
    assertEquals(1, wrong.size());
    assertEquals(Severity.ERROR, wrong.get(0).severity());
    assertEquals("100.00%", wrong.get(0).evidence().get(0).text());
  }

  @Test
  void partsAboveTheirTotalAreFound() throws IOException {
    // From 金寨县's 部门整体支出绩效自评表, with 项目支出 raised: its parts now pass 年度资金总额. (A
    // shortfall is only a 合计 ≥ check here: SumRule takes the other columns' numbers between the
    // cells of one column for parts the list may have missed.)
    Analysis a = analyse("年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 |\n"
        + "年度资金总额: | 1172.55 | 1268.72 | 10 | 10 |\n"
        + "基本支出 | 985.19 | 914.97 |\n"
        + "10 | 10 |\n"
        + "项目支出 | 187.36 | 363.75 | 10 | 10 |\n");
    List<Finding> sums = findings(a, "sum");
    assertEquals(1, sums.size(), sums.toString());
    assertTrue(sums.get(0).zh().contains("1268.72"), sums.get(0).zh());
  }

  @Test
  void sichuanLayoutPutsThePointsAfterTheRate() throws IOException {
    Analysis a = analyse("预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率"
        + " | 权重 | 得分 |\n"
        + "总额 | 0.00 | 3.36 | 3.36 | 100.00% | 10 | 12 |\n"
        + "其中:财政资金 | 0.00 | 3.36 | 3.36 | 100.00% | / | / |\n");
    List<Finding> over = findings(a, "points");
    assertEquals(List.of("points.over"),
        over.stream().map(Finding::key).filter(k -> k.equals("points.over")).toList());
    assertEquals("12", over.stream().filter(f -> f.key().equals("points.over")).findFirst()
        .orElseThrow().evidence().get(0).text());
  }

  @Test
  void executionScoreAgainstItsStatedMethod() throws IOException {
    Analysis a = analyse("年初预算数 全年预算数 全年执行数 分值 执行率 得分 得分计算方法\n"
        + "年度资金总额 100 100 80 10 80.00% 10 执行率*该指标分值,最高不得超过分值上限。\n");
    List<Finding> found = findings(a, "points");
    assertEquals(List.of("points.execution"), found.stream().map(Finding::key).toList());
    assertEquals(Severity.WARNING, found.get(0).severity());
  }

  @Test
  void fullPointsStatedInTheHeaderOfTheScore() throws IOException {
    // 黄石市图书馆 and 昌宁县供销社 (湖北, 云南): 预算数 | 执行数 | 执行率 | 得分 (20分*执行率), no 分值 column.
    Analysis a = analyse("预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |\n"
        + "年度财政资金总额 | 5 | 5 | 100% | 20 |\n");
    assertEquals(1, checks(a, "ratio").size(), a.checks().toString());
    assertTrue(checks(a, "points").stream().anyMatch(c -> c.relation().equals("20 = min(20, 20 × 100%)")),
        a.checks().toString());
    Analysis wrong = analyse("预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |\n"
        + "年度财政资金总额 | 50 | 10 | 20% | 8 |\n");
    List<Finding> found = findings(wrong, "points");
    assertEquals(List.of("points.execution"), found.stream().map(Finding::key).toList());
    assertEquals(Severity.WARNING, found.get(0).severity());
    assertEquals("8", found.get(0).evidence().get(0).text());
  }

  @Test
  void gradeAgainstTheNationalBands() {
    assertEquals("优", PointsRule.band(new java.math.BigDecimal("90")));
    assertEquals("良", PointsRule.band(new java.math.BigDecimal("89.5")));
    assertEquals("中", PointsRule.band(new java.math.BigDecimal("60")));
    assertEquals("差", PointsRule.band(new java.math.BigDecimal("59.9")));
  }

  @Test
  void aDocumentsOwnBandsKeepItsGradeFromTheNationalBands() throws IOException {
    Analysis a = analyse("评分标准：85分（含）以上为优。\n经评价，该项目自评得分85分，等级为优。\n");
    assertTrue(findings(a, "points").isEmpty(), () -> findings(a, "points").toString());
  }

  /** The pattern of a document's own bands once tried every length at every start of a digit run. */
  @Test
  @Timeout(60)
  void aRunOfTwoHundredThousandDigitsIsNoBandAndTakesLinearTime() throws IOException {
    Analysis a = analyse("收入预算" + "1234567890".repeat(20_000) + "万元。\n经评价，该项目自评得分85分，等级为优。\n");
    List<Finding> found = findings(a, "points");
    assertEquals(List.of("points.grade"), found.stream().map(Finding::key).toList());
  }

  @Test
  void proseGradeThatDisagreesWithItsTotalIsFound() throws IOException {
    Analysis a = analyse("（一）自评得分\n经评价，该项目自评得分85分，等级为优。\n");
    List<Finding> found = findings(a, "points");
    assertEquals(List.of("points.grade"), found.stream().map(Finding::key).toList());
  }
}
