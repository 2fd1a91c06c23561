package io.suanzhang.extract.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.Document;
import io.suanzhang.core.fact.Breakdown;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Rate;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.CodePoints;
import io.suanzhang.extract.Extraction;
import io.suanzhang.extract.ReadAndExtract;
import io.suanzhang.read.DocumentReaders;
import io.suanzhang.testkit.GeneratedReport;
import io.suanzhang.testkit.Rendering;
import io.suanzhang.testkit.Testkit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated reports whose long sentences the PDF layout wraps before a number that does not fit at
 * the end of the line (…占 | 74.75%；…, …预算执行率 | 82.76%。): read from the PDF, their breakdowns and
 * rates are those read from the same report as text, and every number's offsets still point at it.
 */
class WrappedSentencesTest {

  @ParameterizedTest(name = "report {0}")
  @ValueSource(longs = {1, 6, 8})
  void readsTheSameSharesAndRatesFromThePdfAsFromTheText(long seed, @TempDir Path dir)
      throws Exception {
    Assumptions.assumeTrue(Rendering.PDF.available(), "no CJK font to render PDFs with");
    GeneratedReport report = Testkit.report(seed);
    Path pdf = Rendering.PDF.renderInto(report, dir);
    Path txt = Rendering.TXT.renderInto(report, dir);
    assertTrue(wrapsAStatedShare(pdf), "the layout no longer wraps a sentence before its share");

    List<String> fromText = shares(ReadAndExtract.analyse(txt));
    List<String> fromPdf = shares(ReadAndExtract.analyse(pdf));
    assertFalse(fromText.isEmpty());
    assertEquals(fromText, fromPdf);

    Document doc = DocumentReaders.read(pdf);
    CodePoints text = CodePoints.of(doc.text());
    for (Mention m : Extraction.mentions(doc)) {
      assertEquals(m.text(), text.slice(m.start(), m.end()), () -> "offsets of " + m);
    }
  }

  /** Whether a line of the PDF's own text layer ends in 占 or 预算执行率, its percentage on the next. */
  private static boolean wrapsAStatedShare(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      for (String line : new PDFTextStripper().getText(doc).split("\\R")) {
        String t = line.strip();
        if (t.endsWith("占") || t.endsWith("执行率") || t.endsWith("完成预算的")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Each breakdown (total, parts and their shares) and rate (value, operands), in order. */
  private static List<String> shares(Analysis analysis) {
    List<String> out = new ArrayList<>();
    for (Fact f : analysis.facts()) {
      if (f instanceof Breakdown b) {
        StringBuilder s = new StringBuilder("breakdown ").append(value(b.total()));
        for (Breakdown.Part p : b.parts()) {
          s.append(' ').append(value(p.value())).append('/').append(value(p.share()));
        }
        out.add(s.toString());
      } else if (f instanceof Rate r) {
        out.add("rate " + value(r.value()) + " = " + value(r.numerator()) + " / " + value(r.denominator()));
      }
    }
    return out;
  }

  private static String value(Mention m) {
    return m == null || m.value() == null ? "-" : m.value().stripTrailingZeros().toPlainString();
  }
}
