package io.suanzhang.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Document;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Indicator;
import io.suanzhang.core.fact.TableRow;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.extract.Extraction;
import io.suanzhang.extract.report.ReportInfoReader;
import io.suanzhang.read.DocumentReaders;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The five 项目绩效目标完成情况表 of seed 002 (a 部门决算 in Markdown), each cut into two table blocks,
 * and a 项目支出绩效自评表 written for the test (no shared report has one that reads as a table).
 */
class TableFactsIndicatorTest {

  private static List<Fact> seed;

  @BeforeAll
  static void readSeed() throws Exception {
    seed = facts(SharedFiles.seeds().resolve("002_7fbbccf8b4cea76e.txt"));
  }

  static List<Fact> facts(Path file) throws Exception {
    Document document = DocumentReaders.read(file);
    FactContext context = new FactContext(
        document, ReportInfoReader.of(document), Extraction.mentions(document), List.of());
    return TableFacts.of(context);
  }

  static List<Indicator> indicators(List<Fact> facts) {
    return facts.stream().filter(Indicator.class::isInstance).map(Indicator.class::cast).toList();
  }

  static List<TableRow> rows(List<Fact> facts) {
    return facts.stream().filter(TableRow.class::isInstance).map(TableRow.class::cast).toList();
  }

  static Indicator named(List<Fact> facts, String name) {
    List<Indicator> found = indicators(facts).stream().filter(i -> i.name().equals(name)).toList();
    assertEquals(1, found.size(), name);
    return found.get(0);
  }

  @Test
  void eachProjectKeepsItsIndicatorsOverTableBreaks() {
    Map<String, Long> perProject = indicators(seed).stream()
        .collect(Collectors.groupingBy(Indicator::subject, LinkedHashMap::new,
            Collectors.counting()));
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("DRGS 项目经费", 3L);
    expected.put("紧密医联体建设试点", 5L);
    expected.put("居民职工基金征收监管", 7L);
    expected.put("医保基金监管", 6L);
    expected.put("医疗救助监管", 5L);
    assertEquals(expected, perProject);
  }

  @Test
  void continuedBlocksKeepTheirColumns() {
    // table block 6 of the seed: one row, without the leading 绩效指标完成情况 column
    Indicator satisfaction = named(seed, "参保群众获得感幸福感安全感");
    assertEquals("紧密医联体建设试点", satisfaction.subject());
    assertEquals("满意度指标", satisfaction.level1());
    assertEquals("满意度指标", satisfaction.level2());
    assertEquals("不断提升", satisfaction.targetText());
    assertEquals("稳步提升", satisfaction.actualText());
    Indicator burden = named(seed, "特殊困难人群医疗负担");
    assertEquals("医疗救助监管", burden.subject());
    assertEquals("效益指标", burden.level1());
    assertEquals("可持续影响指标", burden.level2());
  }

  @Test
  void targetsAndActualsKeepTheirTextAndNumbers() {
    Indicator satisfaction = named(seed, "参保人员对医保服务的满意度");
    assertEquals("≥90%", satisfaction.targetText());
    assertEquals(MentionKind.PERCENT, satisfaction.target().kind());
    assertEquals(0, new BigDecimal("90").compareTo(satisfaction.target().value()));
    assertEquals("93%", satisfaction.actualText());
    assertEquals(0, new BigDecimal("93").compareTo(satisfaction.actual().value()));
    Indicator words = named(seed, "医保支付方式改革");
    assertEquals("逐步推开", words.targetText());
    assertNull(words.target());
    assertNull(words.weight());
    assertNull(words.score());
    assertNull(words.claimedMet());
    assertTrue(words.quote().contains("医保支付方式改革"));
  }

  @Test
  void budgetAndExecutionOfEveryProject() {
    Map<String, String> budgets = Map.of(
        "DRGS 项目经费", "30000", "紧密医联体建设试点", "30000", "居民职工基金征收监管", "50000",
        "医保基金监管", "10000", "医疗救助监管", "30000");
    List<TableRow> rows = rows(seed);
    for (Map.Entry<String, String> e : budgets.entrySet()) {
      List<TableRow> found = rows.stream().filter(r -> r.subject().equals(e.getKey())).toList();
      assertEquals(1, found.size(), e.getKey());
      TableRow row = found.get(0);
      assertEquals(List.of("预算数", "执行数"),
          row.values().stream().map(TableRow.Value::column).toList());
      row.values().forEach(v ->
          assertEquals(0, new BigDecimal(e.getValue()).compareTo(v.value().yuan()), e.getKey()));
      assertNull(row.code());
    }
    List<TableRow> fiscal = rows.stream().filter(r -> r.subject().equals("其中-财政拨款")).toList();
    assertEquals(5, fiscal.size());
    fiscal.forEach(r -> assertEquals(List.of("预算数", "执行数"),
        r.values().stream().map(TableRow.Value::column).toList()));
    assertEquals(10, rows.size());
  }

  @Test
  void selfEvaluationWithExecutionBlockAndScoreColumns(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("self.md");
    Files.writeString(file, String.join("\n",
        "# 项目支出绩效自评表",
        "",
        "单位：万元",
        "",
        "项目名称\t工资性支出\t\t\t\t\t",
        "项目\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "年度资金总额\t238.93\t251.89\t251.89\t10\t100.00%\t10",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
        "产出指标\t数量指标\t发放覆盖率\t100%\t100%\t60\t60",
        "\t\t缴纳及时率\t≥95%\t98%\t20\t20",
        "效益指标\t社会效益指标\t足额保障率\t100%\t100%\t10\t10",
        ""), StandardCharsets.UTF_8);
    List<Fact> facts = facts(file);

    List<TableRow> rows = rows(facts);
    assertEquals(1, rows.size(), rows::toString);
    TableRow total = rows.get(0);
    assertEquals("年度资金总额", total.subject());
    assertEquals(List.of("年初预算数", "全年预算数", "全年执行数", "执行率"),
        total.values().stream().map(TableRow.Value::column).toList());
    assertEquals(0, new BigDecimal("2389300").compareTo(total.values().get(0).value().yuan()));

    List<Indicator> indicators = indicators(facts);
    assertEquals(3, indicators.size());
    indicators.forEach(i -> assertEquals("工资性支出", i.subject()));
    Indicator timely = named(facts, "缴纳及时率");
    assertEquals("产出指标", timely.level1());
    assertEquals("数量指标", timely.level2());
    assertNotNull(timely.target());
    assertEquals("98%", timely.actualText());
    // a bare 20 under 分值 is points: the column says so, as 单位：万元 says what 238.93 is
    assertEquals(MentionKind.SCORE, timely.weight().kind());
    assertEquals("20", timely.weight().text());
    assertEquals("20", timely.score().text());
  }
}
