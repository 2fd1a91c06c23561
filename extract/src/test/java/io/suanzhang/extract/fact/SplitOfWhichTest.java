package io.suanzhang.extract.fact;

import static io.suanzhang.extract.fact.ItemListsTest.assertWithin;
import static io.suanzhang.extract.fact.ItemListsTest.values;
import static io.suanzhang.extract.fact.SeedReports.analysis;
import static io.suanzhang.extract.fact.SeedReports.is;
import static io.suanzhang.extract.fact.SeedReports.only;
import static io.suanzhang.extract.fact.SeedReports.withLead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.fact.Breakdown;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 其中 lists split from their total by a full stop, and lists that end before their sentence does. */
class SplitOfWhichTest {

  @Test
  void seed000_ofWhichAfterAFullStopTakesTheTotalBeforeItAndRunsOnUntilItIsMade() {
    Analysis a = analysis("000");
    // 参保共279745人，完成任务95.82%。其中：城镇职工基本医疗参保68842人，…。城乡基本医疗保险参保210903人，…。
    // 生育保险参保33509人 … is another scheme: the list is made by then.
    Breakdown insured = only(a, Breakdown.class, b -> is(b.total(), "279745"));
    assertEquals("参保共279745人", withLead("000", insured.total(), 3));
    assertEquals(List.of("68842", "210903"), values(insured));
    assertEquals(List.of("城镇职工基本医疗参保", "城乡基本医疗保险参保"), ItemListsTest.labels(insured));
    assertEquals("全区基本医疗保险参保", insured.subject());
    assertTrue(insured.exhaustive());
    assertWithin(insured);
  }

  @Test
  void seed000_aListEndsWhereItsPartsMakeTheTotal() {
    Analysis a = analysis("000");
    // 监管工作共64次，其中对二级以上…开展15次监管，对镇卫生院、村卫生站开展49次监管，定点药店开展106次监管
    Breakdown visits = only(a, Breakdown.class, b -> is(b.total(), "64"));
    assertEquals(List.of("15", "49"), values(visits));
    assertTrue(visits.exhaustive());
  }

  @Test
  void seed000_oneNamedPartIsNotTheWhole() {
    Analysis a = analysis("000");
    // 全区建档立卡贫困人员共5375人，其中新增中途参加城乡医保27人
    Breakdown poor = only(a, Breakdown.class, b -> is(b.total(), "5375"));
    assertEquals(List.of("27"), values(poor));
    assertFalse(poor.exhaustive());
  }

  @Test
  void seed003_aListThatMakesItsTotalKeepsAllItsParts() {
    // 基本医疗保险参保人数228236人，其中城乡居民…174537人，职工…30875人，生育保险参保人数22824人
    Breakdown insured = only(analysis("003"), Breakdown.class, b -> is(b.total(), "228236"));
    assertEquals(List.of("174537", "30875", "22824"), values(insured));
  }
}
