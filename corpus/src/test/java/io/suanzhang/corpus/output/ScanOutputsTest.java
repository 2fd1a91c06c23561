package io.suanzhang.corpus.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.primitives.Bytes;
import io.suanzhang.Suanzhang;
import io.suanzhang.checks.cross.CrossDocuments;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    OutputAssertions.assertSubstance(scan, 0); // the samples are consistent: no finding to see
    OutputAssertions.assertAll(scan);
  }

  @Test
  void crossDocumentChecksBesideTheOutputsGiveWhatTheyGiveBeforeThem(@TempDir Path dir)
      throws Exception {
    // Two departments of several years each, their reports taking turns in the file (as year folders
    // order them), and reports of neither between them: a report's rows wait for its department. A
    // second copy of one report makes the two one report in two files, whose text and tables differ
    // in places: findings that amend rows held back.
    Path jiangsu = SharedFiles.external().resolve("pdf/jiangsu");
    Path court = jiangsu.resolve("江苏省高级人民法院/省法院2017年度部门预算公开.pdf");
    Path copy = dir.resolve("省法院2017年度部门预算公开（副本）.pdf");
    Files.write(copy, Bytes.concat(Files.readAllBytes(court), "\n%copy\n".getBytes(StandardCharsets.US_ASCII)));
    List<Path> files = List.of(
        jiangsu.resolve("江苏省政协办公厅/江苏省政协办公厅2018年度部门预算.pdf"),
        court,
        SharedFiles.files(SharedFiles.seeds(), ".txt").get(0),
        jiangsu.resolve("江苏省政协办公厅/江苏省政协办公厅2019年度部门预算.pdf"),
        jiangsu.resolve("江苏省高级人民法院/江苏省高级人民法院2019年度部门预算公开.pdf"),
        copy,
        ScanFixture.unreadable(dir));
    Path jsonl = dir.resolve("documents.jsonl");
    List<CrossDocuments.Listed> listed = new ArrayList<>();
    try (var out = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
      for (Path f : files) {
        Analysis a = Suanzhang.analyse(f);
        listed.add(new CrossDocuments.Listed(a.ok(), a.report()));
        String line = Json.mapper().writeValueAsString(a);
        out.write(line);
        out.write('\n');
        // what a held document's rows are bounded by, before it is read
        long rows = 0;
        for (var finding : a.findings()) {
          rows += HeldRows.size(Tables.finding(a.source(), a.report(), finding));
        }
        assertTrue(rows <= HeldRows.ROWS_PER_BYTE * (long) line.getBytes(StandardCharsets.UTF_8).length,
            f + ": " + rows + " bytes of rows");
      }
    }
    List<CrossDocuments.Pair> before = CrossDocuments.check(jsonl, CrossDocuments.Settings.DEFAULT);
    ScanOutputs.write(dir.resolve("before"), jsonl, before);

    List<CrossDocuments.Pair> beside =
        ScanOutputs.writeChecked(dir.resolve("beside"), jsonl, CrossDocuments.Settings.DEFAULT);

    assertEquals(before, beside);
    // Holding one report at most, the writing waits for each report's department in turn; the
    // documents as the scan lists them stand for the checks' first pass.
    CrossBeside waited = CrossBeside.start(jsonl, listed, CrossDocuments.Settings.DEFAULT);
    new OutputRun(dir.resolve("waited"), jsonl,
        OutputRun.Budget.defaults().withRows(1_000_000, 500).withHeld(1, Long.MAX_VALUE), waited)
        .write();
    assertEquals(before, waited.pairs());
    assertEquals(before, ScanOutputs.writeChecked(
        dir.resolve("listed"), jsonl, listed, CrossDocuments.Settings.DEFAULT));
    // What the page shows of a document, noted as its rows are written (held for its amendments or
    // not), is what reading it again shows; past the budget for such notes, it is read again.
    Map<String, Integer> noted = new TreeMap<>();
    for (int heldMax : new int[] {1, OutputRun.HELD_MAX}) {
      for (long budget : new long[] {0, 10_000, PageDocuments.BUDGET}) {
        String name = "page-" + heldMax + "-" + budget;
        CrossBeside cross = CrossBeside.start(jsonl, listed, CrossDocuments.Settings.DEFAULT);
        OutputRun run = new OutputRun(dir.resolve(name), jsonl, OutputRun.Budget.defaults()
            .withRows(1_000_000, 500).withHeld(heldMax, Long.MAX_VALUE).withPageBudget(budget),
            cross);
        run.write();
        noted.put(name, run.pagesNoted());
        assertTrue(run.mostHeld() <= heldMax, name + ": " + run.mostHeld() + " held");
        assertEquals(Files.readString(dir.resolve("before").resolve(ScanOutputs.REPORT_HTML)),
            Files.readString(dir.resolve(name).resolve(ScanOutputs.REPORT_HTML)), name);
      }
    }
    for (int heldMax : new int[] {1, OutputRun.HELD_MAX}) {
      // with no budget, only the unreadable file's page, which holds nothing
      assertEquals(1, noted.get("page-" + heldMax + "-0"), noted::toString);
      int some = noted.get("page-" + heldMax + "-10000");
      assertTrue(some > 1 && some < files.size(), noted::toString);
      assertEquals(files.size(), noted.get("page-" + heldMax + "-" + PageDocuments.BUDGET),
          noted::toString);
    }
    // A list that is not the file's is an error, not other pairs.
    List<CrossDocuments.Listed> swapped = new ArrayList<>(listed);
    java.util.Collections.swap(swapped, 0, 1);
    IOException notTheFile = assertThrows(IOException.class, () -> ScanOutputs.writeChecked(
        dir.resolve("swapped"), jsonl, swapped, CrossDocuments.Settings.DEFAULT));
    assertTrue(notTheFile.getMessage().startsWith("document 1 of the documents file is of department"),
        notTheFile.getMessage());
    IOException shorter = assertThrows(IOException.class, () -> ScanOutputs.writeChecked(
        dir.resolve("shorter"), jsonl, listed.subList(0, listed.size() - 1),
        CrossDocuments.Settings.DEFAULT));
    assertTrue(shorter.getMessage().contains("the scan listed fewer documents"), shorter.getMessage());
    assertTrue(before.stream().filter(p -> p.finding() != null).count() > 1,
        "findings to amend the rows with: " + before);
    // Amendments known only once waited for: the writing holds every document it can, unless the
    // rows their lines may hold are over its bytes, when it waits for each before reading it and
    // holds none.
    Map<Long, Integer> mostHeld = new TreeMap<>();
    for (long heldBytes : new long[] {Long.MAX_VALUE, 0}) {
      OutputRun run = new OutputRun(dir.resolve("late-" + heldBytes), jsonl,
          OutputRun.Budget.defaults().withHeld(OutputRun.HELD_MAX, heldBytes), late(before));
      run.write();
      mostHeld.put(heldBytes, run.mostHeld());
    }
    assertEquals(Map.of(0L, 0, Long.MAX_VALUE, files.size()), mostHeld);
    for (String name : List.of(ScanOutputs.FINDINGS_CSV, ScanOutputs.FACTS_CSV, ScanOutputs.REPORT_HTML)) {
      for (String late : List.of("late-0", "late-" + Long.MAX_VALUE)) {
        assertEquals(Files.readString(dir.resolve("before").resolve(name)),
            Files.readString(dir.resolve(late).resolve(name)), late + "/" + name);
      }
      assertEquals(Files.readString(dir.resolve("before").resolve(name)),
          Files.readString(dir.resolve("beside").resolve(name)), name);
      assertEquals(Files.readString(dir.resolve("before").resolve(name)),
          Files.readString(dir.resolve("listed").resolve(name)), name);
      assertEquals(Files.readString(dir.resolve("before").resolve(name)),
          Files.readString(dir.resolve("waited").resolve(name)), name);
    }
  }

  /** The amendments of {@code pairs}, each settled only once the writing has waited for it. */
  private static OutputRun.Amendments late(List<CrossDocuments.Pair> pairs) {
    OutputRun.Amendments known = ScanOutputs.amendments(pairs);
    AtomicLong awaited = new AtomicLong(-1);
    return new OutputRun.Amendments() {
      @Override
      public List<io.suanzhang.core.check.Finding> findings(String path) {
        return known.findings(path);
      }

      @Override
      public List<io.suanzhang.core.check.Check> checks(String path) {
        return known.checks(path);
      }

      @Override
      public List<CrossDocuments.Pair> pairs() throws IOException {
        return known.pairs();
      }

      @Override
      public void await(long index) {
        awaited.accumulateAndGet(index, Math::max);
      }

      @Override
      public boolean settled(long index) {
        return index <= awaited.get();
      }
    };
  }

  /**
   * Whether a line is read once, its rows kept until it is read through (up to a length), or checked
   * whole before it is read (past it), a broken line writes no row.
   */
  @ParameterizedTest
  @ValueSource(longs = {OutputRun.DEFERRED_MAX, 0})
  void aLineThatIsNoAnalysisIsReportedAsAFailedDocument(long deferredMax, @TempDir Path dir)
      throws Exception {
    Path sample;
    try (var samples = Files.list(SAMPLES)) {
      sample = samples.sorted().findFirst().orElseThrow();
    }
    Analysis read = Suanzhang.analyse(sample);
    String good = Json.mapper().writeValueAsString(read);
    Path jsonl = dir.resolve("documents.jsonl");
    Files.writeString(
        jsonl, good + "\r\n\n   \n" + good.substring(0, good.length() / 2) + "\n",
        StandardCharsets.UTF_8);

    assertTrue(read.facts().size() > 0, "the sample yields facts, for the rows to be counted");
    ScanTotals totals = new OutputRun(dir.resolve("out"), jsonl,
        OutputRun.Budget.defaults().withDeferredMax(deferredMax), OutputRun.Amendments.NONE).write();

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
  void manyDocumentsGoOnInFurtherPagesLinkedFromTheIndex(@TempDir Path dir) throws Exception {
    List<Path> samples;
    try (var files = Files.list(SAMPLES)) {
      samples = files.sorted().toList();
    }
    StringBuilder lines = new StringBuilder();
    for (int copy = 0; copy < 2; copy++) {
      for (Path sample : samples) {
        lines.append(Json.mapper().writeValueAsString(Suanzhang.analyse(sample))).append('\n');
      }
    }
    Path jsonl = Files.writeString(dir.resolve("documents.jsonl"), lines, StandardCharsets.UTF_8);
    Path out = Files.createDirectories(dir.resolve("out"));
    int documents = 2 * samples.size();
    int pages = (documents + 1) / 2;
    // the last pages of an earlier, larger scan into the same folder
    Path stale = Files.writeString(out.resolve("report-" + (pages + 2) + ".html"), "old");
    Files.writeString(out.resolve("report-" + (pages + 1) + ".html"), "old");

    new OutputRun(out, jsonl, OutputRun.Budget.defaults().withRows(1_000, 2),
        OutputRun.Amendments.NONE).write();

    Document first = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
    java.util.Set<String> anchors = new java.util.HashSet<>();
    for (int p = 1; p <= pages; p++) {
      Path file = out.resolve(p == 1 ? "report.html" : "report-" + p + ".html");
      Document page = Jsoup.parse(file.toFile(), "UTF-8");
      assertEquals(p == pages ? documents - 2 * (pages - 1) : 2, page.select("article.doc").size(), file::toString);
      page.select("article.doc").forEach(a -> assertTrue(anchors.add(a.id()), a.id() + " twice"));
      assertEquals(pages, page.select("nav.pages a, nav.pages b").size());
      // every index link lands on a document of the page it names
      for (Element link : first.select("table.index a")) {
        String[] target = link.attr("href").split("#");
        if ((target[0].isEmpty() ? "report.html" : target[0]).equals(file.getFileName().toString())) {
          assertNotNull(page.getElementById(target[1]), link.attr("href"));
        }
      }
    }
    assertEquals(documents, anchors.size());
    assertEquals(documents, first.select("table.index a").size());
    assertTrue(Files.notExists(out.resolve("report-" + (pages + 1) + ".html")));
    assertTrue(Files.notExists(stale), "a page of an earlier, larger scan is removed");
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
