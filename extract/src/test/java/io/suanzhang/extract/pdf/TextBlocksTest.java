package io.suanzhang.extract.pdf;

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
}
