package io.suanzhang.corpus.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Finding;
import io.suanzhang.corpus.output.ScanFixture.Scan;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** The result files of the seeds, two external PDFs and an unreadable file. */
class SharedCorpusOutputsTest {

  @Test
  void resultsAgreeWithTheAnalyses() throws Exception {
    Scan scan = ScanFixture.sharedCorpus();

    assertEquals(1, scan.totals().failed());
    assertTrue(scan.totals().errors() > 0 && scan.totals().warnings() > 0, scan.totals()::toString);
    OutputAssertions.assertSubstance(scan, 2);
    OutputAssertions.assertAll(scan);
  }

  @Test
  void marksInAQuoteStandAsFarApartAsTheirEvidenceInTheDocument() throws Exception {
    Scan scan = ScanFixture.sharedCorpus();
    Document page = Jsoup.parse(scan.file(ScanOutputs.REPORT_HTML).toFile(), "UTF-8");
    int pairs = 0;
    for (int line = 1; line <= scan.analyses().size(); line++) {
      Analysis a = scan.analyses().get(line - 1);
      for (Finding f : a.findings()) {
        Element li = page.getElementById("d" + line + "-" + f.id());
        for (Element quote : li.select("blockquote")) {
          Element first = quote.selectFirst("mark");
          if (first == null) {
            continue;
          }
          int firstAt = offset(quote, first);
          for (Element mark : quote.select("mark")) {
            int apart = offset(quote, mark) - firstAt;
            boolean fits = false;
            for (Evidence x : evidence(f, first)) {
              for (Evidence y : evidence(f, mark)) {
                fits |= y.start() - x.start() == apart;
              }
            }
            assertTrue(
                fits,
                () -> "marks '" + first.wholeText() + "' and '" + mark.wholeText() + "' of "
                    + f.id() + " in " + a.source().path() + " are " + apart
                    + " code points apart in: " + quote.wholeText());
            pairs++;
          }
        }
      }
    }
    assertTrue(pairs > 0, "some marks were compared");
  }

  /** The evidence a mark shows: those with one of its roles and its text. */
  private static List<Evidence> evidence(Finding f, Element mark) {
    List<String> roles = List.of(mark.attr("data-role").split(" "));
    List<Evidence> shown =
        f.evidence().stream()
            .filter(e -> roles.contains(e.role()) && e.text().equals(mark.wholeText()))
            .toList();
    assertFalse(shown.isEmpty(), () -> "no evidence " + roles + " " + mark.wholeText());
    return shown;
  }

  /** The code-point offset of the mark's text within the quote's text. */
  private static int offset(Element quote, Element mark) {
    StringBuilder before = new StringBuilder();
    textBefore(quote, mark, before);
    return before.codePointCount(0, before.length());
  }

  private static boolean textBefore(Node node, Element target, StringBuilder out) {
    for (Node child : node.childNodes()) {
      if (child == target) {
        return true;
      }
      if (child instanceof TextNode t) {
        out.append(t.getWholeText());
      } else if (textBefore(child, target, out)) {
        return true;
      }
    }
    return false;
  }
}
