package io.suanzhang.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WrapsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "74.75%；项目支出, 74.75%；",
    "'1,032.46万元，其中', '1,032.46万元，'",
    "111.18 万元，执行数, 111.18 万元，",
    "2021年部门预算, 2021",
    "元。决算数, 元。",
    "（项）。主要用于, （项）。",
    "占25.25%, 占",
    "Word 文档, Word",
  })
  void findsTheFirstPieceALineCannotBreakInside(String text, String piece) {
    assertEquals(piece, text.substring(0, Wraps.firstPiece(text)));
  }
}
