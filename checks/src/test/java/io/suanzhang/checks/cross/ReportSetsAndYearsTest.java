package io.suanzhang.checks.cross;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.checks.Checked;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.testing.SharedFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Report sets (one report in several files) and year against year (a year's 比上年 sentences against
 * the previous year's report), on the shared consecutive years and on small texts.
 */
class ReportSetsAndYearsTest {

  private static final String DEPARTMENT = "示例县医疗保障局";

  @TempDir Path dir;

  private Analysis text(String name, String text) throws Exception {
    return Checked.analyse(Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8));
  }

  private Analysis budget(int year, String total, String sentenceAfterTotal) throws Exception {
    return text(year + ".txt", DEPARTMENT + year + "年部门预算\n\n一、收支预算总体情况\n" + DEPARTMENT + year
        + "年度收入、支出预算总计" + total + "万元" + sentenceAfterTotal + "。\n");
  }

  private static List<CrossDocuments.Pair> failing(List<CrossDocuments.Pair> pairs) {
    return pairs.stream().filter(p -> !p.holds()).toList();
  }

  @Test
  void aChangeThatLastYearsReportContradictsIsFoundWithEvidenceFromBothFiles() throws Exception {
    Analysis before = budget(2019, "110.00", "");
    Analysis after = budget(2020, "120.00", "，与上年相比收、支预算总计各增加12.00万元");

    List<CrossDocuments.Pair> pairs = CrossDocuments.check(List.of(before, after).stream());

    List<CrossDocuments.Pair> wrong = failing(pairs);
    assertEquals(1, wrong.size(), pairs::toString);
    Finding f = wrong.get(0).finding();
    assertNotNull(f);
    assertEquals("cross_document.previous_year", f.key());
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(wrong.get(0).document().endsWith("2020.txt"));
    assertTrue(wrong.get(0).other().endsWith("2019.txt"));
    assertTrue(f.zh().contains("上年应为 108万元") && f.zh().contains("110.00万元"), f.zh());
    List<String> roles = f.evidence().stream().map(Evidence::role).toList();
    assertTrue(roles.contains("stated"), roles::toString);
    assertTrue(roles.stream().anyMatch(r -> r.startsWith("reference:") && r.endsWith("2019.txt")),
        roles::toString);
  }

  @Test
  void aChangeAndRateThatAgreeWithLastYearHold() throws Exception {
    Analysis before = budget(2019, "110.00", "");
    Analysis after = budget(2020, "120.00", "，与上年相比收、支预算总计各增加10.00万元，增长9.09%");

    List<CrossDocuments.Pair> pairs = CrossDocuments.check(List.of(before, after).stream());

    assertEquals(1, pairs.size(), pairs::toString);
    assertTrue(pairs.get(0).holds(), pairs::toString);
    assertNull(pairs.get(0).finding());
  }

  @Test
  void aValueSaidUnchangedIsCheckedAgainstLastYearsReport() throws Exception {
    // 与上年数一致 (江苏) and 比2019年预算持平 (上海), after the value or in the next sentence
    for (String wording : List.of("，与上年数一致", "，比2019年预算持平", "。比上年持平")) {
      Analysis before = budget(2019, "110.00", "");
      Analysis same = budget(2020, "110.00", wording);
      Analysis more = budget(2020, "120.00", wording);

      List<CrossDocuments.Pair> holds = CrossDocuments.check(List.of(before, same).stream());
      List<CrossDocuments.Pair> wrong = failing(CrossDocuments.check(List.of(before, more).stream()));

      assertEquals(1, holds.size(), wording + ": " + holds);
      assertTrue(holds.get(0).holds(), holds::toString);
      assertEquals(1, wrong.size(), wording + ": " + wrong);
      Finding f = wrong.get(0).finding();
      assertEquals("cross_document.previous_year", f.key());
      assertTrue(f.zh().contains("持平") && f.zh().contains("110.00万元"), f.zh());
    }
  }

  @Test
  void aRateCutOffInsteadOfRoundedIsInfo() throws Exception {
    // 50.00 against 30.00 is 66.666…%: written 66.66% it was cut off, not rounded
    Analysis before = budget(2019, "30.00", "");
    Analysis after = budget(2020, "50.00", "，与上年相比收、支预算总计各增加20.00万元，增长66.66%");

    List<CrossDocuments.Pair> wrong =
        failing(CrossDocuments.check(List.of(before, after).stream()));

    assertEquals(1, wrong.size(), wrong::toString);
    assertEquals(Severity.INFO, wrong.get(0).finding().severity());
    assertEquals("cross_document.previous_year_rounding", wrong.get(0).finding().key());
  }

  @Test
  void aYearWhoseReportIsNotInTheScanIsNotEvaluated() throws Exception {
    Analysis after = budget(2020, "120.00", "，与上年相比收、支预算总计各增加12.00万元");
    Analysis twoYearsBefore = budget(2018, "108.00", "");

    assertEquals(List.of(), CrossDocuments.check(List.of(twoYearsBefore, after).stream()));
  }

  private Analysis tables(String name, String general) throws Exception {
    return text(name, DEPARTMENT + "2020年部门预算公开表\n\n支出预算总表\n单位：万元\n"
        + "科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
        + "201\t一般公共服务支出\t" + general + "\t60.00\t35.00\n"
        + "\t总计\t" + general + "\t60.00\t35.00\n");
  }

  private Analysis narrative(String name, String title, String general) throws Exception {
    return text(name, title + "\n\n一、财政拨款支出预算情况\n一般公共服务（类）支出" + general + "万元。\n");
  }

  @Test
  void theTextOfOneFileIsCheckedAgainstTheTablesOfTheOther() throws Exception {
    Analysis text = narrative("说明.txt", DEPARTMENT + "2020年部门预算", "90.00");
    Analysis tables = tables("公开表.txt", "95.00");

    List<CrossDocuments.Pair> wrong = failing(CrossDocuments.check(List.of(text, tables).stream()));

    assertEquals(1, wrong.size(), wrong::toString);
    Finding f = wrong.get(0).finding();
    assertEquals("cross_document.set_mismatch", f.key());
    assertTrue(wrong.get(0).document().endsWith("说明.txt"));
    assertTrue(f.evidence().stream().anyMatch(e -> e.role().endsWith("公开表.txt")), f::toString);
  }

  @Test
  void aTitleWithoutTheYearTakesItFromTheOtherFileOfItsSet() throws Exception {
    // 2020度: the year's 年 missing, as on a real cover; the tables file gives the year
    Analysis text = narrative("说明.txt", DEPARTMENT + "部门预算说明", "95.00");
    assertNull(text.report().year(), text.report()::toString);
    Analysis tables = tables("公开表.txt", "95.00");

    List<CrossDocuments.Pair> pairs = CrossDocuments.check(List.of(text, tables).stream());

    assertEquals(1, pairs.size(), pairs::toString);
    assertTrue(pairs.get(0).holds(), pairs::toString);
  }

  // ---- the shared consecutive years ----

  private static List<Analysis> shared(String... files) throws Exception {
    Path external = SharedFiles.external();
    List<Analysis> out = new ArrayList<>();
    for (String f : files) {
      out.add(Checked.analyse(external.resolve(f)));
    }
    return out;
  }

  private static final String ZX = "pdf/jiangsu/江苏省政协办公厅/";
  private static final String RD = "pdf/jiangsu/江苏省人大办公厅/";
  private static final String WL = "pdf/shanghai/上海市普陀区人民政府万里街道办事处";

  @Test
  void theSharedTwoFileReportsAreEachOneSetAndTheirTextAgreesWithTheirTables() throws Exception {
    List<Analysis> all = shared(ZX + "江苏省政协办公厅2018年度部门预算.pdf",
        ZX + "江苏省政协办公厅2018度部门预算公开表.pdf", ZX + "江苏省政协办公厅2019年度部门预算.pdf",
        ZX + "江苏省政协办公厅2019年预算公开表.pdf");

    List<CrossDocuments.Pair> pairs = CrossDocuments.check(all.stream());

    for (String year : List.of("2018", "2019")) {
      long set = pairs.stream()
          .filter(p -> p.document().contains(year + "年度部门预算.pdf") && p.other().contains("公开表"))
          .count();
      assertTrue(set >= 10, year + ": " + set + " text figures against the tables file");
    }
    assertEquals(List.of(), failing(pairs));
  }

  @Test
  void everyComparisonOfTheLaterYearsIsEvaluatedAgainstTheEarlierAndNoneFlagged() throws Exception {
    List<Analysis> all = shared(ZX + "江苏省政协办公厅2018年度部门预算.pdf",
        ZX + "江苏省政协办公厅2018度部门预算公开表.pdf", ZX + "江苏省政协办公厅2019年度部门预算.pdf",
        ZX + "江苏省政协办公厅2019年预算公开表.pdf", RD + "省人大办公厅2018预算公开.pdf",
        RD + "江苏省人大常委会2019年度部门预算公开.pdf", WL + "24年预算.pdf", WL + "25年预算.pdf");

    List<CrossDocuments.Pair> pairs = CrossDocuments.check(all.stream());

    Map<String, String> counts = new TreeMap<>();
    for (Analysis a : all) {
      int year = a.report().year();
      long sentences = a.facts().stream()
          .filter(f -> f instanceof Comparison c && YearOnYear.aboutPreviousYear(c, year)).count();
      long evaluated = pairs.stream()
          .filter(p -> p.document().equals(a.source().path())
              && p.check().relation().contains("年比上年"))
          .count();
      if (year == 2019 || year == 2025) {
        String name = a.source().path().substring(a.source().path().lastIndexOf('/') + 1);
        counts.put(name, evaluated + "/" + sentences);
      }
    }
    assertEquals(Map.of(
        "上海市普陀区人民政府万里街道办事处25年预算.pdf", "11/11",
        "江苏省人大常委会2019年度部门预算公开.pdf", "36/36",
        "江苏省政协办公厅2019年度部门预算.pdf", "33/33",
        "江苏省政协办公厅2019年预算公开表.pdf", "0/0"), counts);
    assertEquals(List.of(), failing(pairs), "the shared consecutive years agree");
  }

  // ---- the structure of a report in two files ----

  private static final String ZX_TEXT_2019 = ZX + "江苏省政协办公厅2019年度部门预算.pdf";
  private static final String ZX_TABLES_2019 = ZX + "江苏省政协办公厅2019年预算公开表.pdf";

  private static List<CrossDocuments.Pair> structure(List<CrossDocuments.Pair> pairs) {
    return pairs.stream().filter(p -> p.check().rule().equals("structure")).toList();
  }

  private static List<Finding> structureFindings(Analysis a) {
    return a.findings().stream().filter(f -> f.rule().equals("structure")).toList();
  }

  /** A copy of a shared PDF without some of its pages (1-based), under the same name. */
  private Path without(String file, int... pages) throws Exception {
    Path copy = Files.createDirectories(dir.resolve("cut")).resolve(Path.of(file).getFileName());
    try (org.apache.pdfbox.pdmodel.PDDocument doc =
        org.apache.pdfbox.Loader.loadPDF(SharedFiles.external().resolve(file).toFile())) {
      for (int k = pages.length - 1; k >= 0; k--) {
        doc.removePage(pages[k] - 1);
      }
      doc.save(copy.toFile());
    }
    return copy;
  }

  @Test
  void aReportInTwoFilesHasItsExplanationJudgedOnTheSet() throws Exception {
    List<Analysis> set = shared(ZX_TEXT_2019, ZX_TABLES_2019);
    // alone, the 说明 file is a part: no table of it is missing, none of its sections judged
    assertEquals(List.of(), structureFindings(set.get(0)));
    assertEquals(List.of(), structureFindings(set.get(1)));

    List<CrossDocuments.Pair> pairs = structure(CrossDocuments.check(set.stream()));

    assertEquals(14, pairs.size(), pairs::toString);
    assertTrue(pairs.stream().allMatch(p -> p.holds() && p.document().endsWith("2019年度部门预算.pdf")
        && p.other().endsWith("2019年预算公开表.pdf")), pairs::toString);
  }

  @Test
  void aSectionCutFromTheExplanationFileIsFoundOnTheSet() throws Exception {
    // page 17 holds 十二、政府采购, 十三、国有资产占用情况 and 十四、预算绩效目标设置情况说明
    Analysis text = Checked.analyse(without(ZX_TEXT_2019, 17));
    Analysis tables = shared(ZX_TABLES_2019).get(0);

    List<CrossDocuments.Pair> wrong =
        failing(structure(CrossDocuments.check(List.of(text, tables).stream())));

    assertEquals(List.of("政府采购支出预算情况说明", "国有资产占用情况", "预算绩效目标设置情况说明"),
        wrong.stream().map(p -> p.finding().subject()).toList(), wrong::toString);
    assertTrue(wrong.stream().allMatch(p -> p.document().equals(text.source().path())
        && p.finding().key().equals("structure.missing_section")
        && p.finding().severity() == Severity.WARNING && p.finding().evidence().size() == 1),
        wrong::toString);
  }

  @Test
  void aTableInNeitherFileIsFoundOnceOnTheTablesFile() throws Exception {
    Analysis text = shared(ZX_TEXT_2019).get(0);
    Analysis tables = Checked.analyse(without(ZX_TABLES_2019, 9)); // the “三公” table

    List<Finding> found = structureFindings(tables);
    assertEquals(List.of("structure.missing_table:一般公共预算“三公”经费支出表"),
        found.stream().map(f -> f.key() + ":" + f.subject()).toList(), found::toString);
    assertEquals(List.of(), structureFindings(text));
    assertEquals(List.of(), failing(structure(CrossDocuments.check(List.of(text, tables).stream()))));
  }
}
