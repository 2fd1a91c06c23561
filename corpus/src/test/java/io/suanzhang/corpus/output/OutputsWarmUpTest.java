package io.suanzhang.corpus.output;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.Suanzhang;
import io.suanzhang.checks.cross.CrossDocuments;
import io.suanzhang.core.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warm-up of the outputs: it writes them all for a worker's sample, and leaves nothing behind. */
class OutputsWarmUpTest {

  @TempDir Path dir;

  @Test
  void aWorkersSampleWarmsEveryOutputAndNothingIsLeft() throws Exception {
    // What a worker reads as it starts (Worker.warmUp), and sends in its Ready frame.
    Path text = Files.writeString(dir.resolve("sample.txt"),
        "一、收入支出预算总体情况\n收入预算1413.96万元，支出预算916.11万元，执行率64.79%。\n",
        StandardCharsets.UTF_8);
    String sample = Json.mapper().writeValueAsString(Suanzhang.analyse(text));

    OutputsWarmUp warmUp = OutputsWarmUp.start(sample, CrossDocuments.Settings.DEFAULT);
    assertNotNull(warmUp);
    warmUp.close();

    assertTrue(warmUp.wrote(), "the outputs take the sample");
    assertFalse(Files.exists(warmUp.folder()), "what the warm-up wrote is deleted");
  }

  @Test
  void whatTheOutputsCannotTakeWarmsNothingAndFailsNothing() {
    OutputsWarmUp warmUp = OutputsWarmUp.start("{\"not\": \"an analysis\"", CrossDocuments.Settings.DEFAULT);
    assertNotNull(warmUp);
    warmUp.close();

    assertFalse(warmUp.wrote());
    assertFalse(Files.exists(warmUp.folder()));
  }
}
