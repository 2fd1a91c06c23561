package io.suanzhang.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sentence forms of real reports, each quoted from a published report (most from the shared pages
 * texts of several provinces): what each states is checked, and none that holds is read as an error.
 * Here comparisons with their base, years and a self-evaluation's account of its funds; lists and
 * shares are in {@link RealListSentencesTest}.
 */
class RealSentencesTest extends RealSentences {

  // --- comparisons with their base

  @Test
  void anItemComparesItsBudgetWithTheExecutionItStatesBefore() throws IOException {
    // 上海普陀 万里街道 2024 部门预算, item 1: the base is stated in the sentence, named by its year.
    Analysis a = analyse("1. “一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”25.77万元，主要用于专项普查活动。"
        + "2023年当年预算执行数为60.13万元，2024年预算安排25.77万元，比2023年预算执行数减少57.14%。主要原因是：项目调整。\n");
    assertEquals(List.of("−57.14% = (25.77万元 − 60.13万元) / 60.13万元"), relations(a, "growth", true));
  }

  @Test
  void aWrongRateInAnItemIsFoundAndNamesTheItem() throws IOException {
    // 万里街道 2024, item 31 (SOURCES.md): 0.53% fits the heading's 350.35, not the sentence's 352.67.
    Analysis a = analyse("31. “住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元，主要用于住房公积金。"
        + "2023年当年预算执行数为348.52万元，2024年预算安排352.67万元，比2023年预算执行数增加0.53%。\n");
    Finding f = atLeast(a, Severity.ERROR).get(0);
    assertEquals("growth", f.rule());
    assertEquals("住房公积金（项）", f.subject());
  }

  @Test
  void aChangeWrittenRightAfterItsAmountIsCheckedAgainstIt() throws IOException {
    // A county's 2015 revenue report: each part carries its own change, against the same base.
    Analysis a = analyse("截至2015年8月底，累计完成公共财政预算总收入67949万元，比上年同期增加6517万元，增长10.61%。"
        + "其中：地方公共财政预算收入完成51653万元，增加6455万元，增长14.28%；上划中央收入完成12133万元，减少282万元，"
        + "下降2.27%；上划省级收入完成4163万元，增加344万元，增长9.01%。\n");
    assertEquals(List.of(), atLeast(a, Severity.WARNING));
    assertTrue(relations(a, "growth", true).containsAll(List.of(
        "+14.28% = +6455万元 / (51653万元 − 6455万元)",
        "−2.27% = −282万元 / (12133万元 + 282万元)")), () -> relations(a, "growth", true).toString());
    assertTrue(relations(a, "sum", true).contains("67949万元 = 51653万元 + 12133万元 + 4163万元"),
        () -> relations(a, "sum", true).toString());
  }

  @Test
  void aComparisonWithTheBudgetIsNotAComparisonWithAnotherYear() throws IOException {
    // A 2021 决算: against 年初预算 first, then against last year; each rate on its own pair.
    Analysis a = analyse("2021年度部门决算\n2021年“三公”经费支出共计9.07万元，较年初预算数减少10.93万元，下降54.65%，"
        + "较上年支出数减少0.71万元，下降7.83%。\n");
    assertTrue(relations(a, "growth", true).contains("−54.65% = −10.93万元 / (9.07万元 + 10.93万元)"));
    Finding f = atLeast(a, Severity.ERROR).get(0); // 0.71 / 9.78 = 7.26%; 7.83% is 0.71 / 9.07
    assertEquals("−7.83% = −0.71万元 / (9.07万元 + 0.71万元)", a.checks().stream()
        .filter(c -> f.id().equals(c.finding())).findFirst().orElseThrow().relation());
    assertEquals("“三公”经费", f.subject());
  }

  @Test
  void aFinalAccountComparedWithItsOwnYearsBudgetIsNoYearSlip() throws IOException {
    Analysis a = analyse("双桥集镇人民政府2020年度一般公共预算财政拨款“三公”经费支出决算情况说明\n"
        + "2.公务接待费支出16.3万元，与2020年度预算相比，增加1.5万元，增长10.14%。\n");
    assertEquals(List.of(), a.findings().stream().filter(f -> f.rule().equals("year")).toList());
  }

  @Test
  void theItemsOfAListOfChangesAreComparedWithTheirOwnValuesStatedBefore() throws IOException {
    // Yunnan's 三公 决算 template (寻甸 政协 2022; the same words in 2020 reports of other counties):
    // each item of the 其中 list states its change only; its value is in the paragraph before.
    Analysis a = analyse("2022年度一般公共预算财政拨款“三公”经费支出年初预算为234000.00元，支出决算为65000.00元，"
        + "完成年初预算的27.8%。其中：因公出国(境)费支出决算为0.00元；公务用车购置费支出决算为0.00元；"
        + "公务用车运行维护费支出决算为34000.00元；公务接待费支出决算为31000.00元。\n"
        + "2022年度一般公共预算财政拨款“三公”经费支出决算数比上年减少313272.50元，下降82.82%。其中：因公出国(境)"
        + "费支出0.00元；公务用车购置费支出决算减少272780.00元，下降100.00%；公务用车运行维护费支出决算减少40217.50元，"
        + "下降54.19%；公务接待费支出决算减少275.00元，下降0.88%。\n");
    assertEquals(List.of(), atLeast(a, Severity.WARNING));
    List<String> growth = relations(a, "growth", true);
    assertEquals(4, growth.size(), growth::toString);
    assertTrue(growth.stream().anyMatch(r -> r.startsWith("−54.19%") && r.contains("34000.00元")),
        growth::toString);
  }

  @Test
  void aOneCharacterVerbAfterACueIsAChangeButACutInAStandardIsNot() throws IOException {
    // 昆明 人社局 2020 决算: the items' values are stated before, each item of the list ends at ；.
    Analysis a = analyse("2020年度一般公共预算财政拨款“三公”经费支出决算为13.49万元。其中：因公出国(境)费支出决算为0.00万元；"
        + "公务用车购置及运行费支出决算为11.99万元；公务接待费支出决算为1.50万元。\n"
        + "2020年度一般公共预算财政拨款“三公”经费支出决算数比2019年减少18.17万元，下降57.41%。其中：因公出国(境)费"
        + "支出决算0.00万元；公务用车购置及运行费支出决算减少10.57万元，下降46.86%；公务接待费支出决算数比上年减7.60万元，"
        + "减83.55%。\n"
        // 江苏 人大 2019: 压减10% cuts a standard and compares nothing
        + "会议费预算支出1469.73万元，比上年预算增加164.48万元，主要原因按规定运转类专项经费统一压减10%。\n");
    // the report's rates are off by rounding only (7.60 / 9.10 = 83.52 %): info at most
    assertEquals(List.of(), atLeast(a, Severity.WARNING));
    assertEquals(List.of("−57.41% = −18.17万元 / (13.49万元 + 18.17万元)",
            "−83.55% = −7.60万元 / (1.50万元 + 7.60万元)", "−46.86% = −10.57万元 / (11.99万元 + 10.57万元)"),
        relations(a, "growth", false));
  }

  /** 昆明 人社局 2020 决算's 三公 comparison table, as its text gives it (the second header row shifted). */
  private static String comparisonTable(String receptionRate) {
    return "2020年昆明市人力资源和社会保障局“三公”经费\n决算数对比情况表\n单位:万元 | |||||\n"
        + "项 目 | 上年 决算数 | 本年 决算数 | 较上年增减情况 | ||\n增、减额 | 增、减幅度 | ||||\n"
        + "合 计 | 31.66 | 13.49 | -18.17 | -57.39% | |\n1、因公出国(境)费 | 0 | 0 | 0 | 0 | |\n"
        + "2、公务接待费 | 9.10 | 1.50 | -7.6 | " + receptionRate + " | |\n"
        + "3、公务用车费 | 22.56 | 11.99 | -10.57 | -46.85% | |\n\n";
  }

  @Test
  void eachRowOfATableOfChangesIsCheckedAgainstItsOwnValues() throws IOException {
    Analysis a = analyse(comparisonTable("-83.52%"));
    assertEquals(List.of(), atLeast(a, Severity.WARNING));
    // the rates as the table writes them, sign and all
    assertEquals(List.of("-57.39% = (13.49 − 31.66) / 31.66", "-83.52% = (1.50 − 9.10) / 9.10",
        "-46.85% = (11.99 − 22.56) / 22.56"), relations(a, "growth", true));
    assertEquals(4, relations(a, "difference", true).size(), () -> relations(a, "difference", true).toString());
  }

  @Test
  void aWrongRateInATableOfChangesIsFoundAtItsRow() throws IOException {
    Analysis a = analyse(comparisonTable("-38.52%"));
    List<Finding> errors = atLeast(a, Severity.ERROR);
    assertEquals(1, errors.size(), errors::toString);
    assertEquals("growth", errors.get(0).rule());
    assertEquals("公务接待费", errors.get(0).subject());
  }

  @Test
  void aLineCutByTheWidthOfItsPageGoesOnInTheNextLine() throws IOException {
    // A county unit's 2024 budget (云南), copied from a justified page: lines differ in characters but
    // not in width, and a sentence runs on after 占基本支出预算 ⏎ 81.45%.
    Analysis a = analyse("(二)按支出结构分类划分,分为基本支出预算和项目支\n出预算。\n"
        + "1. 基本支出预算 2476260.58 元,占一般公共预算支出\n的84.06%,同比减少 4966.66 元,下降 0.2%。其中:\n"
        + "工资福利支出预算 2016908.34 元,占基本支出预算\n81.45%,同比增加 33279.22 元,增长 1.68%。\n"
        + "商品和服务支出预算 445372.24 元,占基本支出预算\n17.99%,同比减少 36235.88 元,下降 7.52%。\n"
        + "对个人和家庭补助支出预算 13980 元,占基本支出预算\n0.56%,同比减少 2010 元,下降 12.57%。\n");
    List<String> growth = relations(a, "growth", true);
    assertTrue(growth.containsAll(List.of(
        "+1.68% = +33279.22 元 / (2016908.34 元 − 33279.22 元)",
        "−12.57% = −2010 元 / (13980 元 + 2010 元)")), growth::toString);
    assertEquals(List.of(), atLeast(a, Severity.ERROR));
  }

  @Test
  void aShareThatFitsAnotherStatedTotalSaysWhich() throws IOException {
    // The template's 三公 paragraph with each item's share taken of 三公 + 会议费 + 培训费 (45.08万元), the
    // slip the issue describes; the figures are 南通 国资委 2016's (21.63 = 14.83 + 6.8; 会议费 7.59, 培训费
    // 15.86).
    Analysis a = analyse("2016年“三公”经费、会议费和培训费预算合计45.08万元。"
        + "2016年“三公”经费预算21.63万元，其中：公务接待费14.83万元，占32.90%；公务用车运行维护费6.8万元，占15.08%。\n");
    List<Finding> other = a.findings().stream().filter(f -> f.key().equals("share.other_whole")).toList();
    assertEquals(2, other.size(), () -> a.findings().toString());
    assertTrue(other.get(0).zh().contains("45.08万元"), other.get(0)::zh);
    assertTrue(other.get(0).evidence().stream().anyMatch(e -> e.role().equals("fits")));
  }


  // --- years

  @Test
  void aTitleOfTwoNeighbouringYearsIsNoYearSlip() throws IOException {
    Analysis a = analyse("重庆市长寿区2022年预算执行情况和2023年预算草案的报告\n\n"
        + "2022年全区一般公共预算收入完成100万元，增长5%。\n");
    assertEquals(List.of(), a.findings().stream().filter(f -> f.rule().equals("year")).toList());
  }


  // --- a self-evaluation's account of its funds

  private static final String FUNDS_ACCOUNT = "一、绩效目标分解下达情况\n根据韶关市财政局的要求，下达给我局的资金为32万元。\n"
      + "二、绩效目标完成情况分析\n截止2020年12月31日，我局共使用上述项目资金45202元，执行率达14%（45202/320000）。"
      + "由于区财政的原因，其中实际支出45202元，未拨付资金272884元。\n"
      + "（1）总体绩效目标完成情况分析\n由于财政原因，其中实际支出45202元，在途资金272884元，剩余指标1914元。因审批过程长，"
      + "截止2020年12月31日，我单位共使用上述项目资金45202元。剩余的项目资金274798元，我单位已做好计划明细表。\n";

  @Test
  void whatWasSpentAndWhatIsLeftAccountForTheAllocation() throws IOException {
    // A district bureau's 2020 self-evaluation of a transfer (seed 000): the allocation in section 一,
    // the spending, the funds in transit and the remainder in section 二.
    Analysis a = analyse(FUNDS_ACCOUNT);
    assertEquals(1, naming(a, "sum", true, "32万元", "45202元", "272884元", "1914元"), a.checks()::toString);
    assertEquals(1, naming(a, "sum", true, "274798元", "272884元", "1914元"), a.checks()::toString);
    assertEquals(1, naming(a, "sum", true, "32万元", "45202元", "274798元"), a.checks()::toString);
    // the written computation names the allocation again, in 元
    assertEquals(1, naming(a, "cross-reference", true, "320000 = 32万元"), a.checks()::toString);
    // the list that leaves the 1914 out is no finding: a 其中 list may name some parts only
    assertEquals(List.of(), atLeast(a, Severity.WARNING));
    // a computation whose number is not the amount its clause states
    Analysis miswritten = analyse("该项目年初预算数100万元，全年执行数90万元，执行率90%（90/110）。\n");
    assertEquals(1, naming(miswritten, "cross-reference", false, "110 = 100万元"), miswritten.checks()::toString);
    assertEquals(1, naming(miswritten, "cross-reference", true, "90 = 90万元"), miswritten.checks()::toString);
    Analysis wrong = analyse(FUNDS_ACCOUNT.replace("剩余的项目资金274798元", "剩余的项目资金264798元"));
    assertEquals(1, naming(wrong, "sum", false, "32万元", "45202元", "264798元"), wrong.checks()::toString);
    assertEquals(1, naming(wrong, "sum", false, "264798元", "272884元", "1914元"), wrong.checks()::toString);
  }

  @Test
  void 与WithoutItsCueWordComparesButAnUnchangedItemTakesNoOtherItemsChange() throws IOException {
    // A district's 2016 三公 决算: 与上年决算数下降 is a comparison whose base the text does not give.
    Analysis a = analyse("分项情况是:因公出国(境)经费12万元,与上年决算数下降86.62%;公务接待费1356万元,比上年决算数下降3.14%。\n");
    assertTrue(a.coverage().unchecked().stream().anyMatch(u -> u.text().equals("86.62%")
        && u.missing() == io.suanzhang.core.check.Coverage.Missing.NO_BASE), () -> a.coverage().unchecked().toString());
    // A Shanghai bureau's 2024 决算: 与上一年度持平 is no comparison reaching into the 公务接待费's change.
    Analysis unchanged = analyse("2024年度“三公”经费财政拨款支出决算数比 2023年度减少 0.15 万元，下降（增长）27.78%，其中："
        + "因公出国（境）费支出与上一年度持平；公务用车购置及运行维护费支出与上一年度持平；公务接待费支出决算减少 0.15万元，"
        + "下降 27.78%。\n");
    assertEquals(List.of(), atLeast(unchanged, Severity.WARNING));
  }

  @Test
  void aCompletionOfTheYearsBudgetIsOfTheAmountBeforeItAndTheChangeAfterItIsTheAmounts()
      throws IOException {
    // Budget execution reports of four places (浙江 柯桥 2021, 重庆 a district 2020, a 2020 决算 of a
    // city, a new area's 2016 决算): the fund's name 一般公共预算 is no budget figure, the amount is what
    // was done, and the change after the completion is the amount's.
    List<String> quotes = List.of(
        "2021年全区一般公共预算收入完成147.1亿元,完成年度预算的100.2%,同比增长7.2%。",
        "全区一般公共预算支出2016969万元,完成调整预算的92%,下降7%。",
        "2020年,全市一般公共预算收入137.78亿元,完成年度预算105.9%,同比增长5%。",
        "新区一般公共预算收入24.12亿元,为预算的127.1%,增长5.1%。");
    for (String quote : quotes) {
      Analysis a = analyse(quote + "\n");
      assertEquals(List.of(), atLeast(a, Severity.INFO), quote);
      // neither the completion nor the change states its other operand: both honestly unresolved
      List<String> noBase = a.coverage().unchecked().stream()
          .filter(u -> u.text().endsWith("%")
              && u.missing() == io.suanzhang.core.check.Coverage.Missing.NO_BASE)
          .map(u -> u.text()).toList();
      assertEquals(2, noBase.size(), () -> quote + " " + a.coverage().unchecked());
    }
    // stated with its budget, the completion is checked against it
    Analysis stated = analyse("2021年全区一般公共预算收入年度预算为146.8亿元。"
        + "2021年全区一般公共预算收入完成147.1亿元,完成年度预算的100.2%,同比增长7.2%。\n");
    assertTrue(relations(stated, "ratio", true).contains("100.2% = 147.1亿元 / 146.8亿元"),
        () -> stated.checks().toString());
  }

  @Test
  void aGrowthRateWithoutAnyAmountIsARelationWithoutItsBaseButAPlanIsNone() throws IOException {
    // A province's tax revenue (2016) and a town's 2023 budget: changes stated as rates only.
    Analysis a = analyse("全省地方税收收入下降2.94%，其中：国内增值税下降18.45%、营业税增长0.72%、企业所得税下降2.57%。\n"
        + "2023年我镇一般财政公共收入与去年同期相比增长32.2%，地方财政收入同比增长35.24%。\n");
    List<String> noBase = a.coverage().unchecked().stream()
        .filter(u -> u.missing() == io.suanzhang.core.check.Coverage.Missing.NO_BASE)
        .map(u -> u.text()).toList();
    assertEquals(List.of("2.94%", "18.45%", "0.72%", "2.57%", "32.2%", "35.24%"), noBase);
    assertEquals(List.of(), atLeast(a, Severity.INFO));
    // A county's plan for the year: 预期目标 is no change that happened
    Analysis plan = analyse("今年主要经济指标的预期目标是：地区生产总值增长8%、力争9%。\n");
    assertTrue(plan.coverage().unchecked().stream().allMatch(
        u -> u.reason() == io.suanzhang.core.check.Coverage.Reason.NO_FACT), () -> plan.coverage().toString());
  }

  @Test
  void aGrowthRateThatLostItsPercentIsAWarning() throws IOException {
    // A Shanghai bureau's 2024 决算, and a rate or a multiple written correctly beside it
    Analysis a = analyse("一般公共预算财政拨款支出 9746.50万元，占本年支出合计的 99.86%。"
        + "与2023 年度相比，一般公共预算财政拨款支出增加1193.20 万元，增长 13.95。"
        + "项目支出增长13.95%，基本支出增长1倍，下降3个百分点。\n");
    List<Finding> found = atLeast(a, Severity.WARNING);
    assertEquals(1, found.size(), found::toString);
    assertEquals("unit", found.get(0).rule());
    assertEquals("13.95", found.get(0).evidence().get(0).text());
    assertEquals("一般公共预算财政拨款", found.get(0).subject());
  }
}
