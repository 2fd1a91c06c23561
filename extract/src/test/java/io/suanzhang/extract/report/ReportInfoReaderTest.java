package io.suanzhang.extract.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Document;
import io.suanzhang.core.Format;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.ReportInfo;
import io.suanzhang.core.ReportKind;
import io.suanzhang.core.Source;
import io.suanzhang.core.testing.Gold;
import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.read.DocumentReaders;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kind, fiscal year and department of every shared document: the seeds against the gold files (and a
 * reading of the two without one), the published PDFs and web-page texts against the table in
 * {@code ../shared/external/SOURCES.md}.
 */
class ReportInfoReaderTest {

  /**
   * What is not found yet, as a ratchet, keyed {@code file#field}, with the reason. A miss that is
   * found fails {@link #readsKindYearAndDepartment} until it is taken off here.
   */
  private static final Map<String, String> KNOWN_MISSES =
      Map.of(
          "财政部_2024年财政收支情况.txt#department",
          "the release names only its source (来源：国库司); 财政部 is in the file name alone, and a"
              + " three-character name is not taken for an organisation");

  /** What a document is, as a reader would say from its cover, title and file name. */
  record Expected(Path file, List<String> kinds, int year, @Nullable String department) {

    Expected(Path file, String kind, int year, @Nullable String department) {
      this(file, List.of(kind), year, department);
    }

    String name() {
      return file.getFileName().toString();
    }

    @Override
    public String toString() {
      return name();
    }
  }

  private static final Map<Path, ReportInfo> READ = new ConcurrentHashMap<>();

  /** Each document is read once, however many tests ask. */
  private static ReportInfo info(Path file) {
    return READ.computeIfAbsent(
        file,
        f -> {
          try {
            return ReportInfoReader.of(DocumentReaders.read(f));
          } catch (ReportException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  static List<Expected> documents() {
    List<Expected> all = new ArrayList<>(seeds());
    all.addAll(published());
    return all;
  }

  /** The seeds: the gold files' report fields, and two read by hand. */
  static List<Expected> seeds() {
    Path seeds = SharedFiles.seeds();
    List<Expected> cases = new ArrayList<>();
    for (Path file : Gold.files()) {
      Gold gold = Gold.read(file);
      Map<String, Object> report = gold.report();
      List<String> kinds = new ArrayList<>();
      if (report.get("kind_accept") instanceof List<?> accepted) {
        accepted.forEach(k -> kinds.add(k.toString()));
      }
      if (kinds.isEmpty()) {
        kinds.add(report.get("kind").toString());
      }
      cases.add(
          new Expected(
              seeds.resolve(gold.doc()), kinds, ((Number) report.get("year")).intValue(),
              report.get("department").toString()));
    }
    cases.add(new Expected(seeds.resolve("002_7fbbccf8b4cea76e.txt"), "部门决算", 2020, "自贡市贡井区医疗保障局"));
    cases.add(
        new Expected(seeds.resolve("003_c2045cda01fc3179.txt"), "部门整体支出绩效自评", 2023, "始兴县医疗保障局"));
    return cases;
  }

  /**
   * The table of SOURCES.md. Where it shortens a name (普陀区财政局, 区委社会工作部, "同上") the name is
   * written in full as the cover prints it; its types map onto the kinds: a three-table of one
   * department is part of that department's 预算 or 决算, a county's total and the national release
   * are 其他.
   */
  static List<Expected> published() {
    Path pdf = SharedFiles.external().resolve("pdf");
    Path sh = pdf.resolve("shanghai");
    Path js = pdf.resolve("jiangsu");
    Path txt = SharedFiles.external().resolve("txt");
    return List.of(
        new Expected(sh.resolve("上海市普陀区财政局2024年度部门决算.pdf"), "部门决算", 2024, "上海市普陀区财政局"),
        new Expected(
            sh.resolve("上海市普陀区规划和自然资源局 2024 年度部门决算.pdf"), "部门决算", 2024, "上海市普陀区规划和自然资源局"),
        new Expected(
            sh.resolve("中共上海市普陀区委社会工作部 2024 年度部门决算.pdf"), "部门决算", 2024, "中共上海市普陀区委社会工作部"),
        new Expected(sh.resolve("上海市普陀区人民政府办公室25年预算.pdf"), "部门预算", 2025, "上海市普陀区人民政府办公室"),
        new Expected(sh.resolve("上海市普陀区人民政府办公室单位25年预算.pdf"), "单位预算", 2025, "上海市普陀区人民政府办公室"),
        new Expected(sh.resolve("上海市普陀区商务委员会25年预算.pdf"), "部门预算", 2025, "上海市普陀区商务委员会"),
        new Expected(sh.resolve("上海市普陀区商务委员会单位25年预算.pdf"), "单位预算", 2025, "上海市普陀区商务委员会"),
        new Expected(
            sh.resolve("上海市普陀区人民政府万里街道办事处24年预算.pdf"), "部门预算", 2024, "上海市普陀区人民政府万里街道办事处"),
        new Expected(
            sh.resolve("上海市普陀区人民政府万里街道办事处25年预算.pdf"), "部门预算", 2025, "上海市普陀区人民政府万里街道办事处"),
        new Expected(
            sh.resolve("上海市普陀区社会福利院2024年单位预算_1769321942920-969924351.pdf"), "单位预算", 2024,
            "上海市普陀区社会福利院"),
        new Expected(sh.resolve("上海市普陀区财政局部门25年预算.pdf"), "部门预算", 2025, "上海市普陀区财政局"),
        new Expected(sh.resolve("上海市财政局25年预算.pdf"), "单位预算", 2025, "上海市财政局"),
        new Expected(js.resolve("江苏省高级人民法院/江苏省高级人民法院2019年度部门预算公开.pdf"), "部门预算", 2019, "江苏省高级人民法院"),
        new Expected(js.resolve("江苏省高级人民法院/省法院2017年度部门预算公开.pdf"), "部门预算", 2017, "江苏省高级人民法院"),
        new Expected(js.resolve("江苏省人民检察院/2019年度部门预算公开.pdf"), "部门预算", 2019, "江苏省人民检察院"),
        new Expected(js.resolve("江苏省委办公厅/江苏省委办公厅2018年度部门预算公开文件.pdf"), "部门预算", 2018, "中共江苏省委办公厅"),
        new Expected(js.resolve("江苏省委办公厅/江苏省委办公厅2018年度部门预算公开表.pdf"), "部门预算", 2018, "中共江苏省委办公厅"),
        new Expected(js.resolve("江苏省政协办公厅/江苏省政协办公厅2019年度部门预算.pdf"), "部门预算", 2019, "江苏省政协办公厅"),
        new Expected(js.resolve("江苏省政协办公厅/江苏省政协办公厅2019年预算公开表.pdf"), "部门预算", 2019, "江苏省政协办公厅"),
        new Expected(
            js.resolve("江苏省人大办公厅/江苏省人大常委会2019年度部门预算公开.pdf"), "部门预算", 2019, "江苏省人大常委会办公厅"),
        new Expected(js.resolve("江苏省人大办公厅/省人大办公厅2018预算公开.pdf"), "部门预算", 2018, "江苏省人大常委会办公厅"),
        new Expected(js.resolve("江苏省政协办公厅/江苏省政协办公厅2018年度部门预算.pdf"), "部门预算", 2018, "江苏省政协办公厅"),
        // The tables-only file prints no year; its name says "2018度", 年 missing.
        new Expected(js.resolve("江苏省政协办公厅/江苏省政协办公厅2018度部门预算公开表.pdf"), "部门预算", 2018, "江苏省政协办公厅"),
        // The blank national template: a 2024 决算 of "上海市XX局", a stand-in, so of no department.
        new Expected(pdf.resolve("templates/附件2：部门决算模板.pdf"), "部门决算", 2024, null),
        new Expected(txt.resolve("财政部_2024年财政收支情况.txt"), "其他", 2024, "财政部国库司"),
        new Expected(
            txt.resolve("青神县发展和改革局_2023年度部门预算项目支出绩效自评表_工资性支出.txt"), "项目支出绩效自评", 2023,
            "青神县发展和改革局"),
        new Expected(txt.resolve("施甸县2016年三公经费决算情况统计表.txt"), "其他", 2016, "施甸县财政局"),
        new Expected(txt.resolve("南通市国资委2016年财政拨款三公经费预算表.txt"), "部门预算", 2016, "南通市国资委"),
        new Expected(
            txt.resolve("上海市嘉定区司法局2017年度三公经费决算表及说明_excerpt.txt"), "部门决算", 2017, "上海市嘉定区司法局"),
        new Expected(
            txt.resolve("红河州数据发展中心2024年度项目支出绩效单位自评报告_excerpt.txt"), "项目支出绩效自评", 2024,
            "红河州数据发展中心"));
  }

  /** The three fields of a reading, by name, as labels. */
  private static final Map<String, Function<ReportInfo, @Nullable Object>> FIELDS =
      Map.of(
          "kind", info -> info.kind() == null ? null : info.kind().label(),
          "year", ReportInfo::year,
          "department", ReportInfo::department);

  private static boolean hits(Expected expected, ReportInfo info, String field) {
    Object found = FIELDS.get(field).apply(info);
    return switch (field) {
      case "kind" -> expected.kinds().contains(found);
      case "year" -> Objects.equals(expected.year(), found);
      default -> Objects.equals(expected.department(), found);
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void readsKindYearAndDepartment(Expected expected) {
    ReportInfo info = info(expected.file());
    for (String field : List.of("kind", "year", "department")) {
      String miss = KNOWN_MISSES.get(expected.name() + "#" + field);
      if (miss != null) {
        assertTrue(
            !hits(expected, info, field),
            () -> field + " is found now: take " + expected.name() + "#" + field + " off KNOWN_MISSES");
      } else {
        assertTrue(
            hits(expected, info, field),
            () -> field + " " + FIELDS.get(field).apply(info) + ", expected " + expected);
      }
    }
  }

  @Test
  void everySharedDocumentIsExpectedSomething() {
    Set<Path> listed = documents().stream().map(Expected::file).collect(Collectors.toSet());
    Set<Path> shared = new TreeSet<>(SharedFiles.files(SharedFiles.seeds(), ".txt"));
    shared.addAll(SharedFiles.files(SharedFiles.external().resolve("pdf"), ".pdf"));
    shared.addAll(SharedFiles.files(SharedFiles.external().resolve("txt"), ".txt"));
    shared.removeAll(listed);
    assertEquals(Set.of(), shared, "add these to ReportInfoReaderTest.published() from SOURCES.md");
  }

  /** The hit rate over all shared documents; it may not fall below what the ratchet allows. */
  @Test
  void hitRateOverAllSharedDocuments() {
    List<Expected> all = documents();
    StringBuilder rates = new StringBuilder("report info hit rate over " + all.size() + " documents:");
    for (String field : List.of("kind", "year", "department")) {
      long hit = all.stream().filter(e -> hits(e, info(e.file()), field)).count();
      long allowed = KNOWN_MISSES.keySet().stream().filter(k -> k.endsWith("#" + field)).count();
      rates.append(String.format(Locale.ROOT, " %s %d/%d", field, hit, all.size()));
      assertEquals(all.size() - allowed, hit, field + ": the ratchet and the hits disagree");
    }
    System.out.println(rates);
  }

  @Test
  void readsTheUnitAUnitBudgetIsOf() {
    Path sh = SharedFiles.external().resolve("pdf/shanghai");
    assertEquals("上海市普陀区商务委员会", info(sh.resolve("上海市普陀区商务委员会单位25年预算.pdf")).unit());
    assertEquals("上海市财政局", info(sh.resolve("上海市财政局25年预算.pdf")).unit());
    assertNull(info(sh.resolve("上海市普陀区商务委员会25年预算.pdf")).unit(), "a 部门预算 is of no one unit");
  }

  @Test
  void readsFilingAndPublicationDates() {
    Path seeds = SharedFiles.seeds();
    ReportInfo selfEvaluation = info(seeds.resolve("003_c2045cda01fc3179.txt"));
    assertEquals("2024-07-09", selfEvaluation.filed()); // 填报日期：2024-7-9
    assertNull(selfEvaluation.published());
    ReportInfo finalAccounts = info(seeds.resolve("002_7fbbccf8b4cea76e.txt"));
    assertEquals("2021-10-26", finalAccounts.published()); // 公开时间：2021 年 10 月 26 日
    assertEquals(2020, finalAccounts.year(), "the year covered, not the year published");
    Path txt = SharedFiles.external().resolve("txt");
    assertEquals("2017-09-20", info(txt.resolve("施甸县2016年三公经费决算情况统计表.txt")).published());
    assertEquals("2016-04-28", info(txt.resolve("南通市国资委2016年财政拨款三公经费预算表.txt")).published());
  }

  @Test
  void aShortNoteEstablishesNothingItDoesNotSay() {
    ReportInfo info = ReportInfoReader.of(note("note.txt", "执行率64.79%。\n\n合计5万元"));
    assertEquals(ReportInfo.UNKNOWN, info);
  }

  @Test
  void readsACoverWithFieldsInTableRows() {
    ReportInfo info =
        ReportInfoReader.of(
            note(
                "附件1.docx",
                """
                项目支出绩效自评表
                （2024年度）
                主管部门 |
                示例县卫生健康局本级 |
                实施单位（盖章）：示例县人民医院
                填报日期：2025年3月5日
                发布时间:2025-04-01 09:30
                一、项目基本情况
                """));
    assertEquals(ReportKind.PROJECT_PERFORMANCE, info.kind());
    assertEquals(2024, info.year());
    assertEquals("示例县卫生健康局", info.department());
    assertEquals("示例县人民医院", info.unit());
    assertEquals("2025-03-05", info.filed());
    assertEquals("2025-04-01", info.published());
  }

  @Test
  void completesAShortFormFromTheFullNameInTheBody() {
    ReportInfo info =
        ReportInfoReader.of(
            note(
                "report.txt",
                "2021年度城乡医疗救助民生工程绩效自评报告\n区医保局高度重视。\n"
                    + "成立了钦南区医疗保障局民生工程工作领导小组。\n区医保局\n"));
    assertEquals("钦南区医疗保障局", info.department());
  }

  private static Document note(String name, String text) {
    return Document.ofText(new Source(name, "", Format.TEXT, text.length(), null), text);
  }
}
