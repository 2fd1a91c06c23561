package io.suanzhang.checks.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.checks.Checked;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.ReportKind;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.read.DocumentReaders;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code structure} rule on the shared reports, and on a copy of one with a table cut out. */
class StructureRuleTest {

  private static final String SOCIAL_WORK = "shanghai/中共上海市普陀区委社会工作部 2024 年度部门决算.pdf";

  private static Path pdf(String name) {
    return SharedFiles.external().resolve("pdf").resolve(name);
  }

  private static List<Finding> structure(Analysis a) {
    assertTrue(a.errors().isEmpty(), () -> "analysis errors: " + a.errors());
    return a.findings().stream().filter(f -> f.rule().equals("structure")).toList();
  }

  private static List<Check> structureChecks(Analysis a) {
    return a.checks().stream().filter(c -> c.rule().equals("structure")).toList();
  }

  /**
   * The three Putuo 2024 决算 print the nine tables of Shanghai's template, in order, their empty
   * ones with 说明：…故本表无数据 — though a checker holding them to a national list with 机关运行经费
   * and 政府采购 tables calls two of them incomplete.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "shanghai/上海市普陀区财政局2024年度部门决算.pdf",
    "shanghai/上海市普陀区规划和自然资源局 2024 年度部门决算.pdf",
    SOCIAL_WORK})
  void shanghaiFinalAccountsHaveEveryTableOfTheirTemplate(String name) {
    Analysis a = Checked.analyse(pdf(name));
    assertEquals(List.of(), structure(a));
    long listed = structureChecks(a).stream()
        .filter(c -> c.holds() && c.relation().startsWith("上海市部门决算公开模板：")
            && !c.relation().startsWith("上海市部门决算公开模板：说明") && c.relation().endsWith("已列出"))
        .count();
    assertEquals(9, listed, () -> "checks: " + structureChecks(a));
    long sections = structureChecks(a).stream()
        .filter(c -> c.holds() && c.relation().startsWith("上海市部门决算公开模板：说明")).count();
    assertEquals(13, sections, () -> "checks: " + structureChecks(a));
  }

  /**
   * Without its page 21 the 社会工作部 决算 lacks four sections of its 说明 (九、国有资本经营…说明, 十、预算绩效
   * 管理情况, and 机关运行经费 and 政府采购 of 十一、其他重要事项): each is found, and nothing else.
   */
  @Test
  void sectionsOfTheExplanationCutOutAreFoundMissing(@TempDir Path dir) throws IOException {
    Path copy = dir.resolve("cut.pdf");
    try (PDDocument doc = Loader.loadPDF(pdf(SOCIAL_WORK).toFile())) {
      doc.removePage(20);
      doc.save(copy.toFile());
    }
    List<Finding> found = structure(Checked.analyse(copy));
    assertEquals(List.of("国有资本经营预算财政拨款收入支出决算情况说明", "预算绩效管理情况", "机关运行经费支出情况",
        "政府采购支出情况"), found.stream().map(Finding::subject).toList(), found::toString);
    assertTrue(found.stream().allMatch(f -> f.key().equals("structure.missing_section")
        && f.severity() == Severity.WARNING && f.evidence().size() == 1), found::toString);
  }

  /**
   * The Jiangsu budgets that print their tables with their 说明 have every section of their year's
   * template: twelve in 2017, 绩效目标 added in 2018, 国有资产占用情况 in 2019.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "jiangsu/江苏省高级人民法院/省法院2017年度部门预算公开.pdf, 12",
    "jiangsu/江苏省人大办公厅/省人大办公厅2018预算公开.pdf, 13",
    "jiangsu/江苏省人民检察院/2019年度部门预算公开.pdf, 14",
    "jiangsu/江苏省高级人民法院/江苏省高级人民法院2019年度部门预算公开.pdf, 14"})
  void jiangsuBudgetsHaveEverySectionOfTheirYearsTemplate(String name, int sections) {
    Analysis a = Checked.analyse(pdf(name));
    assertEquals(List.of(), structure(a).stream()
        .filter(f -> f.key().equals("structure.missing_section")).toList());
    long listed = structureChecks(a).stream()
        .filter(c -> c.holds() && c.relation().startsWith("江苏省部门预算公开模板：说明")).count();
    assertEquals(sections, listed, () -> "checks: " + structureChecks(a));
  }

  /** Without its page 32 the procuratorate's 2019 budget lacks 十三、国有资产占用情况 and 十四、绩效目标. */
  @Test
  void sectionsOfABudgetsExplanationCutOutAreFoundMissing(@TempDir Path dir) throws IOException {
    Path copy = dir.resolve("cut.pdf");
    try (PDDocument doc = Loader.loadPDF(pdf("jiangsu/江苏省人民检察院/2019年度部门预算公开.pdf").toFile())) {
      doc.removePage(31);
      doc.save(copy.toFile());
    }
    List<Finding> found = structure(Checked.analyse(copy));
    assertEquals(List.of("国有资产占用情况", "预算绩效目标设置情况说明"),
        found.stream().map(Finding::subject).toList(), found::toString);
    assertTrue(found.stream().allMatch(f -> f.key().equals("structure.missing_section")
        && f.zh().contains("江苏省部门预算公开模板") && f.evidence().size() == 1), found::toString);
  }

  /**
   * The national template's sections are known by how real reports head them: 黄石's budget (a web
   * page) writes eight of them in its own words, and has no 财政拨款收支 or 基本支出 section.
   */
  @Test
  void nationalBudgetSectionsAreKnownByRealHeadings() throws IOException {
    List<String> headings = java.nio.file.Files.readAllLines(
        SharedFiles.external().resolve("pages/140.txt")).stream()
        .filter(l -> l.matches("^[一二三四五六七八九十]+、.*")).map(Templates::heading).toList();
    List<String> missing = Templates.NATIONAL_BUDGET.sections().stream()
        .filter(r -> headings.stream().noneMatch(r::heads)).map(Templates.Section::name).toList();
    assertEquals(List.of("财政拨款收支预算总体情况", "一般公共预算支出情况", "一般公共预算基本支出情况"),
        missing, headings::toString);
  }

  /**
   * The same report with the pages of one table removed (page 14 holds the 三公 table, 15 the 政府性
   * 基金 one): the table is found missing, by its template name, and nothing else is reported.
   */
  @ParameterizedTest(name = "page {0}: {1}")
  @CsvSource({"14, 财政拨款“三公”经费支出决算表", "15, 政府性基金预算财政拨款收入支出决算表"})
  void aTableCutOutIsFoundMissing(int page, String table, @TempDir Path dir) throws IOException {
    Path copy = dir.resolve("cut.pdf");
    try (PDDocument doc = Loader.loadPDF(pdf(SOCIAL_WORK).toFile())) {
      doc.removePage(page - 1);
      doc.save(copy.toFile());
    }
    List<Finding> found = structure(Checked.analyse(copy));
    assertEquals(1, found.size(), () -> "findings: " + found);
    Finding f = found.get(0);
    assertEquals("structure.missing_table", f.key());
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(table, f.subject());
    assertTrue(f.zh().contains("上海市部门决算公开模板") && f.zh().contains(table), f.zh());
    assertEquals(1, f.evidence().size(), () -> "evidence: " + f.evidence());
  }

  /** The same report with its 三公 table's page moved to the end: the table is found out of order. */
  @Test
  void aTableOutOfTheTemplatesOrderIsFound(@TempDir Path dir) throws IOException {
    Path moved = dir.resolve("moved.pdf");
    try (PDDocument doc = Loader.loadPDF(pdf(SOCIAL_WORK).toFile())) {
      org.apache.pdfbox.pdmodel.PDPage page = doc.getPage(13);
      doc.removePage(13);
      doc.addPage(page);
      doc.save(moved.toFile());
    }
    List<Finding> found = structure(Checked.analyse(moved));
    assertEquals(1, found.size(), found::toString);
    Finding f = found.get(0);
    assertEquals("structure.order", f.key());
    assertEquals("财政拨款“三公”经费支出决算表", f.subject());
    assertTrue(f.zh().contains("国有资本经营预算财政拨款收入支出决算表"), f.zh());
    assertEquals(2, f.evidence().size(), () -> "evidence: " + f.evidence());
  }

  /**
   * 上海市财政局's 2025 budget prints its fund tables empty with no word of why, where the Putuo
   * budgets of the same template write 注:本部门2025年无…预算，故本表为空表.
   */
  @Test
  void anEmptyTableWithoutItsNoteIsFound() {
    List<Finding> found = structure(Checked.analyse(pdf("shanghai/上海市财政局25年预算.pdf")));
    assertEquals(List.of("structure.empty_note", "structure.empty_note"),
        found.stream().map(Finding::key).toList());
    assertTrue(found.get(0).subject().contains("政府性基金预算支出功能分类预算表"), found.get(0).zh());
    assertTrue(found.get(1).subject().contains("国有资本经营预算支出功能分类预算表"), found.get(1).zh());
    assertEquals(List.of(), structure(Checked.analyse(pdf("shanghai/上海市普陀区财政局部门25年预算.pdf"))));
  }

  /** A 说明 published apart from its tables, and the page excerpts, are not whole reports: not judged. */
  @Test
  void partsOfReportsAreNotJudged() {
    Analysis text = Checked.analyse(pdf("jiangsu/江苏省政协办公厅/江苏省政协办公厅2019年度部门预算.pdf"));
    assertEquals(ReportKind.DEPARTMENT_BUDGET, text.report().kind());
    assertEquals(List.of(), structureChecks(text));
    int excerpts = 0;
    int told = 0;
    for (Path p : SharedFiles.files(SharedFiles.external().resolve("pages"), ".txt")) {
      Analysis a = Checked.analyse(p);
      // a text is told it was not judged, never judged on the few tables it titles
      assertTrue(structureChecks(a).stream().noneMatch(Check::holds), p::toString);
      List<Finding> found = structure(a);
      assertTrue(found.stream().allMatch(f -> f.key().equals("structure.not_judged")
          && f.severity() == Severity.INFO), () -> p + ": " + found);
      told += found.size();
      excerpts++;
    }
    assertTrue(excerpts > 100, "page excerpts read: " + excerpts);
    // the few that print one of their template's tables are told why no more was judged
    assertTrue(told >= 3, "excerpts of 预算 and 决算 told: " + told);
  }

  /**
   * The text of the 社会工作部 决算 saved as a text file is judged as the PDF is: its tables are known
   * by the title line before each; with the “三公” table's title line gone, that table is missing.
   */
  @Test
  void aTextIsJudgedByTheTitleLinesBeforeItsTables(@TempDir Path dir) throws IOException {
    String text = DocumentReaders.read(pdf(SOCIAL_WORK)).text();
    Path whole = java.nio.file.Files.writeString(dir.resolve("whole.txt"), text);
    Analysis a = Checked.analyse(whole);
    assertEquals(List.of(), structure(a));
    assertEquals(9, structureChecks(a).stream().filter(c -> c.holds()
        && c.relation().matches("上海市部门决算公开模板：[^说]*已列出")).count(), () -> structureChecks(a).toString());

    String title = "财政拨款“三公”经费支出决算表";
    Path cut = java.nio.file.Files.writeString(dir.resolve("cut.txt"),
        text.replace("\n" + title + "\n", "\n\n"));
    List<Finding> found = structure(Checked.analyse(cut));
    assertEquals(List.of("structure.missing_table:" + title),
        found.stream().map(f -> f.key() + ":" + f.subject()).toList(), found::toString);
  }

  @Test
  void titlesAreMatchedWithoutWhatVariesBetweenWriters() {
    Templates.Template national = Templates.NATIONAL_BUDGET;
    assertEquals(0, Templates.indexOf(national,
        Templates.normalise("一、2017年度江苏省高级人民法院部门收支预算总表", "江苏省高级人民法院")));
    assertEquals(4, Templates.indexOf(national, Templates.normalise("一般公共预算支出预算表（功能科目）", null)));
    assertEquals(6, Templates.indexOf(national,
        Templates.normalise("2025年单位“三公”经费和机关运行经费预算表", null)));
    assertEquals(6, Templates.indexOf(national,
        Templates.normalise("“三公”经费、会议费、培训费支出预算表", null)));
    assertEquals(-1, Templates.indexOf(national, Templates.normalise("财政拨款支出预算表", null)));
    Templates.Template fin = Templates.NATIONAL_FINAL;
    assertEquals(2, Templates.indexOf(fin, Templates.normalise("支出决算表", null)));
    assertEquals(4, Templates.indexOf(fin, Templates.normalise("一般公共预算财政拨款支出决算表", null)));
    assertEquals(-1, Templates.indexOf(fin, Templates.normalise("项目支出决算表", null)));
  }

  @Test
  void aRegionWithItsOwnTemplateIsHeldToIt() {
    assertEquals(Templates.SHANGHAI_BUDGET,
        Templates.of(ReportKind.DEPARTMENT_BUDGET, "上海市普陀区财政局"));
    assertEquals(Templates.SHANGHAI_FINAL,
        Templates.of(ReportKind.DEPARTMENT_FINAL_ACCOUNTS, "中共上海市普陀区委社会工作部"));
    assertEquals(Templates.NATIONAL_BUDGET, Templates.of(ReportKind.UNIT_BUDGET, "自贡市贡井区医疗保障局"));
    assertEquals(null, Templates.of(ReportKind.PROJECT_PERFORMANCE, "上海市普陀区财政局"));
  }

  @Test
  void anEmptyTableIsToldByItsNote() {
    assertTrue(Templates.emptyNote("说明：上海市XX局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。"));
    assertTrue(Templates.emptyNote("合计\n此表为空\n注：“科目编码”和“科目名称”为必填项"));
    assertTrue(Templates.emptyNote("注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。"));
    assertTrue(!Templates.emptyNote("注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。"));
  }

  /**
   * A table printed empty, its title and unit line over a 合计 row and 注：本部门无该项目, is there, though
   * the reader finds no grid under it; and Jiangsu's departments place their 政府性基金 table where they
   * like (seventh in the court's 2017 tables, tenth in the CPPCC office's 2018).
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "jiangsu/江苏省政协办公厅/江苏省政协办公厅2018度部门预算公开表.pdf",
    "jiangsu/江苏省政协办公厅/江苏省政协办公厅2019年预算公开表.pdf",
    "jiangsu/江苏省委办公厅/江苏省委办公厅2018年度部门预算公开表.pdf",
    "jiangsu/江苏省高级人民法院/省法院2017年度部门预算公开.pdf"})
  void aTablePrintedEmptyIsThereWithoutItsGrid(String name) {
    Analysis a = Checked.analyse(pdf(name));
    // the court's 2017 table says nothing of why it is empty: that is a finding of its own
    assertEquals(List.of(), structure(a).stream()
        .filter(f -> !f.key().equals("structure.empty_note")).map(Finding::zh).toList());
    assertTrue(structureChecks(a).stream().anyMatch(c -> c.holds()
        && c.relation().equals("江苏省部门预算公开模板：政府性基金预算支出表 已列出")), () -> structureChecks(a).toString());
  }
}
