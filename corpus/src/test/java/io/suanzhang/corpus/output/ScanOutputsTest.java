package io.suanzhang.corpus.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.checks.Checks;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.Json;
import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.corpus.output.ScanFixture.Scan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanOutputsTest {

  private static final Path SAMPLES = SharedFiles.repositoryRoot().resolve("samples/written");

  @Test
  void resultsAgreeWithTheAnalysesOfTheBundledSamplesAndTwoUnreadableFiles() throws Exception {
    Path dir = ScanFixture.target("samples");
    List<Path> files = new ArrayList<>();
    try (var samples = Files.list(SAMPLES)) {
      files.addAll(samples.sorted().toList());
    }
    files.add(ScanFixture.unreadable(dir));
    files.add(dir.resolve("不存在.docx"));
    Scan scan = ScanFixture.scan(dir, files);

    assertEquals(5, scan.totals().documents());
    assertEquals(2, scan.totals().failed());
    OutputAssertions.assertAll(scan);
  }

  @Test
  void aLineThatIsNoAnalysisIsReportedAsAFailedDocument(@TempDir Path dir) throws Exception {
    Path sample;
    try (var samples = Files.list(SAMPLES)) {
      sample = samples.sorted().findFirst().orElseThrow();
    }
    Analysis read = Checks.analyse(sample);
    String good = Json.mapper().writeValueAsString(read);
    Path jsonl = dir.resolve("documents.jsonl");
    Files.writeString(
        jsonl, good + "\r\n\n   \n" + good.substring(0, good.length() / 2) + "\n",
        StandardCharsets.UTF_8);

    ScanTotals totals = ScanOutputs.write(dir.resolve("out"), jsonl);

    assertEquals(2, totals.documents());
    assertEquals(1, totals.failed());
    assertEquals(read.facts().size(), totals.facts());
    Document page = Jsoup.parse(dir.resolve("out/report.html").toFile(), "UTF-8");
    Element failed = page.selectFirst("article.failed");
    assertNotNull(failed);
    assertEquals("d4", failed.id(), "the broken line is line 4 of the file");
    assertEquals("corrupt", failed.selectFirst(".problem .code").text());
    assertTrue(failed.text().contains("line 4 of documents.jsonl"), failed.text());
    assertEquals(
        read.facts().size(),
        OutputAssertions.csv(dir.resolve("out/facts.csv"), Tables.FACTS).size());
  }

  @Test
  void anEmptyDocumentsFileGivesResultsWithHeadersOnly(@TempDir Path dir) throws Exception {
    Path jsonl = Files.createFile(dir.resolve("documents.jsonl"));

    ScanTotals totals = ScanOutputs.write(dir, jsonl);

    assertEquals(new ScanTotals(0, 0, 0, 0, 0, 0, 0), totals);
    OutputAssertions.assertAll(new Scan(dir, List.of(), totals));
  }

  @Test
  void aMissingDocumentsFileIsAnIoErrorNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("nothing.jsonl");
    IOException e = assertThrows(IOException.class, () -> ScanOutputs.write(dir, missing));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }
}
