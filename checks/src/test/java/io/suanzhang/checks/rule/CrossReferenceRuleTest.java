package io.suanzhang.checks.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.checks.statement.CrossReferences;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossReferenceRuleTest {

  private static final String RULE = "cross-reference";
  /** A project under 二、项目支出情况: its row in the list of projects, its summary and its own table. */
  private static final String PROJECT_EXPENDITURE = """
      云溪区司法局2019年度部门决算

      一、部门基本情况
      云溪区司法局认真履行部门职责。
      二、项目支出情况
      单位：万元
      项目名称\t预算数\t执行数\t执行率
      专项检查\t84.61\t75.29\t88.98%
      城乡居民医保征缴\t145.99\t129.74\t88.87%
      合计\t230.60\t205.03\t88.91%
      （一）专项检查项目
      （1）专项检查项目绩效目标完成情况综述。项目全年预算数 {summary} 万元，执行数为 75.29 万元。
      项目名称\t\t专项检查\t\t
      预算执行情况(万元)\t预算数:\t{table} 万元\t执行数:\t75.29 万元
      绩效指标完成情况\t一级指标\t二级指标\t三级指标\t预期指标值\t实际完成指标值
      \t产出指标\t数量指标\t监督检查次数\t≥9 次\t16 次
      """;

  @TempDir Path dir;

  @Test
  void pastTwoHundredStatementsOfOneSubjectTheRestAreCountedNotLinked() {
    int n = CrossReferences.MOST_OF_ONE_SUBJECT + 5;
    Reported r = Reported.check(dir, "2021年度部门决算\n\n" + "公务接待费支出1万元。\n".repeat(n));
    var unlinked = r.analysis.findings().stream()
        .filter(f -> f.key().equals("cross_reference.unlinked")).toList();
    assertEquals(1, unlinked.size(), r.analysis.findings()::toString);
    assertEquals(Severity.INFO, unlinked.get(0).severity());
    assertTrue(unlinked.get(0).zh().startsWith("5 个数字"), unlinked.get(0)::zh);
    // the first two hundred are still one repeated amount, checked as such
    assertTrue(r.analysis.checks().stream().filter(c -> c.rule().equals("cross-reference"))
        .count() >= CrossReferences.MOST_OF_ONE_SUBJECT - 1, r.analysis.checks()::toString);
  }

  @Test
  void repeatedAmountsAndCountsAreHoldingChecks() {
    Reported r = Reported.check(dir, """
        2021年度某区城乡医疗救助民生工程绩效自评报告

        一、项目基本情况

        （一）资金落实

        截止2021年12月城乡医疗救助218412人次，救助资金4822.4935万元。

        （二）信息平台管理

        医疗救助“一站式”结算窗口累计共救助218412人次，发放救助资金4822.4935万元。
        """);
    assertTrue(r.findings(RULE).isEmpty(), () -> r.findings(RULE).toString());
    assertTrue(r.holds(RULE, r.at("4822.4935万元", 0), r.at("4822.4935万元", 1)));
    assertTrue(r.holds(RULE, r.at("218412人次", 0), r.at("218412人次", 1)));
  }

  @Test
  void projectSummaryAgainstItsOwnTableIsAnError() {
    Reported r = Reported.check(dir, """
        2020年度部门决算

        （四）预算绩效管理情况

        1. 项目绩效目标完成情况。

        (1) 医疗救助监管项目绩效目标完成情况综述。项目全年预算数 1 万元，执行数为 1 万元，完成预算的 100%。

        项目名称\t\t医疗救助监管\t\t
        预算单位\t\t某区医疗保障局\t\t
        预算执行情况(万元)\t预算数:\t3 万元\t执行数:\t3 万元
        \t其中-财政拨款:\t3 万元\t其中-财政拨款:\t3 万元
        绩效指标完成情况\t一级指标\t二级指标\t三级指标\t预期指标值\t实际完成指标值
        \t项目完成指标\t数量指标\t监督指导次数\t≥2 次\t3 次
        """);
    assertEquals(2, r.findings(RULE).size(), () -> r.findings(RULE).toString());
    Finding budget = r.findings(RULE).get(0);
    assertEquals(Severity.ERROR, budget.severity());
    assertEquals("cross_reference.mismatch", budget.key());
    assertEquals("医疗救助监管", budget.subject());
    assertTrue(Reported.evidence(budget, "stated").span().overlaps(r.at("1 万元", 0)));
    assertTrue(Reported.evidence(budget, "reference").span().overlaps(r.at("3 万元", 0)));
    Finding spent = r.findings(RULE).get(1);
    assertTrue(Reported.evidence(spent, "stated").span().overlaps(r.at("1 万元", 1)));
    assertTrue(Reported.evidence(spent, "reference").span().overlaps(r.at("3 万元", 1)));
  }

  @Test
  void budgetOfAClassifiedItemAgainstItsTableRowIsAnError() {
    Reported r = Reported.check(dir, """
        上海市普陀区某街道办事处2024年部门预算

        2024年部门预算编制说明

        财政拨款支出主要内容如下：
        1. “住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元，主要用于住房公积金。2023年当年预算执行数为348.52万元，2024年预算安排352.67万元，比2023年预算执行数增加0.53%。
        2. “住房保障支出（类）住房改革支出（款）购房补贴（项）”320.17万元，主要用于购房补贴。2023年当年预算执行数为320.17万元，2024年预算安排320.17万元，比2023年预算执行数持平。

        单位：元
        功能分类科目编码\t\t\t项目\t合计\t财政拨款收入
        类\t款\t项\t功能分类科目名称\t\t
        221\t\t\t住房保障支出\t6,705,199\t6,705,199
        221\t02\t\t住房改革支出\t6,705,199\t6,705,199
        221\t02\t01\t住房公积金\t3,503,499\t3,503,499
        221\t02\t03\t购房补贴\t3,201,700\t3,201,700
        """);
    Finding f = r.only(RULE);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("住房公积金", f.subject());
    assertTrue(Reported.evidence(f, "stated").span().overlaps(r.at("352.67万元")));
    // Against the row's 财政拨款 column: the list is of 财政拨款支出.
    assertTrue(Reported.evidence(f, "reference").span().overlaps(r.at("3,503,499", 1)));
    // The amount after the item's name agrees with the table; so does every amount of 购房补贴.
    assertTrue(r.holds(RULE, r.at("350.35万元"), r.at("3,503,499\t3,503,499")));
    assertTrue(r.holds(RULE, r.at("320.17万元", 2), r.at("3,201,700\t3,201,700")));
    // 2023's execution is another year: compared with nothing.
    assertTrue(r.holding(RULE).stream().noneMatch(c -> Reported.touches(c.numbers(), r.at("348.52万元"))));
  }

  @Test
  void totalInTextAgainstTheTotalRowIsAnError() {
    Reported r = Reported.check(dir, """
        某局2024年度部门决算

        四、财政拨款收入支出决算总体情况说明

        2024年度财政拨款收入支出总计0.3万元。与2023年度相比，财政拨款收入支出总计持平。

        单位：万元
        项目\t决算数
        本年收入合计\t2,940.05
        年初财政拨款结转和结余\t21.63
        财政拨款收入支出总计\t2,961.68
        """);
    Finding f = r.only(RULE);
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(Reported.evidence(f, "stated").span().overlaps(r.at("0.3万元")));
    assertTrue(Reported.evidence(f, "reference").span().overlaps(r.at("2,961.68")));
    assertEquals(0, f.stated().compareTo(new java.math.BigDecimal("0.3")));
    assertEquals("万元", f.unit());
  }

  @Test
  void proseNamingAClassifiedRowOnlyInWordsIsAWarning() {
    Reported r = Reported.check(dir, """
        某局2024年度部门决算

        （三）支出决算具体情况

        住房公积金支出决算为190.00万元。

        单位：万元
        科目编码\t\t\t科目名称\t合计\t基本支出\t项目支出
        221\t\t\t住房保障支出\t187.19\t187.19\t
        221\t02\t\t住房改革支出\t187.19\t187.19\t
        221\t02\t01\t住房公积金\t187.19\t187.19\t
        """);
    Finding f = r.only(RULE);
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(Reported.evidence(f, "stated").span().overlaps(r.at("190.00万元")));
  }

  private static String project(String summary, String table) {
    return PROJECT_EXPENDITURE.replace("{summary}", summary).replace("{table}", table);
  }

  /** The heading's 项目支出 narrows the tables under it as it narrows the summary. */
  @Test
  void projectSummaryUnderAProjectExpenditureHeadingAgainstItsTablesIsAnError() {
    Reported r = Reported.check(dir, project("98.99", "84.61"));
    Finding f = r.only(RULE);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("专项检查", f.subject());
    assertTrue(Reported.evidence(f, "stated").span().overlaps(r.at("98.99 万元")));
    assertTrue(Reported.evidence(f, "reference").span().overlaps(r.at("84.61")));
  }

  /**
   * Two untitled tables of one project are one account: the one that disagrees with the summary and
   * the other table is reported, not the summary, and not left as ambiguous.
   */
  @Test
  void projectTableAgainstItsSummaryAndTheListOfProjectsIsAnError() {
    Reported r = Reported.check(dir, project("84.61", "98.99"));
    Finding f = r.only(RULE);
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(Reported.evidence(f, "stated").span().overlaps(r.at("98.99 万元")));
    assertTrue(Reported.evidence(f, "reference").span().overlaps(r.at("84.61 万元")));
  }

  @Test
  void sameWordsUnderDifferentHeadingsAreNotComparedValues() {
    Reported r = Reported.check(dir, """
        某局转移支付2020年度绩效自评报告

        1、实际支出
        （1）公务接待费支出1614元，主要用于调研工作。
        （2）其他商品和服务支出18000元，与区广播电视台签订医保宣传合作协议。
        2、在途资金
        （1）办公费支出58000元，用于定制医保宣传纸巾。
        （2）其他商品和服务支出40000元，与中国移动曲江分公司签订电子医保卡推广业务服务协议。
        """);
    assertTrue(r.findings(RULE).isEmpty(), () -> r.findings(RULE).toString());
  }
}
