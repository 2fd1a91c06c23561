package io.suanzhang.core.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.Format;
import io.suanzhang.core.Json;
import io.suanzhang.core.ReportInfo;
import io.suanzhang.core.Source;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Coverage;
import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.text.Span;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionTest {

  private static final Mention BUDGET =
      Mention.money("91.68 万元", Span.of(10, 18), new BigDecimal("91.68"), MoneyUnit.TEN_THOUSAND_YUAN,
              UnitSource.WRITTEN)
          .withApprox(Approximation.ABOUT)
          .withComparator(Bound.AT_LEAST);

  @Test
  void twoMentionsAreEqualExactlyWhenEveryComponentIsAndThenHashAlike() {
    Mention m = BUDGET;
    Mention same = new Mention(m.kind(), new String(m.text().toCharArray()), m.start(), m.end(),
        m.page(), new BigDecimal("91.68"), m.unit(), new BigDecimal("916800"), m.approx(),
        m.comparator(), m.per(), m.unitSource());
    assertEquals(m, same);
    assertEquals(m.hashCode(), same.hashCode());
    // Each differs from it in one component (the kind and the unit bring their own yuan).
    List<Mention> others = List.of(
        new Mention(MentionKind.COUNT, m.text(), 10, 18, null, m.value(), "个", null, m.approx(),
            m.comparator(), null, m.unitSource()),
        new Mention(m.kind(), "91.68万元", 10, 18, null, m.value(), m.unit(), m.yuan(), m.approx(),
            m.comparator(), null, m.unitSource()),
        new Mention(m.kind(), m.text(), 11, 18, null, m.value(), m.unit(), m.yuan(), m.approx(),
            m.comparator(), null, m.unitSource()),
        new Mention(m.kind(), m.text(), 10, 19, null, m.value(), m.unit(), m.yuan(), m.approx(),
            m.comparator(), null, m.unitSource()),
        new Mention(m.kind(), m.text(), 10, 18, 3, m.value(), m.unit(), m.yuan(), m.approx(),
            m.comparator(), null, m.unitSource()),
        new Mention(m.kind(), m.text(), 10, 18, null, new BigDecimal("91.680"), m.unit(), m.yuan(),
            m.approx(), m.comparator(), null, m.unitSource()),
        new Mention(m.kind(), m.text(), 10, 18, null, m.value(), "亿元", new BigDecimal("9168000000"),
            m.approx(), m.comparator(), null, m.unitSource()),
        new Mention(m.kind(), m.text(), 10, 18, null, m.value(), m.unit(), new BigDecimal("916800.0"),
            m.approx(), m.comparator(), null, m.unitSource()),
        new Mention(m.kind(), m.text(), 10, 18, null, m.value(), m.unit(), m.yuan(), null,
            m.comparator(), null, m.unitSource()),
        new Mention(m.kind(), m.text(), 10, 18, null, m.value(), m.unit(), m.yuan(), m.approx(),
            Bound.AT_MOST, null, m.unitSource()),
        new Mention(m.kind(), m.text(), 10, 18, null, m.value(), m.unit(), m.yuan(), m.approx(),
            m.comparator(), "人次", m.unitSource()),
        new Mention(m.kind(), m.text(), 10, 18, null, m.value(), m.unit(), m.yuan(), m.approx(),
            m.comparator(), null, UnitSource.TABLE));
    for (Mention other : others) {
      assertTrue(!m.equals(other) && !other.equals(m), other.toString());
    }
    assertTrue(others.stream().map(Mention::hashCode).distinct().count() > others.size() - 2,
        "a hash that tells components apart");
    assertTrue(!m.equals(null) && !m.equals(m.text()));
  }

  @Test
  void twoSpansAreEqualExactlyWhenTheirStartEndAndPageAre() {
    Span s = new Span(3, 7, 2);
    assertEquals(s, new Span(3, 7, Integer.valueOf(2)));
    assertEquals(s.hashCode(), new Span(3, 7, 2).hashCode());
    for (Span other : List.of(new Span(4, 7, 2), new Span(3, 8, 2), new Span(3, 7, null),
        new Span(3, 7, 1))) {
      assertTrue(!s.equals(other) && !other.equals(s), other.toString());
    }
    assertEquals(Span.of(3, 7), new Span(3, 7, null));
  }

  @Test
  void computesTheExactValueInYuan() {
    assertEquals(new BigDecimal("916800"), BUDGET.yuan());
    assertEquals(
        "12000000000",
        MoneyUnit.HUNDRED_MILLION_YUAN.toYuan(new BigDecimal("120")).toPlainString());
    assertEquals("0.5", MoneyUnit.YUAN.toYuan(new BigDecimal("0.50")).toPlainString());
  }

  @Test
  void rejectsInconsistentMentions() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Mention(MentionKind.MONEY, "5万元", 0, 3, null, BigDecimal.ONE, "万元", BigDecimal.ONE,
                null, null, null, UnitSource.WRITTEN));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Mention(MentionKind.MONEY, "5美元", 0, 3, null, BigDecimal.ONE, "美元", BigDecimal.ONE,
                null, null, null, UnitSource.WRITTEN));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Mention(MentionKind.PERCENT, "5%", 0, 2, null, BigDecimal.ONE, "%", BigDecimal.ONE,
                null, null, null, UnitSource.WRITTEN));
  }

  @Test
  void writesStableJsonWithDecimalsAsStrings() throws Exception {
    JsonNode json = Json.mapper().readTree(Json.mapper().writeValueAsString(BUDGET));
    assertEquals(
        List.of("kind", "text", "start", "end", "page", "value", "unit", "yuan", "approx",
            "comparator", "per", "unitSource"),
        iterable(json));
    assertEquals("money", json.get("kind").asText());
    assertEquals("91.68", json.get("value").asText());
    assertEquals("916800", json.get("yuan").asText());
    assertEquals("约", json.get("approx").asText());
    assertEquals("≥", json.get("comparator").asText());
    assertTrue(json.get("page").isNull());
  }

  @Test
  void readsBackWhatItWrites() throws Exception {
    Analysis analysis =
        new Analysis(
            new Source("a.txt", "", Format.TEXT, 3, null), ReportInfo.UNKNOWN, List.of(),
            List.of(BUDGET), List.of(),
            List.of(
                new Finding(
                    "F1", "sum", "sum.total", Severity.ERROR, "部门", "合计不等于各项之和", "total is not the sum",
                    new BigDecimal("10"), new BigDecimal("9"), BigDecimal.ONE, new BigDecimal("0.01"),
                    "元", List.of("f1"), List.of(Evidence.of("total", BUDGET, "预算 91.68 万元")))),
            List.of(new Check("sum", "10 = 4 + 5", false, "F1", List.of(BUDGET.span()))),
            new Coverage(1, 1, List.of()), List.of(), List.of());
    String json = Json.mapper().writeValueAsString(analysis);
    Analysis back = Json.mapper().readValue(json, Analysis.class);
    assertEquals(analysis, back);
  }

  @Test
  void writesTinyDecimalsInPlainNotation() throws Exception {
    Mention tiny = Mention.percent("0.0000001%", Span.of(0, 10), new BigDecimal("0.0000001"));
    assertTrue(Json.mapper().writeValueAsString(tiny).contains("\"value\":\"0.0000001\""));
  }

  private static List<String> iterable(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
