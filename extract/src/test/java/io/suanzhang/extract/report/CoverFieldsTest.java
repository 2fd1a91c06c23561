package io.suanzhang.extract.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.extract.report.CoverFields.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverFieldsTest {

  @Test
  void writesDatesInIsoForm() {
    assertEquals("2024-07-09", CoverFields.date("2024-7-9"));
    assertEquals("2024-07-09", CoverFields.date("2024年7月9日"));
    assertEquals("2021-10-26", CoverFields.date("2021 年 10 月 26 日"));
    assertEquals("2025-01-05", CoverFields.date("2025/01/05 09:30"));
    assertEquals("2025-01-05", CoverFields.date("2025.1.5"));
  }

  @Test
  void leavesImpossibleDatesOut() {
    assertNull(CoverFields.date("2024-13-01"));
    assertNull(CoverFields.date("2024-02-30"));
    assertNull(CoverFields.date("2024年7月"));
  }

  @Test
  void readsSpacedOutLabels() {
    CoverFields cover = CoverFields.read(List.of("部门名称：始兴县医疗保障局", "填 报 人：钟健顺", "填 报 日 期：2024-7-9"));
    assertEquals("始兴县医疗保障局", cover.get(Field.DEPARTMENT));
    assertEquals("2024-07-09", cover.get(Field.FILED));
  }

  @Test
  void readsSeveralFieldsOfATableRow() {
    CoverFields cover =
        CoverFields.read(
            List.of(
                "| 索引号 | 01525903-1-04_A/2017-0920001 | 发布机构 | 施甸县财政局 |",
                "| 公开目录 | “三公”经费 | 发布日期 | 2017-09-20 |"));
    assertEquals("施甸县财政局", cover.get(Field.ISSUER));
    assertEquals("2017-09-20", cover.get(Field.PUBLISHED));
  }

  @Test
  void takesNoLabelFromInsideAWord() {
    assertFalse(CoverFields.isLabelled("2. 2025年预算单位收入预算总表"));
    assertTrue(CoverFields.isLabelled("预算单位：上海市普陀区商务委员会"));
    assertNull(CoverFields.read(List.of("部门：中共江苏省委办公厅 单位：万元")).get(Field.UNIT));
  }
}
