package io.suanzhang.example;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.suanzhang.checks.Checks;
import io.suanzhang.core.Json;
import io.suanzhang.corpus.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule from another jar is found by ServiceLoader and run by {@code suanzhang scan} like the built-in ones. */
class FenRuleTest {

  @TempDir Path dir;

  @Test
  void theStandardRulesIncludeARuleFromAnotherJar() {
    assertTrue(Checks.standard().ruleIds().contains("fen"), () -> Checks.standard().ruleIds().toString());
  }

  @Test
  void scanRunsItAndReportsTheAmountFinerThanAFen() throws Exception {
    Path reports = Files.createDirectories(dir.resolve("reports"));
    Files.writeString(reports.resolve("2023年度部门决算.txt"),
        "2023年度部门决算\n本年支出合计1,234.567元，其中基本支出1,000.00元。\n", UTF_8);
    Path out = dir.resolve("out");

    int status;
    PrintStream stdout = System.out;
    try (PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, UTF_8)) {
      System.setOut(quiet);
      status = Main.run("scan", reports.toString(), "--out", out.toString(), "--jobs", "1");
    } finally {
      System.setOut(stdout);
    }

    assertEquals(0, status, "a warning is no error finding: exit 0");
    JsonNode analysis = Json.mapper().readTree(Files.readAllLines(out.resolve("documents.jsonl"), UTF_8).get(0));
    List<String> fen = new ArrayList<>();
    for (JsonNode f : analysis.path("findings")) {
      if (f.path("rule").asText().equals("fen")) {
        fen.add(f.path("key").asText() + " " + f.path("stated").asText() + " " + f.path("recomputed").asText());
      }
    }
    assertEquals(List.of("fen.finer 1234.567 1234.57"), fen, analysis::toString);
    long checked = 0;
    for (JsonNode c : analysis.path("checks")) {
      checked += c.path("rule").asText().equals("fen") ? 1 : 0;
    }
    assertEquals(2, checked, "both amounts are evaluated: one holds, one is the finding");
  }
}
