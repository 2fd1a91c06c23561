package io.suanzhang.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.suanzhang.core.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan --out DIR} compares a previous year's figure with that year's report of the department. */
class CrossDocumentScanTest {

  private static final String DEPARTMENT = "示例县医疗保障局";

  private record Run(int status, String out, String err) {}

  private static Run scan(Path reports, Path out, String... more) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    List<String> args = new java.util.ArrayList<>(
        List.of("scan", "--jobs", "0", reports.toString(), "--out", out.toString()));
    args.addAll(List.of(more));
    int status = Main.command(new PrintWriter(o), new PrintWriter(e)).execute(args.toArray(String[]::new));
    return new Run(status, o.toString(), e.toString());
  }

  private static Path report(Path dir, String name, String department, int year, String sentence)
      throws Exception {
    String text = department + year + "年部门决算\n\n一、部门基本情况\n" + department + "主要职责是医疗保障。\n\n"
        + "二、一般公共预算财政拨款“三公”经费支出决算情况说明\n" + sentence + "\n";
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static List<JsonNode> crossDocuments(Path out) throws Exception {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("cross-documents.jsonl"))) {
      lines.add(Json.mapper().readTree(line));
    }
    return lines;
  }

  private static void twoYears(Path reports, String department2019, String stated2019)
      throws Exception {
    report(reports, "2019.txt", department2019, 2019,
        "2019年度公务接待费支出" + stated2019 + "万元，与2018年40.00万元相比，减少，下降。");
    report(reports, "2020.txt", DEPARTMENT, 2020,
        "2020年度公务接待费支出30.12万元，与2019年36.57万元相比，减少6.45万元，下降17.64%。");
  }

  @Test
  void previousYearsFigureQuotedAsThatYearsReportStatesItHolds(@TempDir Path dir) throws Exception {
    Path reports = Files.createDirectory(dir.resolve("reports"));
    twoYears(reports, DEPARTMENT, "36.57");
    Path out = dir.resolve("out");
    Run run = scan(reports, out);
    assertEquals(0, run.status(), run.out() + run.err());
    assertTrue(run.out().contains("cross-document checks: 1 evaluated, 0 findings"), run.out());
    List<JsonNode> lines = crossDocuments(out);
    assertEquals(1, lines.size());
    JsonNode pair = lines.get(0);
    assertTrue(pair.get("document").asText().endsWith("2020.txt"), pair::toString);
    assertTrue(pair.get("other").asText().endsWith("2019.txt"), pair::toString);
    assertEquals("cross-document", pair.at("/check/rule").asText());
    assertTrue(pair.at("/check/holds").asBoolean(), pair::toString);
    assertTrue(pair.get("finding").isNull(), pair::toString);
  }

  @Test
  void previousYearsFigureQuotedOtherwiseIsAFindingWithBothDocumentsEvidence(@TempDir Path dir)
      throws Exception {
    Path reports = Files.createDirectory(dir.resolve("reports"));
    twoYears(reports, DEPARTMENT, "35.57");
    Path out = dir.resolve("out");
    byte[] before;
    Run run = scan(reports, out);
    assertEquals(0, run.status(), "cross-document findings are warnings: " + run.out() + run.err());
    assertTrue(run.out().contains("cross-document checks: 1 evaluated, 1 findings"), run.out());
    before = Files.readAllBytes(out.resolve("documents.jsonl"));
    JsonNode pair = crossDocuments(out).get(0);
    assertFalse(pair.at("/check/holds").asBoolean(), pair::toString);
    JsonNode finding = pair.get("finding");
    assertEquals("cross-document", finding.get("rule").asText());
    assertEquals("cross_document.mismatch", finding.get("key").asText());
    assertEquals("warning", finding.get("severity").asText().toLowerCase(java.util.Locale.ROOT));
    assertEquals("公务接待费", finding.get("subject").asText());
    assertEquals("36.57", finding.get("stated").asText());
    assertEquals("35.57", finding.get("recomputed").asText());
    assertEquals("1.00", finding.get("difference").asText());
    assertEquals("万元", finding.get("unit").asText());
    assertTrue(finding.get("zh").asText().contains("35.57万元"), finding::toString);
    assertTrue(finding.get("en").asText().contains("2019.txt"), finding::toString);
    JsonNode evidence = finding.get("evidence");
    assertEquals(2, evidence.size());
    assertEquals("stated", evidence.get(0).get("role").asText());
    assertTrue(evidence.get(0).get("quote").asText().contains("与2019年36.57万元相比"));
    assertEquals("reference:" + pair.get("other").asText(), evidence.get(1).get("role").asText());
    assertEquals("35.57万元", evidence.get(1).get("text").asText());
    assertTrue(evidence.get(1).get("quote").asText().startsWith("2019年度公务接待费支出35.57万元"));

    // The result files list it with the report that quotes the figure.
    List<String> rows = Files.readAllLines(out.resolve("findings.csv"), StandardCharsets.UTF_8);
    assertTrue(rows.stream().anyMatch(r -> r.contains("cross_document.mismatch") && r.contains("2020.txt")),
        rows::toString);
    String page = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertTrue(page.contains("cross_document.mismatch"));
    assertTrue(page.contains("other report"), "the other report's figure is not called recomputed");

    // A resumed run leaves the per-document results as they were.
    Run again = scan(reports, out);
    assertEquals(0, again.status(), again.out() + again.err());
    assertEquals(
        new String(before, StandardCharsets.UTF_8),
        Files.readString(out.resolve("documents.jsonl"), StandardCharsets.UTF_8));
  }

  /**
   * report.html sets the department's reports side by side: a column per year, the compared item in
   * a row with each report's figure in its column and the finding's key.
   */
  @Test
  void theReportPageSetsADepartmentsYearsSideBySide(@TempDir Path dir) throws Exception {
    Path reports = Files.createDirectory(dir.resolve("reports"));
    twoYears(reports, DEPARTMENT, "35.57");
    Path out = dir.resolve("out");
    assertEquals(0, scan(reports, out).status());
    org.jsoup.nodes.Document page =
        org.jsoup.Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
    org.jsoup.nodes.Element table = page.selectFirst("section#years table.years");
    assertTrue(table != null, () -> page.select("section").toString());
    List<String> heads = table.select("thead th").eachText();
    assertEquals(4, heads.size(), heads::toString);
    assertTrue(heads.get(1).startsWith("2019 部门决算") && heads.get(2).startsWith("2020 部门决算"),
        heads::toString);
    List<String> cells = table.select("tbody tr").get(0).select("td").eachText();
    assertEquals(List.of("公务接待费", "35.57万元", "36.57万元", "cross_document.mismatch"), cells);
    assertTrue(page.selectFirst("section#years details summary").text().contains(DEPARTMENT));
  }

  @Test
  void crossDocumentChecksCanBeSwitchedOff(@TempDir Path dir) throws Exception {
    Path reports = Files.createDirectory(dir.resolve("reports"));
    twoYears(reports, DEPARTMENT, "35.57");
    Run first = scan(reports, dir.resolve("out"));
    assertTrue(first.out().contains("cross-document checks: 1 evaluated, 1 findings"), first.out());
    Run run = scan(reports, dir.resolve("out"), "--disable", "cross-document");
    assertEquals(0, run.status(), run.out() + run.err());
    assertTrue(run.out().contains("cross-document checks: 0 evaluated, 0 findings"), run.out());
    // they run over the kept results: the documents are not read again
    assertTrue(run.out().contains("2 kept from an earlier run"), run.out());
  }

  @Test
  void reportsOfDifferentDepartmentsAreNeverCompared(@TempDir Path dir) throws Exception {
    Path reports = Files.createDirectory(dir.resolve("reports"));
    twoYears(reports, "示例县财政局", "35.57");
    Path out = dir.resolve("out");
    Run run = scan(reports, out);
    assertEquals(0, run.status(), run.out() + run.err());
    assertTrue(run.out().contains("cross-document checks: 0 evaluated, 0 findings"), run.out());
    assertEquals(List.of(), Files.readAllLines(out.resolve("cross-documents.jsonl")));
  }
}
