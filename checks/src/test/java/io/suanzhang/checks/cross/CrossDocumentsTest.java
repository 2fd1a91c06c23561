package io.suanzhang.checks.cross;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.checks.Checked;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.Json;
import io.suanzhang.core.ReportKind;
import io.suanzhang.core.check.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossDocumentsTest {

  private static final String DEPARTMENT = "示例县医疗保障局";
  private static final String QUOTING =
      "2020年度公务接待费支出30.12万元，与2019年36.57万元相比，减少6.45万元，下降17.64%。";

  @TempDir Path dir;

  private Analysis report(String name, String kind, int year, String sentence) throws Exception {
    String text = DEPARTMENT + year + "年" + kind + "\n\n一、部门基本情况\n" + DEPARTMENT + "主要职责是医疗保障。\n\n"
        + "二、一般公共预算财政拨款“三公”经费情况说明\n" + sentence + "\n";
    Path file = Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    return Checked.analyse(file);
  }

  private Analysis quoting() throws Exception {
    return report("2020.txt", "部门决算", 2020, QUOTING);
  }

  @Test
  void amountInYuanAgainstAQuoteInTenThousandsHoldsAtTheWrittenPrecision() throws Exception {
    Analysis base = report("2019.txt", "部门决算", 2019, "2019年度公务接待费支出365712元。");
    List<CrossDocuments.Pair> pairs = CrossDocuments.check(Stream.of(quoting(), base));
    assertEquals(1, pairs.size(), pairs::toString);
    assertTrue(pairs.get(0).holds(), pairs::toString);
    assertTrue(pairs.get(0).check().relation().contains("36.57万元 = 365712元"), pairs::toString);
  }

  @Test
  void aDifferenceRoundingExplainsIsInfo() throws Exception {
    Analysis base = report("2019.txt", "部门决算", 2019, "2019年度公务接待费支出36.6万元。");
    List<CrossDocuments.Pair> pairs = CrossDocuments.check(Stream.of(quoting(), base));
    assertEquals(1, pairs.size(), pairs::toString);
    assertEquals(Severity.INFO, pairs.get(0).finding().severity(), pairs::toString);
    assertEquals("cross_document.rounding", pairs.get(0).finding().key());
  }

  @Test
  void aBudgetIsNotComparedWithFinalAccounts() throws Exception {
    Analysis budget = report("2019.txt", "部门预算", 2019, "2019年公务接待费预算数35.57万元。");
    assertEquals(ReportKind.DEPARTMENT_BUDGET, budget.report().kind());
    assertEquals(DEPARTMENT, budget.report().department());
    assertEquals(2019, budget.report().year());
    assertEquals(List.of(), CrossDocuments.check(Stream.of(quoting(), budget)));
  }

  @Test
  void twoReportsOfTheBaseYearAreAmbiguous() throws Exception {
    Analysis one = report("2019a.txt", "部门决算", 2019, "2019年度公务接待费支出35.57万元。");
    Analysis two = report("2019b.txt", "部门决算", 2019, "2019年度公务接待费支出36.57万元。");
    assertEquals(List.of(), CrossDocuments.check(Stream.of(quoting(), one, two)));
    assertEquals(1, CrossDocuments.check(Stream.of(quoting(), one)).size());
    assertEquals(1, CrossDocuments.check(Stream.of(quoting(), two)).size());
  }

  @Test
  void twoValuesForTheSubjectAreAmbiguousAndTheSameValueTwiceIsOne() throws Exception {
    Analysis two = report("2019.txt", "部门决算", 2019,
        "2019年度公务接待费支出35.57万元。\n2019年度公务接待费支出36.57万元。");
    assertEquals(List.of(), CrossDocuments.check(Stream.of(quoting(), two)));
    Analysis twice = report("2019.txt", "部门决算", 2019,
        "2019年度公务接待费支出35.57万元。\n2019年度公务接待费支出35.57万元。");
    List<CrossDocuments.Pair> pairs = CrossDocuments.check(Stream.of(quoting(), twice));
    assertEquals(1, pairs.size(), pairs::toString);
    assertEquals("cross_document.mismatch", pairs.get(0).finding().key());
  }

  @Test
  void aHoldingPairHasNoFinding() throws Exception {
    Analysis base = report("2019.txt", "部门决算", 2019, "2019年度公务接待费支出36.57万元。");
    List<CrossDocuments.Pair> pairs = CrossDocuments.check(Stream.of(quoting(), base));
    assertEquals(1, pairs.size(), pairs::toString);
    assertNull(pairs.get(0).finding());
    assertTrue(pairs.get(0).other().endsWith("2019.txt"));
  }

  // --- same year ---------------------------------------------------------------------------------

  private Analysis text(String name, String text) throws Exception {
    return Checked.analyse(Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8));
  }

  private Analysis budget2020(String name) throws Exception {
    return text(name, DEPARTMENT + "2020年度部门预算\n\n一、项目支出预算表\n单位：万元\n项目名称\t预算数\n"
        + "医疗救助监管\t30.00\n基金监管\t20.00\n合计\t50.00\n");
  }

  private Analysis evaluation2020(String initial, String column) throws Exception {
    return text("eval.txt", DEPARTMENT + "2020年度医疗救助监管项目支出绩效自评报告\n\n一、项目资金\n单位：万元\n"
        + "项目名称\t" + column + "\t全年执行数\n医疗救助监管\t" + initial + "\t28.00\n");
  }

  @Test
  void aSelfEvaluationsInitialBudgetIsComparedWithTheBudgetOfItsYear() throws Exception {
    List<CrossDocuments.Pair> pairs =
        CrossDocuments.check(Stream.of(budget2020("budget.txt"), evaluation2020("31.00", "年初预算数")));
    assertEquals(1, pairs.size(), pairs::toString);
    assertEquals("cross_document.same_year", pairs.get(0).finding().key());
    assertTrue(pairs.get(0).document().endsWith("eval.txt"));
    assertTrue(pairs.get(0).finding().zh().contains("年初预算数"), pairs.get(0).finding().zh());
  }

  @Test
  void anAdjustedBudgetIsNotComparedWithTheInitialOne() throws Exception {
    List<CrossDocuments.Pair> pairs =
        CrossDocuments.check(Stream.of(budget2020("budget.txt"), evaluation2020("31.00", "全年预算数")));
    assertEquals(List.of(), pairs);
  }

  @Test
  void twoBudgetsOfTheSameYearAreAmbiguous() throws Exception {
    List<CrossDocuments.Pair> pairs = CrossDocuments.check(Stream.of(
        budget2020("budget.txt"), budget2020("budget-again.txt"), evaluation2020("31.00", "年初预算数")));
    // the same content twice is one report: the copy is left out, not ambiguous
    assertEquals(1, pairs.size(), pairs::toString);
    Analysis other = text("budget-other.txt", DEPARTMENT + "2020年度部门预算\n\n项目名称\t预算数\n医疗救助监管\t31.00\n");
    assertEquals(List.of(), CrossDocuments.check(Stream.of(
        budget2020("budget.txt"), other, evaluation2020("31.00", "年初预算数"))));
  }

  @Test
  void columnsOfAnotherYearOrOfChangesAreNoFigureOfTheYear() {
    assertNull(SameYear.columnBasis("2019年预算数", true, 2020));
    assertNull(SameYear.columnBasis("上年执行数", false, 2020));
    assertNull(SameYear.columnBasis("增减额", false, 2020));
    assertEquals(SameYear.Basis.INITIAL_BUDGET, SameYear.columnBasis("2020年预算数", true, 2020));
    assertEquals(SameYear.Basis.INITIAL_BUDGET, SameYear.columnBasis("本年支出/合计", true, 2020));
    assertNull(SameYear.columnBasis("本年支出/基本支出", true, 2020));
    assertEquals(SameYear.Basis.ADJUSTED_BUDGET, SameYear.columnBasis("调整后预算数", false, 2020));
    assertEquals(SameYear.Basis.BUDGET, SameYear.columnBasis("预算数", false, 2020));
    assertEquals(SameYear.Basis.ACTUAL, SameYear.columnBasis("全年执行数", false, 2020));
  }

  @Test
  void aScanHoldsOneDepartmentAtATimeAndFindsTheSamePairs() throws Exception {
    Analysis eval = evaluation2020("31.00", "年初预算数");
    Analysis budget = budget2020("budget.txt");
    Analysis quoting = quoting();
    Analysis base = report("2019.txt", "部门决算", 2019, "2019年度公务接待费支出35.57万元。");
    Analysis elsewhere = text("other.txt", "示例县财政局2020年度部门预算\n\n项目名称\t预算数\n医疗救助监管\t9.00\n");
    List<Analysis> all = List.of(eval, elsewhere, quoting, budget, base);
    List<CrossDocuments.Pair> inMemory = CrossDocuments.check(all.stream());
    List<CrossDocuments.Pair> streamed =
        CrossDocuments.check(all::stream, CrossDocuments.Settings.DEFAULT);
    assertEquals(2, inMemory.size(), inMemory::toString);
    assertEquals(inMemory, streamed);
    assertEquals(List.of(), CrossDocuments.check(all::stream, new CrossDocuments.Settings(false, null)));
    assertEquals(Severity.INFO, CrossDocuments.check(all::stream,
        new CrossDocuments.Settings(true, Severity.INFO)).get(0).finding().severity());
  }

  @Test
  void aDocumentsFileReadPartByPartGivesThePairsOfTheAnalyses(@TempDir Path dir) throws Exception {
    List<Analysis> all = List.of(
        evaluation2020("31.00", "年初预算数"), quoting(), budget2020("budget.txt"),
        report("2019.txt", "部门决算", 2019, "2019年度公务接待费支出35.57万元。"));
    StringBuilder lines = new StringBuilder();
    for (Analysis a : all) {
      lines.append(Json.mapper().writeValueAsString(a)).append('\n');
    }
    Path documents = Files.writeString(dir.resolve("documents.jsonl"), lines, StandardCharsets.UTF_8);

    List<CrossDocuments.Pair> fromFile = CrossDocuments.check(documents, CrossDocuments.Settings.DEFAULT);

    assertEquals(CrossDocuments.check(all.stream()), fromFile);
    assertEquals(2, fromFile.size(), fromFile::toString);
  }
}
