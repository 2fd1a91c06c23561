package io.suanzhang.checks;

import static io.suanzhang.checks.SumProperties.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.text.CodePoints;
import io.suanzhang.core.text.Span;
import io.suanzhang.testkit.ItemList;
import io.suanzhang.testkit.Testkit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws over the numbered item lists of a budget's 项目 section that the testkit generates
 * ({@link Testkit#itemLists()}), in the national template's words:
 * 1. “住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元，主要用于…。2023年当年预算执行数为348.52万元，
 * 2024年预算安排350.35万元，比2023年预算执行数增加0.53%。 A consistent list raises nothing and has every
 * rate checked; a changed base, heading amount, budget or rate is found at the changed number; and a
 * list of 三公 shares whose total is changed is found at the total.
 */
class ItemListProperties {

  @Provide
  Arbitrary<ItemList> lists() {
    return Testkit.itemLists();
  }

  @Provide
  Arbitrary<ItemList.Injected> errors() {
    return Testkit.itemListErrors();
  }

  @Property(tries = 40)
  void aConsistentItemListRaisesNothingAndEveryRateIsChecked(@ForAll("lists") ItemList list) {
    ItemList.Written w = list.write();
    Analysis a = check(w.text());
    List<String> raised = a.findings().stream()
        .filter(f -> f.severity() != Severity.INFO).map(Finding::zh).toList();
    assertEquals(List.of(), raised, w.text());
    for (int k = 0; k < list.items().size(); k++) {
      Span rate = w.at(k, ItemList.Place.RATE);
      assertTrue(a.checks().stream().anyMatch(c -> c.rule().equals("growth") && c.holds()
              && c.numbers().stream().anyMatch(s -> s.start() == rate.start() && s.end() == rate.end())),
          () -> "rate at " + rate.start() + " unchecked in\n" + w.text());
    }
  }

  /** A heading amount, base, budget or rate changed by more than rounding is found at that number. */
  @Property(tries = 60)
  void aChangedNumberOfAnItemIsFoundThere(@ForAll("errors") ItemList.Injected e) {
    Span at = e.changed();
    String text = e.written().text();
    Analysis a = check(text);
    assertTrue(SumProperties.foundAt(a, at),
        () -> String.format(Locale.ROOT, "no finding at %s (%s, was %s) in%n%s%nfindings: %s",
            CodePoints.of(text).slice(at.start(), at.end()), e.place(), e.was(), text,
            a.findings().stream().map(Finding::zh).toList()));
  }

  @Provide
  Arbitrary<BigDecimal> deltas() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.50"), new BigDecimal("50.00"))
        .ofScale(2).flatMap(d -> Arbitraries.of(d, d.negate()));
  }

  /** Appends a number and gives its code-point span in the text. */
  private static int[] append(StringBuilder text, String number) {
    int start = text.codePointCount(0, text.length());
    text.append(number);
    return new int[] {start, start + number.codePointCount(0, number.length())};
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
