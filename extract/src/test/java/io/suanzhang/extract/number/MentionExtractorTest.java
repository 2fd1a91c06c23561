package io.suanzhang.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.mention.Approximation;
import io.suanzhang.core.mention.Bound;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.mention.UnitSource;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionExtractorTest {

  private static List<Mention> extract(String text) {
    return MentionExtractor.extract(text);
  }

  private static Mention only(String text) {
    List<Mention> found = extract(text);
    assertEquals(1, found.size(), () -> "expected one mention in " + text + " but found " + found);
    return found.get(0);
  }

  private static void assertMoney(Mention m, String text, String value, String unit, String yuan) {
    assertEquals(MentionKind.MONEY, m.kind(), m::toString);
    assertEquals(text, m.text());
    assertEquals(0, new BigDecimal(value).compareTo(m.value()), m::toString);
    assertEquals(unit, m.unit());
    assertEquals(0, new BigDecimal(yuan).compareTo(m.yuan()), m::toString);
  }

  @Test
  void readsAnAmountWrittenWithTheYuanSign() {
    Mention m = only("报销金额¥1,234.56，已支付。");
    assertEquals("¥1,234.56", m.text());
    assertEquals(MentionKind.MONEY, m.kind());
    assertEquals(0, new BigDecimal("1234.56").compareTo(m.yuan()));
    Mention wide = only("合计 ￥ 500万元");
    assertEquals(0, new BigDecimal("5000000").compareTo(wide.yuan()));
  }

  @Test
  void readsAmountWithUnitAndKeepsWrittenScale() {
    Mention m = only("2022年当年部门预算数1413.96万元，");
    assertMoney(m, "1413.96万元", "1413.96", "万元", "14139600");
    assertEquals(2, m.value().scale());
    assertEquals(UnitSource.WRITTEN, m.unitSource());
    assertEquals(12, m.start());
    assertEquals(21, m.end());
  }

  @Test
  void readsThousandsSeparators() {
    assertMoney(only("支出总计91,016,775.35元。"), "91,016,775.35元", "91016775.35", "元", "91016775.35");
  }

  @Test
  void doesNotTreatClauseCommaAsThousandsSeparator() {
    List<Mention> found = extract("调至16元，500元/人次");
    assertEquals(2, found.size(), found::toString);
    assertMoney(found.get(0), "16元", "16", "元", "16");
  }

  @Test
  void readsFullWidthDigitsSignsAndSeparators() {
    List<Mention> found = extract("预算数１４１３．９６万元，执行率６４．７９％，合计１，２３４元");
    assertEquals(3, found.size(), found::toString);
    assertMoney(found.get(0), "１４１３．９６万元", "1413.96", "万元", "14139600");
    assertEquals(MentionKind.PERCENT, found.get(1).kind());
    assertEquals(0, new BigDecimal("64.79").compareTo(found.get(1).value()));
    assertMoney(found.get(2), "１，２３４元", "1234", "元", "1234");
  }

  @Test
  void readsSpacesAndLineBreaksBetweenNumberAndUnit() {
    assertMoney(only("收、支总计 91.68 万元。"), "91.68 万元", "91.68", "万元", "916800");
    assertMoney(only("增加1.92 万\n元，增长"), "1.92 万\n元", "1.92", "万元", "19200");
    assertEquals("100 %", only("财政代缴 100 %").text());
  }

  @Test
  void readsDecimalsWrappedOntoTheNextLine() {
    assertMoney(only("预算数1413.\n96万元，"), "1413.\n96万元", "1413.96", "万元", "14139600");
  }

  @Test
  void readsChineseNumerals() {
    assertMoney(only("补助三万二千元。"), "三万二千元", "32000", "元", "32000");
    assertMoney(only("投入一亿二千万元"), "一亿二千万元", "120000000", "元", "120000000");
    assertMoney(only("奖励两千元"), "两千元", "2000", "元", "2000");
    Mention count = only("共十五个项目");
    assertEquals(MentionKind.COUNT, count.kind());
    assertEquals("个", count.unit());
    assertEquals(0, BigDecimal.valueOf(15).compareTo(count.value()));
    Mention percent = only("覆盖率达到百分之八十五。");
    assertEquals(MentionKind.PERCENT, percent.kind());
    assertEquals("百分之八十五", percent.text());
    assertEquals(0, BigDecimal.valueOf(85).compareTo(percent.value()));
  }

  @Test
  void ignoresChineseNumeralsWithoutUnit() {
    assertTrue(extract("一是加大宣传力度，三医联动，统一标准，第三批").isEmpty());
  }

  @Test
  void readsMixedMagnitudes() {
    assertMoney(only("费用1.2亿元。"), "1.2亿元", "1.2", "亿元", "120000000");
    assertMoney(only("投资3千万元"), "3千万元", "3000", "万元", "30000000");
    Mention copies = only("共派发宣传资料3万多份，");
    assertEquals(MentionKind.COUNT, copies.kind());
    assertEquals("3万多份", copies.text());
    assertEquals(0, BigDecimal.valueOf(30000).compareTo(copies.value()));
    assertEquals(Approximation.MORE, copies.approx());
    Mention sms = only("推送短信5万余条");
    assertEquals(Approximation.ODD, sms.approx());
    assertEquals(0, BigDecimal.valueOf(50000).compareTo(sms.value()));
    assertEquals("条", sms.unit());
    Mention people = only("目前已经有10多万人参保");
    assertEquals(0, BigDecimal.valueOf(100000).compareTo(people.value()));
    assertEquals("人", people.unit());
  }

  @Test
  void readsEveryNumberOfAListOrRange() {
    List<Mention> list = extract("价格调至16元、5元/人次，降幅42.9%、20%。");
    assertEquals(4, list.size(), list::toString);
    assertEquals("人次", list.get(1).per());
    List<Mention> range = extract("每项补助3-5万元");
    assertEquals(2, range.size(), range::toString);
    assertMoney(range.get(0), "3", "3", "万元", "30000");
    assertMoney(range.get(1), "5万元", "5", "万元", "50000");
    List<Mention> words = extract("培训3至5人");
    assertEquals(2, words.size(), words::toString);
    assertEquals("人", words.get(0).unit());
  }

  @Test
  void readsPricesWithTheirPerUnit() {
    List<Mention> found = extract("由原来的260.68元/人调整为75.8元/人次");
    assertEquals(2, found.size());
    assertEquals("人", found.get(0).per());
    assertMoney(found.get(1), "75.8元", "75.8", "元", "75.8");
    assertEquals("人次", found.get(1).per());
  }

  @Test
  void appliesTheUnitDeclaredForATable() {
    String text = "单位：万元\n项目\t预算数\t执行率（%）\n合计\t1,234.50\t98.5\n";
    List<Mention> found = extract(text);
    assertEquals(2, found.size(), found::toString);
    assertMoney(found.get(0), "1,234.50", "1234.50", "万元", "12345000");
    assertEquals(UnitSource.TABLE, found.get(0).unitSource());
    assertEquals(MentionKind.PERCENT, found.get(1).kind());
  }

  @Test
  void appliesAColumnUnitSkipsCodesAndReadsAScoreColumnAsPoints() {
    String text = "科目编码\t科目名称\t决算数（元）\t得分\n2080505\t机关事业单位基本养老保险缴费支出\t45,400.00\t10\n";
    List<Mention> found = extract(text);
    assertEquals(2, found.size(), found::toString);
    assertMoney(found.get(0), "45,400.00", "45400.00", "元", "45400");
    assertEquals(MentionKind.SCORE, found.get(1).kind());
    assertEquals("10", found.get(1).text());
    assertEquals(UnitSource.TABLE, found.get(1).unitSource());
  }

  @Test
  void aRowOfScoreHeadersInATableNamesTheColumnsBelowIt() {
    String text = String.join("\n",
        "单位：万元",
        "项目\t年初预算数\t全年执行数\t执行率",
        "年度资金总额\t238.93\t251.89\t100.00%",
        "一级指标\t三级指标\t权重\t得分",
        "产出指标\t发放覆盖率\t60\t58.5",
        "");
    List<Mention> found = extract(text);
    assertEquals(List.of("238.93", "251.89", "100.00%", "60", "58.5"),
        found.stream().map(Mention::text).toList());
    assertEquals(MentionKind.MONEY, found.get(1).kind());
    assertEquals(MentionKind.SCORE, found.get(3).kind());
    assertEquals(MentionKind.SCORE, found.get(4).kind());
  }

  @Test
  void appliesTheUnitOfAPlainTextTable() {
    String text = "金额单位:万元\n项目 2016年预算数\n一、“三公”经费合计 21.63 21.63\n(二)公务接待费 14.83 14.83\n注：说明。";
    List<Mention> found = extract(text);
    assertEquals(4, found.size(), found::toString);
    assertMoney(found.get(2), "14.83", "14.83", "万元", "148300");
  }

  @Test
  void infersTheUnitOfABareAmountFromTheAmountsAroundIt() {
    String text = "（2）办公费支出58000元，用于宣传。\n（3）安装LED户外显示屏支出89699，通过电子荧屏投屏。\n（4）其他支出40000元。";
    List<Mention> found = extract(text);
    assertEquals(3, found.size(), found::toString);
    assertMoney(found.get(1), "89699", "89699", "元", "89699");
    assertEquals(UnitSource.CONTEXT, found.get(1).unitSource());
  }

  @Test
  void leavesABareAmountBareWhenTheAmountsAroundItDisagree() {
    assertEquals(2, extract("支出58000元，办公费支出89699，其他40万元").size());
  }

  @Test
  void skipsYearsDatesDocumentNumbersPhonesAndSectionNumbersAndReadsScoresAsPoints() {
    String text =
        "2020年1月13日，根据《通知》（韶财社[2020]7号）和（钦市财绩〔2023〕2号），填报日期：2024-7-9，"
            + "联系电话：0751-6927892，（1）1.第一部分，得出结果为96.48分，2020 年度，1-12月，用时3分钟。";
    List<Mention> found = extract(text);
    assertEquals(1, found.size(), found::toString);
    assertEquals(MentionKind.SCORE, found.get(0).kind());
    assertEquals("96.48分", found.get(0).text());
    assertEquals("96.48", found.get(0).value().toPlainString());
  }

  @Test
  void readsPointsOnlyWhereAScoreWordPrecedesThem() {
    List<Mention> found = extract("投入情况（满分20分，自评20分），评价时间共计30分钟，二分之一。");
    assertEquals(List.of("20分", "20分"), found.stream().map(Mention::text).toList());
  }

  @Test
  void recordsApproximationMarkers() {
    assertEquals(Approximation.ABOUT, only("约100万元").approx());
    assertEquals(Approximation.NEARLY, only("近3000人").approx());
    assertEquals(Approximation.OVER, only("救助金额超455.84万元").approx());
    assertEquals(Approximation.AROUND, only("100人左右").approx());
    assertNull(only("共100人").approx());
  }

  @Test
  void recordsComparators() {
    assertEquals(Bound.AT_LEAST, only("整改率≥80%。").comparator());
    assertEquals(Bound.AT_LEAST, only("满意度≥ 90%").comparator());
    assertEquals(Bound.AT_LEAST, only("满意度不低于90%").comparator());
    assertEquals(Bound.AT_MOST, only("成本不超过5万元").comparator());
    assertEquals(Bound.AT_LEAST, only("参保率稳定在97% 以上").comparator());
    assertEquals(Bound.AT_MOST, only("控制在3%以内").comparator());
    assertEquals(Bound.MORE_THAN, only("满意度超过90%").comparator());
    assertEquals(Bound.AT_LEAST, only("满意度大于等于90%").comparator());
  }

  @Test
  void keepsTheSignOfChanges() {
    List<Mention> found = extract("合计 | 2911.47 | -204.61万元 | -7.03% |");
    assertEquals(0, new BigDecimal("-7.03").compareTo(found.get(found.size() - 1).value()));
    assertEquals("-7.03%", found.get(found.size() - 1).text());
  }

  @Test
  void ignoresNumbersInsideCodesAndNames() {
    assertTrue(extract("推进DRG2.0改革，5G网络，COVID-19").isEmpty());
  }

  @Test
  void countsOffsetsInCodePoints() {
    String text = "𠀀𠀁预算5万元";
    Mention m = only(text);
    assertEquals(4, m.start());
    assertEquals(7, m.end());
    assertEquals("5万元", m.text());
  }

  @Test
  void readsCountsWithTheirUnits() {
    List<Mention> found = extract("开展检查68次，立案3宗，参保365.59万人，救助26.38万人次，下调2个百分点");
    assertEquals(List.of("次", "宗", "人", "人次", "百分点"), found.stream().map(Mention::unit).toList());
    assertEquals(0, new BigDecimal("3655900").compareTo(found.get(2).value()));
  }

  @Test
  void doesNotReadWordsStartingWithACountingCharacterAsCounts() {
    assertTrue(extract("2次年度考核，3项目").isEmpty(), () -> extract("2次年度考核，3项目").toString());
  }
}
