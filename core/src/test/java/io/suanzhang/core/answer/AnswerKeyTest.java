package io.suanzhang.core.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnswerKeyTest {

  @Test
  void matchesTheSameNumberWrittenOtherwise() {
    assertTrue(AnswerKey.sameText("1,032.46万元", "1032.46 万元"));
    assertTrue(AnswerKey.sameText("１０３２.４６", "1032.46"));
    assertTrue(AnswerKey.sameText("预算执行率 85.5%", "85.5%"));
    assertFalse(AnswerKey.sameText("11032.46", "1032.46"));
    assertFalse(AnswerKey.sameText("1032.461", "1032.46"));
    assertTrue(AnswerKey.sameText("XX局", "XX局"));
  }
}
