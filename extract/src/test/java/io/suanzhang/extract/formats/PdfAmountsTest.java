package io.suanzhang.extract.formats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Document;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.extract.Extraction;
import io.suanzhang.read.DocumentReaders;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Amounts of the shared PDFs as extraction reads them from what the PDF reader gives: value and unit. */
class PdfAmountsTest {

  @Test
  void givesTableAmountsTheUnitDeclaredAboveTheTable() {
    assertMoney("上海市普陀区人民政府办公室单位25年预算.pdf", "91,016,775.35", "元", "91016775.35");
    assertMoney("上海市普陀区商务委员会单位25年预算.pdf", "351,684,000.00", "元", "351684000");
    assertMoney("上海市财政局25年预算.pdf", "171,915,169", "元", "171915169");
    assertMoney("上海市普陀区财政局2024年度部门决算.pdf", "2,995.39", "万元", "29953900");
    assertMoney("2019年度部门预算公开.pdf", "24,169.74", "万元", "241697400");
  }

  private static void assertMoney(String file, String written, String unit, String yuan) {
    Document doc = read(file);
    List<Mention> mentions = Extraction.mentions(doc);
    assertTrue(mentions.stream().anyMatch(m -> m.kind() == MentionKind.MONEY && m.text().equals(written)
            && m.unit().equals(unit) && m.yuan().compareTo(new BigDecimal(yuan)) == 0),
        () -> file + ": " + written + " is not read as " + yuan + " 元; mentions with it: "
            + mentions.stream().filter(m -> m.text().contains(written)).toList());
  }

  @Test
  void readsProseTotalsInTheUnitTheSentenceStates() {
    assertWanYuan("江苏省委办公厅2018年度部门预算公开文件.pdf", "24,458.43", "10,403.11", "3,608.98");
    assertWanYuan("江苏省政协办公厅2019年度部门预算.pdf", "13,377.11", "3,226.63", "13,297.11", "6,522.75");
    assertWanYuan("江苏省人大常委会2019年度部门预算公开.pdf", "18,330.37", "2,432.93", "9,312.9", "199.25",
        "183.6", "384.75");
  }

  private static void assertWanYuan(String file, String... written) {
    List<Mention> mentions = Extraction.mentions(read(file));
    for (String w : written) {
      BigDecimal v = new BigDecimal(w.replace(",", ""));
      assertTrue(mentions.stream().anyMatch(m -> m.kind() == MentionKind.MONEY
              && m.value().compareTo(v) == 0 && "万元".equals(m.unit())),
          () -> file + ": no mention of " + v + " 万元");
    }
  }

  private static Document read(String name) {
    Path file = SharedFiles.files(SharedFiles.external().resolve("pdf"), ".pdf").stream()
        .filter(p -> p.getFileName().toString().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " is not in the shared corpus"));
    try {
      return DocumentReaders.read(file);
    } catch (ReportException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
