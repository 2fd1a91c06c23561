package io.suanzhang.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.fact.Amount;
import io.suanzhang.core.fact.Breakdown;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Direction;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Indicator;
import io.suanzhang.core.fact.Measure;
import io.suanzhang.core.fact.Rate;
import io.suanzhang.core.fact.RateKind;
import io.suanzhang.core.fact.Score;
import io.suanzhang.core.mention.Mention;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The key facts of each seed, as a reader finds them on reading the document: expectations written
 * by hand from the texts, not from the program's output.
 */
class ProseFactsTest {

  private static Analysis seed(String prefix) {
    return SeedReports.analysis(prefix);
  }

  @Test
  void seed001_statesBudgetExecutionAndRateOfTheDepartmentAndItsProjects() {
    Analysis a = seed("001");
    assertEquals(2022, a.report().year());
    assertEquals("钦州市医疗保障局", a.report().department());

    Amount budget = amount(a, Measure.BUDGET, "1413.96");
    assertEquals("钦州市医疗保障局", budget.subject());
    Amount spent = amount(a, Measure.EXECUTION, "916.11");
    assertEquals("钦州市医疗保障局", spent.subject());
    Rate rate = rate(a, RateKind.EXECUTION, "64.79");
    assertSame(spent.value(), rate.numerator());
    assertSame(budget.value(), rate.denominator());

    Amount projectBudget = amount(a, Measure.BUDGET, "782.25");
    assertEquals("项目支出", projectBudget.subject());
    Amount projectSpent = amount(a, Measure.EXECUTION, "315.82");
    assertEquals("项目支出", projectSpent.subject());
    Rate projectRate = rate(a, RateKind.EXECUTION, "40.37");
    assertSame(projectSpent.value(), projectRate.numerator());
    assertSame(projectBudget.value(), projectRate.denominator());

    // 其中项目支出预算782.25万元 is a part of the 1413.96, not the whole of it.
    Breakdown part = breakdownOf(a, "1413.96");
    assertEquals(List.of("782.25"), values(part));
    assertFalse(part.exhaustive());

    Rate adjustment = rate(a, RateKind.ADJUSTMENT, "44.11");
    assertEquals("300", text(adjustment.numerator()));
    assertEquals("536.77", text(adjustment.denominator()));
  }

  @Test
  void seed001_scoresItsSelfEvaluationAndReadsIndicatorsFromProse() {
    Analysis a = seed("001");
    Score total = score(a, "96.48");
    assertEquals(List.of("6.48", "90"), childScores(a, total));

    Indicator rectified = indicator(a, "监督检查问题整改率");
    assertEquals("≥80%", rectified.targetText());
    assertEquals(Boolean.TRUE, rectified.claimedMet());
    Indicator purchases = indicator(a, "参加国家药品（医用耗材）带量采购次数");
    assertEquals("≥2次", purchases.targetText());
    assertEquals("3", purchases.actual().value().toPlainString());
    Indicator coverage = indicator(a, "医疗保障覆盖率");
    assertEquals("97", coverage.actual().value().toPlainString());
  }

  @Test
  void seed000_readsAWrittenOutQuotientAndAFallFromOneValueToAnother() {
    Analysis a = seed("000");
    assertEquals(2020, a.report().year());
    Rate rate = rate(a, RateKind.EXECUTION, "14");
    assertEquals("45202元", rate.numerator().text());
    assertEquals("32万元", rate.denominator().text());

    Comparison fall = only(a, Comparison.class, c -> c.rate() != null && is(c.rate(), "80"));
    assertEquals(Direction.DECREASE, fall.direction());
    assertEquals("1.3万元", fall.base().text());
    assertEquals("2600元", fall.current().text());

    // 其中实际支出45202元，在途资金272884元，剩余指标1914元: what was spent and what is left, of the 32万元 allocated
    // before; not claimed complete, as the same report's 其中实际支出45202元，未拨付资金272884元 leaves the 1914 out
    Breakdown spent =
        only(a, Breakdown.class, b -> values(b).equals(List.of("45202", "272884", "1914")));
    assertEquals("32万元", spent.total().text());
    assertFalse(spent.exhaustive());
  }

  @Test
  void seed002_comparesWithThePreviousYearAndBreaksTotalsDownWithShares() {
    Analysis a = seed("002");
    assertEquals(2020, a.report().year());
    List<Comparison> totals =
        a.facts().stream()
            .filter(Comparison.class::isInstance)
            .map(Comparison.class::cast)
            .filter(c -> c.base() != null && is(c.base(), "36.57"))
            .toList();
    assertEquals(3, totals.size(), "收支总计, 财政拨款收支总计 and 一般公共预算财政拨款 each compare with 2019");
    for (Comparison c : totals) {
      assertEquals(2019, c.baseYear());
      assertEquals(Direction.INCREASE, c.direction());
      assertTrue(is(c.current(), "91.68") && is(c.change(), "55.11") && is(c.rate(), "150.70"));
    }
    Comparison running = only(a, Comparison.class, c -> c.current() != null && is(c.current(), "11.53"));
    assertTrue(is(running.base(), "9.61") && is(running.change(), "1.92") && is(running.rate(), "19.94"));

    Breakdown spending =
        only(a, Breakdown.class,
            b -> b.subject().equals("本年支出合计") && b.total() != null && b.parts().size() > 1);
    assertEquals(List.of("69.98", "21.70", "0", "0", "0"), values(spending));
    assertEquals("76.33", text(spending.parts().get(0).share()));
    assertEquals("23.67", text(spending.parts().get(1).share()));

    Breakdown income =
        only(a, Breakdown.class, b -> b.subject().equals("本年收入合计") && b.parts().size() > 3);
    assertEquals(7, income.parts().size(), "a page break inside the sentence does not cut the list");
  }

  @Test
  void seed003_readsNestedOfWhichLists() {
    Analysis a = seed("003");
    assertEquals(List.of("204.20", "181.47"), values(breakdownOf(a, "385.67")));
    assertEquals(List.of("188.72", "15.48"), values(breakdownOf(a, "204.20")));
  }

  @Test
  void seed004_buildsTheScoreTree() {
    Analysis a = seed("004");
    Score root = only(a, Score.class, s -> "优".equals(s.grade()));
    assertEquals("100", text(root.score()));
    assertEquals(List.of("20", "30", "25", "25"), childScores(a, root));
    Score input = only(a, Score.class, s -> s.subject().equals("投入情况"));
    assertEquals("20", text(input.full()));
    assertEquals(List.of("10", "10"), childScores(a, input));
    assertEquals(List.of("6", "4"), childScores(a, only(a, Score.class, s -> s.subject().equals("项目立项"))));
    assertEquals(List.of("20", "10"), childScores(a, only(a, Score.class, s -> s.subject().equals("项目过程"))));
    assertEquals(
        List.of("3", "6", "4", "3", "4"),
        childScores(a, only(a, Score.class, s -> s.subject().equals("项目管理"))));
    assertEquals(
        List.of("9", "8", "8"), childScores(a, only(a, Score.class, s -> s.subject().equals("项目效果"))));

    assertEquals(List.of("5043", "348", "105.40", "1600"), values(breakdownOf(a, "7096.40")));
  }

  @Test
  void everyFactQuotesTheTextItsNumbersComeFrom() {
    for (String prefix : List.of("000", "001", "002", "003", "004")) {
      Analysis a = seed(prefix);
      assertFalse(a.facts().isEmpty(), prefix);
      for (Fact f : a.facts()) {
        // Only an indicator may be qualitative throughout (目标 逐步推开, 实际 逐步推开).
        assertTrue(f instanceof Indicator || !f.numbers().isEmpty(), () -> "a fact with no number: " + f);
        for (Mention m : f.numbers()) {
          assertTrue(
              a.mentions().contains(m), () -> prefix + ": " + f.id() + " uses a number that is not a mention: " + m);
        }
      }
      assertEquals(
          a.facts().size(), a.facts().stream().map(Fact::id).collect(Collectors.toSet()).size(),
          "fact ids are unique");
    }
  }

  // --- helpers ---

  private static boolean is(@Nullable Mention m, String value) {
    return m != null && m.value().compareTo(new BigDecimal(value)) == 0;
  }

  private static @Nullable String text(@Nullable Mention m) {
    return m == null ? null : m.value().toPlainString();
  }

  private static void assertSame(Mention expected, @Nullable Mention actual) {
    assertNotNull(actual, () -> "expected " + expected.text());
    assertEquals(expected, actual);
  }

  private static <T extends Fact> T only(Analysis a, Class<T> type, java.util.function.Predicate<T> test) {
    List<T> found = a.facts().stream().filter(type::isInstance).map(type::cast).filter(test).toList();
    assertEquals(1, found.size(), () -> "expected one " + type.getSimpleName() + ", found " + found);
    return found.get(0);
  }

  private static Amount amount(Analysis a, Measure measure, String value) {
    return only(a, Amount.class, f -> f.measure() == measure && is(f.value(), value));
  }

  private static Rate rate(Analysis a, RateKind kind, String value) {
    return only(a, Rate.class, f -> f.measure() == kind && is(f.value(), value));
  }

  private static Score score(Analysis a, String value) {
    return only(a, Score.class, s -> is(s.score(), value) && s.parent() == null);
  }

  private static Indicator indicator(Analysis a, String name) {
    return only(a, Indicator.class, i -> i.name().equals(name));
  }

  private static Breakdown breakdownOf(Analysis a, String total) {
    return only(a, Breakdown.class, b -> b.total() != null && is(b.total(), total));
  }

  private static List<String> values(Breakdown b) {
    return b.parts().stream().map(p -> p.value().value().toPlainString()).toList();
  }

  private static List<String> childScores(Analysis a, Score parent) {
    return a.facts().stream()
        .filter(Score.class::isInstance)
        .map(Score.class::cast)
        .filter(s -> Objects.equals(parent.id(), s.parent()))
        .map(s -> text(s.score()))
        .toList();
  }
}
