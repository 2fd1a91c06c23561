package io.suanzhang.corpus.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.Problem;
import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.corpus.output.ScanFixture.Scan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What the result files of any scan must agree on with the analyses they were written from. */
final class OutputAssertions {

  private OutputAssertions() {}

  static void assertAll(Scan scan) throws IOException {
    assertTotals(scan);
    assertFindingsCsv(scan);
    assertFactsCsv(scan);
    assertWorkbook(scan);
    assertReport(scan);
  }

  /**
   * That a scan gave the other assertions something to check, since they compare rows with analyses
   * and would pass on none: every document read yields mentions and facts, and the scan has at least
   * {@code findings} findings.
   */
  static void assertSubstance(Scan scan, int findings) {
    List<Analysis> read = scan.analyses().stream().filter(Analysis::ok).toList();
    assertFalse(read.isEmpty(), "no document was read");
    for (Analysis a : read) {
      assertFalse(a.mentions().isEmpty(), () -> a.source().path() + " yields no mentions");
      assertFalse(a.facts().isEmpty(), () -> a.source().path() + " yields no facts");
    }
    assertTrue(scan.analyses().stream().mapToInt(a -> a.findings().size()).sum() >= findings,
        () -> "fewer than " + findings + " findings in " + scan.totals());
  }

  static void assertTotals(Scan scan) {
    List<Analysis> all = scan.analyses();
    ScanTotals t = scan.totals();
    assertEquals(all.size(), t.documents());
    assertEquals(all.stream().filter(a -> !a.ok()).count(), t.failed());
    assertEquals(all.stream().mapToLong(a -> a.facts().size()).sum(), t.facts());
    assertEquals(count(all, Severity.ERROR), t.errors());
    assertEquals(count(all, Severity.WARNING), t.warnings());
    assertEquals(count(all, Severity.INFO), t.infos());
  }

  /** The records of a result CSV, after checking its byte-order mark, header and line ends. */
  static List<CSVRecord> csv(Path file, List<Column> columns) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    assertTrue(
        bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
            && (bytes[2] & 0xff) == 0xBF,
        file + " starts with a UTF-8 byte-order mark");
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    String header = String.join(",", columns.stream().map(Column::name).toList());
    assertTrue(text.startsWith(header + "\r\n"), "header line ends in CRLF: " + file);
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      assertEquals(columns.stream().map(Column::name).toList(), parser.getHeaderNames());
      List<CSVRecord> records = parser.getRecords();
      for (CSVRecord r : records) {
        assertEquals(columns.size(), r.size(), () -> "columns of record " + r.getRecordNumber());
      }
      return records;
    }
  }

  static void assertFindingsCsv(Scan scan) throws IOException {
    List<CSVRecord> records = csv(scan.file(ScanOutputs.FINDINGS_CSV), Tables.FINDINGS);
    List<Finding> findings = new ArrayList<>();
    List<Analysis> of = new ArrayList<>();
    for (Analysis a : scan.analyses()) {
      findings.addAll(a.findings());
      a.findings().forEach(f -> of.add(a));
    }
    assertEquals(findings.size(), records.size(), "one row per finding");
    for (int i = 0; i < records.size(); i++) {
      CSVRecord r = records.get(i);
      Finding f = findings.get(i);
      assertEquals(CsvTable.defused(of.get(i).source().path()), r.get("document"));
      assertEquals(of.get(i).source().sha256(), r.get("sha256"));
      assertEquals(f.id(), r.get("finding"));
      assertEquals(f.key(), r.get("key"));
      assertEquals(f.severity().jsonName(), r.get("severity"));
      assertEquals(CsvTable.defused(f.zh()), r.get("zh"));
      assertEquals(f.stated() == null ? "" : f.stated().toPlainString(), r.get("stated"));
      assertEquals(f.recomputed() == null ? "" : f.recomputed().toPlainString(), r.get("recomputed"));
      for (Evidence e : f.evidence()) {
        assertTrue(r.get("evidence").contains(e.role() + "=" + e.text()), r.get("evidence"));
      }
    }
  }

  static void assertFactsCsv(Scan scan) throws IOException {
    List<CSVRecord> records = csv(scan.file(ScanOutputs.FACTS_CSV), Tables.FACTS);
    List<Fact> facts = new ArrayList<>();
    for (Analysis a : scan.analyses()) {
      facts.addAll(a.facts());
    }
    assertEquals(facts.size(), records.size(), "one row per fact");
    for (int i = 0; i < records.size(); i++) {
      CSVRecord r = records.get(i);
      Fact f = facts.get(i);
      assertEquals(f.id(), r.get("fact"));
      assertEquals(String.valueOf(f.span().start()), r.get("start"));
      assertEquals(f.span().page() == null ? "" : f.span().page().toString(), r.get("page"));
      assertEquals(CsvTable.defused(f.quote()), r.get("quote"));
      assertFalse(r.get("value").contains("E"), "plain decimals: " + r.get("value"));
    }
  }

  static void assertWorkbook(Scan scan) throws IOException {
    List<Analysis> all = scan.analyses();
    int findings = all.stream().mapToInt(a -> a.findings().size()).sum();
    int facts = all.stream().mapToInt(a -> a.facts().size()).sum();
    try (InputStream in = Files.newInputStream(scan.file(ScanOutputs.SUMMARY_XLSX));
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      assertEquals(3, book.getNumberOfSheets());
      assertSheet(book.getSheet(SummaryWorkbook.DOCUMENTS), Tables.DOCUMENTS, all.size());
      assertSheet(book.getSheet(SummaryWorkbook.FINDINGS), Tables.FINDINGS, findings);
      assertSheet(book.getSheet(SummaryWorkbook.FACTS), Tables.FACTS, facts);

      XSSFSheet documents = book.getSheet(SummaryWorkbook.DOCUMENTS);
      int status = Tables.DOCUMENTS.indexOf(column(Tables.DOCUMENTS, "status"));
      for (int i = 0; i < all.size(); i++) {
        assertEquals(
            all.get(i).ok() ? Tables.READ : Tables.FAILED,
            documents.getRow(i + 1).getCell(status).getStringCellValue());
      }
      XSSFSheet sheet = book.getSheet(SummaryWorkbook.FINDINGS);
      int stated = Tables.FINDINGS.indexOf(column(Tables.FINDINGS, "stated"));
      int row = 1;
      for (Analysis a : all) {
        for (Finding f : a.findings()) {
          var cell = sheet.getRow(row++).getCell(stated);
          if (f.stated() == null) {
            assertTrue(cell == null || cell.getCellType() == CellType.BLANK);
          } else if (SummaryWorkbook.fitsDouble(f.stated())) {
            assertEquals(CellType.NUMERIC, cell.getCellType());
            assertEquals(0, f.stated().compareTo(java.math.BigDecimal.valueOf(cell.getNumericCellValue())));
          } else {
            assertEquals(f.stated().toPlainString(), cell.getStringCellValue());
          }
        }
      }
    }
  }

  private static void assertSheet(XSSFSheet sheet, List<Column> columns, int rows) {
    assertNotNull(sheet);
    String name = sheet.getSheetName();
    assertEquals(columns.get(0).header(), sheet.getRow(0).getCell(0).getStringCellValue());
    assertEquals(rows, sheet.getLastRowNum(), name + ": one row per item after the header");
    var pane = sheet.getPaneInformation();
    assertNotNull(pane, name + " has a pane");
    assertTrue(pane.isFreezePane(), name + ": the header row is frozen");
    assertEquals(1, pane.getHorizontalSplitPosition(), name + ": frozen below the first row");
    assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), name + " has an auto-filter");
    String last = CellReference.convertNumToColString(columns.size() - 1);
    assertEquals("A1:" + last + (rows + 1), sheet.getCTWorksheet().getAutoFilter().getRef());
  }

  static void assertReport(Scan scan) throws IOException {
    Document page = Jsoup.parse(scan.file(ScanOutputs.REPORT_HTML).toFile(), "UTF-8");
    assertReportPage(page, scan.analyses());
  }

  /** The page as written, or as a browser rendered it. */
  static void assertReportPage(Document page, List<Analysis> all) {
    assertTrue(page.select("script, link, img, iframe, object, embed").isEmpty(), "self-contained");
    assertTrue(page.select("[src], link[href]").isEmpty(), "no external resources");
    assertEquals(all.size(), page.select("article.doc").size(), "one article per document");
    assertEquals(
        String.valueOf(all.size()), page.selectFirst(".tiles .tile b").text(), "documents tile");

    int previous = Integer.MAX_VALUE;
    for (Element article : page.select("article.doc")) {
      int line = Integer.parseInt(article.id().substring(1));
      Analysis a = all.get(line - 1);
      int errorsAndWarnings =
          (int) a.findings().stream().filter(f -> f.severity() != Severity.INFO).count();
      assertTrue(errorsAndWarnings <= previous, "documents ordered by errors and warnings");
      previous = errorsAndWarnings;
      assertTrue(article.text().contains(normal(a.source().path())), a.source().path());
      for (Problem p : a.errors()) {
        Element problem = article.selectFirst(".problem");
        assertNotNull(problem, "failed document shows its error: " + a.source().path());
        assertEquals(p.code().jsonName(), problem.selectFirst(".code").text());
        assertTrue(article.text().contains(normal(p.message())), p.message());
      }
      for (Finding f : a.findings()) {
        Element li = page.getElementById(article.id() + "-" + f.id());
        assertNotNull(li, "finding " + f.id() + " of " + a.source().path());
        assertTrue(li.hasClass(f.severity().jsonName()));
        assertEquals(normal(f.zh()), li.selectFirst("p.zh").text(), "zh message");
        Set<String> marked = new HashSet<>();
        for (Element mark : li.select("mark[data-role]")) {
          marked.add(mark.text());
        }
        for (Evidence e : f.evidence()) {
          assertTrue(
              marked.contains(normal(e.text())),
              () -> "evidence '" + e.text() + "' (" + e.role() + ") is marked in finding " + f.id()
                  + " of " + a.source().path() + "; marks: " + marked);
        }
      }
    }
  }

  /** Text as jsoup's {@code text()} gives it: white space collapsed and trimmed. */
  static String normal(String text) {
    return text.replaceAll("[\\s\u00a0]+", " ").strip();
  }

  private static Column column(List<Column> columns, String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  private static int count(List<Analysis> all, Severity severity) {
    return (int)
        all.stream()
            .flatMap(a -> a.findings().stream())
            .filter(f -> f.severity() == severity)
            .count();
  }
}
