package io.suanzhang.checks.cross;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.checks.Checked;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Year Y+1's 预算 on year Y's execution against year Y's 决算. */
class PriorExecutionTest {

  private static final String DEPARTMENT = "示例县医疗保障局";

  @TempDir Path dir;

  private Analysis text(String name, String text) throws Exception {
    return Checked.analyse(Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8));
  }

  /** Year's 决算 with its 支出决算表: 201 一般公共服务支出 at {@code general} 万元. */
  private Analysis finalAccounts(int year, String general) throws Exception {
    return text(year + "决算.txt", DEPARTMENT + year + "年部门决算\n\n支出决算表\n单位：万元\n"
        + "科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出\n"
        + "201\t一般公共服务支出\t" + general + "\t60.00\t" + "35.00\n"
        + "\t合计\t" + general + "\t60.00\t35.00\n");
  }

  private Analysis budget(int year, String sentence) throws Exception {
    return text(year + "预算.txt", DEPARTMENT + year + "年部门预算\n\n一、财政拨款支出预算情况\n" + sentence + "\n");
  }

  private static List<CrossDocuments.Pair> ofExecution(List<Analysis> analyses) {
    return CrossDocuments.check(analyses.stream()).stream()
        .filter(p -> p.check().relation().contains("执行数）")).toList();
  }

  @Test
  void lastYearsExecutionThatItsFinalAccountsContradictIsFound() throws Exception {
    List<CrossDocuments.Pair> pairs = ofExecution(List.of(finalAccounts(2020, "95.00"),
        budget(2021, "一般公共服务（类）支出2020年执行数为96.00万元，2021年预算安排100.00万元。")));

    assertEquals(1, pairs.size(), pairs::toString);
    CrossDocuments.Pair p = pairs.get(0);
    Finding f = p.finding();
    assertNotNull(f, pairs::toString);
    assertEquals("cross_document.prior_execution", f.key());
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(p.document().endsWith("2021预算.txt") && p.other().endsWith("2020决算.txt"), p::toString);
    assertTrue(f.zh().contains("2020年执行数为 96.00万元") && f.zh().contains("95.00"), f.zh());
    List<String> roles = f.evidence().stream().map(Evidence::role).toList();
    assertTrue(roles.contains("stated")
        && roles.stream().anyMatch(r -> r.startsWith("reference:") && r.endsWith("2020决算.txt")),
        roles::toString);
  }

  @Test
  void theBaseOfABudgetsComparisonWithLastYearsExecutionIsCheckedAndHolds() throws Exception {
    List<CrossDocuments.Pair> pairs = ofExecution(List.of(finalAccounts(2020, "95.00"),
        budget(2021, "1. “一般公共服务支出（类）”100.00万元，主要用于日常运行。2020年当年预算执行数为"
            + "95.00万元，2021年预算安排100.00万元，比2020年预算执行数增加5.26%。")));

    assertEquals(1, pairs.size(), pairs::toString);
    assertTrue(pairs.get(0).holds(), pairs::toString);
  }

  @Test
  void lastYearsBudgetIsNotItsExecution() throws Exception {
    assertEquals(List.of(), ofExecution(List.of(finalAccounts(2020, "95.00"),
        budget(2021, "一般公共服务（类）支出2020年预算数为96.00万元，2021年预算安排100.00万元。"))));
  }

  @Test
  void aFinalAccountOfAnotherYearIsNotCompared() throws Exception {
    assertEquals(List.of(), ofExecution(List.of(finalAccounts(2019, "96.00"),
        budget(2021, "一般公共服务（类）支出2020年执行数为95.00万元，2021年预算安排100.00万元。"))));
  }
}
