package io.suanzhang.testkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.suanzhang.testkit.render.PlainBlock.Heading;
import io.suanzhang.testkit.render.PlainBlock.Paragraph;
import io.suanzhang.testkit.render.PlainBlock.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainReportTest {

  @Test
  void readsHeadingsWithTheirLevel() {
    PlainReport r = PlainReport.parse("# 第一部分\n\n### (一) 部门职能。\n####### 七个不是标题\n#标签\n");
    assertEquals(
        List.of(new Heading(1, "第一部分"), new Heading(3, "(一) 部门职能。"),
            new Paragraph("####### 七个不是标题"), new Paragraph("#标签")),
        r.blocks());
  }

  @Test
  void keepsEachLineAParagraph() {
    PlainReport r = PlainReport.parse("  2022年度钦州市医疗保障局部门\n预算绩效自评报告\r\n \n一、预算基本情况");
    assertEquals(
        List.of(new Paragraph("2022年度钦州市医疗保障局部门"), new Paragraph("预算绩效自评报告"),
            new Paragraph("一、预算基本情况")),
        r.blocks());
  }

  @Test
  void splitsTabLinesIntoCellsKeepingEmptyOnes() {
    PlainReport r = PlainReport.parse("说明\n项目名称\t\t医保基金监管\t\n\t其中-财政拨款:\t1万元\n后记");
    assertEquals(3, r.blocks().size());
    Table t = assertInstanceOf(Table.class, r.blocks().get(1));
    assertEquals(List.of(List.of("项目名称", "", "医保基金监管", ""), List.of("", "其中-财政拨款:", "1万元")), t.rows());
    assertEquals(4, t.columns());
    assertEquals("", t.cell(1, 3));
  }

  @Test
  void readsPipeTablesAndDropsSeparatorRows() {
    PlainReport r = PlainReport.parse("| 项目 | 金额 |\n|---|:--:|\n| 办公费 | 1,234.50 |\n");
    Table t = assertInstanceOf(Table.class, r.blocks().get(0));
    assertEquals(List.of(List.of("项目", "金额"), List.of("办公费", "1,234.50")), t.rows());
  }

  @Test
  void dropsTabSeparatedDashRows() {
    PlainReport r = PlainReport.parse("满意度指标\t不断提升\n-------\t------\n");
    assertEquals(List.of(new Table(List.of(List.of("满意度指标", "不断提升")))), r.blocks());
  }

  @Test
  void aBlankLineEndsATable() {
    PlainReport r = PlainReport.parse("a\tb\n\nc\td\n");
    assertEquals(2, r.blocks(Table.class).size());
  }

  @Test
  void aSinglePipeIsText() {
    assertEquals(List.of(new Paragraph("甲|乙")), PlainReport.parse("甲|乙").blocks());
  }

  @Test
  void emphasisMarkersAreNotText() {
    assertEquals(
        List.of(new Emphasis.Run("三是抓好落实。", true), new Emphasis.Run("认真落实", false)),
        Emphasis.runs("**三是抓好落实。**认真落实"));
    assertEquals("a**b", Emphasis.plain("a**b"));
  }
}
