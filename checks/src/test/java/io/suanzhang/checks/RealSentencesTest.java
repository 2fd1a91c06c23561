package io.suanzhang.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.io.TempDir;

/**
 * Sentence forms of real reports, each quoted from a published report (most from the shared pages
 * texts of several provinces): what each states is checked, and none that holds is read as an error.
 */
class RealSentencesTest {

  @TempDir Path dir;

  private Analysis analyse(String text) throws IOException {
    Path file = dir.resolve("report.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return Checked.analyse(file);
  }

  private static List<String> relations(Analysis a, String rule, boolean holds) {
    return a.checks().stream()
        .filter(c -> c.rule().equals(rule) && c.holds() == holds)
        .map(Check::relation)
        .toList();
  }

  private static List<Finding> atLeast(Analysis a, Severity severity) {
    return a.findings().stream().filter(f -> f.severity().compareTo(severity) <= 0).toList();
  }

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

  // --- years

  @Test
  void aTitleOfTwoNeighbouringYearsIsNoYearSlip() throws IOException {
    Analysis a = analyse("重庆市长寿区2022年预算执行情况和2023年预算草案的报告\n\n"
        + "2022年全区一般公共预算收入完成100万元，增长5%。\n");
    assertEquals(List.of(), a.findings().stream().filter(f -> f.rule().equals("year")).toList());
  }

  // --- lists stated item by item (各, 分别), tables flattened into running text, restated rates

  /** The relations of a rule that hold or not, each of which names every given number. */
  private static long naming(Analysis a, String rule, boolean holds, String... numbers) {
    return a.checks().stream()
        .filter(c -> c.rule().equals(rule) && c.holds() == holds)
        .filter(c -> java.util.Arrays.stream(numbers).allMatch(c.relation()::contains))
        .count();
  }

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
