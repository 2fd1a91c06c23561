package io.suanzhang.checks;

import static io.suanzhang.checks.SumProperties.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.CodePoints;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws over the numbered item lists of a budget's 项目 section, in the national template's words:
 * 1. “住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元，主要用于…。2023年当年预算执行数为348.52万元，
 * 2024年预算安排350.35万元，比2023年预算执行数增加0.53%。 A consistent list raises nothing and has every
 * rate checked; a changed base, heading amount or rate is found at the changed number; and a list of
 * 三公 shares whose total is changed is found at the total.
 */
class ItemListProperties {

  private static final String[][] ITEMS = {
    {"住房保障支出", "住房改革支出", "住房公积金"},
    {"住房保障支出", "住房改革支出", "购房补贴"},
    {"一般公共服务支出", "群众团体事务", "一般行政管理事务"},
    {"公共安全支出", "司法", "公共法律服务"},
    {"社会保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出"},
    {"城乡社区支出", "城乡社区管理事务", "城管执法"},
  };

  /** One item: its classification, last year's execution and this year's budget, in 万元. */
  record Item(String[] names, BigDecimal base, BigDecimal budget) {
    BigDecimal rate() {
      return budget.subtract(base).multiply(BigDecimal.valueOf(100))
          .divide(base, 2, RoundingMode.HALF_UP).abs();
    }

    String direction() {
      int sign = budget.compareTo(base);
      return sign > 0 ? "增加" : sign < 0 ? "减少" : "持平";
    }
  }

  /** A list as text, with where each number stands: [heading, base, budget, rate] per item. */
  record Written(String text, List<int[][]> places) {}

  @Provide
  Arbitrary<List<Item>> lists() {
    // Amounts of 50万元 and more, so that a rate recomputed from them is precise to well under a
    // percentage point; each item named once, as a report names it.
    Arbitrary<BigDecimal> amounts = Arbitraries.bigDecimals()
        .between(new BigDecimal("50.00"), new BigDecimal("900.00")).ofScale(2);
    Arbitrary<Item> item = Combinators.combine(Arbitraries.of(ITEMS), amounts, amounts)
        .as(Item::new)
        .filter(i -> i.base().compareTo(i.budget()) != 0);
    return item.list().ofMinSize(1).ofMaxSize(ITEMS.length).uniqueElements(i -> i.names()[2]);
  }

  static Written write(List<Item> items, int changedItem, int changedPlace, BigDecimal delta) {
    StringBuilder text = new StringBuilder("上海市普陀区示例街道办事处2024年部门预算\n\n三、项目支出情况说明\n");
    List<int[][]> places = new ArrayList<>();
    for (int k = 0; k < items.size(); k++) {
      Item i = items.get(k);
      String[] n = i.names();
      BigDecimal[] values = {i.budget(), i.base(), i.budget(), i.rate()};
      if (k == changedItem) {
        values[changedPlace] = values[changedPlace].add(delta);
      }
      int[][] at = new int[4][];
      text.append(k + 1).append(". “").append(n[0]).append("（类）").append(n[1]).append("（款）")
          .append(n[2]).append("（项）”");
      at[0] = append(text, values[0] + "万元");
      text.append("，主要用于").append(n[2]).append("。2023年当年预算执行数为");
      at[1] = append(text, values[1] + "万元");
      text.append("，2024年预算安排");
      at[2] = append(text, values[2] + "万元");
      text.append("，比2023年预算执行数").append(i.direction());
      at[3] = append(text, values[3] + "%");
      text.append("。主要原因是：工作调整。\n");
      places.add(at);
    }
    return new Written(text.toString(), places);
  }

  /** Appends a number and gives its code-point span in the text. */
  private static int[] append(StringBuilder text, String number) {
    int start = text.codePointCount(0, text.length());
    text.append(number);
    return new int[] {start, start + number.codePointCount(0, number.length())};
  }

  @Property(tries = 40)
  void aConsistentItemListRaisesNothingAndEveryRateIsChecked(@ForAll("lists") List<Item> items) {
    Written w = write(items, -1, 0, BigDecimal.ZERO);
    Analysis a = check(w.text());
    List<String> raised = a.findings().stream()
        .filter(f -> f.severity() != Severity.INFO).map(Finding::zh).toList();
    assertEquals(List.of(), raised, w.text());
    for (int[][] at : w.places()) {
      int[] rate = at[3];
      assertTrue(a.checks().stream().anyMatch(c -> c.rule().equals("growth") && c.holds()
              && c.numbers().stream().anyMatch(s -> s.start() == rate[0] && s.end() == rate[1])),
          () -> "rate at " + rate[0] + " unchecked in\n" + w.text());
    }
  }

  /** A base, heading amount or rate changed by more than rounding is found at that number. */
  @Property(tries = 60)
  void aChangedNumberOfAnItemIsFoundThere(
      @ForAll("lists") List<Item> items, @ForAll("places") int place,
      @ForAll("deltas") BigDecimal delta) {
    int changed = items.size() - 1;
    Item item = items.get(changed);
    if (place == 3) {
      // a rate stays a magnitude, and moves by more than its operands' rounding: a tenth of it, 1 at least
      BigDecimal step = item.rate().divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP).max(BigDecimal.ONE);
      delta = item.rate().compareTo(step) > 0 && delta.signum() < 0 ? step.negate() : step;
    } else if (place == 1) {
      // a tenth of the base, so that the rate moves by more than the amounts' rounding
      BigDecimal step = item.base().divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
      delta = delta.signum() < 0 ? step.negate() : step;
      if (item.base().add(delta).compareTo(item.budget()) == 0) {
        delta = delta.add(BigDecimal.ONE);
      }
    }
    Written w = write(items, changed, place, delta);
    int[] at = w.places().get(changed)[place];
    Analysis a = check(w.text());
    String text = w.text();
    assertTrue(a.findings().stream()
            .filter(f -> f.severity() != Severity.INFO)
            .anyMatch(f -> f.evidence().stream().anyMatch(e -> e.start() == at[0] && e.end() == at[1])),
        () -> String.format(Locale.ROOT, "no finding at %s in%n%s%nfindings: %s",
            CodePoints.of(text).slice(at[0], at[1]), text,
            a.findings().stream().map(Finding::zh).toList()));
  }

  @Provide
  Arbitrary<Integer> places() {
    return Arbitraries.of(0, 1, 3); // heading amount, base, rate
  }

  @Provide
  Arbitrary<BigDecimal> deltas() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.50"), new BigDecimal("50.00"))
        .ofScale(2).flatMap(d -> Arbitraries.of(d, d.negate()));
  }

  /** The three 三公 items as shares of their stated total: a changed total is found at the total. */
  @Property(tries = 40)
  void aChangedWholeOfAShareListIsFoundAtIt(
      @ForAll("sanGong") List<BigDecimal> parts, @ForAll("deltas") BigDecimal delta) {
    BigDecimal total = parts.get(0).add(parts.get(1)).add(parts.get(2));
    if (total.add(delta).compareTo(parts.stream().max(BigDecimal::compareTo).orElseThrow()) <= 0) {
      delta = delta.abs();
    }
    String[] names = {"因公出国（境）费", "公务用车购置及运行费", "公务接待费"};
    StringBuilder text = new StringBuilder("二、“三公”经费预算情况说明\n2024年“三公”经费预算");
    int[] at = append(text, total.add(delta) + "万元");
    text.append("，其中：");
    for (int k = 0; k < 3; k++) {
      BigDecimal share = parts.get(k).multiply(BigDecimal.valueOf(100))
          .divide(total, 2, RoundingMode.HALF_UP);
      text.append(names[k]).append(parts.get(k)).append("万元，占").append(share).append("%")
          .append(k < 2 ? "；" : "。\n");
    }
    Analysis a = check(text.toString());
    assertTrue(a.findings().stream()
            .filter(f -> f.severity() != Severity.INFO)
            .anyMatch(f -> f.evidence().stream().anyMatch(e -> e.start() == at[0] && e.end() == at[1])),
        () -> "no finding at the total in\n" + text + "\nfindings: "
            + a.findings().stream().map(Finding::zh).toList());
  }

  @Provide
  Arbitrary<List<BigDecimal>> sanGong() {
    return Arbitraries.bigDecimals().between(new BigDecimal("1.00"), new BigDecimal("300.00"))
        .ofScale(2).list().ofSize(3);
  }
}
