package io.suanzhang.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.testing.SharedFiles;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The problems listed at the end of {@code ../shared/external/SOURCES.md} and those recomputed by hand
 * in the other shared reports are found, and no other error is raised.
 */
class ExternalReportsTest {

  /**
   * The error findings of the shared reports, each recomputed by hand from the document, keyed by the
   * path under {@code ../shared/external} and pinned as {@code rule stated}. A document not listed
   * raises no error.
   */
  private static final Map<String, List<String>> KNOWN_ERRORS = Map.ofEntries(
      // SOURCES.md: the stated +0.53% of 住房公积金 fits its heading's 350.35, not the sentence's 352.67,
      // and the sentence's 352.67 is not the table's 3,503,499 元.
      Map.entry("pdf/shanghai/上海市普陀区人民政府万里街道办事处24年预算.pdf",
          List.of("growth 0.53", "cross-reference 3526700")),
      // SOURCES.md: the text's 财政拨款收入支出总计 "0.3万元" against the table's 2,961.68. And its
      // 主要用于以下方面 list: 一般公共服务支出 2106.66 / 2940.05 = 71.65 %, not 71.73 %, so the four
      // shares add up to 100.07 %.
      Map.entry("pdf/shanghai/上海市普陀区财政局2024年度部门决算.pdf",
          List.of("cross-reference 0.3000", "share 71.73", "share 100.00")),
      // Item 4 gives 社会福利事业单位 738.66万元 of 财政拨款; the tables give 6,964,796 元 (the 42.18万元
      // between is the 退休费 row).
      Map.entry("pdf/shanghai/上海市普陀区社会福利院2024年单位预算_1769321942920-969924351.pdf",
          List.of("cross-reference 7386600")),
      // SOURCES.md: +2,214.39 on 21,955.35 is 10.09 %, not 10.06 %; 住房公积金 368.97 / 1073.77 = 34.36 %,
      // not 34.38 %.
      Map.entry("pdf/jiangsu/江苏省人民检察院/2019年度部门预算公开.pdf", List.of("growth 10.06", "growth 34.38")),
      // 提租补贴 865.57 / (1959.99 − 865.57) = 79.09 %, not 79.05 %.
      Map.entry("pdf/jiangsu/江苏省高级人民法院/省法院2017年度部门预算公开.pdf", List.of("growth 79.05")),
      // SOURCES.md: 机关运行经费 −2,233.13 on 3,348.98 is −66.68 %, not −66.69 %.
      Map.entry("pdf/jiangsu/江苏省政协办公厅/江苏省政协办公厅2018年度部门预算.pdf", List.of("growth -66.69")),
      // 15.81 / 22.96 = 68.86 %: the report's 68.68 % swaps two digits.
      Map.entry("pages/116.txt", List.of("ratio 68.68")),
      // 13.49 / 37.11 = 36.35 %; no value the written figures stand for gives 36.32 %.
      Map.entry("pages/090.txt", List.of("ratio 36.32")),
      // 三公 9.07万元, 0.71万元 less than last year: 0.71 / 9.78 = 7.26 %; the 7.83 % is 0.71 / 9.07, the
      // change over this year's value.
      Map.entry("pages/101.txt", List.of("growth -7.83")),
      // 公务接待费2.30万元，较上年减少1.5万元(42.86%): 1.5 / 3.80 = 39.47 %; 42.86 % is 1.5 / 3.5.
      Map.entry("pages/083.txt", List.of("growth -42.86")),
      // 商品和服务支出预算 75800 元, 同比增加 52044.27 元, 增长 50.63%: 52044.27 / 23755.73 = 219.08 %.
      // The 50.63 % fits 154844.27 (基本支出 1133753.33 less the other two lines): the 75800 is wrong.
      Map.entry("pages/037.txt", List.of("growth 50.63")),
      // 本年一般公共预算基本支出 911000.39 元, 其中: 人员经费 809961.19 元 … 公用经费 71339.2 元: the parts
      // make 881300.39, the 基本支出 stated above; 911000.39 adds the 29700 of 项目支出.
      Map.entry("pages/038.txt", List.of("sum 911000.39")),
      // 其中完成村卫生室…补助471.23元, 其中中央补助189.63万元, 地方财政补助281.6万元: the total meant 万元.
      Map.entry("perf/026.txt", List.of("sum 471.23")),
      // 林业局's funds block: 全年预算数 4753.66, 全年执行数 3824.26, 执行率 100%; 3824.26 / 4753.66 is
      // 80.45 % (the stored page's table says so too): a rate and a full rate both wrong.
      Map.entry("perf/055.txt", List.of("contradiction 100", "ratio 100")),
      // 其他资金 | 0 | 1.8 | 1.8 | —— | 0 | ——: 1.8 of 1.8 spent, its 执行率(%) written 0 (the 财政拨款 row
      // above it writes 100).
      Map.entry("perf/028.txt", List.of("ratio 0")));

  /**
   * The warnings of the shared reports, each read by hand and found true, pinned as {@code rule
   * stated}; a document not listed raises none but the template's placeholders (pdf/templates).
   */
  private static final Map<String, List<String>> KNOWN_WARNINGS = Map.ofEntries(
      // 街道共有工作人员73人，其中行政编制25人、参公编制20人、事业编制26人: 71 listed, 2 not.
      Map.entry("pages/008.txt", List.of("sum 73")),
      // A 2022 决算 whose items compare with 2021年決算數, but item 11: 民族事務156萬元,與2022年決算數持平.
      Map.entry("pages/046.txt", List.of("year ")),
      // Self-evaluation tables whose 全年预算数 differs from the 年初预算数 and whose text says nothing of
      // the change: 总额 0.00 → 3.36 (the only 调整 is the template's own instruction); 5.28 → 1.96;
      // 0 → 2.38; 238.93 → 251.89 (an excerpt of 110 lines: what it holds explains nothing).
      Map.entry("pages/015.txt", List.of("adjustment 3.36")),
      Map.entry("perf/018.txt", List.of("adjustment 1.96")),
      Map.entry("perf/028.txt", List.of("adjustment 2.38")),
      Map.entry("txt/青神县发展和改革局_2023年度部门预算项目支出绩效自评表_工资性支出.txt",
          List.of("adjustment 251.89")),
      // 商品和服务支出 165247.88 of 基本支出 881300.39 is 18.75 %, written 18.76 %.
      Map.entry("pages/038.txt", List.of("share 18.76")),
      // 三公 2.7万元, 比2017年预算数减少0.06万元, 减幅 0.02%: 0.06 / 2.76 = 2.17 %; 0.02 is the fraction.
      Map.entry("pages/040.txt", List.of("growth -0.02")),
      // 三公 31.23万元 lists 1.58 + 28.91 + 0: the 0.74万元 of 公务用车购置费 is not listed.
      Map.entry("pages/055.txt", List.of("sum 31.2300")),
      // 项目资金总预算2455.5万元 of two kinds, 87.5 + 2350 = 2437.5.
      Map.entry("pages/064.txt", List.of("sum 2455.5000")),
      // SOURCES.md: 单位预留机动经费 +1557.29 on 128.43 is +1212.56 %, written 1312.56 %.
      Map.entry("pdf/jiangsu/江苏省人大办公厅/省人大办公厅2018预算公开.pdf", List.of("growth 1312.56")),
      // 项目支出4335.3万元，与上年相比减少了1237.7万元，减少13.22%: 1237.7 / 5573.0 = 22.21 %; the
      // 13.22 % is the 基本支出 line's, above it.
      Map.entry("pdf/jiangsu/江苏省人民检察院/2019年度部门预算公开.pdf", List.of("growth -13.22")),
      // 一般公共预算财政拨款支出增加1193.20 万元，增长 13.95。: the rate lost its % (the line above writes 13.95%).
      Map.entry("pdf/shanghai/上海市普陀区规划和自然资源局 2024 年度部门决算.pdf", List.of("unit ")),
      // 政府性基金预算财政拨款支出预算表 prints 合计 0 and only 注：“科目编码”和“科目名称”为必填项, no word that it
      // is empty on purpose.
      Map.entry("pdf/jiangsu/江苏省高级人民法院/江苏省高级人民法院2019年度部门预算公开.pdf", List.of("structure ")),
      // The 政府性基金 and 国有资本经营 tables print their headers over an empty 合计 with no note; the
      // template's other budgets write 故本表为空表 (the 说明 says both are 0, far from the tables).
      Map.entry("pdf/shanghai/上海市财政局25年预算.pdf", List.of("structure ", "structure ")),
      // 七、…政府性基金支出预算表: 单位：万元, its header and an empty 合计, nothing that says why.
      Map.entry("pdf/jiangsu/江苏省高级人民法院/省法院2017年度部门预算公开.pdf", List.of("structure ")),
      // 资金到位及时率 ≧100%, 100% reached, scored 7 of its 10; 政策知晓率 100%, 98% reached, its 偏差原因
      // blank (both as on the stored page).
      Map.entry("perf/010.txt", List.of("target ", "target 7")),
      // 特困人员救助供养人数 ≥4754人, 4604人 reached, and 扶贫临时救助标准 ≤5300元/户, 5830元/户: both missed,
      // both given their full 5 and 10 points (as on the stored page).
      Map.entry("perf/011.txt", List.of("target 10", "target 5")),
      // 验收通过率 100%, 95% reached, no 偏差原因; 项目设计、招标、施工 done on the date it set (2022年12月30日)
      // yet scored 5 of its 6 (both as on the stored page).
      Map.entry("perf/030.txt", List.of("target ", "target 5")));

  /** Its warnings are exactly those read by hand, the template's placeholders aside. */
  @ParameterizedTest
  @MethodSource("sharedDocuments")
  void warningsAreExactlyTheKnownOnes(Path file) {
    assertPinned(file, Severity.WARNING, KNOWN_WARNINGS);
  }

  /**
   * The findings of one severity, as {@code rule stated}, against those pinned for the document; the
   * blank template's placeholders are what it is made of and are left out.
   */
  private static void assertPinned(Path file, Severity severity, Map<String, List<String>> pinned) {
    Analysis a = analysed(file);
    assertTrue(a.ok(), () -> "analysis failed: " + a.errors());
    List<String> found = a.findings().stream()
        .filter(f -> f.severity() == severity)
        .filter(f -> !(f.rule().equals("placeholder") && key(file).startsWith("pdf/templates/")))
        .map(f -> f.rule() + " " + (f.stated() == null ? "" : f.stated().toPlainString()))
        .sorted()
        .toList();
    List<String> known = pinned.getOrDefault(key(file), List.of()).stream().sorted().toList();
    assertEquals(known, found, () -> key(file) + ": " + a.findings().stream()
        .filter(f -> f.severity() == severity).map(Finding::zh).toList());
  }

  private static final Map<Path, Analysis> ANALYSED = new ConcurrentHashMap<>();

  private static Analysis analysed(Path file) {
    return ANALYSED.computeIfAbsent(file, Checked::analyse);
  }

  private static Path pdf(String name) {
    return SharedFiles.files(SharedFiles.external(), ".pdf").stream()
        .filter(p -> p.getFileName().toString().equals(name))
        .findFirst().orElseThrow(() -> new AssertionError(name + " is not in the shared corpus"));
  }

  static Stream<Path> sharedDocuments() {
    Path external = SharedFiles.external();
    return Stream.concat(
        SharedFiles.files(external, ".pdf").stream(), SharedFiles.files(external, ".txt").stream());
  }

  private static String key(Path file) {
    return SharedFiles.external().relativize(file).toString().replace('\\', '/');
  }

  /**
   * How many percentages of the shared PDF reports take part in a check: a ratchet that may rise,
   * never fall (1d7d476: 197 of 384).
   */
  private static final int PDF_PERCENTAGES_CHECKED = 356;

  @Test
  void percentagesOfTheSharedPdfsTakePartInChecks() {
    int percentages = 0;
    int checked = 0;
    for (Path file : SharedFiles.files(SharedFiles.external(), ".pdf")) {
      Analysis a = analysed(file);
      Set<Long> spans = new java.util.HashSet<>();
      a.checks().forEach(c -> c.numbers().forEach(n -> spans.add(((long) n.start() << 32) | n.end())));
      for (var m : a.mentions()) {
        if (m.kind() == io.suanzhang.core.mention.MentionKind.PERCENT) {
          percentages++;
          checked += spans.contains(((long) m.start() << 32) | m.end()) ? 1 : 0;
        }
      }
    }
    System.out.printf(java.util.Locale.ROOT, "shared PDFs: %d of %d percentages in a check%n", checked,
        percentages);
    assertTrue(checked >= PDF_PERCENTAGES_CHECKED,
        checked + " of " + percentages + " percentages checked, fewer than " + PDF_PERCENTAGES_CHECKED);
  }

  @Test
  void everyKnownErrorNamesASharedDocument() {
    Set<String> shared = sharedDocuments().map(ExternalReportsTest::key).collect(Collectors.toSet());
    assertEquals(Set.of(), KNOWN_ERRORS.keySet().stream().filter(k -> !shared.contains(k))
        .collect(Collectors.toSet()));
  }

  /** Its errors are exactly those recomputed by hand: every one found, and no other. */
  @ParameterizedTest
  @MethodSource("sharedDocuments")
  void errorsAreExactlyTheKnownOnes(Path file) {
    assertPinned(file, Severity.ERROR, KNOWN_ERRORS);
    Analysis a = analysed(file);
    if (file.getFileName().toString().endsWith(".pdf")) {
      assertTrue(a.checks().size() > 0, "a report is checked");
    }
  }

  @Test
  void oneYuanBreaksOfWanliAreReportedAsRounding() {
    Analysis a = analysed(pdf("上海市普陀区人民政府万里街道办事处25年预算.pdf"));
    // 21201 against its children, and against 基本 77,381,546 + 项目 17,614,243; 212 likewise.
    assertRounding(a, "94,995,790", "2120101");
    assertRounding(a, "94,995,790", "77,381,546");
    assertRounding(a, "154,369,326", "21201");
  }

  @Test
  void oneYuanBreakOfTheMunicipalBureauIsReportedAsRounding() {
    Analysis a = analysed(pdf("上海市财政局25年预算.pdf"));
    // 302 商品和服务支出 24,840,779 against its 18 sub-items, 24,840,778.
    assertRounding(a, "24,840,779", null);
  }

  @Test
  void halvesSideBySideOfPutuoFinanceBureauAddUp() {
    // 基本支出决算表: 人员经费 and 公用经费 halves side by side. Each code keeps its own amount, so 301
    // (2082.85 against 2082.86) and 302 (171.07 against 171.09) break by rounding only, 303 holds.
    Analysis a = analysed(pdf("上海市普陀区财政局2024年度部门决算.pdf"));
    List<String> sums = a.findings().stream()
        .filter(f -> f.rule().equals("sum") && f.severity() != Severity.INFO)
        .map(Finding::zh).toList();
    assertEquals(List.of(), sums);
    List<String> rounding = a.findings().stream()
        .filter(f -> f.rule().equals("sum") && f.key().equals("sum.rounding"))
        .map(f -> f.evidence().get(0).text() + " " + f.difference().stripTrailingZeros().toPlainString())
        .toList();
    assertTrue(rounding.containsAll(List.of("2,082.85 -0.01", "171.07 -0.02")), rounding::toString);
    assertTrue(a.checks().stream().anyMatch(c -> c.rule().equals("sum") && c.holds()
        && c.relation().equals("69.41 = 69.10 + 0.31")));
  }

  /** An info finding of rule sum whose evidence holds the total and, if given, a part's text or role. */
  private static void assertRounding(Analysis a, String total, String part) {
    List<Finding> rounding = a.findings().stream()
        .filter(f -> f.rule().equals("sum") && f.key().equals("sum.rounding"))
        .filter(f -> f.severity() == Severity.INFO)
        .filter(f -> f.evidence().get(0).text().equals(total))
        .filter(f -> part == null || f.evidence().stream()
            .anyMatch(e -> e.text().equals(part) || e.role().equals(part)))
        .toList();
    assertTrue(!rounding.isEmpty(), () -> "no rounding finding on " + total + " with " + part
        + "; sum findings: " + a.findings().stream().filter(f -> f.rule().equals("sum"))
            .map(f -> f.zh() + " " + f.evidence().stream().map(Evidence::text).toList()).toList());
    Finding f = rounding.get(0);
    assertEquals(0, f.difference().abs().compareTo(BigDecimal.ONE), f::toString);
    assertTrue(f.evidence().stream().allMatch(e -> e.page() != null), "evidence has pages");
  }
}
