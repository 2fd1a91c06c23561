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
import io.suanzhang.core.fact.Indicator;
import io.suanzhang.core.fact.Score;
import io.suanzhang.core.testing.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The points of a self-evaluation's indicator table flattened to text lines: each row's 分值 and 得分,
 * the 一级指标's stated 分值, the 总分 row and its 评价等级; and the funds block written one cell a
 * line. Rows are quoted from real tables (天长市水利局, 永德县明朗中学, 马鹿坑国有林场, 零陵区林业局,
 * 鄂州市行政审批局), errors put in by hand; the shared documents themselves are read at the end.
 */
class SelfEvaluationPointsTest {

  /** 天长市水利局's table as its page gives it: words apart by blanks, a row a line. */
  private static final String SPACED = "项目资金\n(万元)\n"
      + "年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分\n"
      + "年度资金总额: 880 880 880 10 10\n"
      + " 其中:本年财政拨款 880 880 880 - -\n"
      + "年度绩效指标完成情况 一级\n指标\n"
      + "二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
      + "(50分)\n"
      + "数量指标 指标1:完成中型灌区节水改造项目数量 1 1 10 10\n"
      + "指标2:完成农业综合水价改革项目 1 1 10 10\n"
      + "质量指标 指标1:工程质量合格 10 10\n"
      + "时效指标 指标1:年度资金支付完成率100% 10 10\n"
      + "成本指标 指标1:资金执行在预算范围内 10 10\n"
      + "(30分)\n"
      + "经济效益\n指标\n指标1:全市安全度汛 10 10\n"
      + "社会效益\n指标\n指标1:保护全市人口财产不受损失 10 10\n"
      + "可持续影\n响指标\n指标1:已建工程良性运行 SCORE\n"
      + "满意度指标\n(10分)\n"
      + "服务对象\n满意度指标\n指标1:服务对象满意度 90% 100% 10 10\n"
      + "TOTAL\n";

  /** 永德县明朗中学's table: cells between pipes, 指标值 and its unit in cells of their own. */
  private static final String PIPED = "| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | 年度资金总额 |\n"
      + "| 387664.62 | 387664.62 | 10 | 100% | 10 | 其中:当年财政 拨款 |\n"
      + "| 387664.62 | 387664.62 | — |\n"
      + "| 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | 一级指标 | 二级指标 | 三级指标"
      + " | 指标性质 | 指标值 | 度量单位 | 产出指标 | 数量指标 | 学生受资助人数 | ≧ | 735 | 人次 | 735 | 10"
      + " | 10 |\n"
      + "| 质量指标 | 营养改善计划覆盖率 | ≧ | 100 | % | 100% | 10 | 10 |\n"
      + "| 时效指标 | 资金到位及时率 | ≧ | 100 | % | 100% | 10 | 7 |\n"
      + "| 成本指标 | 生均补助标准达标率 | ═ | 100 | % | 100% | 10 | 10 |\n"
      + "| 效益指标 | 经济效益 指标 | 减轻贫困学生家庭经济负担 |\n| 有效 |\n| 有效 | 10 | 10 |\n"
      + "| 社会效益 指标 | 政策知晓率 | ═ | 100 | % | 98% | 10 | 9 |\n"
      + "| 可持续影响 指标 | 促进学校教育事业健康发展 | ≧ | 100 | % | 100% | 10 | 10 |\n"
      + "| 满意度指标 | 服务对象满意度指标等 | 学生满意度 | ≧ | 95 | % | 100% | 10 | 10 |\n"
      + "| 家长满意度 | ≧ | 95 | % | 100% | 10 | 10 |\n"
      + "| 其他需要说明事项 | 无 | 总分 | 100 | TOTAL | GRADE |\n";

  @TempDir Path dir;

  private Analysis analyse(String text) throws IOException {
    return PointsRuleTest.analyse(dir, text);
  }

  private Analysis analyseTargets(String text) throws IOException {
    Path file = dir.resolve("targets.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return Checked.analyse(Checks.of(List.of(new TargetRule(), new SumRule()), CheckConfig.DEFAULT), file);
  }

  private static List<String> keys(Analysis a) {
    return a.findings().stream().filter(f -> f.rule().equals("target")).map(Finding::key).sorted()
        .toList();
  }

  private static Analysis analyseShared(String path) {
    return Checked.analyse(SharedFiles.external().resolve(path));
  }

  static List<Check> checks(Analysis a, String rule, String relation) {
    return a.checks().stream()
        .filter(c -> c.rule().equals(rule) && c.relation().contains(relation)).toList();
  }

  static List<Finding> aboveInfo(Analysis a) {
    return a.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
  }

  @Test
  void spacedRowsAddUpToTheirGroupsAndTheTotal() throws IOException {
    Analysis a = analyse(SPACED.replace("SCORE", "10 10").replace("TOTAL", "总分 100 100"));
    assertEquals(1, checks(a, "sum", "100 = 10 + 50 + 30 + 10").size(), a.checks().toString());
    assertEquals(1, checks(a, "sum", "50 = 10 + 10 + 10 + 10 + 10").size());
    assertEquals(1, checks(a, "sum", "30 = 10 + 10 + 10").size());
    assertTrue(a.checks().stream().allMatch(Check::holds), a.checks().toString());
    assertEquals(List.of(), aboveInfo(a));
  }

  @Test
  void wrongTotalScoreIsFoundAtTheTotal() throws IOException {
    // One row given 8 of its 10: the 得分 add up to 98, the 总分 still says 100.
    Analysis a = analyse(SPACED.replace("SCORE", "10 8").replace("TOTAL", "总分 100 100"));
    List<Finding> wrong = aboveInfo(a);
    assertEquals(1, wrong.size(), wrong.toString());
    assertEquals("sum", wrong.get(0).rule());
    assertEquals(0, wrong.get(0).stated().compareTo(new java.math.BigDecimal("100")));
    assertEquals(0, wrong.get(0).recomputed().compareTo(new java.math.BigDecimal("98")));
  }

  @Test
  void scoreAboveItsFullIsFoundAtTheScore() throws IOException {
    // The row's 12 of 10 carried into a 总分 of 102 of 100: both are above their 分值, the sums hold.
    Analysis a = analyse(SPACED.replace("SCORE", "10 12").replace("TOTAL", "总分 100 102"));
    List<Finding> wrong = aboveInfo(a);
    assertEquals(List.of("points.over", "points.over"), wrong.stream().map(Finding::key).toList());
    assertEquals(List.of("102", "12"),
        wrong.stream().map(f -> f.evidence().get(0).text()).sorted().toList());
  }

  @Test
  void pointsThatDoNotAddUpToTheTotalAreNotJudged() throws IOException {
    // A row with a 分值 and no 得分 reads like one whose values are plain numbers (1 1 10): the 分值
    // then add up to 90, not the 总分's 100, and no row of the table is taken as read.
    Analysis a = analyse(SPACED.replace("SCORE", "1 1 10").replace("TOTAL", "总分 100 100"));
    assertEquals(List.of(), checks(a, "sum", "= 10 + 10"));
    assertEquals(List.of(), aboveInfo(a));
    assertEquals(1, a.facts().stream().filter(f -> f instanceof Score s && s.parent() == null
        && s.level() == 1 && s.full() != null && s.full().text().equals("100")).count());
  }

  @Test
  void pipedRowsAndTheGradeOfTheTotalRow() throws IOException {
    Analysis a = analyse(PIPED.replace("TOTAL", "96").replace("GRADE", "优"));
    assertEquals(1, checks(a, "sum", "96 = 10 + 10 + 10 + 7 + 10").size(), a.checks().toString());
    assertEquals(1, checks(a, "points", "优 ⇐ 96").size());
    assertTrue(a.checks().stream().allMatch(Check::holds), a.checks().toString());
  }

  @Test
  void wrongGradeAndWrongTotalInPipedRows() throws IOException {
    Analysis grade = analyse(PIPED.replace("TOTAL", "96").replace("GRADE", "良"));
    assertEquals(List.of("points.grade"), aboveInfo(grade).stream().map(Finding::key).toList());
    Analysis total = analyse(PIPED.replace("TOTAL", "95").replace("GRADE", "优"));
    List<Finding> wrong = aboveInfo(total);
    assertEquals(1, wrong.size(), wrong.toString());
    assertEquals("95", wrong.get(0).evidence().get(0).text());
  }

  @Test
  void truncatedTableGivesNoRowPoints() throws IOException {
    // 马鹿坑国有林场's table as its stored page ends, before the 满意度 rows and the 总分.
    Analysis a = analyse("| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
        + "年度资金总额 |\n| 32.4 | 31.69 | 10 | 97.80% | 9 |\n"
        + "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n"
        + "产出指标 | 数量指标 | 野生动物收容所 | ≥200平方米 | 204.46平方米 | 10 | 10 | 无 |\n"
        + "数量指标 | 钢结构圈养围栏 | ≥120米 | 121.5米 | 10 | 10 | 无 |\n"
        + "时效指标 | 项目完工时限 | 2023年12月 | 2023年10月 | 15 | 15 | 无 |\n");
    assertEquals(1, a.facts().stream().filter(f -> f instanceof Score).count(), a.facts().toString());
  }

  @Test
  void fundsWrittenOneCellALineAreRead() throws IOException {
    // 零陵区林业局: each cell on a line of its own, a blank line after each.
    Analysis a = analyse("年初\n\n预算数\n\n全年预算数\n\n全年\n\n执行数\n\n分值\n\n执行率\n\n得分\n\n"
        + "年度资金总额\n\n4753.66万元\n\n4753.66万元\n\n3824.26万元\n\n10\n\n100%\n\n10\n\n按收入性质分:\n");
    List<Finding> ratio = a.findings().stream().filter(f -> f.rule().equals("ratio")).toList();
    assertEquals(1, ratio.size(), a.findings().toString());
    assertEquals("100%", ratio.get(0).evidence().get(0).text());
    // 鄂州市行政审批局: cells between pipes, one a line, amounts with a bare 万.
    Analysis e = analyse("年初预算数 |\n全年预算数 |\n全年执行数 |\n分值 |\n执行率 |\n得分 |\n||||||\n"
        + "年度资金总额 |\n150万 |\n150万 |\n125.25万 |\n100 |\n83.5% |\n98 |\n|||||||\n"
        + "其中:当年财政拨款 |\n150万 |\n150万 |\n125.25万 |\n— |\n|\n— |\n|||||||\n");
    assertEquals(1, checks(e, "ratio", "83.5% = 125.25万 / 150万").size(), e.checks().toString());
    assertTrue(checks(e, "ratio", "").stream().allMatch(Check::holds));
  }

  @Test
  void executionRowIsOneScoreWhenATableReaderScoresItToo() throws IOException {
    // 大英县司法局 (Sichuan layout): the table reader and the funds lines both read the 总额 row.
    Analysis a = analyse("预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率"
        + " | 权重 | 得分 | 原因 |\n"
        + "总额 | 0.00 | 3.36 | 3.36 | 100.00% | 10 | 10 | 1.预算执行率=预算执行数/调整后预算数 |\n");
    List<Score> scores = a.facts().stream()
        .filter(f -> f instanceof Score).map(f -> (Score) f).toList();
    assertEquals(1, scores.size(), scores.toString());
    assertEquals("10", scores.get(0).score().text());
  }

  @Test
  void gradesStatedInProseAfterTheScore() throws IOException {
    Analysis good = analyse("（一）自评得分\n通过项目绩效自评小组的全方位评价,自评得分86.4分,自评结果为“良好”。\n");
    assertEquals(1, checks(good, "points", "良好 ⇐ 86.4分").size(), good.checks().toString());
    assertTrue(good.checks().stream().allMatch(Check::holds));
    Analysis wrong = analyse("因此评价分100分,自评等级为良好。\n");
    assertEquals(List.of("points.grade"), aboveInfo(wrong).stream().map(Finding::key).toList());
  }

  @Test
  void indicatorsMetOrMissedAgainstTheirPoints() throws IOException {
    // 永德县明朗中学 as published: 资金到位及时率 ≧100%, 100%, given 7 of 10; 政策知晓率 =100%, 98%,
    // given 9 of 10 with its 偏差原因 blank.
    Analysis a = analyseTargets(PIPED.replace("TOTAL", "96").replace("GRADE", "优"));
    assertEquals(List.of("target.missed", "target.no_reason", "target.points_withheld"), keys(a));
    Finding withheld = a.findings().stream()
        .filter(f -> f.key().equals("target.points_withheld")).findFirst().orElseThrow();
    assertEquals(Severity.WARNING, withheld.severity());
    assertEquals("7", withheld.evidence().get(0).text());
    assertTrue(withheld.subject().contains("资金到位及时率"), withheld.subject());
    // The six others met and given their 10, and 有效 against 有效 in words: held.
    assertEquals(7, checks(a, "target", "达到目标 ⇒ 得分 10 = 分值 10").size(), a.checks().toString());
  }

  @Test
  void missedIndicatorWithItsReasonAndFullPoints() throws IOException {
    // The shortfall explained, but all 10 points given for it.
    String text = PIPED.replace("TOTAL", "97").replace("GRADE", "优")
        .replace("| 98% | 10 | 9 |", "| 98% | 10 | 10 | 部分家长未参加宣传会 |");
    Analysis a = analyseTargets(text);
    assertEquals(List.of("target.missed", "target.points_given", "target.points_withheld"), keys(a));
    assertEquals(1, checks(a, "target", "偏差原因：部分家长未参加宣传会").size());
  }

  @Test
  void indicatorValuesInTwoCellsAreJudged() throws IOException {
    // 马鹿坑国有林场's rows (its 增收 cut to 8000元), with the 总分: ≥5个 against 6个, ≥8400元 against
    // 8000元 given all its 30 points and 无 for a reason.
    Analysis a = analyseTargets("| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
        + "年度资金总额 |\n| 32.4 | 31.69 | 10 | 97.80% | 9 |\n"
        + "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n"
        + "效益指标 | 社会效益指标 | 提供务工岗位 | ≥5个 | 6个 | 20 | 20 | 无 |\n"
        + "经济效益指标 | 务工人员年人均增收 | ≥8400元 | 8000元 | 30 | 30 | 无 |\n"
        + "满意度指标 | 服务对象满意度指标 | 受益农户满意度 | ≥90% | 95% | 40 | 40 | 无 |\n"
        + "总分 | 100 | 99 | 优 |\n");
    assertEquals(List.of("target.missed", "target.no_reason", "target.points_given"), keys(a));
    assertEquals(1, checks(a, "target", "提供务工岗位：达到目标").size(), a.checks().toString());
    assertEquals(1, checks(a, "target", "受益农户满意度：达到目标").size());
    // The table reader's reading of the same lines, shifted by the cells they lack, is not kept.
    assertEquals(3, a.facts().stream().filter(f -> f instanceof Indicator).count());
  }

  @Test
  void reportScoreAgainstItsTable() throws IOException {
    String table = PIPED.replace("TOTAL", "96").replace("GRADE", "优");
    Analysis same = analyse("一、自评结论\n经评价，本项目自评得分96分，等级为优。\n" + table);
    assertEquals(1, checks(same, "points", "96分 = 96").size(), same.checks().toString());
    Analysis other = analyse("一、自评结论\n经评价，本项目自评得分98分，等级为优。\n" + table);
    List<Finding> wrong = aboveInfo(other);
    assertEquals(List.of("points.report"), wrong.stream().map(Finding::key).toList());
    assertEquals("98分", wrong.get(0).evidence().get(0).text());
  }

  @Test
  void sharedTablesHaveTheirTotalsChecked() {
    // 天长市水利局: 10 (funds) + 50 + 30 + 10 = 100 and 100 points given; 永德县明朗中学: 96 of 100, 优.
    Analysis tianchang = analyseShared("perf/004.txt");
    assertEquals(1, checks(tianchang, "sum", "100 = 10 + 50 + 30 + 10").size());
    // Its counts written bare as their targets (项目数量 1 | 1): met, and given their 10 points.
    assertEquals(1, checks(tianchang, "target", "完成中型灌区节水改造项目数量：达到目标 ⇒ 得分 10 = 分值 10").size());
    assertEquals(1, checks(tianchang, "target", "完成农业综合水价改革项目：达到目标 ⇒ 得分 10 = 分值 10").size());
    Analysis yongde = analyseShared("perf/010.txt");
    assertEquals(1, checks(yongde, "points", "优 ⇐ 96").size());
    assertEquals(1, checks(yongde, "sum", "96 = ").size());
    assertTrue(yongde.checks().stream().filter(c -> !c.rule().equals("target"))
        .allMatch(Check::holds), yongde.checks().toString());
    // 零陵区林业局 states 执行率 100% for 3824.26 of 4753.66万元 (80.45%), as its page does.
    Analysis lingling = analyseShared("perf/055.txt");
    assertEquals(1, checks(lingling, "ratio", "100% = 3824.26万元 / 4753.66万元").size());
    // 昌宁县: 86.4分 良好 and 100分 优秀.
    assertEquals(1, checks(analyseShared("perf/034.txt"), "points", "良好 ⇐ 86.4分").size());
    assertEquals(1, checks(analyseShared("perf/039.txt"), "points", "优秀 ⇐ 100分").size());
    // 永德县明朗中学's indicators: seven met, one missed (政策知晓率 98% of =100%).
    assertEquals(7, checks(yongde, "target", "对目标").stream().filter(Check::holds).count());
  }

  @Test
  void newerTemplateWithNatureComparatorAndUnitColumns() throws IOException {
    // 甘其毛都口岸分局 (perf/028): one cell a line, 指标性质 | 指标方向 | 年度指标值 | 实际完成值 | 计量单位,
    // the table cut before its 总分. Its four rows are met and given their points; the same rows with
    // 租车次数 given 6 of 8 are found at the 6.
    String rows = "绩效指标 |\n一级指标 |\n二级指标 |\n三级指标 |\n指标性质 |\n指标方向 |\n年度指标值 |\n"
        + "实际完成值 |\n计量单位 |\n分值 |\n得分 |\n偏差原因分析及改进措施 |\n|\n|\n|\n数量指标 |\n"
        + "指标1:租车次数(次) |\n正向 |\n大于等于 |\n1 |\n1 |\n次 |\n8 |\nSCORE |\n|\n|\n"
        + "质量指标 |\n指标1:租车达标率 |\n正向 |\n等于 |\n100 |\n100 |\n% |\n8 |\n8 |\n|\n";
    Analysis held = analyseTargets(rows.replace("SCORE", "8"));
    assertEquals(List.of(), keys(held));
    assertEquals(2, checks(held, "target", "达到目标 ⇒ 得分 8 = 分值 8").size(), held.checks().toString());
    Analysis wrong = analyseTargets(rows.replace("SCORE", "6"));
    assertEquals(List.of("target.points_withheld"), keys(wrong));
    assertEquals("6", wrong.findings().get(0).evidence().get(0).text());
    Analysis shared = analyseShared("perf/028.txt");
    assertEquals(4, checks(shared, "target", "达到目标 ⇒ 得分").stream().filter(Check::holds).count(),
        shared.checks().toString());
  }

  @Test
  void cutTablesHaveTheirRowsJudgedOneByOne() {
    // 马鹿坑国有林场 (perf/009), cut before its 满意度 row: measures the mention finder does not know
    // (≥200平方米, ≥15年) and a deadline (2023年12月 against 2023年10月) are met and given their points.
    Analysis maluken = analyseShared("perf/009.txt");
    assertEquals(7, checks(maluken, "target", "达到目标 ⇒ 得分").stream().filter(Check::holds).count(),
        maluken.checks().toString());
    assertEquals(1, checks(maluken, "target", "项目完工时限：2023年10月 对目标 ≤2023年12月").size());
    // 金寨县茶谷和美丽乡村建设服务中心 (perf/053): ≤4 | 4 and ≥2000 | 3061 written without a unit, 9月前 | 7月 deadlines.
    Analysis villages = analyseShared("perf/053.txt");
    assertEquals(8, checks(villages, "target", "达到目标 ⇒ 得分").stream().filter(Check::holds).count(),
        villages.checks().toString());
    assertEquals(1, checks(villages, "target", "7月 对目标 ≤9月").size());
    // 零陵区林业局 (perf/055), one cell a line with a blank line after each: 1.2万亩 | 1.2万亩 … and
    // 1100万元 | 1093万元 given 5 of 6; its reasons are not read.
    Analysis lingling = analyseShared("perf/055.txt");
    // eight rows judged against their points (six met, two missed and given less), all consistent
    assertEquals(8, checks(lingling, "target", "达到目标 ⇒ 得分").stream().filter(Check::holds).count(),
        lingling.checks().toString());
    assertEquals(1, checks(lingling, "target", "木材销售收入：未达到目标 ⇒ 得分 5 < 分值 6").size());
    assertEquals(0, checks(lingling, "target", "偏差原因").size());
    // 鄂州市行政审批局 (perf/006), one cell a line: 预算执行率 83.5% of 100%, given 18 of 20. Its
    // reason would be on the line after the 18, where the next row's name is too: not judged.
    Analysis ezhou = analyseShared("perf/006.txt");
    assertEquals(List.of("target.missed"), keys(ezhou));
    assertEquals(1, checks(ezhou, "target", "预算执行率：未达到目标 ⇒ 得分 18 < 分值 20").size());
    // 六安市 (perf/030), words apart by blanks: the works done on the day set, given 5 of 6.
    Analysis luan = analyseShared("perf/030.txt");
    List<Finding> withheld = luan.findings().stream()
        .filter(f -> f.key().equals("target.points_withheld")).toList();
    assertEquals(1, withheld.size(), luan.findings().toString());
    assertTrue(withheld.get(0).subject().contains("项目设计、招标、施工"));
  }

  @Test
  void fundsTotalIsTheSumOfItsRowsUnlessARowIsBlank() throws IOException {
    String block = "项目资金\n(万元)\n年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分\n"
        + "年度资金总额: 880 880 880 10 100% 10\n 其中:本年财政拨款 800 800 800 - -\n"
        + " 上年结转资金 70 70 70 - -\nOTHER\n";
    // Every row stated: 880 is not 800 + 70, in each of the three columns.
    Analysis stated = analyse(block.replace("OTHER", " 其他资金 - - - - -"));
    List<Finding> sums = aboveInfo(stated).stream().filter(f -> f.rule().equals("sum")).toList();
    assertEquals(3, sums.size(), stated.findings().toString());
    assertEquals("880", sums.get(0).evidence().get(0).text());
    assertEquals(3, checks(stated, "sum", "880 = 800 + 70").size(), stated.checks().toString());
    // 其他资金 left blank: what it held is not known, the total is only at least the rest.
    Analysis blank = analyse(block.replace("OTHER", " 其他资金"));
    assertEquals(3, checks(blank, "sum", "880 ≥ 800 + 70").size(), blank.checks().toString());
    assertTrue(checks(blank, "sum", "880").stream().allMatch(Check::holds));
    // 巴彦淖尔市临河区 (perf/020): its two columns read as two lists over the same lines, each an
    // equality; 7165.32 against 7165.29 is within the rounding of six amounts, an info finding.
    Analysis linhe = analyseShared("perf/020.txt");
    assertEquals(1, checks(linhe, "sum", "7165.32 = 3144.00 + 570.17").size(), linhe.checks().toString());
    List<Finding> gap = linhe.findings().stream().filter(f -> f.rule().equals("sum")).toList();
    assertEquals(1, gap.size(), gap.toString());
    assertEquals(Severity.INFO, gap.get(0).severity());
    assertEquals(0, new java.math.BigDecimal("0.03").compareTo(gap.get(0).difference().abs()));
  }

  @Test
  void pointsBeforeTheValuesAndValuesInWords() {
    // 濉溪县民政局 (perf/011): 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分, one cell a line. 4604人
    // against ≥4754人 and 5830元/户 against ≤5300元/户, each missed and given all its points.
    Analysis suixi = analyseShared("perf/011.txt");
    List<Finding> given = suixi.findings().stream()
        .filter(f -> f.key().equals("target.points_given")).toList();
    assertEquals(2, given.size(), suixi.findings().toString());
    assertEquals(List.of("5", "10"), given.stream().map(f -> f.evidence().get(0).text()).toList());
    assertEquals(7, checks(suixi, "target", "达到目标 ⇒ 得分").stream().filter(Check::holds).count(),
        suixi.checks().toString());
    // 永德县明朗中学 (perf/010): 有效 against 有效, met in words, given its 10.
    assertEquals(1, checks(analyseShared("perf/010.txt"), "target",
        "减轻贫困学生家庭经济负担：达到目标 ⇒ 得分 10 = 分值 10").size());
    // 六安市 (perf/030): 市级保护单位 against 市级保护单位, given its 7.
    assertEquals(1, checks(analyseShared("perf/030.txt"), "target", "修缮级别：达到目标 ⇒ 得分 7").size());
  }

  @Test
  void wordsThatSayAnIndicatorWasMissedAgainstItsPoints() throws IOException {
    String rows = "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n"
        + "产出指标 | 质量指标 | 工程验收 | 合格 | ACTUAL | 10 | SCORE | REASON |\n";
    Analysis missed = analyseTargets(rows.replace("ACTUAL", "不合格").replace("SCORE", "10")
        .replace("REASON", "雨季延误"));
    assertEquals(List.of("target.points_given"), keys(missed));
    Analysis met = analyseTargets(rows.replace("ACTUAL", "达成").replace("SCORE", "8")
        .replace("REASON", ""));
    assertEquals(List.of("target.points_withheld"), keys(met));
    Analysis unsaid = analyseTargets(rows.replace("ACTUAL", "较好").replace("SCORE", "8")
        .replace("REASON", ""));
    assertEquals(List.of(), keys(unsaid));
  }
}
