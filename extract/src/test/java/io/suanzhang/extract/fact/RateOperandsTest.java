package io.suanzhang.extract.fact;

import static io.suanzhang.extract.fact.SeedReports.analysis;
import static io.suanzhang.extract.fact.SeedReports.facts;
import static io.suanzhang.extract.fact.SeedReports.is;
import static io.suanzhang.extract.fact.SeedReports.only;
import static io.suanzhang.extract.fact.SeedReports.value;
import static io.suanzhang.extract.fact.SeedReports.withLead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.fact.Rate;
import io.suanzhang.core.fact.RateKind;
import io.suanzhang.extract.ReadAndExtract;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rates whose operands stand outside their own clauses, and rates that state none. */
class RateOperandsTest {

  @Test
  void seed004_aRateAloneInItsSentenceTakesTheAmountOfTheSentenceBefore() {
    Analysis a = analysis("004");
    // 医疗救助实际落实到位资金共计7096.40万元，其中中央拨付…区级配套1600万元。资金到位率100%。
    Rate arrival = only(a, Rate.class, r -> r.measure() == RateKind.ARRIVAL);
    assertEquals("100", value(arrival.value()));
    assertEquals("到位资金共计7096.40万元", withLead("004", arrival.numerator(), 6));
    assertEquals("医疗救助", arrival.subject());
    // the parts 中央拨付5043万元 … are no denominator; the report states none
    assertNull(arrival.denominator());
  }

  @Test
  void seed002_eachItemCompletesItsBudgetWithItsFinalAccountAndNoBudgetFigure() {
    Analysis a = analysis("002");
    // 1. 社会保障和就业(类)…综合业务管理(项):支出决算为 13.36 万元, 完成预算 100%, 决算数与预算数持平。
    List<Rate> items = facts(a, Rate.class).stream()
        .filter(r -> r.measure() == RateKind.COMPLETION
            && (r.subject().endsWith("(项)") || r.subject().endsWith("（项）")))
        .toList();
    assertEquals(
        List.of("13.36", "21.72", "4.54", "2.67", "37.61", "4.33", "3.45"),
        items.stream().map(r -> value(r.numerator())).toList(),
        "item 7 is cut by a page break before its amount: its title is on another line");
    assertEquals(
        "社会保障和就业(类)人力资源和社会保障管理事务支出(款)综合业务管理(项)", items.get(0).subject());
    // 决算数与预算数持平 says the budget equals the final account but writes no budget figure
    items.forEach(r -> assertNull(r.denominator(), r.quote()));
    Rate wrapped = only(a, Rate.class, r -> is(r.numerator(), "4.00") && r.measure() == RateKind.COMPLETION);
    assertNull(wrapped.denominator());
  }

  @Test
  void seed000_aTaskCompletedIsMeasuredByTheOneNumberBeforeIt() {
    Analysis a = analysis("000");
    // 全区基本医疗保险参保共279745人，完成任务95.82%。其中：…基金征缴17249万元，完成任务99.71%。
    Rate insured = only(a, Rate.class, r -> is(r.value(), "95.82"));
    assertEquals(RateKind.COMPLETION, insured.measure());
    assertEquals("279745人", insured.numerator().text());
    assertNull(insured.denominator());
    Rate fund = only(a, Rate.class, r -> is(r.value(), "99.71"));
    assertEquals("17249万元", fund.numerator().text());
    assertEquals("基金征缴", fund.subject());
  }

  @Test
  void aBudgetOfTheSameSubjectInTheSameSectionIsTheDenominator(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.txt");
    Files.writeString(file, String.join("\n",
        "一、预算安排",
        "医疗救助项目年初预算数300万元。",
        "二、预算执行",
        "离休医疗补助费用项目年初预算数536.77万元，用于离休干部医疗费用补助。",
        "医疗救助项目实际支出280万元，预算执行率93.33%。",
        "离休医疗补助费用项目实际支出500万元，预算执行率93.15%。",
        ""), StandardCharsets.UTF_8);
    Analysis a = ReadAndExtract.analyse(file);

    Rate retired = only(a, Rate.class, r -> is(r.value(), "93.15"));
    assertEquals("离休医疗补助费用项目", retired.subject());
    assertEquals("500万元", retired.numerator().text());
    assertEquals("536.77万元", retired.denominator().text());
    // 医疗救助项目's budget is stated in another section: no denominator is taken from there,
    // nor the other project's budget from this one
    Rate relief = only(a, Rate.class, r -> is(r.value(), "93.33"));
    assertEquals("280万元", relief.numerator().text());
    assertNull(relief.denominator());
    assertTrue(a.facts().stream().allMatch(f -> !f.numbers().isEmpty()));
  }

  @Test
  void aShareWithoutTheAmountsItDividesIsARateWithoutOperands(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.txt");
    Files.writeString(file, String.join("\n",
        "其中项目支出占比30%。",
        "税收收入占一般公共预算收入的比重为46.8%。",
        ""), StandardCharsets.UTF_8);
    Analysis a = ReadAndExtract.analyse(file);

    for (String share : List.of("30", "46.8")) {
      Rate r = only(a, Rate.class, x -> is(x.value(), share));
      assertEquals(RateKind.OTHER, r.measure());
      assertNull(r.numerator(), r.quote());
      assertNull(r.denominator(), r.quote());
    }
  }

  @Test
  void seed004_aRateExplainedByALaterParagraphDividesThePaymentsListedThere() {
    Analysis a = analysis("004");
    // 我区城乡医疗救助实现“应救尽救”，…资金支付进度100%…。
    // 资金支付进度：截止到2021年12月…发放救助金4822.4935万元，…给予补贴2170.6240万元。
    Rate paid = only(a, Rate.class, r -> r.quote().contains("资金支付进度100%"));
    assertNull(paid.numerator());
    assertEquals(List.of("4822.4935万元", "2170.6240万元"),
        paid.numeratorParts().stream().map(m -> m.text()).toList());
    // the only funds in place the report states: 实际落实到位资金共计7096.40万元
    assertEquals("到位资金共计7096.40万元", withLead("004", paid.denominator(), 6));
  }

  @Test
  void aParagraphUnderTheRatesNameGivesItsPaymentsAndFunds(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.txt");
    Files.writeString(file, String.join("\n",
        "（三）项目产出",
        "救助对象覆盖面100%，资金支付进度95%，完成及时性100%。",
        "资金支付进度：全年到位资金200万元，已支付190万元。",
        "（四）项目效益",
        "到位资金共计180万元。",
        "资金支出进度90%。",
        "另有上级追加到位资金20万元。",
        "资金支出进度：截至年底支付工资类补助120万元，支付设备购置款42万元。",
        ""), StandardCharsets.UTF_8);
    Analysis a = ReadAndExtract.analyse(file);

    // the paragraph names its funds: they are the denominator, what was paid the numerator
    Rate allocated = only(a, Rate.class, r -> r.quote().contains("资金支付进度95%"));
    assertEquals("190万元", allocated.numerator().text());
    assertEquals("200万元", allocated.denominator().text());
    assertEquals(List.of(), allocated.numeratorParts());
    // two payments and no total: their sum; three different figures of funds in place: no
    // denominator is guessed
    Rate used = only(a, Rate.class, r -> r.quote().contains("资金支出进度90%"));
    assertEquals(List.of("120万元", "42万元"),
        used.numeratorParts().stream().map(m -> m.text()).toList());
    assertNull(used.denominator());
  }
}
