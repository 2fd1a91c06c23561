package io.suanzhang.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Coverage.Missing;
import io.suanzhang.core.check.Coverage.Reason;
import io.suanzhang.core.check.Coverage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Why a number took part in no check: what its facts make of it, and what they lack. */
class CoverageCountTest {

  @TempDir Path dir;

  private Analysis analyse(String text) throws IOException {
    Path file = dir.resolve("report.txt");
    Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
    return Checked.analyse(file);
  }

  /** The reason, and what is missing where unresolved, of the unchecked number written {@code text}. */
  private static String why(Analysis a, String text) {
    Coverage.Unchecked u = a.coverage().unchecked().stream()
        .filter(x -> x.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError(text + " was checked or is no number: " + a.coverage()));
    return u.reason().jsonName() + (u.missing() == null ? "" : "/" + u.missing().jsonName());
  }

  private static String why(Reason reason, @Nullable Missing missing) {
    return reason.jsonName() + (missing == null ? "" : "/" + missing.jsonName());
  }

  @Test
  void rateWithoutItsAmountsLacksItsBase() throws IOException {
    Analysis a = analyse("2022年预算执行率64.79%。");
    assertEquals(why(Reason.UNRESOLVED, Missing.NO_BASE), why(a, "64.79%"));
  }

  @Test
  void shareWithoutAnyAmountLacksItsWhole() throws IOException {
    Analysis a = analyse("其中项目支出占比30%。");
    assertEquals(why(Reason.UNRESOLVED, Missing.NO_WHOLE), why(a, "30%"));
  }

  @Test
  void shareOfAWholeNotStatedLacksItsWhole() throws IOException {
    // The whole is named (“三公”经费), not given.
    Analysis a = analyse("公务接待费支出1.89万元，占“三公”经费的29.76%。");
    assertEquals(why(Reason.UNRESOLVED, Missing.NO_WHOLE), why(a, "29.76%"));
  }

  @Test
  void totalWithoutPartsLacksItsParts() throws IOException {
    Analysis a = analyse("本年支出合计100万元。");
    assertEquals(why(Reason.UNRESOLVED, Missing.NO_PARTS), why(a, "100万元"));
  }

  @Test
  void sumWithoutPartsLacksItsParts() throws IOException {
    Analysis a = analyse("2023年共计发放补贴3.5万元。");
    assertEquals(why(Reason.UNRESOLVED, Missing.NO_PARTS), why(a, "3.5万元"));
  }

  @Test
  void totalWithOneNotablePartIsCheckedAgainstIt() throws IOException {
    // 其中 names one part, not all: the total is checked as at least that part.
    Analysis a = analyse("2022年支出预算合计1413.96万元，其中项目支出预算782.25万元。");
    assertEquals(List.of(), a.coverage().unchecked());
  }

  @Test
  void plainAmountHasNothingToRelate() throws IOException {
    Analysis a = analyse("公务接待费支出50万元。");
    assertEquals(why(Reason.NOTHING_TO_RELATE, null), why(a, "50万元"));
  }

  @Test
  void growthWithoutEitherValueLacksItsBase() throws IOException {
    Analysis a = analyse("比上年增长12.5%。");
    assertEquals(why(Reason.UNRESOLVED, Missing.NO_BASE), why(a, "12.5%"));
  }

  @Test
  void growthWhoseBaseYearHoldsIsStillUnresolved() throws IOException {
    // The year rule finds 2019 before 2020; that checks the year, not 12.5%.
    Analysis a = analyse("2020年度部门决算\n公用经费比上年增长12.5%。");
    assertEquals(2020, a.report().year());
    assertTrue(a.checks().stream().anyMatch(c -> c.rule().equals("year")), a.checks()::toString);
    assertEquals(why(Reason.UNRESOLVED, Missing.NO_BASE), why(a, "12.5%"));
  }

  @Test
  void changeWithOnlyTheCurrentValueLacksItsBase() throws IOException {
    // 91.68 is the current value; what it is compared with is not stated.
    Analysis a = analyse("2020年度收、支总计91.68万元，比上年增加55.11万元。");
    assertEquals(why(Reason.UNRESOLVED, Missing.NO_BASE), why(a, "55.11万元"));
  }

  @Test
  void rateWithApproximateAmountsIsNotEvaluated() throws IOException {
    Analysis a = analyse("项目预算数约100万元，实际支出约65万元，预算执行率65%。");
    assertEquals(why(Reason.NOT_EVALUATED, null), why(a, "65%"));
  }

  @Test
  void percentageInNoFactHasNoFact() throws IOException {
    Analysis a = analyse("全年降水量偏多30%。");
    assertEquals(why(Reason.NO_FACT, null), why(a, "30%"));
  }

  @Test
  void numbersOfARelationThatWasEvaluatedAreChecked() throws IOException {
    Analysis a = analyse(
        "2022年部门预算数1413.96万元，实际支出916.11万元，预算执行率64.79%。"
            + "本年支出合计91.68万元，其中：基本支出69.98万元，占76.33%；项目支出21.70万元，占23.67%。");
    assertEquals(List.of(), a.coverage().unchecked(), () -> a.checks().toString());
    assertEquals(a.mentions().size(), a.coverage().checked());
  }

  @Test
  void everyUncheckedNumberIsAMentionOnce() throws IOException {
    Analysis a = analyse("2022年预算执行率64.79%。本年支出合计100万元。公务接待费支出50万元。全年降水量偏多30%。");
    assertEquals(a.mentions().size(), a.coverage().numbers());
    assertEquals(4, a.coverage().unchecked().size());
    assertTrue(a.coverage().unchecked().stream()
        .allMatch(u -> a.mentions().stream().anyMatch(m -> m.span().equals(u.span())
            && Objects.equals(m.text(), u.text()))));
  }
}
