package io.suanzhang.checks.rule;

import static io.suanzhang.checks.rule.SelfEvaluationPointsTest.aboveInfo;
import static io.suanzhang.checks.rule.SelfEvaluationPointsTest.checks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.checks.CheckConfig;
import io.suanzhang.checks.Checked;
import io.suanzhang.checks.Checks;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.testing.SharedFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Funds blocks of self-evaluation tables in the layouts the national template takes on the way to
 * text: the 执行率 written without its % or as a fraction, the whole table on one line, rows numbered
 * by 行次 with a 到位率 before the 执行率; and the 全年预算数 against the 年初预算数. Rows are quoted
 * from real tables (咸宁市生态环境局, 巴彦淖尔市自然资源局, 裕安区文旅局, 上饶市司法局, 雅安市名山区林业局,
 * 阜康市), errors put in by hand; the shared documents themselves are read too.
 */
class FundsLayoutsTest {

  /** 裕安区文旅局: 执行率 as a fraction of one, 27.8 / 29 = 0.9586, written cut to 0.958. */
  private static final String FRACTION = "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
      + "(万元) 年度资金总额 29 29 27.8 9 RATE 8\n"
      + "其中:当年财政拨款 29 29 27.8 9 RATE 8\n"
      + "      上年结转资金\n";

  /** 上饶市司法局's spreadsheet saved as one line: header, total and parts run together. */
  private static final String ONE_LINE = "附件1 项目支出绩效自评表 ( 2021 年度) 项目名称 司法业务经费"
      + " 项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率(全年 执行数/全年 预算数)"
      + " 年度资金总额: 620.82万元 620.82万元 620.82万元 10 100% 10 其中:当年财政 拨款 PART万元"
      + " 620.82万元 620.82万元 10 100% 10 得分 上年结转资金 其他资金 预期目标 实际完成情况\n";

  /** 雅安市名山区林业局: rows numbered by 行次, funds arrived (D/C) before funds spent (E/C). */
  private static final String NUMBERED = "资金投入情况\n(万元)\n"
      + "行次 全年预算数\n(A)\n统筹整合资金数\n(B)\n扣除统筹整合资金后预算金额\n(C)\n全年到位资金\n(D)\n"
      + "预算到位\n(D/C×100%)\n全年执行资金\n(E)\n预算执行\n(E/C×100%)\n佐证材料\n"
      + "列次 0 1 2 3 4 5 6 7 所需材料 上传端口\n"
      + "年度资金总额(万元): 1 52.800000\n52.800000 52.800000 100.00% 30.800000 RATE%\n"
      + "其中:中央财政资金(万元) 2 52.800000\n52.800000 52.800000 100.00% 30.800000 58.33%\n"
      + "地方财政资金(万元) 3\n\n其他资金(万元,自有资金、社会资本、以前年度结转结余资金等) 4\n\n"
      + "资金管理情况\n";

  /** 阜康市统计局's block, whose budget fell from 5.28 to 1.96 during the year. */
  private static final String ADJUSTED = "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
      + "年度资金总额 5.28 1.96 1.96 10 100.00% 10\n"
      + "其中:当年财政拨款 5.28 1.96 1.96 - - -\n"
      + "其他资金 0.00 0.00 0.00 - - -\n";

  @TempDir Path dir;

  private Analysis analyse(String text) throws IOException {
    Path file = dir.resolve("report.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return Checked.analyse(Checks.of(
            List.of(new AdjustmentRule(), new PointsRule(), new RatioRule(), new SumRule()),
            CheckConfig.DEFAULT), file);
  }

  private static Analysis analyseShared(Path file) {
    return Checked.analyse(file);
  }

  @Test
  void rateWrittenAsAFractionIsReadAtItsPrecision() throws IOException {
    Analysis cut = analyse(FRACTION.replace("RATE", "0.958"));
    assertEquals(2, checks(cut, "ratio", "0.958 = 27.8 / 29").size(), cut.checks().toString());
    assertTrue(aboveInfo(cut).isEmpty(), cut.findings().toString());
    Analysis wrong = analyse(FRACTION.replace("RATE", "0.858"));
    List<Finding> found = aboveInfo(wrong).stream().filter(f -> f.rule().equals("ratio")).toList();
    assertEquals(2, found.size(), wrong.findings().toString());
    assertEquals(0, new BigDecimal("85.8").compareTo(found.get(0).stated()));
    assertEquals("0.858", found.get(0).evidence().get(0).text());
  }

  @Test
  void aSentenceAboveATableNamesNoColumnOfIt() throws IOException {
    // A 部门决算's prose names 预算数, 实际支出数 and 执行率; the 合计 row below is of 合计 | 基本支出 | 项目支出.
    Analysis a = analyse("三、预算执行情况\n2020年部门预算数1,035.81万元，实际支出数912.94万元，预算执行率88.14%。\n"
        + "四、一般公共预算财政拨款支出决算表\n单位：万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
        + "201\t一般公共服务支出\t180.58\t107.06\t73.52\n"
        + "\t合计\t912.94\t839.42\t73.52\n");
    assertTrue(a.checks().stream().noneMatch(c -> c.relation().startsWith("73.52")),
        a.checks().toString());
  }

  @Test
  void sharedRatesWithoutTheirSignAreChecked() {
    // 咸宁市生态环境局: 0 under 执行率(B/A), nothing spent of 2380.91.
    Analysis xianning = analyseShared(SharedFiles.external().resolve("perf/024.txt"));
    assertEquals(1, checks(xianning, "ratio", "0 = 0 / 2380.91").size());
    assertEquals(1, checks(xianning, "sum", "2380.91 = 871 + 0 + 1509.91 + 0").size());
    // 巴彦淖尔市自然资源局: 100 under 执行率(%), a percentage though it is not above one hundred.
    Analysis bayannur = analyseShared(SharedFiles.external().resolve("perf/028.txt"));
    assertEquals(1, checks(bayannur, "ratio", "100 = 2.38 / 2.38").size());
    // 裕安区文旅局: 0.958 as a fraction; the points 8 of 9 at 95.8% cut to a whole point.
    Analysis yuan = analyseShared(SharedFiles.external().resolve("perf/030.txt"));
    assertEquals(1, checks(yuan, "points", "8 = min(9, 9 × 95.8%)").size());
    // 昌宁县昌龙鸿运牧业专业合作社: 年度财政资金总额 50, 执行数 10, 执行率 20 and 得分 (20分*执行率) 4.
    Analysis changning = analyseShared(SharedFiles.external().resolve("perf/027.txt"));
    assertEquals(1, checks(changning, "ratio", "20 = 10 / 50").size());
    assertEquals(1, checks(changning, "points", "4 = min(20, 20 × 20%)").size());
  }

  @Test
  void tableOnOneLineIsCutIntoItsRows() throws IOException {
    Analysis same = analyse(ONE_LINE.replace("PART", "620.82"));
    // The total's 执行率 and its 当年财政拨款's.
    assertEquals(2, checks(same, "ratio", "100% = 620.82万元 / 620.82万元").size(),
        same.checks().toString());
    assertEquals(3, checks(same, "sum", "620.82万元 ≥ 620.82万元").size(), same.checks().toString());
    // A part above its total (the 年初 column; 上年结转 and 其他资金 are blank, so no sum short of it).
    Analysis wrong = analyse(ONE_LINE.replace("PART", "640.82"));
    List<Finding> found = aboveInfo(wrong);
    assertEquals(1, found.size(), wrong.findings().toString());
    assertEquals("640.82万元", found.get(0).evidence().get(1).text());
    assertEquals(3, checks(analyseShared(SharedFiles.external().resolve("perf/022.txt")), "sum",
        "620.82万元 ≥ 620.82万元").size());
  }

  @Test
  void rowWithoutANameIsTheTotalOfTheOfWhichRowsAfterIt() throws IOException {
    // 巴彦淖尔市临河区's 就业补助资金: the spreadsheet put 年度资金总额 after the rows it heads.
    String line = "附件1 就业补助资金绩效目标自评表 (2022年度) 全年预算数(A) 全年执行数(B) 7165.32 6992.95"
        + " OFWHICH中央财政资金 3144.00 3144.00 自治区财政资金 570.17 570.17 盟市财政资金 433.00 432.10"
        + " 旗县财政资金 1426.90 1294.84 其他资金 (包括以前年度结转资 金) 1591.22 1551.84 年度资金总额"
        + " 资金投入情况 (万元)\n";
    Analysis read = analyse(line.replace("OFWHICH", "其中:"));
    assertEquals(1, checks(read, "sum", "6992.95 = 3144.00 + 570.17 + 432.10 + 1294.84 + 1551.84")
        .size(), read.checks().toString());
    // Without the 其中 nothing says the cells after the header are a total.
    Analysis unsaid = analyse(line.replace("OFWHICH", ""));
    assertTrue(unsaid.checks().stream().noneMatch(c -> c.rule().equals("sum")),
        unsaid.checks().toString());
    // Its 全年预算数 column is 0.03 short of its total, within the rounding of six amounts: said, as info.
    Analysis linhe = analyseShared(SharedFiles.external().resolve("perf/020.txt"));
    assertEquals(1, checks(linhe, "sum", "7165.32 = 3144.00 + 570.17 + 433.00 + 1426.90 + 1591.22")
        .size());
  }

  @Test
  void numberedRowsWithFundsArrivedBeforeFundsSpent() throws IOException {
    Analysis same = analyse(NUMBERED.replace("RATE", "58.33"));
    assertEquals(1, checks(same, "ratio", "58.33% = 30.800000 / 52.800000").size(),
        same.checks().toString());
    // The 到位率 of the total and of its 中央财政资金.
    assertEquals(2, checks(same, "ratio", "100.00% = 52.800000 / 52.800000").size());
    // The 行次 1 and 2 are no amounts: the columns add up without them.
    assertEquals(3, checks(same, "sum", "52.800000 ≥ 52.800000").size(), same.checks().toString());
    assertTrue(same.checks().stream().noneMatch(c -> c.rule().equals("points")));
    Analysis wrong = analyse(NUMBERED.replace("RATE", "68.33"));
    List<Finding> found = aboveInfo(wrong);
    assertEquals(1, found.size(), wrong.findings().toString());
    assertEquals("68.33%", found.get(0).evidence().get(0).text());
    Analysis yaan = analyseShared(SharedFiles.external().resolve("pages/072.txt"));
    assertEquals(1, checks(yaan, "ratio", "58.33% = 30.800000 / 52.800000").size());
  }

  @Test
  void budgetChangedDuringTheYearIsExplainedOrNot() throws IOException {
    Analysis silent = analyse(ADJUSTED);
    List<Finding> warned = aboveInfo(silent);
    assertEquals(List.of("adjustment.unexplained"), warned.stream().map(Finding::key).toList());
    assertEquals(0, new BigDecimal("1.96").compareTo(warned.get(0).stated()));
    assertEquals(0, new BigDecimal("5.28").compareTo(warned.get(0).recomputed()));
    assertEquals(0, new BigDecimal("-3.32").compareTo(warned.get(0).difference()));
    Analysis explained = analyse(ADJUSTED
        + "预算调整情况：因项目实施内容减少，年中调减预算资金3.32万元。\n");
    assertTrue(aboveInfo(explained).isEmpty(), explained.findings().toString());
    assertEquals(1, explained.findings().stream()
        .filter(f -> f.key().equals("adjustment.explained")).count());
    // The template's note to the one filling it in explains nothing.
    Analysis note = analyse(ADJUSTED + "2.年中发生预算调整的(追加或调减),应单独说明理由;\n");
    assertEquals(1, aboveInfo(note).size(), note.findings().toString());
    Analysis unchanged = analyse(ADJUSTED.replace("5.28", "1.96"));
    assertEquals(1, checks(unchanged, "adjustment", "1.96 = 1.96").size());
    assertTrue(unchanged.findings().stream().noneMatch(f -> f.rule().equals("adjustment")));
  }

  @Test
  void sharedAdjustmentsAreReadAgainstTheirReports() throws IOException {
    // The seed report's 离休医疗补助费用 was cut from 536.77 to 300万元 and says why.
    Path seed;
    try (var files = Files.list(SharedFiles.seeds())) {
      seed = files.filter(p -> p.getFileName().toString().startsWith("001_")).findFirst()
          .orElseThrow();
    }
    Analysis seeded = analyseShared(seed);
    List<Finding> explained = seeded.findings().stream()
        .filter(f -> f.key().equals("adjustment.explained")).toList();
    assertEquals(1, explained.size(), seeded.findings().toString());
    assertTrue(explained.get(0).zh().contains("调整率较大的主要原因"), explained.get(0).zh());
    // 阜康市's table alone, with nothing said of its cut from 5.28 to 1.96.
    Analysis fukang = analyseShared(SharedFiles.external().resolve("perf/018.txt"));
    assertEquals(List.of("adjustment.unexplained"), fukang.findings().stream()
        .map(Finding::key).filter(k -> k.startsWith("adjustment")).toList());
  }
}
