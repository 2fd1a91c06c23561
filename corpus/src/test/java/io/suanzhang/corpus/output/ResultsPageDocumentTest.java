package io.suanzhang.corpus.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.Suanzhang;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.Json;
import io.suanzhang.core.testing.SharedFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The page's view of a document is the same whether the starts of its fact quotes were noted as the
 * facts passed or, for a document with too many quotes to keep, read again.
 */
class ResultsPageDocumentTest {

  @Test
  void quoteStartsNotedInPassingAreThoseReadAgain() throws IOException {
    int compared = 0;
    for (Path seed : reports(6)) {
      byte[] json = Json.mapper().writeValueAsBytes(Suanzhang.analyse(seed));
      PageDocument noted = read(json, ResultsPage.QUOTES_KEPT);
      PageDocument reread = read(json, 1);
      assertEquals(reread.findings(), noted.findings(), seed.toString());
      assertEquals(reread.omitted(), noted.omitted(), seed.toString());
      assertEquals(reread.factStarts(), noted.factStarts(), seed.toString());
      compared += noted.factStarts().size();
    }
    assertTrue(compared > 10, "quotes compared: " + compared);
  }

  /**
   * A document without findings is shown the same when its facts, read only for the quotes findings
   * cite, are skipped.
   */
  @Test
  void aDocumentWithoutFindingsIsShownTheSameWithoutItsFacts() throws IOException {
    int without = 0;
    for (Path report : reports(12)) {
      Analysis a = Suanzhang.analyse(report);
      if (!a.findings().isEmpty()) {
        continue;
      }
      byte[] json = Json.mapper().writeValueAsBytes(a);
      PageDocument all = read(json, ResultsPage.QUOTES_KEPT);
      PageDocument skipped = read(json, ResultsPage.QUOTES_KEPT, false);
      assertEquals(all.findings(), skipped.findings(), report.toString());
      assertEquals(all.omitted(), skipped.omitted(), report.toString());
      assertEquals(Map.of(), all.factStarts(), report.toString());
      assertEquals(Map.of(), skipped.factStarts(), report.toString());
      assertEquals(all.tally().source(), skipped.tally().source(), report.toString());
      assertEquals(all.tally().report(), skipped.tally().report(), report.toString());
      assertEquals(all.tally().errors(), skipped.tally().errors(), report.toString());
      assertEquals(all.tally().warnings(), skipped.tally().warnings(), report.toString());
      without += a.facts().isEmpty() ? 0 : 1;
    }
    assertTrue(without >= 3, "reports with facts and no findings: " + without);
  }

  /** The seeds and the first {@code pdfs} shared PDFs. */
  private static List<Path> reports(int pdfs) {
    List<Path> reports = new ArrayList<>(SharedFiles.files(SharedFiles.seeds(), ".txt"));
    reports.addAll(SharedFiles.files(SharedFiles.external().resolve("pdf"), ".pdf").subList(0, pdfs));
    return reports;
  }

  private static PageDocument read(byte[] json, int quotesKept) {
    return read(json, quotesKept, true);
  }

  private static PageDocument read(byte[] json, int quotesKept, boolean facts) {
    return PageDocument.read(() -> new ByteArrayInputStream(json), List.of(), 1,
        (line, e) -> {
          throw new AssertionError("not read", e);
        }, quotesKept, facts);
  }
}
