package io.suanzhang.testkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreakerTest {

  /** Every character one unit wide: widths are character counts. */
  private static final LineBreaker.Measure ONE_EACH = (s, a, b) -> s.codePointCount(a, b);

  private static List<String> wrap(String text, float width) {
    return LineBreaker.wrap(text, width, width, ONE_EACH).stream()
        .map(l -> text.substring(l.start(), l.end()))
        .toList();
  }

  @Test
  void breaksChineseAnywhere() {
    assertEquals(List.of("一二三", "四五六", "七"), wrap("一二三四五六七", 3));
  }

  @Test
  void neverBreaksANumberOrPartsItFromItsUnit() {
    String text = "部门预算数1413.96万元，实际支出数916.11万元，预算执行率64.79%。";
    for (int width = 10; width <= 30; width++) {
      String joined = String.join("|", wrap(text, width));
      assertTrue(joined.contains("1413.96万元"), joined);
      assertTrue(joined.contains("916.11万元"), joined);
      assertTrue(joined.contains("64.79%"), joined);
      assertFalse(joined.contains("|，") || joined.contains("|。"), joined);
    }
  }

  @Test
  void keepsASpacedUnitWithItsNumber() {
    assertEquals(List.of("收支总计", "91.68 万元"), wrap("收支总计91.68 万元", 8));
  }

  @Test
  void keepsOpeningMarksWithWhatFollows() {
    assertEquals(List.of("根据", "《通", "知》"), wrap("根据《通知》", 3));
  }

  @Test
  void dropsSpacesAtLineEnds() {
    assertEquals(List.of("DRG", "医保"), wrap("DRG 医保", 3));
  }

  @Test
  void cutsAPieceWiderThanALine() {
    assertEquals(List.of("abcd", "efgh", "ij"), wrap("abcdefghij", 4));
  }

  @Test
  void indentsTheFirstLine() {
    List<LineBreaker.Line> lines = LineBreaker.wrap("一二三四五六", 2, 4, ONE_EACH);
    assertEquals(List.of(new LineBreaker.Line(0, 2), new LineBreaker.Line(2, 6)), lines);
  }
}
