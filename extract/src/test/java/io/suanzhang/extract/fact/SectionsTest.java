package io.suanzhang.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Document;
import io.suanzhang.core.Format;
import io.suanzhang.core.Source;
import io.suanzhang.core.document.TextBlocks;
import io.suanzhang.core.fact.Section;
import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.core.text.CodePoints;
import io.suanzhang.read.DocumentReaders;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SectionsTest {

  private static List<Section> plain(String text) {
    return Sections.of(Document.ofText(new Source("a.txt", "", Format.TEXT, text.length(), null), text));
  }

  private static List<Section> markdown(String text) {
    Source source = new Source("a.md", "", Format.MARKDOWN, text.length(), null);
    return Sections.of(new Document(source, text, List.of(), TextBlocks.blocks(text), List.of()));
  }

  private static List<String> titles(List<Section> sections) {
    return sections.stream().map(Section::title).toList();
  }

  private static List<String> titlesAt(List<Section> sections, int level) {
    return sections.stream().filter(s -> s.level() == level).map(Section::title).toList();
  }

  private static Section titled(List<Section> sections, String prefix) {
    return sections.stream()
        .filter(s -> s.title().startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no section titled " + prefix + " in " + titles(sections)));
  }

  private static List<String> childrenOf(List<Section> sections, Section parent) {
    return sections.stream().filter(s -> parent.id().equals(s.parent())).map(Section::title).toList();
  }

  @Test
  void nestsOfficialNumberingInItsConventionalOrder() {
    String text = "一、总体情况\n正文。\n（一）收入\n1.财政拨款\n（1）一般公共预算\n⑴本级\n①机关\n二、支出\n";
    List<Section> s = plain(text);
    assertEquals(List.of("总体情况", "收入", "财政拨款", "一般公共预算", "本级", "机关", "支出"), titles(s));
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 1), s.stream().map(Section::level).toList());
    assertEquals(List.of("一、", "（一）", "1.", "（1）", "⑴", "①", "二、"),
        s.stream().map(Section::number).toList());
    assertNull(s.get(0).parent());
    assertEquals("s1", s.get(1).parent());
    assertEquals("s7", s.get(6).id());
    // A section runs to the next heading of its level or above, or to the end of the text.
    int second = text.indexOf("二、");
    assertEquals(second, s.get(0).span().end());
    assertEquals(second, s.get(5).span().end());
    assertEquals(text.length(), s.get(6).span().end());
    assertEquals("一、总体情况", text.substring(s.get(0).heading().start(), s.get(0).heading().end()));
  }

  @Test
  void aStyleFirstUsedUnderAnotherBecomesItsChild() {
    // This document puts （1） straight under 一、 and 1. under （1）.
    List<Section> s = plain("一、项目\n（1）立项\n1.目标\n2.指标\n（2）资金\n二、过程\n（1）管理\n");
    assertEquals(List.of(1, 2, 3, 3, 2, 1, 2), s.stream().map(Section::level).toList());
    assertEquals(List.of("目标", "指标"), childrenOf(s, titled(s, "立项")));
  }

  @Test
  void longNumberedItemsAreListItemsNotSections() {
    List<Section> s = plain(
        "1、实际支出\n"
            + "（1）公务接待费支出1614元，主要用于开展医保业务工作接待，符合相关规定。\n"
            + "（2）会议培训费支出2650元，主要用于开展医保业务人员培训和召开会议。\n"
            + "2、在途资金\n");
    assertEquals(List.of("实际支出", "在途资金"), titles(s));
  }

  @Test
  void oneShortItemAmongLongOnesStaysAnItem() {
    List<Section> s = plain(
        "1、主要工作\n"
            + "（1）强化医保政策宣传，做好城乡居民参保扩面工作。一是印制一批宣传资料。\n"
            + "（2）助力医保精准扶贫攻坚战，对贫困人员兜底保障更加有力。目前已全部落实。\n"
            + "（3）多措并举，全力做好疫情防控医疗保障工作\n"
            + "（4）加强医疗机构监管，确保基金安全运行。日常深入辖区内的定点医药机构检查。\n");
    assertEquals(List.of("主要工作"), titles(s));
  }

  @Test
  void shortScoreItemsAreHeadings() {
    List<Section> s = plain(
        "（一）投入情况（满分20分，自评20分）\n1.项目立项（满分10分，自评10分）\n"
            + "⑴绩效目标合理性（满分6分，自评6分）\n制定并明确了合理绩效考核指标。\n"
            + "⑵绩效指标明确性（满分4分，自评4分）\n2.资金落实（满分10分，自评10分）\n");
    assertEquals(List.of(1, 2, 3, 3, 2), s.stream().map(Section::level).toList());
    assertEquals("项目立项（满分10分，自评10分）", s.get(1).title());
  }

  @Test
  void sentencesDefinitionsAndAmountsAreNotTitles() {
    List<Section> s = plain(
        "一、收入\n1.财政拨款收入预算总计18330.37万元。\n二、名词解释\n"
            + "（一）财政拨款：指一般公共预算财政拨款。\n（二）基本支出：指人员支出和公用支出。\n"
            + "（三）补助发放及时率100%，实际完成值100%，完成年度设定目标。\n");
    assertEquals(List.of("收入", "名词解释"), titles(s));
  }

  @Test
  void numbersOutOfSequenceAreNotTrusted() {
    // "4、" where 四、 was meant has no 1、 before it; 五、 after 三、 skips one and still counts.
    List<Section> s = plain("一、情况\n三、原因\n4、 结果应用\n五、其他问题\n");
    assertEquals(List.of("情况", "原因", "其他问题"), titles(s));
  }

  @Test
  void aDecimalIsNoNumberingButAYearMayFollowOne() {
    List<Section> s = plain("一、情况\n4.50万元用于宣传\n1.2020年指标完成情况\n");
    assertEquals(List.of("情况", "2020年指标完成情况"), titles(s));
    assertEquals("1.", s.get(1).number());
  }

  @Test
  void tableOfContentsLinesAreNotHeadings() {
    String text =
        "目录\n第一部分 部门概况\n一、主要职能\n第二部分 预算情况说明\n一、收支预算总体情况说明\n"
            + "第一部分 部门概况\n一、主要职能\n本部门负责……\n第二部分 预算情况说明\n"
            + "一、收支预算总体情况说明.....12\n一、收支预算总体情况说明\n";
    List<Section> s = plain(text);
    assertEquals(List.of("部门概况", "主要职能", "预算情况说明", "收支预算总体情况说明"), titles(s));
    assertEquals(text.indexOf("第一部分", 5), s.get(0).heading().start());
  }

  @Test
  void linesInTablesAreNeverHeadings() {
    String text = "一、收入情况\n项目\t金额\n一、财政拨款\t100\n二、其他收入\t20\n二、支出情况\n";
    List<Section> s = markdown(text);
    assertEquals(List.of("收入情况", "支出情况"), titles(s));
  }

  @Test
  void headingBlocksNestByTheirNumberingNotTheirMarkdownDepth() {
    List<Section> s = markdown(
        "# 部门决算说明\n\n## 目录\n\n# 第一部分部门概况\n\n#### 一、基本职能\n\n负责医疗保障。\n\n"
            + "## **二、机构设置**\n\n### （一）内设机构\n\n# **DRGs项目绩效评价报告**\n\n"
            + "## 一、项目概况\n");
    assertEquals(List.of("部门决算说明", "目录", "部门概况", "基本职能", "机构设置", "内设机构",
        "DRGs项目绩效评价报告", "项目概况"), titles(s));
    assertEquals(List.of(1, 2, 1, 2, 2, 3, 2, 3), s.stream().map(Section::level).toList());
    assertEquals("", s.get(0).number());
    assertEquals("二、", s.get(4).number());
  }

  @Test
  void aHeadingBlockThatTitlesATableOpensNoSection() {
    List<Section> s = markdown("# 一、收入\n\n## 收入决算表\n\n单位：万元\n\n项目\t金额\n合计\t5\n\n# 二、支出\n");
    assertEquals(List.of("收入", "支出"), titles(s));
  }

  @Test
  void spansCountCodePoints() {
    String text = "𠀀𠀁\n一、情况𠀂\n正文\n二、原因\n";
    List<Section> s = plain(text);
    CodePoints cp = CodePoints.of(text);
    assertEquals("一、情况𠀂", cp.slice(s.get(0).heading()));
    assertEquals(3, s.get(0).span().start());
    assertEquals(cp.length(), s.get(1).span().end());
  }

  // --- the shared samples ---

  private static List<Section> seed(String name) throws Exception {
    return Sections.of(DocumentReaders.read(SharedFiles.seeds().resolve(name)));
  }

  @Test
  void seed000FollowsItsMixedArabicNumbering() throws Exception {
    List<Section> s = seed("000_2d7e3352bcecceee.txt");
    assertEquals(List.of("绩效目标分解下达情况", "绩效目标完成情况分析", "偏离绩效目标的原因和下一步改进措施",
        "其他需要说明的问题"), titlesAt(s, 1));
    Section funds = titled(s, "资金投入情况分析");
    assertEquals(2, funds.level());
    // 1、 2、 3. 4. 5. are one sequence; the sentences 1. 2. before them are list items.
    assertEquals(List.of("实际支出", "在途资金", "具体拨付流程。", "2020年指标完成情况", "主要工作",
        "产出指标完成情况分析", "效益指标完成情况分析"), childrenOf(s, funds));
    assertTrue(s.stream().noneMatch(x -> x.title().startsWith("公务接待费")));
    assertTrue(s.stream().noneMatch(x -> x.title().startsWith("多措并举")));
    assertTrue(s.stream().noneMatch(x -> x.title().startsWith("绩效自评结果拟应用")), "4、 after 三、");
  }

  @Test
  void seed001HasThreeLevels() throws Exception {
    List<Section> s = seed("001_8b07262b24e9681c.txt");
    assertEquals(List.of("预算基本情况", "自评工作开展情况", "自评结果及分析", "自评发现的问题和改进措施",
        "自评工作建议", "绩效自评结果拟应用和公开情况"), titlesAt(s, 1));
    Section whole = titled(s, "部门整体支出绩效自评结果");
    assertEquals(titled(s, "自评结果及分析").id(), whole.parent());
    assertEquals("（一）", whole.number());
    assertEquals(List.of("数量指标", "质量指标", "时效指标", "成本指标", "效益指标", "满意度指标"),
        childrenOf(s, whole));
    assertEquals(3, titled(s, "满意度指标").level());
    assertTrue(s.stream().noneMatch(x -> x.number().startsWith("（1")), "（1） items are sentences");
    assertTrue(childrenOf(s, titled(s, "下一步改进措施")).isEmpty());
  }

  @Test
  void seed002PartsAreTopLevelAndItsContentsOpenNoSection() throws Exception {
    List<Section> s = seed("002_7fbbccf8b4cea76e.txt");
    List<Section> parts = s.stream().filter(x -> x.number().matches("第.部分")).toList();
    assertEquals(List.of("部门概况", "2020 年度部门决算情况说明", "名词解释", "附件", "附表"),
        titles(parts));
    assertTrue(parts.stream().allMatch(p -> p.level() == 1));
    assertEquals(List.of("基本职能及主要工作", "机构设置"), childrenOf(s, parts.get(0)));
    assertEquals(10, childrenOf(s, parts.get(1)).size());
    assertEquals("其他重要事项的情况说明", childrenOf(s, parts.get(1)).get(9));
    // The contents list each part once more, with dot leaders; none of them is a section.
    assertEquals(1, s.stream().filter(x -> x.title().equals("收入支出决算总体情况说明")).count());
    Document doc = DocumentReaders.read(SharedFiles.seeds().resolve("002_7fbbccf8b4cea76e.txt"));
    int body = CodePoints.of(doc.text()).toCodePoint(doc.text().indexOf("# 第一部分"));
    assertEquals(body, parts.get(0).heading().start());
    Section contents = titled(s, "目录");
    assertEquals(body, contents.span().end());
  }

  @Test
  void seed003NestsUnderItsTitle() throws Exception {
    List<Section> s = seed("003_c2045cda01fc3179.txt");
    assertEquals(List.of("部门整体支出绩效自评报告"), titlesAt(s, 1));
    assertEquals(List.of("部门基本情况", "绩效自评情况", "存在问题及改进意见"), titlesAt(s, 2));
    Section basic = titled(s, "部门基本情况");
    // The long run-in line （三）部门整体支出绩效目标。1.… is an item; the heading （三）经验做法 follows.
    assertEquals(List.of("部门职能。", "年度总体工作和重点工作任务。", "经验做法", "部门整体支出情况。"),
        childrenOf(s, basic));
    assertEquals(7, childrenOf(s, titled(s, "年度总体工作")).size());
  }

  @Test
  void seed004ScoreItemsAreSections() throws Exception {
    List<Section> s = seed("004_b6b47bea52b937a3.txt");
    assertEquals(List.of("项目基本情况", "绩效评价结论", "好的经验和做法", "下一步工作打算"), titlesAt(s, 1));
    Section process = titled(s, "项目过程");
    assertEquals(List.of("项目管理（满分20分，自评20分）", "财务管理（满分10分，自评10分）"),
        childrenOf(s, process));
    assertEquals(5, childrenOf(s, titled(s, "项目管理")).size());
    assertEquals("⑶", titled(s, "信息平台管理").number());
    assertEquals(4, titled(s, "信息平台管理").level());
  }

  private static List<Section> pdf(String path) throws Exception {
    return Sections.of(DocumentReaders.read(SharedFiles.external().resolve("pdf").resolve(path)));
  }

  @Test
  void jiangsuBudgetHasFourPartsWithNumberedChapters() throws Exception {
    List<Section> s = pdf("jiangsu/江苏省人大办公厅/江苏省人大常委会2019年度部门预算公开.pdf");
    List<Section> parts = s.stream().filter(x -> x.number().matches("第.部分")).toList();
    assertEquals(List.of("第一部分", "第二部分", "第三部分", "第四部分"),
        parts.stream().map(Section::number).toList());
    assertTrue(parts.stream().allMatch(p -> p.level() == 1));
    // The contents after 目录 repeat the parts; the body's are the ones kept.
    assertEquals(4, parts.size());
    List<String> chapters = childrenOf(s, parts.get(2));
    assertEquals(14, chapters.size());
    assertEquals("收支预算总体情况说明", chapters.get(0));
    assertEquals(List.of("部门概况"), titlesAt(s, 1).stream().filter("部门概况"::equals).toList());
  }

  @Test
  void shanghaiFinalAccountsExplainElevenItems() throws Exception {
    List<Section> s = pdf("shanghai/上海市普陀区财政局2024年度部门决算.pdf");
    Section explained = s.stream().filter(x -> x.number().equals("第三部分")).findFirst().orElseThrow();
    List<String> items = childrenOf(s, explained);
    assertEquals(11, items.size());
    assertEquals("其他重要事项的情况说明", items.get(10));
    Section general = titled(s, "一般公共预算财政拨款支出决算情况说明");
    assertEquals(3, childrenOf(s, general).size());
  }

  @Test
  void shanghaiContentsWordedUnlikeTheBodyOpenNoSection() throws Exception {
    // 目录 lists 一、单位主要职能 … 1. 2025年预算单位财务收支预算总表 …; the body's titles are unnumbered.
    List<Section> s = pdf("shanghai/上海市普陀区商务委员会单位25年预算.pdf");
    assertTrue(s.stream().noneMatch(x -> x.number().equals("1.")), () -> titles(s).toString());
    assertTrue(s.stream().noneMatch(x -> x.title().equals("单位主要职能")));
    assertEquals(5, childrenOf(s, titled(s, "其他相关情况说明")).size());
  }

  @Test
  void pdfSectionsCarryThePageTheirHeadingIsPrintedOn() throws Exception {
    // The pages pdftotext shows these headings on.
    List<Section> renda = pdf("jiangsu/江苏省人大办公厅/江苏省人大常委会2019年度部门预算公开.pdf");
    assertOnPage(9, titled(renda, "收支预算总体情况说明"));
    assertOnPage(13, titled(renda, "社会保障和就业（类）"));
    assertOnPage(17, titled(renda, "预算绩效目标设置情况说明"));
    List<Section> office = pdf("shanghai/上海市普陀区人民政府办公室单位25年预算.pdf");
    assertOnPage(6, titled(office, "2025年单位预算编制说明"));
    assertOnPage(21, titled(office, "其他相关情况说明"));
    assertOnPage(21, titled(office, "国有资产占有使用情况"));
    List<Section> city = pdf("shanghai/上海市财政局25年预算.pdf");
    assertOnPage(4, titled(city, "上海市财政局（单位）机构设置"));
  }

  private static void assertOnPage(int page, Section s) {
    assertEquals(page, s.heading().page(), s::toString);
    assertEquals(page, s.span().page(), s::toString);
  }

  static Stream<Path> samples() {
    return Stream.concat(
        SharedFiles.files(SharedFiles.seeds(), ".txt").stream(),
        SharedFiles.files(SharedFiles.external().resolve("pdf"), ".pdf").stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everyTreeIsWellFormed(Path file) throws Exception {
    Document doc = DocumentReaders.read(file);
    List<Section> s = Sections.of(doc);
    CodePoints cp = CodePoints.of(doc.text());
    for (int i = 0; i < s.size(); i++) {
      Section x = s.get(i);
      assertEquals("s" + (i + 1), x.id());
      assertTrue(cp.slice(x.heading()).contains(x.number()), x::toString);
      assertTrue(x.span().end() <= cp.length());
      if (i > 0) {
        assertTrue(s.get(i - 1).heading().end() <= x.heading().start(), x::toString);
      }
      if (x.parent() == null) {
        assertEquals(1, x.level(), x::toString);
      } else {
        Section parent = s.get(Integer.parseInt(x.parent().substring(1)) - 1);
        assertEquals(parent.level() + 1, x.level(), x::toString);
        assertTrue(parent.span().contains(x.span()), x::toString);
      }
    }
  }
}
