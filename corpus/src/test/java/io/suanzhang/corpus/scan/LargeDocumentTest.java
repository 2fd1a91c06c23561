package io.suanzhang.corpus.scan;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.Suanzhang;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.Json;
import io.suanzhang.corpus.Main;
import io.suanzhang.corpus.worker.DocumentSummary;
import io.suanzhang.corpus.worker.Worker;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document whose analysis is far larger than the scan's own heap: the scan reads it part by part
 * and writes every output; what it keeps of a document is what the whole analysis says.
 */
class LargeDocumentTest {

  @TempDir Path dir;

  /**
   * A budget table of {@code rows} rows of seven numbers each, in 万元: one HTML file of about 150
   * bytes a row whose analysis is about 5 KB of JSON a row. Each row's 合计 is off by one, so that
   * every row is an error finding too.
   */
  static Path table(Path file, int rows) throws Exception {
    Random random = new Random(15);
    StringBuilder html = new StringBuilder(
        "<html><head><meta charset=\"utf-8\"><title>示例县财政局2024年部门预算</title></head><body>"
            + "<h1>示例县财政局2024年部门预算</h1><p>单位：万元</p><table><tr><th>科目编码</th>"
            + "<th>科目名称</th><th>合计</th><th>基本支出</th><th>项目支出</th><th>其他</th>"
            + "<th>人员经费</th><th>公用经费</th><th>上年预算数</th></tr>\n");
    for (int i = 0; i < rows; i++) {
      int[] v = new int[6];
      int sum = 1;
      for (int k = 0; k < v.length; k++) {
        v[k] = 100 + random.nextInt(99_900);
        sum += k < 3 ? v[k] : 0;
      }
      html.append(String.format(Locale.ROOT,
          "<tr><td>%d</td><td>一般公共服务支出项目%d</td><td>%d.%02d</td>", 2010101 + i, i,
          sum / 100, sum % 100));
      for (int x : v) {
        html.append(String.format(Locale.ROOT, "<td>%d.%02d</td>", x / 100, x % 100));
      }
      html.append("</tr>\n");
    }
    html.append("</table></body></html>\n");
    return Files.writeString(file, html, UTF_8);
  }

  @Test
  void aScanJvmOfFortyEightMegabytesWritesEveryOutputOfATwentyThousandRowTable() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    table(in.resolve("table.html"), 20_000);
    Path out = dir.resolve("out");
    Path log = dir.resolve("log.txt");

    // The scan's own JVM with a heap smaller than the document's line in documents.jsonl (and far
    // smaller than the analysis as objects); the worker has the default heap.
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m",
        "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "scan", "--jobs", "1", "--out", out.toString(), in.toString()));
    Process scan = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    assertTrue(scan.waitFor(10, TimeUnit.MINUTES), "the scan did not end");
    String said = Files.readString(log, UTF_8);

    long line = Files.size(out.resolve("documents.jsonl"));
    assertTrue(line > 48L << 20, "the line of the document is " + line + " bytes");
    assertEquals(1, scan.exitValue(), said); // error findings, nothing unread
    assertTrue(!said.contains("OutOfMemoryError") && !said.contains("\tat "), said);
    for (String file : List.of("findings.csv", "facts.csv", "summary.xlsx", "report.html",
        "cross-documents.jsonl")) {
      assertTrue(Files.size(out.resolve(file)) > 0 || file.startsWith("cross"), file);
    }
    assertTrue(said.contains("findings: 20000 errors"), said);
    String report = Files.readString(out.resolve("report.html"), UTF_8);
    assertTrue(report.contains("19500 more findings"), "report.html shows 500 and says how many more");
    try (var findings = Files.lines(out.resolve("findings.csv"), UTF_8)) {
      assertTrue(findings.count() > 20_000, "findings.csv lists every finding");
    }
  }

  @Test
  void aSummaryReadPartByPartIsTheSummaryOfTheWholeAnalysis() throws Exception {
    Analysis a = Suanzhang.analyse(table(dir.resolve("t.html"), 200));
    Path json = dir.resolve("a.json");
    Worker.write(a, json);

    assertEquals(DocumentSummary.of(a), DocumentSummary.read(json));
    assertTrue(DocumentSummary.of(a).mentions() > 1000 && DocumentSummary.of(a).checks() > 0);
  }

  @Test
  void aKeptResultCopiedUnderAnotherNameIsByteForByteTheRenamedAnalysis() throws Exception {
    Path file = table(dir.resolve("t.html"), 50);
    Analysis a = Suanzhang.analyse(file);
    Analysis failed = Analysis.failed(
        a.source(), new io.suanzhang.core.Problem(io.suanzhang.core.ErrorCode.CORRUPT,
            file + ": damaged, " + file + " again"));
    for (Analysis kept : List.of(a, failed)) {
      Path json = dir.resolve("kept.json");
      Worker.write(kept, json);
      ByteArrayOutputStream copy = new ByteArrayOutputStream();

      Renaming.copy(json, file.toString(), "other/name.html", copy);

      assertArrayEquals(
          Json.mapper().writeValueAsBytes(Worker.renamed(kept, file.toString(), "other/name.html")),
          copy.toByteArray());
    }
  }
}
