package io.suanzhang.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.suanzhang.core.Json;
import io.suanzhang.core.answer.AnswerKey;
import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.core.text.CodePoints;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

  private static final Path SAMPLES = SharedFiles.repositoryRoot().resolve("samples/written");

  record Run(int status, String out, String err) {
    List<JsonNode> jsonLines() throws Exception {
      List<JsonNode> lines = new ArrayList<>();
      for (String line : out.split("\n")) {
        if (!line.isBlank()) {
          lines.add(Json.mapper().readTree(line));
        }
      }
      return lines;
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.command(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void everyCommandAnswersHelpAndVersionWithoutItsArguments() {
    for (String command : List.of("text", "extract", "scan", "bench")) {
      Run help = run(command, "--help");
      assertEquals(0, help.status(), () -> command + ": " + help.err());
      assertTrue(help.out().startsWith("Usage: suanzhang " + command + " [-hV]"), help::out);
      assertEquals("", help.err());
      Run version = run(command, "-V");
      assertEquals(0, version.status(), command);
      assertTrue(version.out().startsWith("suanzhang "), version::out);
    }
  }

  private static List<Path> samples() throws Exception {
    try (var files = Files.list(SAMPLES)) {
      return files.sorted().toList();
    }
  }

  @Test
  void extractWritesOneJsonObjectPerFileWhoseSpansQuoteTheText() throws Exception {
    for (Path sample : samples()) {
      Run text = run("text", sample.toString());
      assertEquals(0, text.status(), text.err());
      Run extract = run("extract", sample.toString());
      assertEquals(0, extract.status(), extract.err());
      List<JsonNode> lines = extract.jsonLines();
      assertEquals(1, lines.size());
      JsonNode doc = lines.get(0);
      List<String> keys = new ArrayList<>();
      doc.fieldNames().forEachRemaining(keys::add);
      assertEquals(
          List.of("source", "report", "sections", "mentions", "facts", "findings", "checks",
              "coverage", "errors", "warnings"),
          keys);
      assertEquals(64, doc.at("/source/sha256").asText().length());
      assertTrue(doc.get("mentions").size() > 0, sample::toString);
      assertTrue(doc.get("facts").size() > 0 && doc.get("checks").size() > 0, sample::toString);
      CodePoints cp = CodePoints.of(text.out());
      for (JsonNode m : doc.get("mentions")) {
        assertEquals(
            m.get("text").asText(), cp.slice(m.get("start").asInt(), m.get("end").asInt()));
      }
    }
  }

  @Test
  void extractCallsAPdfClaimingABillionPagesTooLargeAsScanDoesWithoutAStackTrace(@TempDir Path dir)
      throws Exception {
    Path pdf = io.suanzhang.corpus.scan.InputRecordsTest.billionPages(dir.resolve("billion.pdf"));

    Run r = run("extract", pdf.toString());

    assertEquals(2, r.status());
    JsonNode error = r.jsonLines().get(0).path("errors").path(0);
    assertEquals("too_large", error.path("code").asText(), r.out());
    assertTrue(error.path("message").asText().contains("more than the limit of 100,000 pages"));
    assertTrue(!r.err().contains("\tat "), r.err());
  }

  @Test
  void extractOfAFolderSaysScanReadsFoldersWithoutAStackTrace(@TempDir Path dir) throws Exception {
    Run r = run("extract", dir.toString());

    assertEquals(2, r.status());
    JsonNode error = r.jsonLines().get(0).path("errors").path(0);
    assertEquals("not_found", error.path("code").asText(), r.out());
    assertTrue(error.path("message").asText().endsWith("a folder, not a file (scan reads folders)"));
    assertTrue(!r.err().contains("\tat "), r.err());
  }

  @Test
  void textDecodesAGbkReport() throws Exception {
    Path gbk = samples().stream().filter(p -> p.toString().contains("GBK")).findFirst().orElseThrow();
    Run text = run("text", gbk.toString());
    assertEquals(0, text.status());
    assertTrue(text.out().contains("一般公共预算收入完成18.6亿元"), text.out());
  }

  @Test
  void unreadableInputsGiveTypedErrorsAndTheRestIsStillRead(@TempDir Path dir) throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Path binary = dir.resolve("random.bin");
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    Files.write(binary, noise);
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "预算数1413.96万元，执行率64.79%。", StandardCharsets.UTF_8);
    Path missing = dir.resolve("missing.txt");

    Run run = run("extract", empty.toString(), binary.toString(), missing.toString(), good.toString());
    assertEquals(2, run.status());
    List<JsonNode> lines = run.jsonLines();
    assertEquals(4, lines.size());
    assertError(lines.get(0), "empty", empty);
    assertError(lines.get(1), "unsupported", binary);
    assertError(lines.get(2), "not_found", missing);
    assertEquals(0, lines.get(3).get("errors").size());
    assertEquals(2, lines.get(3).get("mentions").size());
  }

  @Test
  void scanOfTheGeneratedCorpusFindsEveryInjectedErrorAndNoFalseOne() throws Exception {
    Path generated = SharedFiles.repositoryRoot().resolve("samples/generated");
    AnswerKey key = AnswerKey.read(generated.resolve(AnswerKey.FILE_NAME));
    int injected = key.files().stream().mapToInt(f -> f.errors().size()).sum();
    assertTrue(injected > 0, "the generated corpus injects errors");
    Run scan = run("scan", "--jobs", "0", generated.toString());
    assertEquals(1, scan.status(), scan.out() + scan.err());
    assertTrue(scan.out().contains(
            "injected errors found: " + injected + "/" + injected + ", false errors: 0, false warnings: 0"),
        scan.out());
    assertTrue(!scan.out().contains(AnswerKey.FILE_NAME), "the answer key is not scanned as a report");
  }

  @Test
  void scanSummarisesEveryFileAndFailsOnlyForUnreadableOnes(@TempDir Path dir) throws Exception {
    Run clean = run("scan", SAMPLES.toString());
    assertEquals(0, clean.status(), clean.out() + clean.err());
    for (Path sample : samples()) {
      assertTrue(clean.out().contains(sample.getFileName().toString()), clean.out());
    }
    assertTrue(clean.out().contains(samples().size() + " files: " + samples().size() + " read, 0 unreadable"));

    Files.writeString(dir.resolve("a.txt"), "支出合计5万元", StandardCharsets.UTF_8);
    Files.createFile(dir.resolve("b.txt"));
    Run mixed = run("scan", dir.toString());
    assertEquals(2, mixed.status());
    assertTrue(mixed.out().contains("2 files: 1 read, 1 unreadable"), mixed.out());
    assertTrue(mixed.out().contains("empty:"), mixed.out());

    // The totals name each error code within its status.
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    Files.write(dir.resolve("c.pdf"), noise);
    Files.createFile(dir.resolve("d.txt"));
    new Random(8).nextBytes(noise);
    Files.write(dir.resolve("e.bin"), noise);
    Files.createSymbolicLink(dir.resolve("f.pdf"), dir.resolve("gone.pdf"));
    Run failures = run("scan", dir.toString());
    assertTrue(failures.out().contains("failed by status: 4 parse_error (2 empty, 1 corrupt, 1 unsupported), 1 skipped\n"),
        failures.out());
  }

  @Test
  void scanCountsThePercentagesAndStatedChangesChecked(@TempDir Path dir) throws Exception {
    // 150.70% and 55.11 are checked against 91.68 and 36.57; 12.5% and 执行率64.79% lack their bases.
    Files.writeString(dir.resolve("a.txt"),
        "2020年度收、支总计91.68万元。与2019年36.57万元相比，增加55.11万元，增长150.70%。\n"
            + "公用经费比上年增长12.5%。预算执行率64.79%。\n",
        StandardCharsets.UTF_8);
    Run scan = run("scan", "--jobs", "0", dir.toString());
    String[] lines = scan.out().split("\n");
    assertEquals(List.of("file", "format", "money", "percent", "count", "%checked", "changes", "checks",
        "holds", "error", "warn", "info", "unread"), List.of(lines[0].trim().split("\\s+")));
    List<String> row = List.of(lines[1].trim().split("\\s+"));
    assertEquals(List.of("a.txt", "text", "3", "3", "0", "1/3", "2/3"), row.subList(0, 7), lines[1]);
    assertTrue(scan.out().contains(
        "percentages checked: 1 of 3 (33.3%); stated changes checked: 2 of 3 (66.7%)"), scan.out());
  }

  @Test
  void wrongArgumentsExitWithTwo() {
    assertEquals(2, run("extract").status());
    assertEquals(2, run("no-such-command").status());
    assertEquals(2, run("scan", "/no/such/folder").status());
    assertEquals(2, run("scan", "--jobs", "-1", SAMPLES.toString()).status());
    assertEquals(2, run("scan", "--timeout", "0", SAMPLES.toString()).status());
    Run unknownRule = run("scan", "--disable", "no-such-rule", SAMPLES.toString());
    assertEquals(2, unknownRule.status());
    assertTrue(unknownRule.err().contains("no-such-rule"), unknownRule.err());
  }

  @Test
  void scanExitsWithOneForErrorFindings() {
    Run seeds = run("scan", "--jobs", "0", SharedFiles.seeds().toString());
    assertEquals(1, seeds.status(), seeds.out());
    assertTrue(seeds.out().contains("failed by status: none"), seeds.out());
  }

  private static void assertError(JsonNode doc, String code, Path file) {
    JsonNode errors = doc.get("errors");
    assertEquals(1, errors.size(), doc::toString);
    assertEquals(code, errors.get(0).get("code").asText());
    assertTrue(errors.get(0).get("message").asText().contains(file.toString()), doc::toString);
    assertEquals(0, doc.get("mentions").size());
  }
}
