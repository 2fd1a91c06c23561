package io.suanzhang.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Extents of a line's chunks, a name spread letter by letter over its cell counting as one. */
class SpreadTest {

  private static final float SIZE = 11;

  /** A line of chunks, each {text, x0} set {@link #SIZE} points a character. */
  private static Line line(Object... textsAndStarts) {
    List<Chunk> chunks = new ArrayList<>();
    for (int i = 0; i < textsAndStarts.length; i += 2) {
      String text = (String) textsAndStarts[i];
      float x0 = ((Number) textsAndStarts[i + 1]).floatValue();
      chunks.add(new Chunk(text, x0, x0 + SIZE * text.length(), 100, SIZE, true));
    }
    return new Line(chunks, 100);
  }

  private static List<String> extents(Line line) {
    return Spread.extents(line).stream().map(e -> (int) e[0] + "-" + (int) e[1]).toList();
  }

  @Test
  void lettersAtEvenGapsUnderAnEmAreOneText() {
    // 302 | 12 | 因 公 出 国 （ 境 ） 费, 4.5 points between letters, as the 财政局 决算 prints it
    Line spread = line("302", 329, "12", 374, "因", 404.5, "公", 420, "出", 435.5, "国", 451,
        "（", 466.5, "境", 482, "）", 497.5, "费", 513);
    assertEquals(List.of("329-362", "374-396", "404-524"), extents(spread));
  }

  @Test
  void lettersACellApartOrAtUnevenGapsStayApart() {
    assertEquals(List.of("100-111", "123-134", "146-157"), extents(line("类", 100, "款", 123, "项", 146)));
    assertEquals(List.of("100-111", "115-126", "135-146"), extents(line("合", 100, "计", 115, "数", 135)));
    assertEquals(List.of("100-111", "115-126"), extents(line("合", 100, "计", 115)));
    assertEquals(List.of("100-133", "137-148", "152-163"), extents(line("办公费", 100, "一", 137, "二", 152)));
  }
}
