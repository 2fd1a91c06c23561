package io.suanzhang.checks.rule;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.suanzhang.checks.Checked;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table's rate column is checked row by row against the row's own budget and amount done: the
 * project table of a 部门整体 self-evaluation, the execution table of a budget report.
 */
class TableRatesTest {

  @TempDir Path dir;

  private Analysis analyse(String text) throws Exception {
    return Checked.analyse(Files.writeString(dir.resolve("report.txt"), text, UTF_8));
  }

  private static List<String> ratios(Analysis a) {
    return a.checks().stream().filter(c -> c.rule().equals("ratio")).map(Check::relation).toList();
  }

  private static List<Finding> errors(Analysis a, String rule) {
    return a.findings().stream()
        .filter(f -> f.rule().equals(rule) && f.severity() == Severity.ERROR).toList();
  }

  @Test
  void eachProjectsRateIsOfItsOwnBudgetAndSpending() throws Exception {
    Analysis a = analyse("""
        2023年度部门整体支出绩效自评报告
        表2 项目资金执行情况（单位：万元）
        项目名称\t全年预算数\t全年执行数\t执行率
        高标准农田建设项目\t1200.00\t1150.00\t95.83%
        动物防疫项目\t350.00\t350.00\t100%
        农业技术推广项目\t150.00\t120.00\t85.00%
        合计\t1700.00\t1620.00\t95.29%
        """);
    assertEquals(Set.of("95.83% = 1150.00 / 1200.00", "100% = 350.00 / 350.00", "85.00% = 120.00 / 150.00",
        "95.29% = 1620.00 / 1700.00"), Set.copyOf(ratios(a)));
    assertEquals(4, ratios(a).size(), "one check per row");
    List<Finding> wrong = errors(a, "ratio");
    assertEquals(1, wrong.size(), a.findings()::toString);
    assertEquals("农业技术推广项目", wrong.get(0).subject());
    assertEquals("85.00", wrong.get(0).stated().toPlainString());
    assertEquals("80.00", wrong.get(0).recomputed().setScale(2).toPlainString());
  }

  @Test
  void ofTwoBudgetsTheRateIsOfTheYearsAsAdjusted() throws Exception {
    Analysis a = analyse("""
        项目支出绩效自评表
        单位：万元
        项目\t年初预算数\t全年预算数\t全年执行数\t执行率
        年度资金总额\t100.00\t120.00\t108.00\t90.00%
        """);
    assertEquals(List.of("90.00% = 108.00 / 120.00"), ratios(a));
  }

  @Test
  void aGrowthColumnOrAnOpenChoiceGivesNoRate() throws Exception {
    Analysis a = analyse("""
        一般公共预算支出情况表
        单位：万元
        项目\t上年决算数\t本年预算数\t增长率
        教育支出\t100.00\t110.00\t10.00%
        科目\t预算数\t决算数\t执行数\t执行率
        住房保障支出\t50.00\t45.00\t44.00\t90.00%
        """);
    assertEquals(List.of(), ratios(a));
  }
}
