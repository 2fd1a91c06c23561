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
 * Lists and shares in sentence forms of real reports, each quoted from a published report (most from
 * the shared pages texts of several provinces): 其中 lists, shares of the whole the list names, and
 * lists stated item by item; what each states is checked, and none that holds is read as an error.
 */
class RealListSentencesTest extends RealSentences {

  // --- 其中 lists read right

  @Test
  void bracketedPartsBelongToThePartBeforeThem() throws IOException {
    // 昌吉市 2023: (1)…(5) items, each with its own bracketed parts.
    Analysis a = analyse("1.一般公共预算收入完成802143万元，其中：(1)地方一般公共预算收入完成404633万元，同比下降0.29%"
        + "(税收收入199744万元、政府非税收入204889万元)；(2)上级补助收入完成294842万元(返还性收入6544万元、"
        + "一般性转移支付收入256585万元、专项转移支付收入31713万元)；(3)调入资金176万元；(4)地方政府一般债务转贷收入"
        + "58100万元；(5)上年结余收入44392万元。\n");
    assertEquals(List.of(), atLeast(a, Severity.WARNING));
    assertTrue(relations(a, "sum", true).containsAll(List.of(
        "802143万元 = 404633万元 + 294842万元 + 176万元 + 58100万元 + 44392万元",
        "404633万元 = 199744万元 + 204889万元",
        "294842万元 = 6544万元 + 256585万元 + 31713万元")), () -> relations(a, "sum", true).toString());
  }

  @Test
  void aListCutOffByTheEndOfTheTextIsNotTakenAsComplete() throws IOException {
    Analysis a = analyse("2.政府性基金预算收入完成540177万元，其中：(1)政府性基金收入完成222085万元；"
        + "(2)新增地方政府债务收入307000万元；(3)上级补助收入2101万元；(4)债务");
    assertEquals(List.of(), atLeast(a, Severity.WARNING));
  }

  @Test
  void partsOfSeveralItemsAreNoBreakdownOfTheLast() throws IOException {
    // 江苏省政协办公厅 2018: the 其中 names a part of 常委会议 and one of 主席会议.
    Analysis a = analyse("全年计划召开全体会议1次，常委会议4次，主席会议12次。其中专题议政性常委会议2次，主席专题协商会议2次。\n");
    assertEquals(List.of(), atLeast(a, Severity.WARNING));
  }

  @Test
  void aListThatNamesSomePartsIsADoubtNotAnError() throws IOException {
    Analysis a = analyse("街道共有工作人员73人，其中行政编制25人、参公编制20人、事业编制26人。\n");
    List<Finding> findings = atLeast(a, Severity.WARNING);
    assertEquals(1, findings.size(), findings::toString);
    assertEquals(Severity.WARNING, findings.get(0).severity());
    assertEquals("sum.short", findings.get(0).key());
  }

  @Test
  void theTemplatesWholeSplitShortOfItsTotalIsAnError() throws IOException {
    Analysis a = analyse("2020年本年支出合计91.68万元，其中：基本支出69.98万元，项目支出21.60万元。\n");
    assertEquals(List.of(Severity.ERROR), atLeast(a, Severity.WARNING).stream().map(Finding::severity).toList());
  }

  @Test
  void aFlattenedTableRowIsNoList() throws IOException {
    // A 项目支出绩效自评表 flattened to text: three columns of one row.
    Analysis a = analyse("年度资金总额: 620.82万元 620.82万元 620.82万元 100 100% 10 其中:当年财政 拨款 620.82万元 "
        + "620.82万元 620.82万元 100 100% 10 得分 上年结转资金 其他资金\n");
    assertEquals(List.of(), atLeast(a, Severity.WARNING));
  }

  @Test
  void aMissingFullStopBeforeAYearEndsTheList() throws IOException {
    Analysis a = analyse("2023年收到财政资金共2330.9万元，其中：中央资金1372.7万元，地方资金98.6万元，其他资金859.6万元"
        + "2023年支出2310.4万元，其中中央资金1352.2万元，地方资金98.6万元，其他资金859.6万元\n\n总体绩效情况分析\n");
    assertEquals(List.of(), atLeast(a, Severity.WARNING));
    assertTrue(relations(a, "sum", true).contains("2310.4万元 = 1352.2万元 + 98.6万元 + 859.6万元"),
        () -> relations(a, "sum", true).toString());
  }

  @Test
  void aTotalWrittenInTheWrongUnitIsASlipOfUnit() throws IOException {
    Analysis a = analyse("其中完成村卫生室实施基本药物制度补助471.23元，其中中央补助189.63万元，地方财政补助281.6万元。\n");
    Finding f = atLeast(a, Severity.ERROR).get(0);
    assertEquals("sum.unit", f.key());
    assertTrue(f.zh().contains("471.23万元"), f.zh());
  }

  @Test
  void sharesOfEachPartsOwnTargetAreNotAddedUp() throws IOException {
    Analysis a = analyse("其中税务部门完成49018万元，占任务数的96.3%，同比增长19.1%；财政部门完成50534万元，"
        + "占任务数的86.3%，同比增长0.9%。\n");
    assertEquals(List.of(), atLeast(a, Severity.WARNING));
  }

  // --- shares of the whole the list names

  @Test
  void sharesOfAListOnLinesOfTheirOwnAreOfItsTotal() throws IOException {
    // 江苏省高级人民法院 2019 部门预算: the 其中 ends its line, one part per line after it.
    Analysis a = analyse("江苏省高级人民法院本年支出预算合计 37188.34万元，其中：\n基本支出21968万元，占59.07%；\n"
        + "项目支出10208.94 万元，占 27.45%；\n单位预留机动经费 5011.4万元，占 13.48%；\n预留机动经费,\n13.48%\n");
    assertTrue(relations(a, "share", true).containsAll(List.of(
        "59.07% = 21968万元 / 37188.34万元", "27.45% = 10208.94 万元 / 37188.34万元",
        "100% = 59.07% + 27.45% + 13.48%")), () -> relations(a, "share", true).toString());
    assertTrue(relations(a, "sum", true).contains("37188.34万元 = 21968万元 + 10208.94 万元 + 5011.4万元"));
  }

  @Test
  void sharesOfTheListAfterMainlyUsedForAreOfItsTotal() throws IOException {
    // 上海普陀 财政局 2024 部门决算: a real error — 2106.66 / 2940.05 is 71.65%, the shares add to 100.07%.
    Analysis a = analyse("一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，"
        + "占71.73%；社会保障和就业支出（类）326.72万元，占11.11%；卫生健康支出（类）60.99万元，占2.07%；"
        + "住房保障支出（类）445.69万元，占15.16%；\n");
    List<Finding> errors = atLeast(a, Severity.ERROR);
    assertEquals(List.of("share.part", "share.sum"), errors.stream().map(Finding::key).sorted().toList());
    assertTrue(errors.stream().anyMatch(f -> f.zh().startsWith("一般公共服务支出（类）")), errors::toString);
  }

  @Test
  void aShareRoundedSoTheListAddsUpTo100IsNoted() throws IOException {
    // 江苏省人大 2018: 1685.72 / 15897.44 = 10.60%, written 10.61% so that the shares make 100%.
    Analysis a = analyse("江苏省人大常委会办公厅部门本年支出预算合计 15897.44万元，其中：\n基本支出 7877.76 万元，占 49.55%；\n"
        + "项目支出 6333.96 万元，占 39.84 %；\n单位预留机动经费1685.72 万元，占10.61%；\n结转下年资金 0 万元，占 0 %。\n");
    assertEquals(List.of(), atLeast(a, Severity.WARNING));
    assertEquals(List.of("share.adjusted"), a.findings().stream().map(Finding::key).toList());
  }

  @Test
  void aWholeWrittenInsideItsPhraseIsTheRatesWhole() throws IOException {
    // 1-11月份…: the budget is inside 占…的, and the comparison after it is of the 99552, not of it.
    Analysis a = analyse("1-11月份全区一般公共预算收入累计完成99552万元，占年初预算数109466万元的90.9%，同比增长9.1%，"
        + "增收8300万元。\n");
    assertEquals(List.of(), atLeast(a, Severity.WARNING));
    assertTrue(relations(a, "ratio", true).contains("90.9% = 99552万元 / 109466万元"),
        () -> relations(a, "ratio", true).toString());
    assertTrue(relations(a, "growth", true).contains("+9.1% = +8300万元 / (99552万元 − 8300万元)"),
        () -> relations(a, "growth", true).toString());
  }

  @Test
  void aMirrorInTraditionalCharactersIsReadLikeTheOriginal() throws IOException {
    Analysis a = analyse("10、20114-知識產權事務45萬元，較2021年決算數增加45萬元，增長100%。\n"
        + "(一)201-一般公共服務支出23653萬元，較2021年決算數增加2954萬元，增長14.27%，其中：\n");
    assertTrue(relations(a, "growth", true).contains("+14.27% = +2954萬元 / (23653萬元 − 2954萬元)"),
        () -> relations(a, "growth", true).toString());
    assertTrue(a.facts().stream().allMatch(f -> f.quote().contains("萬")), "quotes are as written");
  }

  @Test
  void partsInABracketHoldingAnotherBracketAreStillBracketed() throws IOException {
    // A mirror that glosses characters with pinyin: 公務(wù)用車 inside a bracketed list of parts.
    Analysis a = analyse("2022年本部門財政撥款安排“三公”經(jīng)費502.4 萬元，比上年減少14.6 萬元，下降2.82 %。"
        + "其中:因公出國(境)費0 萬元；公務(wù)用車購置及運行費500.00 萬元(公務(wù)用車購置費100.00 萬元；"
        + "公務(wù)用車運行維護費400.00 萬元。)；公務(wù)接待費2.4 萬元。\n");
    assertEquals(List.of(), atLeast(a, Severity.WARNING));
  }

  @Test
  void aComparisonWithLastYearTakesNoBaseFromWordsLike去年() throws IOException {
    Analysis a = analyse("去年全年全盟一般公共預算收入累計完成310682萬元，同比增加23188萬元，增長8.1%；"
        + "一般公共預算支出累計完成1107315萬元，同比減少13724萬元，下降1.2%。\n");
    assertEquals(List.of(), atLeast(a, Severity.WARNING));
    assertEquals(2, relations(a, "growth", true).size(), () -> relations(a, "growth", true).toString());
  }

  @Test
  void aBaseNamedAfterItsYearIsComparedWithTheSameSubjectBefore() throws IOException {
    // A 2015 三公 note: the base is named and stated after 较2014年度, the current value in the sentence
    // before; the parts of the change are changes, not parts of the 16.08.
    Analysis a = analyse("2015年部门决算公开“三公”经费合计31.23万元，其中：公务接待费1.58万元，车辆运行费28.91万元，"
        + "因公出国(境)费0万元。较2014年度部门决算公开“三公”经费合计16.08万元增加15.15万元。其中：公务接待费减少"
        + "0.26万元，公务用车运行维护费增加14.79万元。\n");
    assertTrue(relations(a, "difference", true).contains("+15.15万元 = 31.23万元 − 16.08万元"),
        () -> relations(a, "difference", true).toString());
    assertEquals(List.of(), atLeast(a, Severity.ERROR));
    assertTrue(a.findings().stream().noneMatch(f -> f.zh().contains("16.08万元 多于")), a.findings()::toString);
  }

  @Test
  void anUntickedBoxOnAFormIsNoPlaceholder() throws IOException {
    Analysis a = analyse("项目负责人 孙章勇 1、常年性 2、延续性□ 3、一次性□ 4、新增性□ 中央 省、地 本级 其他 合计\n"
        + "资金总额□□万元。\n");
    assertEquals(List.of("□□"), a.findings().stream().filter(f -> f.rule().equals("placeholder"))
        .map(f -> f.evidence().get(0).text()).toList());
  }

  @Test
  void aOnePartListSharesItsTotalAndABudgetsTotalIsTheWholeItNames() throws IOException {
    // 江苏省人民检察院 2019: the only income, and 占本年支出合计的 whose whole is the 本年支出预算合计 above.
    Analysis a = analyse("二、收入预算情况说明\n省检察院本年收入预算合计24,169.74万元，其中：\n一般公共预算收入 24,169.74万元，占100 %。\n"
        + "三、支出预算情况说明\n省检察院本年支出预算合计24,169.74万元，其中：\n基本支出15,844.04万元，占65.55%；\n项目支出8,325.70万元，占34.45%。\n"
        + "省检察院2019年财政拨款预算支出 24,169.74 万元，占本年支出合计的 100 %。\n");
    List<String> shares = relations(a, "share", true);
    assertTrue(shares.contains("100 % = 24,169.74万元 / 24,169.74万元"), shares::toString);
    assertTrue(shares.stream().filter(r -> r.startsWith("100 % = 24,169.74 万元 / ")).count() == 1, shares::toString);
  }

  @Test
  void noChangeIsNoGrowthWhateverTheBase() throws IOException {
    // 江苏省人大常委会 2019: the template's sentence for a source the department does not have.
    Analysis a = analyse("（2）政府性基金收入预算0万元，与上年相比增加（减少）0万元，增长（减少）0%。主要原因是本部门无此项收入。\n"
        + "（3）其他收入预算0万元，与上年相比增加0万元，增长5%。\n");
    assertEquals(1, relations(a, "growth", true).size(), () -> relations(a, "growth", true).toString());
    assertEquals(List.of("growth"), atLeast(a, Severity.ERROR).stream().map(Finding::rule).toList());
  }


  // --- lists stated item by item (各, 分别), tables flattened into running text, restated rates

  @Test
  void valuesChangesAndRatesListedByTheirNamesArePairedInOrder() throws IOException {
    // A Sichuan unit's 2022 决算: two totals in one sentence, their changes and rates in the next.
    String text = "2022年度收、支总计各是4125.49,4143.91万元。与2021年相比,收、支总计各减少1267.86,2570.97万元,"
        + "各下降23.51%、38.28%。\n";
    Analysis a = analyse(text);
    assertEquals(1, naming(a, "growth", true, "23.51%", "1267.86", "4125.49"), a.checks()::toString);
    assertEquals(List.of(), atLeast(a, Severity.WARNING)); // 38.28% is 38.287… written short: info
    Analysis wrong = analyse(text.replace("23.51%", "25.51%"));
    assertEquals(1, naming(wrong, "growth", false, "25.51%", "1267.86", "4125.49"));
  }

  @Test
  void sharesListedByTheirNamesAreSharesOfTheWholeTheyName() throws IOException {
    // A county's 2022 budget report: the parts are the amounts stated for the names before.
    String text = "2022年全县一般公共预算收入安排69669万元，比上年实际完成增加2719万元，增长4%。"
        + "税收收入安排43184万元，比上年实际完成减少3993万元，下降8.46%；非税收入安排26485万元，比上年实际完成增加"
        + "6712万元，增长33.95%，税收收入和非税收入占一般公共预算收入的比重分别为62%、38%。\n";
    Analysis a = analyse(text);
    assertEquals(1, naming(a, "share", true, "62%", "43184万元", "69669万元"), a.checks()::toString);
    assertEquals(1, naming(a, "share", true, "38%", "26485万元", "69669万元"), a.checks()::toString);
    Analysis wrong = analyse(text.replace("62%、38%", "52%、38%"));
    assertEquals(1, naming(wrong, "share", false, "52%", "43184万元"), wrong.checks()::toString);
  }

  @Test
  void aTableFlattenedIntoRunningTextIsCheckedRowByRow() throws IOException {
    // A district's 2021 revenue execution table as a web page stores it: the percentage columns lost
    // their headers, and the figures say which is the completion and which the growth.
    String text = "2021年西夏区一般公共预算收入执行情况表 (财政预计数) 表一 单位:万元 2020年 2021年 2021年 完成数 预算数 "
        + "完成数 49,171 51,385 51,385 100.00% 4.50% 税收收入小计 27,631 33,385 33,385 100.00% 20.82% 增值税 "
        + "13,950 18,835 17,585 93.36% 26.06% 企业所得税 564 600 850 141.67% 50.71% 个人所得税 615 650 650 "
        + "100.00% 5.69% 房产税 2,782 2,800 3,800 135.71% 36.59% 印花税 2,335 2,6\n";
    Analysis a = analyse(text);
    assertEquals(6, relations(a, "ratio", true).size(), a.checks()::toString);
    assertEquals(6, relations(a, "growth", true).size(), a.checks()::toString);
    assertEquals(List.of(), atLeast(a, Severity.WARNING));
    Analysis wrong = analyse(text.replace("93.36% 26.06%", "93.36% 28.06%"));
    assertEquals(1, naming(wrong, "growth", false, "28.06%", "17,585", "13,950"), wrong.checks()::toString);
  }

  @Test
  void aCompletionAfterAComparisonIsOfTheComparedValue() throws IOException {
    // A district's 2020 half-year report: the part is the 146845, not the 1858 or the 144987.
    Analysis a = analyse("2020年1-6月全城区组织财政收入累计完成146845万元,比上年同期144987万元增收1858万元,增长1.28%"
        + "(增幅在全市16县区中排名第五),完成年初预算245800万元的59.74%,收入项目完成情况如下:\n\n"
        + "1)税收收入112446万元,完成年初预算207380万元的54.22%,比上年同期133191万元减收20745万元,下降15.58%,"
        + "主要是增值税减收;税收收入占全部组织财政收入的比重为76.57%。\n");
    assertEquals(1, naming(a, "ratio", true, "59.74%", "146845万元", "245800万元"), a.checks()::toString);
    assertEquals(1, naming(a, "share", true, "76.57%", "112446万元", "146845万元"), a.checks()::toString);
    assertEquals(List.of(), atLeast(a, Severity.WARNING));
  }

  @Test
  void aRateStatedAgainIsCheckedWithTheValuesStatedTheFirstTime() throws IOException {
    // A news page on a ministry's 三公 budget: the headline's 15% is the body's.
    Analysis headline = analyse("审计署2015年“三公”经费预算比上年降15%\n\n"
        + "2015年其“三公”经费预算总额为2226.28万元人民币(下同),比2014年预算减少400.07万元,降低15%。\n");
    assertEquals(2, naming(headline, "growth", true, "15%", "2226.28万元"), headline.checks()::toString);
    // A township's 2024 budget: the basic expenditure's fall, stated in two sections.
    Analysis restated = analyse("1. 基本支出 2476260.58 元,占一般公共预算支出的84.06%,同比减少 4966.66 元,下降 0.2%。\n"
        + "六、一般公共预算基本支出情况说明\n2024 年本年一般公共预算基本支出 2476260.58 元,较上年减少 0.2%。\n");
    assertEquals(2, naming(restated, "growth", true, "0.2%", "4966.66 元"), restated.checks()::toString);
  }

  @Test
  void aSentenceStartedHalfwayAlongAWrappedLineGoesOnInTheNext() throws IOException {
    // A county body's 2023 budget, its lines wrapped at the page's width.
    Analysis a = analyse("""
        2023 年政府采购预算 17000 元,同比增加 17000 元,上
        年无该预算,增长率无可比性。其中:政府集中采购预算
        17000 元,占政府采购预算的 100%,同比增加 17000 元,上
        年无该预算,增长率无可比性;主要原因:一是科普工作、
        活动增加,办公用品、印刷资料相应增加;二是科普大篷车
        维修维护费增加。分散采购 0 元,占政府采购预算的 0%。
        按政府采购项目类型,分为货物类采购、工程类采购和
        服务类采购三种类型。其中:货物类采购 10000 元,占政府
        采购预算 58.8%;工程类采购 0 元,占政府采购预算 0%;服
        务类采购 7000 元,占政府采购预算 41.2%。
        """);
    assertEquals(1, naming(a, "share", true, "58.8%", "10000 元", "17000 元"), a.checks()::toString);
  }

  @Test
  void aChangeAfterTheLastPartOfAListIsLeftUnpairedButOneAfterATotalIsRead() throws IOException {
    // A civil affairs bureau's 2025 budget, its words spaced out by a justified PDF line.
    Analysis a = analyse("事业运行经 费 总预 算 安 排 37337407.64 元 , 其中 : 基 本 支出 预 算 488180.64 元 , "
        + "项 目 支 出 预 算 36849227 元 , 同 比 增 加 27125219.46 元,增长 265.6%,增加主要原因为提高民政事业发展。\n"
        + "2025 年 政 府 采 购 预 算 6429768.84 元 , 同 比 增 加 2433505.07 元,增长 60.89%。\n");
    assertEquals(1, naming(a, "growth", true, "60.89%", "2433505.07 元", "6429768.84 元"), a.checks()::toString);
    // whose change the 27125219.46 is, the total's or the last part's, the sentence does not say
    assertEquals(0, naming(a, "growth", true, "265.6%") + naming(a, "growth", false, "265.6%"));
    assertEquals(List.of(), atLeast(a, Severity.WARNING));
  }

  @Test
  void fundsPaidOutOfAnAllocationAreItsExecution() throws IOException {
    // A school's 2023 self-evaluation: no budget is stated, the allocation is what was to be spent.
    Analysis a = analyse("我校收到上级下达城乡义务教育阶段公用经费补助资金118.92万元,全年发放108.61万元。通过项目绩效自评"
        + "小组的全方位自查评价,城乡义务教育阶段公用经费补助资金项目预算执行率91.33 %。\n");
    assertEquals(1, naming(a, "ratio", true, "91.33 %", "108.61万元", "118.92万元"), a.checks()::toString);
  }

  @Test
  void itemsAreSharesOfTheBudgetsTotalOfBothSides() throws IOException {
    // A school's 2023 budget: 支出总预算 is the 收支总预算 stated in the next section.
    Analysis a = analyse("(一)教育支出类科目 5,806,105.16 元,占支出总预算 82.27%,同比增加 3,520,772.45 元,增长 154.06%。\n"
        + "四、财政拨款收支预算情况说明\n2023 年财政拨款收支总预算 7,057,486.18 元。\n");
    assertEquals(1, naming(a, "share", true, "82.27%", "5,806,105.16 元", "7,057,486.18 元"), a.checks()::toString);
  }

  @Test
  void aClauseNamingItsOwnItemTakesNoValueFromTheSentenceBefore() throws IOException {
    // A Guangxi centre's 2020 决算: the 1.05 is the car costs' change, not the 三公 total's.
    Analysis a = analyse("2020 年度一般公共预算财政拨款安排的“三公”经费支出决算总额为 5.48 万元,比去年增加 1.55 万元,"
        + "增长 39.4%,增加原因主要是公务用车运行支出增加。其中,因公出国支出决算比预算无增减变化,比去年无增减变化;"
        + "公务用车运行维护费支出决算比预算无增减变化,比去年增加 1.05 万元,增长 35.8%。\n");
    assertEquals(List.of(), atLeast(a, Severity.WARNING));
    assertEquals(0, naming(a, "growth", false, "35.8%"));
  }
}
