package io.suanzhang.corpus.output;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.Suanzhang;
import io.suanzhang.checks.cross.CrossDocuments;
import io.suanzhang.core.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warm-up of the outputs: it writes them all for a worker's sample, and fails nothing. */
class OutputsWarmUpTest {

  @TempDir Path dir;

  @Test
  void aWorkersSampleWarmsEveryOutput() throws Exception {
    // What a worker reads as it starts (Worker.warmUp), and sends in its Ready frame.
    Path text = Files.writeString(dir.resolve("sample.txt"),
        "一、收入支出预算总体情况\n收入预算1413.96万元，支出预算916.11万元，执行率64.79%。\n",
        StandardCharsets.UTF_8);
    String sample = Json.mapper().writeValueAsString(Suanzhang.analyse(text));

    Path folder = Files.createDirectory(dir.resolve("warm"));
    OutputsWarmUp warmUp = OutputsWarmUp.start(sample, CrossDocuments.Settings.DEFAULT, folder);
    warmUp.close();

    assertTrue(warmUp.wrote(), "the outputs take the sample");
    for (String output : List.of(ScanOutputs.FINDINGS_CSV, ScanOutputs.FACTS_CSV,
        ScanOutputs.SUMMARY_XLSX, ScanOutputs.REPORT_HTML)) {
      assertTrue(Files.isRegularFile(folder.resolve("out").resolve(output)), output);
    }
  }

  @Test
  void whatTheOutputsCannotTakeWarmsNothingAndFailsNothing() throws Exception {
    OutputsWarmUp warmUp = OutputsWarmUp.start(
        "{\"not\": \"an analysis\"", CrossDocuments.Settings.DEFAULT, dir);
    warmUp.close();

    assertFalse(warmUp.wrote());
  }
}
