package io.suanzhang.core.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class PrerequisitesTest {

  @Test
  void ciIsTrueOnlyWhenSaidSo() {
    assertTrue(Prerequisites.isTrue("true"));
    assertTrue(Prerequisites.isTrue(" TRUE\n"));
    assertFalse(Prerequisites.isTrue(null));
    assertFalse(Prerequisites.isTrue(""));
    assertFalse(Prerequisites.isTrue("false"));
    assertFalse(Prerequisites.isTrue("1"));
  }

  @Test
  void anAbortUnderCiBecomesAFailureWithItsReason() {
    TestAbortedException skip = new TestAbortedException("Assumption failed: no CJK font");
    Throwable failed = NoSkipsUnderCi.failed(skip, true);
    assertInstanceOf(AssertionError.class, failed);
    assertTrue(failed.getMessage().contains("CI=true") && failed.getMessage().contains("no CJK font"),
        failed::getMessage);
    assertSame(skip, failed.getCause());
  }

  @Test
  void anAbortOnAUsersCloneStaysASkipAndOtherErrorsPassThrough() {
    TestAbortedException skip = new TestAbortedException("no shared corpus");
    assertSame(skip, NoSkipsUnderCi.failed(skip, false));
    IllegalStateException bug = new IllegalStateException("bug");
    assertSame(bug, NoSkipsUnderCi.failed(bug, true));
  }
}
