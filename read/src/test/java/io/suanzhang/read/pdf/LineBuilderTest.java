package io.suanzhang.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineBuilderTest {

  /** Glyphs of a text set from x at the baseline y, each char {@code advance} wide. */
  private static void set(List<Glyph> out, String text, float x, float y, float advance, float size) {
    for (int i = 0; i < text.length(); i++) {
      out.add(new Glyph(String.valueOf(text.charAt(i)), x + i * advance, y, advance, size));
    }
  }

  private static List<String> chunks(Line line) {
    return line.chunks.stream().map(Chunk::text).toList();
  }

  @Test
  void keepsAmountsApartWhenTheirGlyphsTouch() {
    List<Glyph> g = new ArrayList<>();
    set(g, "2,132,777.54", 100, 200, 6, 12);
    set(g, "66,410,000.00", 172, 200, 6, 12); // starts where the first ends
    List<Line> lines = LineBuilder.lines(g);
    assertEquals(1, lines.size());
    assertEquals(List.of("2,132,777.54", "66,410,000.00"), chunks(lines.get(0)));
  }

  @Test
  void splitsAtAGapOfAFifthOfAnEmAndCountsCellsByEmGaps() {
    List<Glyph> g = new ArrayList<>();
    set(g, "91,016,775.35", 196, 271.6f, 6, 12);
    set(g, "一、一般公共服务支出", 278, 271.6f, 12, 12); // 4 points after the amount
    set(g, "82,096,797.42", 418, 272.1f, 6, 12);
    Line line = LineBuilder.lines(g).get(0);
    assertEquals(List.of("91,016,775.35", "一、一般公共服务支出", "82,096,797.42"), chunks(line));
    assertEquals(2, line.segments);
  }

  @Test
  void keepsJustifiedChineseTogetherAndSeparatesLines() {
    List<Glyph> g = new ArrayList<>();
    set(g, "财政拨款收入支出", 72, 100, 12.8f, 12); // 0.07 em of spacing between characters
    set(g, "减少的主要原因", 72, 118, 12, 12);
    List<Line> lines = LineBuilder.lines(g);
    assertEquals(2, lines.size());
    assertEquals("财政拨款收入支出", lines.get(0).text());
    assertEquals("减少的主要原因", lines.get(1).text());
  }

  @Test
  void readsASpaceGlyphAsASpaceAndDropsGlyphsDrawnTwice() {
    List<Glyph> g = new ArrayList<>();
    set(g, "会议", 72, 100, 16, 16);
    g.add(new Glyph(" ", 104, 100, 4, 16));
    set(g, "1", 108, 100, 8, 16);
    set(g, "次", 120, 100, 16, 16);
    set(g, "次", 120.3f, 100, 16, 16); // a bold effect
    Line line = LineBuilder.lines(g).get(0);
    assertEquals("会议 1 次", line.text());
  }
}
