package io.suanzhang.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextBlocksTest {

  private static Line line(String text, float x0, float y, float size) {
    List<Glyph> g = new ArrayList<>();
    float x = x0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      float w = c < 0x80 ? size / 2 : size;
      g.add(new Glyph(String.valueOf(c), x, y, w, size));
      x += w;
    }
    return LineBuilder.lines(g).get(0);
  }

  @Test
  void keepsAParagraphTogetherAcrossFullLinesAndEndsItAtAShortOne() {
    Line a = line("本部门本年度一般公共预算财政拨款支出预算安排1,234.", 72, 100, 12);
    Line b = line("56万元，主要用于保障机关正常运转和各项工作任务完成万", 72, 118, 12);
    Line c = line("元。", 72, 136, 12);
    Line d = line("一、收入预算", 72, 172, 12);
    Line e = line("收入预算总计。", 96, 190, 12);
    float right = Math.max(a.x1, b.x1);
    TextBlocks.Margins m = new TextBlocks.Margins(72, right, 18);
    List<TextBlocks.Block> blocks = TextBlocks.blocks(List.of(a, b, c, d, e), m, 12);
    assertEquals(3, blocks.size(), blocks::toString);
    assertEquals("本部门本年度一般公共预算财政拨款支出预算安排1,234.56万元，主要用于保障机关正常运转和各项工作任务完成万元。",
        blocks.get(0).text());
    assertEquals(0, blocks.get(0).level());
    assertEquals("一、收入预算", blocks.get(1).text());
    assertEquals(2, blocks.get(1).level());
    assertEquals(0, blocks.get(2).level());
  }

  /** A measure of 30 ems of 12 pt from x = 72. */
  private static final TextBlocks.Margins THIRTY_EMS = new TextBlocks.Margins(72, 72 + 30 * 12, 18);
  /** A line 30 ems wide that starts with a number and the clause end after it, 4 ems. */
  private static final String SHARE_FIRST = "74.75%；项目支出260.69万元，占25.25%。本部门本年度认真履行职";

  /** The blocks of 12 pt lines at the left margin, 18 pt apart. */
  private static List<TextBlocks.Block> blocks(String... texts) {
    List<Line> lines = new ArrayList<>();
    for (int k = 0; k < texts.length; k++) {
      lines.add(line(texts[k], 72, 100 + 18 * k, 12));
    }
    assertEquals(30 * 12, lines.get(1).width(), 0.01f, "the second line fills the measure");
    return TextBlocks.blocks(lines, THIRTY_EMS, 12);
  }

  @Test
  void joinsALineLeftShortBecauseTheNumberAfterItDidNotFit() {
    // 占 ends 3 ems short of the margin, and 74.75%； needs 4.
    String first = "本年支出合计1,032.46万元，其中：基本支出771.77万元，占";
    String last = "责，按照年初确定的工作目标推进各项工作。";
    List<TextBlocks.Block> blocks = blocks(first, SHARE_FIRST, last, "二、收入情况");
    assertEquals(2, blocks.size(), blocks::toString);
    assertEquals(first + SHARE_FIRST + last, blocks.get(0).text());
  }

  @Test
  void endsAParagraphAtAShortLineWhenTheNextWordWouldHaveFit() {
    assertEquals(2, blocks("本年支出合计1,032.46万元，其中基本支出", SHARE_FIRST).size(),
        "room for 74.75%； was left");
    assertEquals(2, blocks("本年支出合计1,032.46万元，其中：基本支出771.77万元；", SHARE_FIRST).size(),
        "a clause closed there");
  }

  @Test
  void measuresTheGapBetweenLinesAgainstLinesOfTheirOwnSize() {
    // A page of 10 pt table rows 13.5 apart and a 16 pt paragraph whose lines stand 30 apart.
    List<Line> lines = new ArrayList<>();
    for (int k = 0; k < 9; k++) {
      lines.add(line("科目名称" + k + "                    180.00", 72, 100 + 13.5f * k, 10));
    }
    Line a = line("江苏省高级人民法院2019年度收入、支出预算总计37188.34", 72, 400, 16);
    Line b = line("万元，与上年相比增加4016.19万元，增长12.11%。", 72, 430, 16);
    lines.add(a);
    lines.add(b);
    TextBlocks.Margins m = TextBlocks.Margins.of(lines);
    assertEquals(30, m.pitch(16), 0.01f);
    assertEquals(13.5f, m.pitch(10), 0.01f);
    List<TextBlocks.Block> blocks = TextBlocks.blocks(List.of(a, b), m, 16);
    assertEquals(1, blocks.size(), blocks::toString);
  }
}
