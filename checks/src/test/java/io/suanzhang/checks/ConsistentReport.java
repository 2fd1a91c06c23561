package io.suanzhang.checks;

import io.suanzhang.core.text.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A generated report whose every relation holds, with the place of each number in its text so that a
 * property can change one and know where a finding must point. Numbers are in 万元 with two decimals;
 * rates are rounded half up to two decimals from the amounts they are computed from.
 */
record ConsistentReport(String text, Map<String, Span> places) {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  /** The value of the number at a place, as written. */
  String number(String place) {
    Span s = places.get(place);
    return text.substring(s.start(), s.end());
  }

  /** The report with the number at a place written otherwise. */
  ConsistentReport with(String place, String written) {
    Span s = places.get(place);
    String changed = text.substring(0, s.start()) + written + text.substring(s.end());
    int shift = written.length() - s.length();
    Map<String, Span> moved = new LinkedHashMap<>();
    places.forEach((name, span) -> moved.put(name, span.start() > s.start()
        ? Span.of(span.start() + shift, span.end() + shift)
        : name.equals(place) ? Span.of(span.start(), span.start() + written.length()) : span));
    return new ConsistentReport(changed, moved);
  }

  static Arbitrary<ConsistentReport> reports() {
    // Amounts of at least 100 万元 keep a rate's tolerance under 0.01 percentage points.
    Arbitrary<BigDecimal> amounts = Arbitraries.bigDecimals()
        .between(new BigDecimal("100.00"), new BigDecimal("9999.99")).ofScale(2);
    Arbitrary<BigDecimal> fractions = Arbitraries.bigDecimals()
        .between(new BigDecimal("0.50"), new BigDecimal("0.99")).ofScale(2);
    Arbitrary<Integer> years = Arbitraries.integers().between(2016, 2025);
    return Combinators.combine(
            years, amounts, amounts, amounts, Arbitraries.integers().between(1, 4), fractions,
            fractions)
        .as(ConsistentReport::build);
  }

  private static ConsistentReport build(
      int year, BigDecimal basic, BigDecimal project, BigDecimal other, int scoreItems,
      BigDecimal spentShare, BigDecimal baseShare) {
    Builder b = new Builder();
    b.text("某市医疗保障局").number("year", String.valueOf(year)).text("年度部门决算\n");
    b.text("一、收入支出决算总体情况\n");
    BigDecimal total = basic.add(project).add(other);
    // The budget is more than what was spent: the execution rate is spentShare, about.
    BigDecimal budget = total.divide(spentShare, 2, RoundingMode.HALF_UP);
    b.text(year + "年部门预算数").number("budget", budget.toPlainString()).text("万元，实际支出数")
        .number("spent", total.toPlainString()).text("万元，预算执行率")
        .number("rate", share(total, budget).toPlainString()).text("%。\n");
    BigDecimal base = project.multiply(baseShare).setScale(2, RoundingMode.HALF_UP);
    BigDecimal change = project.subtract(base);
    b.text(year + "年项目支出").number("current", project.toPlainString()).text("万元，比" + (year - 1)
            + "年").number("base", base.toPlainString()).text("万元增加")
        .number("change", change.toPlainString()).text("万元，增长")
        .number("growth", share(change, base).toPlainString()).text("%。\n");
    b.text(year + "年本年支出合计").number("total", total.toPlainString()).text("万元，其中：基本支出")
        .number("basic", basic.toPlainString()).text("万元；项目支出")
        .number("project", project.toPlainString()).text("万元；其他支出")
        .number("other", other.toPlainString()).text("万元。\n");
    b.text("二、部门自评情况\n");
    b.text("经综合评分，本部门自评得分").number("score", String.valueOf(10 * scoreItems)).text("分。\n");
    for (int i = 0; i < scoreItems; i++) {
      b.text("（" + "一二三四".charAt(i) + "）指标" + (i + 1) + "（满分")
          .number("full" + i, "10").text("分，自评").number("item" + i, "10").text("分）\n");
    }
    return b.build();
  }

  /** The share of a part, rounded as a report writes it. */
  static BigDecimal share(BigDecimal part, BigDecimal total) {
    return part.multiply(HUNDRED).divide(total, 2, RoundingMode.HALF_UP);
  }

  private static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private final Map<String, Span> places = new LinkedHashMap<>();

    Builder text(String s) {
      text.append(s);
      return this;
    }

    Builder number(String place, String written) {
      places.put(place, Span.of(text.length(), text.length() + written.length()));
      text.append(written);
      return this;
    }

    ConsistentReport build() {
      return new ConsistentReport(text.toString(), Map.copyOf(places));
    }
  }
}
