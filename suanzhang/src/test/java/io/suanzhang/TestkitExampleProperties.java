package io.suanzhang;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.testkit.ErrorKind;
import io.suanzhang.testkit.InjectedError;
import io.suanzhang.testkit.Rendering;
import io.suanzhang.testkit.Testkit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The example of {@code docs/testkit.md}: a user's own jqwik property over the testkit. A report with
 * a changed 执行率 is written as DOCX and checked; the rule {@code ratio} must point at the change.
 */
class TestkitExampleProperties {

  @Property(tries = 5)
  void aWrongExecutionRateIsFound(@ForAll("wrongRates") InjectedError error) throws IOException {
    Path dir = Files.createTempDirectory("example");
    Path file = Rendering.DOCX.renderInto(error.report(), dir);

    Analysis analysis = Suanzhang.analyse(file);

    assertTrue(error.foundIn(Rendering.DOCX, analysis.findings()), error::toString);
    Files.delete(file);
    Files.delete(dir);
  }

  @Provide
  Arbitrary<InjectedError> wrongRates() {
    return Testkit.injectedErrors(ErrorKind.RATE);
  }
}
