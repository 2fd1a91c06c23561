package io.suanzhang.extract.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.Document;
import io.suanzhang.core.document.Cell;
import io.suanzhang.core.document.Table;
import io.suanzhang.core.fact.TableRow;
import io.suanzhang.extract.ReadAndExtract;
import io.suanzhang.read.DocumentReaders;
import io.suanzhang.testkit.render.PdfRenderer;
import io.suanzhang.testkit.render.PlainReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 基本支出决算表 printed in two halves side by side, as the Shanghai 决算 print it: 人员经费 codes
 * on the left, 公用经费 codes on the right, each half 编码 | 名称 | 决算数, one ruled table of six
 * columns. Blank amounts in the left half stand beside amounts in the right, and a right-half name is
 * spread over its cell letter by letter (分散对齐, written here with a space between letters), reaching
 * past every other name of its column. Every code keeps its own name and amount.
 */
class SideBySideHalvesTest {

  private static final String REPORT = """
      # 南岭县财政局2024年度部门决算

      ## 六、一般公共预算财政拨款基本支出决算表

      单位：万元
      经济分类科目编码\t科目名称\t决算数\t经济分类科目编码\t科目名称\t决算数
      301\t工资福利支出\t1,662.91\t302\t商品和服务支出\t52.17
      30101\t基本工资\t262.33\t30201\t办公费\t21.21
      30106\t伙食补助费\t\t30204\t手续费\t0.09
      30108\t机关事业单位基本养老保险缴费\t160.75\t30207\t邮电费\t4.88
      30113\t住房公积金\t1,239.83\t30212\t因 公 出 国 （ 境 ） 费 用\t2.51
      30114\t医疗费\t\t30216\t培训费\t4.05
      303\t对个人和家庭的补助\t69.41\t30228\t工会经费\t19.43
      30302\t退休费\t69.10\t310\t资本性支出\t13.58
      30309\t奖励金\t0.31\t31002\t办公设备购置\t13.58
      """;

  /** Each code's name and amount as printed. */
  private static final Map<String, String> ROWS = new TreeMap<>(Map.ofEntries(
      Map.entry("301", "工资福利支出 1,662.91"),
      Map.entry("30101", "基本工资 262.33"),
      Map.entry("30108", "机关事业单位基本养老保险缴费 160.75"),
      Map.entry("30113", "住房公积金 1,239.83"),
      Map.entry("303", "对个人和家庭的补助 69.41"),
      Map.entry("30302", "退休费 69.10"),
      Map.entry("30309", "奖励金 0.31"),
      Map.entry("302", "商品和服务支出 52.17"),
      Map.entry("30201", "办公费 21.21"),
      Map.entry("30204", "手续费 0.09"),
      Map.entry("30207", "邮电费 4.88"),
      Map.entry("30212", "因公出国（境）费用 2.51"),
      Map.entry("30216", "培训费 4.05"),
      Map.entry("30228", "工会经费 19.43"),
      Map.entry("310", "资本性支出 13.58"),
      Map.entry("31002", "办公设备购置 13.58")));

  private static Path pdf;

  @BeforeAll
  static void render(@TempDir Path dir) throws IOException {
    Assumptions.assumeTrue(PdfRenderer.cjkFont().isPresent(), PdfRenderer.MISSING_FONT);
    pdf = dir.resolve("halves.pdf");
    PdfRenderer.render(PlainReport.parse(REPORT), pdf);
  }

  @Test
  void theSpreadNameStaysInItsCell() throws IOException {
    Document doc = DocumentReaders.read(pdf);
    Table t = doc.tables().get(doc.tables().size() - 1);
    assertEquals(6, t.columnCount(), () -> t.cells().stream().map(Cell::text).toList().toString());
    List<String> row = t.row(t.headerRows() + 4).stream().map(Cell::text).toList();
    assertEquals(List.of("30113", "住房公积金", "1,239.83", "30212", "因公出国（境）费用", "2.51"), row);
  }

  @Test
  void everyCodeKeepsItsOwnNameAndAmount() {
    Analysis a = ReadAndExtract.analyse(pdf);
    Map<String, String> read = new TreeMap<>();
    for (TableRow r : a.facts().stream()
        .filter(TableRow.class::isInstance).map(TableRow.class::cast).toList()) {
      if (r.code() != null) {
        read.put(r.code(), r.subject() + " " + r.values().get(0).value().text());
        String parent = r.code().length() == 3 ? null : r.code().substring(0, 3);
        assertEquals(parent, r.parentCode(), r::toString);
      }
    }
    assertEquals(ROWS, read);
  }
}
