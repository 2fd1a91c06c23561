package io.suanzhang.read.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void cutsAmountsGluedAfterTwoDecimals() {
    assertArrayEquals(new int[] {12}, Numbers.glueCuts("2,132,777.5466,410,000.00"));
    assertArrayEquals(new int[] {7}, Numbers.glueCuts("9746.509859.38"));
    assertArrayEquals(new int[] {8, 17}, Numbers.glueCuts("1,234.5612,345.678.90"));
  }

  @Test
  void cutsGroupedIntegersWhereAGroupWouldHaveFourDigits() {
    assertArrayEquals(new int[] {10}, Numbers.glueCuts("18,120,5931,710,062"));
  }

  @Test
  void cutsAGroupedAmountFromTextGluedAfterIt() {
    assertArrayEquals(new int[] {13}, Numbers.glueCuts("91,016,775.35一、一般公共服务支出"));
  }

  @Test
  void leavesSingleNumbersAndYearsWhole() {
    assertArrayEquals(new int[0], Numbers.glueCuts("12.3456"));
    assertArrayEquals(new int[0], Numbers.glueCuts("1,234,567.89"));
    assertArrayEquals(new int[0], Numbers.glueCuts("2024年预算数"));
    assertArrayEquals(new int[0], Numbers.glueCuts("2024.01.01"));
    assertArrayEquals(new int[0], Numbers.glueCuts("12.50%"));
  }

  @Test
  void readsTheNumbersOfTables() {
    assertTrue(Numbers.isNumber("91,016,775.35"));
    assertTrue(Numbers.isNumber("-3.5"));
    assertTrue(Numbers.isNumber("100.00%"));
    assertFalse(Numbers.isNumber("1,2345"));
    assertFalse(Numbers.isNumber("2024年"));
    assertFalse(Numbers.isNumber("合计"));
  }
}
