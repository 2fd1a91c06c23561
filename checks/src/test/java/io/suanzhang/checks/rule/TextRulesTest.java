package io.suanzhang.checks.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.checks.CheckConfig;
import io.suanzhang.checks.Checked;
import io.suanzhang.checks.Checks;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules that read the text itself: {@code year} and {@code placeholder}. */
class TextRulesTest {

  @TempDir Path dir;

  private List<Finding> findings(String rule, String text) throws IOException {
    Path file = dir.resolve("report.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Analysis a = Checked.analyse(Checks.of(List.of(new YearRule(), new PlaceholderRule()), CheckConfig.DEFAULT), file);
    return a.findings().stream().filter(f -> f.rule().equals(rule)).toList();
  }

  private static void assertQuotes(String text, Finding f, String expected) {
    Evidence e = f.evidence().get(0);
    assertEquals(expected, e.text());
    assertEquals(expected, text.substring(e.start(), e.end()));
  }

  @Test
  void yearSplitByASpaceIsBroken() throws IOException {
    String text = "某县医疗保障局202 3年度部门决算\n一、收入支出情况\n";
    List<Finding> found = findings("year", text);
    assertEquals(List.of("year.broken"), found.stream().map(Finding::key).toList());
    assertEquals(Severity.WARNING, found.get(0).severity());
    assertQuotes(text, found.get(0), "202 3");
  }

  @Test
  void titleNamingAnotherYearIsFound() throws IOException {
    String text = "钦州市医疗保障局2022年度部门整体支出绩效自评报告\n"
        + "一、2021年度部门决算情况\n2022年当年部门预算数1413.96万元。\n";
    List<Finding> found = findings("year", text);
    assertEquals(1, found.size(), () -> "findings: " + found);
    assertEquals("year.title", found.get(0).key());
    assertQuotes(text, found.get(0), "2021");
  }

  @Test
  void comparisonWithTheReportsOwnYearIsFound() throws IOException {
    String text = "某局2023年度部门决算\n2023年决算支出120.00万元，与2023年决算数100.00万元相比，"
        + "增加20.00万元，增长20.00%。\n";
    List<Finding> found = findings("year", text);
    assertEquals(List.of("year.base"), found.stream().map(Finding::key).toList());
  }

  @Test
  void consistentYearsRaiseNothing() throws IOException {
    String text = "某局2023年度部门决算\n2023年决算支出120.00万元，与2022年决算数100.00万元相比，"
        + "增加20.00万元，增长20.00%。\n";
    assertEquals(List.of(), findings("year", text));
  }

  @Test
  void templatePlaceholdersAreFound() throws IOException {
    String text = "XX局2023年度部门决算\n××县共有（单位名称）3个。填报日期：    年  月  日\n";
    List<Finding> found = findings("placeholder", text);
    assertEquals(
        List.of("XX", "××", "（单位名称）", "年  月  日"),
        found.stream().map(f -> f.evidence().get(0).text().strip()).toList());
    assertTrue(found.stream().allMatch(f -> f.severity() == Severity.WARNING));
  }

  @Test
  void placeholdersSideBySideAreEachFound() throws IOException {
    String text = "某某某某XX局□□ 年 月 日，（项目名称）□万元\n";
    assertEquals(
        List.of("某某", "某某", "XX", "□□", "年 月 日", "（项目名称）", "□"),
        findings("placeholder", text).stream().map(f -> f.evidence().get(0).text().strip()).toList());
  }

  @Test
  void latinLettersInNamesAreNoPlaceholder() throws IOException {
    assertEquals(List.of(), findings("placeholder", "推进DRG/DIP支付方式改革，XXL号档案盒10个。\n"));
  }
}
