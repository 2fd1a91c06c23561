package io.suanzhang.extract.fact;

import static io.suanzhang.extract.fact.SeedReports.analysis;
import static io.suanzhang.extract.fact.SeedReports.is;
import static io.suanzhang.extract.fact.SeedReports.only;
import static io.suanzhang.extract.fact.SeedReports.value;
import static io.suanzhang.extract.fact.SeedReports.withLead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.fact.Breakdown;
import io.suanzhang.core.mention.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Itemised lists whose total is stated before them, in the seeds: read by hand from the texts.
 */
class ItemListsTest {

  @Test
  void seed000_itemsUnderATitleBreakDownTheAmountTheTitleNames() {
    Analysis a = analysis("000");
    // 其中实际支出45202元，未拨付资金272884元。具体情况如下： ⏎ 1、实际支出 ⏎ （1）公务接待费支出1614元 … （5）
    Breakdown spent = totalled(a, "45202");
    assertEquals("实际支出45202元", withLead("000", spent.total(), 4));
    assertEquals("实际支出", spent.subject());
    assertEquals(List.of("1614", "2650", "938", "22000", "18000"), values(spent));
    assertEquals(List.of("公务接待费", "会议培训费", "差旅费", "印刷费用", "其他商品和服务"), labels(spent));
    assertTrue(spent.exhaustive(), "the items are listed one by one under their title");
    assertEquals("（1）公务接待费支出1614元", withLead("000", spent.parts().get(0).value(), 10));
    assertWithin(spent);

    // 2、在途资金 names the 未拨付资金272884元 by its measure: both are balances
    Breakdown pending = totalled(a, "272884");
    assertEquals("未拨付资金272884元", withLead("000", pending.total(), 5));
    assertEquals("在途资金", pending.subject());
    assertEquals(List.of("85185", "58000", "89699", "40000"), values(pending));
    assertEquals(List.of("信息化建设", "办公费", "安装LED户外显示屏", "其他商品和服务"), labels(pending));
    assertTrue(pending.exhaustive());
    assertWithin(pending);
  }

  @Test
  void seed002_aLineEndingInOfWhichIsFollowedByItsItems() {
    Analysis a = analysis("002");
    // 2020 年一般公共预算支出决算数为 91.68 万元, 完成预算 100%。其中: ⏎ 1. …(项):支出决算为 13.36 万元 … 8.
    Breakdown items = totalled(a, "91.68", b -> b.parts().size() == 8);
    assertEquals("决算数为 91.68 万元", withLead("002", items.total(), 5));
    assertEquals(
        List.of("13.36", "21.72", "4.54", "2.67", "37.61", "4.33", "4.00", "3.45"), values(items));
    assertEquals(
        "社会保障和就业(类)人力资源和社会保障管理事务支出(款)综合业务管理(项)", items.parts().get(0).label());
    // item 7 is cut by a page break: 7. 农林水支出(类)扶贫(款)社会发展(项):支出 ⏎⏎ 决算为 4.00 万元
    assertEquals("农林水支出(类)扶贫(款)社会发展(项)", items.parts().get(6).label());
    assertEquals("住房保障支出（类）住房改革支出（款）住房公积金（项）", items.parts().get(7).label());
    assertTrue(items.exhaustive());
    assertWithin(items);

    // 基本支出 69.98 万元，其中： ⏎ 人员经费 58.45 万元，… ⏎ 日常公用经费 11.53 万元，…: lines without numbers
    Breakdown basic = totalled(a, "69.98", b -> true);
    assertEquals(List.of("58.45", "11.53"), values(basic));
    assertWithin(basic);

    // 3. 公务接待费支出 0 万元 0。…其中： ⏎ 国内公务接待支出 0 万元。 ⏎ 外事接待支出 0 万元，…共计支出 0 万元。
    Breakdown reception = only(a, Breakdown.class, b -> b.subject().equals("公务接待费"));
    assertEquals(List.of("国内公务接待", "外事接待"), labels(reception));
  }

  @Test
  void announcementsFollowedByTitlesMakeNoBreakdown() {
    // 绩效指标完成情况如下： ⏎ 1. 数量指标 and 各指标自评情况如下： ⏎ （一）投入情况（满分20分，自评20分）
    for (String seed : List.of("001", "004")) {
      assertTrue(
          SeedReports.facts(analysis(seed), Breakdown.class).stream()
              .noneMatch(b -> b.quote().contains("情况如下：")),
          seed);
    }
  }

  // --- helpers ---

  private static Breakdown totalled(Analysis a, String total) {
    return totalled(a, total, b -> true);
  }

  private static Breakdown totalled(
      Analysis a, String total, java.util.function.Predicate<Breakdown> test) {
    return only(a, Breakdown.class, b -> is(b.total(), total) && b.quote().contains("\n") && test.test(b));
  }

  static List<String> values(Breakdown b) {
    return b.parts().stream().map(p -> value(p.value())).toList();
  }

  static List<String> labels(Breakdown b) {
    return b.parts().stream().map(Breakdown.Part::label).toList();
  }

  /** The breakdown's span runs from its total's sentence over every part, and quotes that text. */
  static void assertWithin(Breakdown b) {
    for (Mention m : b.numbers()) {
      assertTrue(b.span().contains(m.span()), () -> m + " outside " + b.span());
    }
    assertEquals(b.span().end() - b.span().start(), b.quote().codePointCount(0, b.quote().length()));
  }
}
