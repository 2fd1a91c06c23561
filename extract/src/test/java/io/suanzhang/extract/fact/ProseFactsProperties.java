package io.suanzhang.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.suanzhang.core.Document;
import io.suanzhang.core.Format;
import io.suanzhang.core.ReportInfo;
import io.suanzhang.core.ReportKind;
import io.suanzhang.core.Source;
import io.suanzhang.core.fact.Amount;
import io.suanzhang.core.fact.Breakdown;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Direction;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Measure;
import io.suanzhang.core.fact.Rate;
import io.suanzhang.core.fact.RateKind;
import io.suanzhang.core.fact.Score;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.extract.Extraction;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws: a sentence rendered from known values is read back to the fact it states. */
class ProseFactsProperties {

  private static final ReportInfo REPORT = new ReportInfo(ReportKind.DEPARTMENT_PERFORMANCE, 2022, "某市医疗保障局", null, null, null);

  @Property
  void aBudgetExecutionAndRateSentenceIsReadBack(
      @ForAll("subjects") String subject, @ForAll("amounts") BigDecimal budget,
      @ForAll("amounts") BigDecimal spent, @ForAll("rates") BigDecimal rate) {
    String text =
        "2022年" + subject + "预算数" + budget.toPlainString() + "万元，实际支出数" + spent.toPlainString()
            + "万元，预算执行率" + rate.toPlainString() + "%。";
    List<Fact> facts = facts(text);
    Amount b = one(facts, Amount.class, a -> a.measure() == Measure.BUDGET);
    Amount e = one(facts, Amount.class, a -> a.measure() == Measure.EXECUTION);
    Rate r = one(facts, Rate.class, x -> x.measure() == RateKind.EXECUTION);
    assertEquals(subject, b.subject());
    assertEquals(subject, e.subject());
    assertEquals(0, budget.compareTo(b.value().value()));
    assertEquals(0, spent.compareTo(e.value().value()));
    assertEquals(0, rate.compareTo(r.value().value()));
    assertEquals(e.value(), r.numerator());
    assertEquals(b.value(), r.denominator());
  }

  @Property
  void aTotalWithItsPartsAndSharesIsReadBack(@ForAll("parts") List<Part> parts) {
    // The total is what its parts make, as in the reports: a list whose parts overshoot their total
    // ends where its leading parts make it (Sums.closingRun), which a made-up total could trigger.
    BigDecimal total = parts.stream().map(Part::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    StringBuilder text = new StringBuilder("2022年本年支出合计" + total.toPlainString() + "万元，其中：");
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      text.append(p.label()).append(p.value().toPlainString()).append("万元，占")
          .append(p.share().toPlainString()).append('%').append(i + 1 < parts.size() ? "；" : "。");
    }
    Breakdown b = one(facts(text.toString()), Breakdown.class, x -> x.total() != null);
    assertEquals("本年支出合计", b.subject());
    assertEquals(0, total.compareTo(b.total().value()));
    assertEquals(parts.size(), b.parts().size());
    for (int i = 0; i < parts.size(); i++) {
      Breakdown.Part got = b.parts().get(i);
      assertEquals(parts.get(i).label().replace("支出", ""), got.label().replace("支出", ""));
      assertEquals(0, parts.get(i).value().compareTo(got.value().value()));
      assertNotNull(got.share());
      assertEquals(0, parts.get(i).share().compareTo(got.share().value()));
    }
  }

  @Property
  void aComparisonWithThePreviousYearIsReadBack(
      @ForAll("subjects") String subject, @ForAll("amounts") BigDecimal current,
      @ForAll("amounts") BigDecimal base, @ForAll("rates") BigDecimal rate,
      @ForAll @IntRange(min = 2010, max = 2030) int year, @ForAll boolean writeBase) {
    Direction direction = current.compareTo(base) >= 0 ? Direction.INCREASE : Direction.DECREASE;
    String more = direction == Direction.INCREASE ? "增加" : "减少";
    String grow = direction == Direction.INCREASE ? "增长" : "下降";
    BigDecimal change = current.subtract(base).abs();
    String text =
        year + "年" + subject + current.toPlainString() + "万元，比" + (year - 1) + "年"
            + (writeBase ? base.toPlainString() + "万元" : "") + more + change.toPlainString() + "万元，"
            + grow + rate.toPlainString() + "%。";
    Comparison c = one(facts(text), Comparison.class, x -> true);
    assertEquals(direction, c.direction());
    assertEquals(year - 1, c.baseYear());
    assertEquals(0, current.compareTo(c.current().value()));
    assertEquals(0, change.compareTo(c.change().value()));
    assertEquals(0, rate.compareTo(c.rate().value()));
    if (writeBase) {
      assertEquals(0, base.compareTo(c.base().value()));
    }
  }

  @Property
  void aScoreTreeIsReadBackWithItsHierarchy(
      @ForAll @IntRange(min = 1, max = 5) int top, @ForAll @IntRange(min = 1, max = 4) int children) {
    StringBuilder text = new StringBuilder("经综合评分，该项目得分100分。\n");
    String[] chinese = {"一", "二", "三", "四", "五"};
    for (int i = 0; i < top; i++) {
      text.append("（").append(chinese[i]).append("）指标").append(i).append("（满分")
          .append(10 * children).append("分，自评").append(10 * children).append("分）\n");
      for (int j = 0; j < children; j++) {
        text.append(j + 1).append(".细项").append(i).append(j).append("（满分10分，自评10分）\n");
        text.append("具体情况说明。\n");
      }
    }
    List<Fact> facts = facts(text.toString());
    Score root = one(facts, Score.class, s -> s.parent() == null);
    List<Score> firstLevel = children(facts, root);
    assertEquals(top, firstLevel.size());
    for (Score s : firstLevel) {
      assertEquals(children, children(facts, s).size());
    }
  }

  // --- generators ---

  record Part(String label, BigDecimal value, BigDecimal share) {}

  @Provide
  Arbitrary<String> subjects() {
    return Arbitraries.of("项目支出", "公务接待费", "一般公共服务支出", "机关运行经费", "医疗救助监管项目", "离休医疗补助费用项目");
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("0.01"), new BigDecimal("99999.99"))
        .ofScale(2);
  }

  @Provide
  Arbitrary<BigDecimal> rates() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("300")).ofScale(2);
  }

  @Provide
  Arbitrary<List<Part>> parts() {
    Arbitrary<Part> part =
        Combinators.combine(
                Arbitraries.of("基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"),
                amounts(), rates())
            .as(Part::new);
    return part.list().ofMinSize(1).ofMaxSize(5).uniqueElements(Part::label);
  }

  // --- helpers ---

  private static List<Fact> facts(String text) {
    Source source =
        new Source("generated.txt", "", Format.TEXT, text.getBytes(StandardCharsets.UTF_8).length, null);
    Document document = Document.ofText(source, text);
    List<Mention> mentions = Extraction.mentions(document);
    return FactExtractor.facts(document, REPORT, mentions, FactExtractor.sections(document));
  }

  private static <T extends Fact> T one(List<Fact> facts, Class<T> type, java.util.function.Predicate<T> test) {
    List<T> found = facts.stream().filter(type::isInstance).map(type::cast).filter(test).toList();
    assertEquals(1, found.size(), () -> "expected one " + type.getSimpleName() + " in " + facts);
    return found.get(0);
  }

  private static List<Score> children(List<Fact> facts, Score parent) {
    List<Score> out = new ArrayList<>();
    for (Fact f : facts) {
      if (f instanceof Score s && parent.id().equals(s.parent())) {
        out.add(s);
      }
    }
    return out;
  }
}
