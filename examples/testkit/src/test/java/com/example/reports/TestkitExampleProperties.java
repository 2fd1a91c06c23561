package com.example.reports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.Suanzhang;
import io.suanzhang.core.Analysis;
import io.suanzhang.testkit.ErrorKind;
import io.suanzhang.testkit.InjectedError;
import io.suanzhang.testkit.Rendering;
import io.suanzhang.testkit.TempFolder;
import io.suanzhang.testkit.Testkit;
import java.io.IOException;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TestkitExampleProperties {

  @Property(tries = 5)
  void aWrongExecutionRateIsFound(@ForAll("wrongRates") InjectedError error) throws IOException {
    try (TempFolder dir = Testkit.tempFolder()) {
      Path file = Rendering.DOCX.renderInto(error.report(), dir.path());

      Analysis analysis = Suanzhang.analyse(file);

      assertTrue(error.foundIn(Rendering.DOCX, analysis.findings()), error::toString);
    }
  }

  @Property(tries = 10)
  void everyKindOfErrorIsFoundInText(@ForAll ErrorKind kind, @ForAll("seeds") long seed)
      throws IOException {
    InjectedError error = Testkit.inject(Testkit.report(seed), kind, seed);
    try (TempFolder dir = Testkit.tempFolder()) {
      Path file = Rendering.TXT.renderInto(error.report(), dir.path());

      Analysis analysis = Suanzhang.analyse(file);

      assertTrue(error.foundIn(Rendering.TXT, analysis.findings()), error::toString);
    }
  }

  @Provide
  Arbitrary<InjectedError> wrongRates() {
    return Testkit.injectedErrors(ErrorKind.RATE);
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs().between(0, Long.MAX_VALUE);
  }
}
