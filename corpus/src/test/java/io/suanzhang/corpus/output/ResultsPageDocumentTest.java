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
import org.junit.jupiter.api.Test;

/**
 * The page's view of a document is the same whether the starts of its fact quotes were noted as the
 * facts passed or, for a document with too many quotes to keep, read again.
 */
class ResultsPageDocumentTest {

  @Test
  void quoteStartsNotedInPassingAreThoseReadAgain() throws IOException {
    int compared = 0;
    List<Path> reports = new ArrayList<>(SharedFiles.files(SharedFiles.seeds(), ".txt"));
    reports.addAll(SharedFiles.files(SharedFiles.external().resolve("pdf"), ".pdf").subList(0, 6));
    for (Path seed : reports) {
      Analysis a = Suanzhang.analyse(seed);
      byte[] json = Json.mapper().writeValueAsBytes(a);
      ResultsPage.Document noted = read(json, ResultsPage.QUOTES_KEPT);
      ResultsPage.Document reread = read(json, 1);
      assertEquals(reread.findings(), noted.findings(), seed.toString());
      assertEquals(reread.omitted(), noted.omitted(), seed.toString());
      assertEquals(reread.factStarts(), noted.factStarts(), seed.toString());
      compared += noted.factStarts().size();
    }
    assertTrue(compared > 10, "quotes compared: " + compared);
  }

  private static ResultsPage.Document read(byte[] json, int quotesKept) {
    return ResultsPage.Document.read(() -> new ByteArrayInputStream(json), List.of(), 1,
        (line, e) -> {
          throw new AssertionError("not read", e);
        }, quotesKept);
  }
}
