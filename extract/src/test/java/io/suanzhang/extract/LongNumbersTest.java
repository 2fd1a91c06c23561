package io.suanzhang.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.Json;
import io.suanzhang.core.document.Warning;
import io.suanzhang.core.document.WarningCode;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.extract.ReadAndExtract;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: a decimal with 10,000 places failed JSON writing ("illegal scale") and the document was
 * {@code crashed}. Numbers too long to be amounts are now left as text with a warning; every value
 * that is read survives JSON, and the amounts around the long ones are still read.
 */
class LongNumbersTest {

  @TempDir Path dir;

  @Test
  void aDecimalOfTenThousandPlacesIsTextWithAWarning() throws IOException {
    Analysis a = analyse("一、收入情况\n本年收入合计1." + "3".repeat(10_000) + "万元，其中财政拨款收入100.00万元。\n");
    assertEquals(List.of("100.00万元"), texts(a));
    assertTooLong(a, 1);
    assertSurvivesJson(a);
  }

  @Test
  void anIntegerOfFortyDigitsWithThousandsSeparatorsIsTextWithAWarning() throws IOException {
    Analysis a = analyse("支出合计1,234,567,890,123,456,789,012,345,678,901,234,567.89元，基本支出3.5万元。\n");
    assertEquals(List.of("3.5万元"), texts(a));
    assertTooLong(a, 1);
    assertSurvivesJson(a);
  }

  @Test
  void thirtyDigitsAreStillAnAmount() throws IOException {
    Analysis a = analyse("累计结余123456789012345678.901234567890万元。\n");
    assertEquals(List.of("123456789012345678.901234567890万元"), texts(a));
    assertEquals(0, a.warnings().size());
    Mention m = a.mentions().get(0);
    Mention back = Json.mapper().readValue(Json.mapper().writeValueAsString(m), Mention.class);
    assertEquals(m.value(), back.value()); // scale kept: 12 places
    assertEquals(0, new BigDecimal("1234567890123456789012.3456789").compareTo(back.yuan()));
  }

  @Test
  void manyMagnitudesOrALongNumeralAreTextWithOneWarningForAll() throws IOException {
    Analysis a =
        analyse("预算1万万万万万元，决算" + "九".repeat(40) + "元，执行数二十万元，百分之1.2.3的增幅。\n");
    assertEquals(List.of("二十万元", "百分之1.2"), texts(a));
    assertTooLong(a, 2);
    assertSurvivesJson(a);
  }

  private Analysis analyse(String text) throws IOException {
    Path file = dir.resolve("report.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Analysis a = ReadAndExtract.analyse(file);
    assertTrue(a.ok(), a.errors().toString());
    return a;
  }

  private static List<String> texts(Analysis a) {
    return a.mentions().stream().map(Mention::text).toList();
  }

  private static void assertTooLong(Analysis a, int count) {
    List<Warning> warnings = a.warnings();
    assertEquals(1, warnings.size(), warnings.toString());
    assertEquals(WarningCode.NUMBER_TOO_LONG, warnings.get(0).code());
    assertTrue(warnings.get(0).message().startsWith(count + " number(s)"), warnings.get(0).message());
  }

  private static void assertSurvivesJson(Analysis a) throws IOException {
    String json = Json.mapper().writeValueAsString(a);
    Analysis back = Json.mapper().readValue(json, Analysis.class);
    assertEquals(a.mentions(), back.mentions());
    assertEquals(a.warnings(), back.warnings());
  }
}
