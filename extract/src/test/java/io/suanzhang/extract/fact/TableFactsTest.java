package io.suanzhang.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Document;
import io.suanzhang.core.document.Cell;
import io.suanzhang.core.document.Table;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.TableRow;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.extract.Extraction;
import io.suanzhang.extract.report.ReportInfoReader;
import io.suanzhang.read.DocumentReaders;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Rows of the financial tables of the shared Shanghai and Jiangsu budgets, checked by hand. */
class TableFactsTest {

  /** Documents and their facts, read once: several tests look at the same report. */
  private static final Map<String, Read> READ = new ConcurrentHashMap<>();

  record Read(Document document, List<Fact> facts) {}

  static Read read(String relative) {
    Path file = SharedFiles.external().resolve(relative);
    return READ.computeIfAbsent(relative, k -> {
      try {
        Document document = DocumentReaders.read(file);
        FactContext context = new FactContext(
            document, ReportInfoReader.of(document), Extraction.mentions(document), List.of());
        return new Read(document, TableFacts.of(context));
      } catch (Exception e) {
        throw new IllegalStateException(file + " could not be read", e);
      }
    });
  }

  static List<TableRow> rows(String relative) {
    return read(relative).facts().stream()
        .filter(TableRow.class::isInstance).map(TableRow.class::cast).toList();
  }

  /**
   * Whether a row's table has this name, give or take the year and department before it:
   * 2025年部门支出预算总表 is 部门支出预算总表, but 一般公共预算财政拨款支出决算表 is not 支出决算表.
   */
  static boolean titled(TableRow row, String name) {
    String title = row.table();
    if (title == null || !title.endsWith(name)) {
      return false;
    }
    int at = title.length() - name.length();
    return at == 0 || "年度门".indexOf(title.charAt(at - 1)) >= 0;
  }

  static List<TableRow> rows(String relative, String table, String subject) {
    return rows(relative).stream()
        .filter(r -> titled(r, table))
        .filter(r -> r.subject().equals(subject))
        .toList();
  }

  static TableRow coded(String relative, String table, String code) {
    List<TableRow> found = rows(relative).stream()
        .filter(r -> titled(r, table))
        .filter(r -> code.equals(r.code()))
        .toList();
    assertEquals(1, found.size(), () -> code + " in " + table + ": " + found);
    return found.get(0);
  }

  static List<BigDecimal> yuan(TableRow row) {
    return row.values().stream().map(v -> v.value().yuan()).toList();
  }

  static BigDecimal yuan(TableRow row, String columnEnd) {
    List<TableRow.Value> found =
        row.values().stream().filter(v -> v.column().endsWith(columnEnd)).toList();
    assertEquals(1, found.size(), () -> columnEnd + " in " + row.values());
    return found.get(0).value().yuan();
  }

  static void assertAmount(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> expected + " ≠ " + actual);
  }

  static Stream<String> documents() {
    return Stream.of(
        "pdf/shanghai/上海市普陀区人民政府办公室单位25年预算.pdf",
        "pdf/shanghai/上海市普陀区人民政府办公室25年预算.pdf",
        "pdf/shanghai/上海市普陀区商务委员会25年预算.pdf",
        "pdf/shanghai/上海市普陀区商务委员会单位25年预算.pdf",
        "pdf/shanghai/上海市普陀区人民政府万里街道办事处24年预算.pdf",
        "pdf/shanghai/上海市普陀区人民政府万里街道办事处25年预算.pdf",
        "pdf/shanghai/上海市普陀区社会福利院2024年单位预算_1769321942920-969924351.pdf",
        "pdf/shanghai/上海市普陀区财政局部门25年预算.pdf",
        "pdf/shanghai/上海市财政局25年预算.pdf",
        "pdf/shanghai/上海市普陀区财政局2024年度部门决算.pdf",
        "pdf/shanghai/上海市普陀区规划和自然资源局 2024 年度部门决算.pdf",
        "pdf/shanghai/中共上海市普陀区委社会工作部 2024 年度部门决算.pdf",
        "pdf/jiangsu/江苏省人民检察院/2019年度部门预算公开.pdf",
        "pdf/jiangsu/江苏省委办公厅/江苏省委办公厅2018年度部门预算公开表.pdf",
        "pdf/jiangsu/江苏省政协办公厅/江苏省政协办公厅2019年预算公开表.pdf",
        "pdf/jiangsu/江苏省高级人民法院/江苏省高级人民法院2019年度部门预算公开.pdf",
        "pdf/jiangsu/江苏省高级人民法院/省法院2017年度部门预算公开.pdf");
  }

  @ParameterizedTest(name = "{0}: {1} {2} = {3} 元")
  @CsvSource(delimiter = '|', textBlock = """
      pdf/shanghai/上海市普陀区人民政府办公室单位25年预算.pdf | 预算单位财务收支预算总表 | 支出总计 | 91016775.35
      pdf/shanghai/上海市普陀区人民政府办公室单位25年预算.pdf | 预算单位财务收支预算总表 | 收入总计 | 91016775.35
      pdf/shanghai/上海市普陀区人民政府办公室25年预算.pdf | 部门财务收支预算总表 | 支出总计 | 91016775.35
      pdf/shanghai/上海市普陀区商务委员会25年预算.pdf | 部门财务收支预算总表 | 支出总计 | 371514655.00
      pdf/shanghai/上海市普陀区商务委员会单位25年预算.pdf | 预算单位财务收支预算总表 | 支出总计 | 371514655.00
      pdf/shanghai/上海市普陀区人民政府万里街道办事处24年预算.pdf | 部门财务收支预算总表 | 支出总计 | 156211123
      pdf/shanghai/上海市普陀区人民政府万里街道办事处25年预算.pdf | 部门财务收支预算总表 | 收入总计 | 189767551
      pdf/shanghai/上海市普陀区社会福利院2024年单位预算_1769321942920-969924351.pdf | 预算单位财务收支预算总表 | 支出总计 | 12121164
      pdf/shanghai/上海市普陀区社会福利院2024年单位预算_1769321942920-969924351.pdf | 预算单位财政拨款收支预算总表 | 支出总计 | 9501164
      pdf/shanghai/上海市普陀区财政局部门25年预算.pdf | 部门财务收支预算总表 | 支出总计 | 31214205.80
      pdf/shanghai/上海市财政局25年预算.pdf | 预算单位财务收支预算总表 | 支出总计 | 171915169
      pdf/shanghai/上海市普陀区财政局2024年度部门决算.pdf | 收入支出决算总表 | 总计 | 29953900
      pdf/shanghai/上海市普陀区财政局2024年度部门决算.pdf | 财政拨款收入支出决算总表 | 总计 | 29616800
      pdf/shanghai/上海市普陀区规划和自然资源局 2024 年度部门决算.pdf | 收入支出决算总表 | 总计 | 98593800
      pdf/shanghai/中共上海市普陀区委社会工作部 2024 年度部门决算.pdf | 收入支出决算总表 | 总计 | 3078200
      pdf/jiangsu/江苏省人民检察院/2019年度部门预算公开.pdf | 收支预算总表 | 收入合计 | 241697400
      pdf/jiangsu/江苏省委办公厅/江苏省委办公厅2018年度部门预算公开表.pdf | 收支预算总表 | 支出合计 | 244584300
      pdf/jiangsu/江苏省政协办公厅/江苏省政协办公厅2019年预算公开表.pdf | 收支预算总表 | 收入合计 | 133771100
      pdf/jiangsu/江苏省高级人民法院/江苏省高级人民法院2019年度部门预算公开.pdf | 收支预算总表 | 支出合计 | 371883400
      pdf/jiangsu/江苏省高级人民法院/省法院2017年度部门预算公开.pdf | 收支预算总表 | 收入合计 | 288493800
      """)
  void totalRowsCarryTheSourcesTotalInYuan(
      String file, String table, String subject, String yuan) {
    List<TableRow> found = rows(file, table, subject);
    assertFalse(found.isEmpty(), () -> subject + " in " + table);
    for (TableRow row : found) {
      assertNull(row.code());
      assertEquals(0, row.level());
      assertAmount(yuan, row.values().get(0).value().yuan());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      pdf/shanghai/上海市普陀区人民政府办公室单位25年预算.pdf | 91016775.35 | 22473997.81 | 2132777.54 | 66410000.00
      pdf/shanghai/上海市普陀区商务委员会单位25年预算.pdf | 371514655 | 18120593 | 1710062 | 351684000
      pdf/shanghai/上海市普陀区社会福利院2024年单位预算_1769321942920-969924351.pdf | 12121164 | 7380214 | 2120950 | 2620000
      pdf/shanghai/上海市财政局25年预算.pdf | 171915169 | 102464260 | 25177779 | 44273130
      """)
  void unitBudgetsSplitTheirExpenditureTotalIntoStaffPublicAndProjects(
      String file, String total, String staff, String running, String projects) {
    List<TableRow> found = rows(file, "预算单位财务收支预算总表", "支出总计");
    assertEquals(1, found.size());
    List<BigDecimal> values = yuan(found.get(0));
    assertEquals(4, values.size(), values::toString);
    assertAmount(total, values.get(0));
    assertAmount(staff, values.get(1));
    assertAmount(running, values.get(2));
    assertAmount(projects, values.get(3));
    assertAmount(projects, yuan(found.get(0), "项目支出"));
  }

  @Test
  void sideBySideHalvesBecomeRowsOfTheirOwn() {
    String file = "pdf/shanghai/上海市普陀区人民政府万里街道办事处24年预算.pdf";
    List<TableRow> row11 = rows(file).stream()
        .filter(r -> titled(r, "部门财务收支预算总表") && r.row() == 11)
        .toList();
    assertEquals(List.of("收入总计", "支出总计"), row11.stream().map(TableRow::subject).toList());
    assertEquals("本年收入/预算数", row11.get(0).values().get(0).column());
    assertEquals("本年支出/预算数", row11.get(1).values().get(0).column());
    assertTrue(row11.get(0).span().end() <= row11.get(1).span().start());
    assertTrue(row11.get(1).quote().startsWith("支出总计"));
  }

  /**
   * The 基本支出决算表 of the 财政局 决算 prints 人员经费 (301, 303) and 公用经费 (302, 310) side by side,
   * many 人员经费 amounts blank beside a 公用经费 amount, and long names spread letter by letter over
   * their cells. Read by hand from pdftotext -layout: the codes under each parent that have an
   * amount, and some names.
   */
  @Test
  void halvesSideBySideKeepTheirCodesNamesAndAmounts() {
    String file = "pdf/shanghai/上海市普陀区财政局2024年度部门决算.pdf";
    String table = "一般公共预算财政拨款基本支出决算表";
    Map<String, List<String>> children = Map.of(
        "301", List.of("30101", "30102", "30108", "30109", "30110", "30112", "30113", "30199"),
        "302", List.of("30201", "30202", "30204", "30207", "30211", "30213", "30216", "30226",
            "30228", "30229", "30239", "30299"),
        "303", List.of("30302", "30309"),
        "310", List.of("31002"));
    children.forEach((parent, codes) -> {
      List<TableRow> under = rows(file).stream()
          .filter(r -> titled(r, table) && parent.equals(r.parentCode()))
          .toList();
      assertEquals(codes, under.stream().map(TableRow::code).toList(), parent);
      // Each amount was rounded to 0.01 万元 (50 元 either way): 301 is 2082.85 against 2082.86.
      BigDecimal sum = under.stream().map(r -> yuan(r).get(0)).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal slack = BigDecimal.valueOf(50L * (codes.size() + 1));
      BigDecimal total = yuan(coded(file, table, parent)).get(0);
      assertTrue(sum.subtract(total).abs().compareTo(slack) <= 0, () -> parent + ": " + total + " ≠ " + sum);
    });
    assertEquals("手续费", coded(file, table, "30204").subject());
    assertAmount("900", yuan(coded(file, table, "30204")).get(0));
    assertEquals("培训费", coded(file, table, "30216").subject());
    assertEquals("其他商品和服务支出", coded(file, table, "30299").subject());
    assertAmount("115300", yuan(coded(file, table, "30299")).get(0));
    assertEquals("奖励金", coded(file, table, "30309").subject());
    assertAmount("3100", yuan(coded(file, table, "30309")).get(0));
  }

  @Test
  void functionalCodesSplitOverCellsAreJoinedWithTheirParents() {
    String file = "pdf/shanghai/上海市普陀区人民政府万里街道办事处25年预算.pdf";
    TableRow kuan = coded(file, "部门支出预算总表", "21201");
    assertEquals("城乡社区管理事务", kuan.subject());
    assertEquals("212", kuan.parentCode());
    assertEquals(2, kuan.level());
    assertAmount("94995790", yuan(kuan, "合计"));
    assertAmount("77381546", yuan(kuan, "基本支出"));
    assertAmount("17614243", yuan(kuan, "项目支出"));
    TableRow lei = coded(file, "部门支出预算总表", "212");
    assertEquals(1, lei.level());
    assertNull(lei.parentCode());
    assertEquals("城乡社区支出", lei.subject());
    List<TableRow> xiang = rows(file).stream()
        .filter(r -> titled(r, "部门支出预算总表"))
        .filter(r -> r.code() != null && r.code().startsWith("21201") && r.level() == 3)
        .toList();
    assertFalse(xiang.isEmpty());
    xiang.forEach(r -> assertEquals("21201", r.parentCode(), r::toString));
  }

  @Test
  void valuesLandInTheirColumns() {
    String file = "pdf/shanghai/上海市普陀区人民政府办公室单位25年预算.pdf";
    TableRow row = coded(file, "预算单位支出预算总表", "2010301");
    assertEquals("行政运行", row.subject());
    assertEquals("20103", row.parentCode());
    assertEquals(3, row.level());
    assertAmount("12029501.84", yuan(row, "合计"));
    assertAmount("11919501.84", yuan(row, "基本支出"));
    assertAmount("110000.00", yuan(row, "项目支出"));
    TableRow noBasic = coded(file, "预算单位支出预算总表", "2010302");
    assertEquals(2, noBasic.values().size());
    assertAmount("46140000", yuan(noBasic, "项目支出"));
    TableRow pension = coded(file, "预算单位一般公共预算支出功能分类预算表", "2080505");
    assertEquals("机关事业单位基本养老保险缴费支出", pension.subject());
    assertEquals("20805", pension.parentCode());
  }

  @Test
  void economicCodesHaveTheirClassAsParent() {
    String file = "pdf/shanghai/上海市财政局25年预算.pdf";
    TableRow goods = coded(file, "预算单位一般公共预算基本支出部门预算经济分类预算表", "302");
    assertEquals("商品和服务支出", goods.subject());
    assertEquals(1, goods.level());
    assertAmount("24840779", goods.values().get(0).value().yuan());
    List<TableRow> items = rows(file).stream()
        .filter(r -> titled(r, "预算单位一般公共预算基本支出部门预算经济分类预算表"))
        .filter(r -> "302".equals(r.parentCode()))
        .toList();
    assertEquals(18, items.size());
    items.forEach(r -> assertEquals(2, r.level()));
    BigDecimal sum = items.stream()
        .map(r -> r.values().get(0).value().yuan()).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertAmount("24840778", sum); // the 1-yuan break SOURCES.md reports
  }

  @Test
  void sevenDigitCodesInOneCellAndTwoHalvesOfEconomicCodes() {
    String file = "pdf/jiangsu/江苏省人民检察院/2019年度部门预算公开.pdf";
    TableRow wages = coded(file, "财政拨款基本支出预算表（经济科目）", "301");
    assertAmount("119606200", wages.values().get(0).value().yuan());
    assertEquals(9, rows(file).stream()
        .filter(r -> titled(r, "财政拨款基本支出预算表（经济科目）"))
        .filter(r -> "301".equals(r.parentCode())).count());
    TableRow check = coded(file, "财政拨款支出预算表（功能科目）", "2040410");
    assertEquals("检察监督", check.subject());
    assertEquals("20404", check.parentCode());

    String report = "pdf/shanghai/上海市普陀区规划和自然资源局 2024 年度部门决算.pdf";
    TableRow office = coded(report, "一般公共预算财政拨款基本支出决算表", "30201");
    assertEquals("办公费", office.subject());
    assertEquals("302", office.parentCode());
    assertEquals(coded(report, "一般公共预算财政拨款基本支出决算表", "301").row(), coded(report, "一般公共预算财政拨款基本支出决算表", "302").row());
  }

  @Test
  void namesWrappedOverLinesAreJoined() {
    String file = "pdf/shanghai/上海市普陀区规划和自然资源局 2024 年度部门决算.pdf";
    assertEquals("机关事业单位基本养老保险缴费支出",
        coded(file, "一般公共预算财政拨款支出决算表", "2080505").subject());
    assertEquals("机关事业单位职业年金缴费支出",
        coded(file, "一般公共预算财政拨款支出决算表", "2080506").subject());
    assertEquals("其他行政事业单位养老支出",
        coded(file, "一般公共预算财政拨款支出决算表", "2080599").subject());
  }

  @Test
  void newDepartmentSplitsItsSocialWorkIntoBasicAndProjects() {
    String file = "pdf/shanghai/中共上海市普陀区委社会工作部 2024 年度部门决算.pdf";
    TableRow row = coded(file, "支出决算表", "20139");
    assertEquals("社会工作事务", row.subject());
    assertAmount("2648700", yuan(row, "本年支出合计"));
    assertAmount("626300", yuan(row, "基本支出"));
    assertAmount("2022400", yuan(row, "项目支出"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void noValueComesFromAHeaderCellOrAnotherRow(String file) {
    Read read = read(file);
    List<Cell> headers = read.document().tables().stream()
        .map(Table::cells).flatMap(List::stream).filter(Cell::header).toList();
    List<TableRow> rows = rows(file);
    assertFalse(rows.isEmpty());
    for (TableRow row : rows) {
      assertFalse(row.values().isEmpty());
      for (TableRow.Value v : row.values()) {
        Mention m = v.value();
        assertTrue(row.span().start() <= m.start() && m.end() <= row.span().end(), row::toString);
        assertTrue(row.quote().contains(m.text()), row::toString);
        for (Cell h : headers) {
          assertFalse(h.span().start() <= m.start() && m.end() <= h.span().end(),
              () -> m + " lies in header cell " + h);
        }
      }
    }
    assertEquals(rows.size(), rows.stream().map(TableRow::id).collect(Collectors.toSet()).size());
  }

  @Test
  void codesAreNormalisedToDigits() {
    assertEquals("2080505", CodeRows.code("208 05 05"));
    assertEquals("21201", CodeRows.code("212 01"));
    assertEquals("30102", CodeRows.code("301 2"));
    assertEquals("2080505", CodeRows.code("2080505"));
    assertNull(CodeRows.code("12"));
    assertNull(CodeRows.code("2080"));
  }
}
