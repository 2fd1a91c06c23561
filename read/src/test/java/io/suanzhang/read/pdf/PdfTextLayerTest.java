package io.suanzhang.read.pdf;

import static io.suanzhang.read.pdf.PdfSamples.NO_OCR;
import static io.suanzhang.read.pdf.PdfSamples.holdsAll;
import static io.suanzhang.read.pdf.PdfSamples.pdf;
import static io.suanzhang.read.pdf.PdfSamples.read;
import static io.suanzhang.read.pdf.PdfSamples.saved;
import static io.suanzhang.read.pdf.PdfSamples.source;
import static io.suanzhang.read.pdf.PdfSamples.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Document;
import io.suanzhang.core.document.Table;
import io.suanzhang.core.document.Warning;
import io.suanzhang.core.document.WarningCode;
import io.suanzhang.read.ReadOptions;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The text layer of a PDF and the warnings about it: a font without a Unicode map, a page without
 * text that needs OCR (a scan, not an empty table's rules), and OCR when it is there.
 */
class PdfTextLayerTest {

  @Test
  void keepsTheNumbersOfPageSevenOfTheLandResourcesReport() {
    // SOURCES.md says page 7 uses a font without a Unicode map. Its Type0 fonts do have ToUnicode
    // maps, and PDFBox reads labels and numbers alike: the page must read cleanly, without a
    // warning, and its totals must be table cells beside their labels.
    Document doc = read(pdf("上海市普陀区规划和自然资源局 2024 年度部门决算.pdf"));
    Table total = doc.tables().stream().filter(t -> t.firstPage() != null && t.firstPage() == 7)
        .findFirst().orElseThrow(() -> new AssertionError("no table on page 7"));
    assertTrue(holdsAll(total.cells(), List.of(value("9746.50"), value("9859.38"), value("9859.38"))));
    assertTrue(total.cells().stream().anyMatch(c -> c.text().equals("一、一般公共预算财政拨款收入")));
    assertTrue(doc.warnings().stream().noneMatch(w -> w.code() == WarningCode.UNREADABLE_TEXT),
        () -> "unexpected warnings " + doc.warnings());
  }

  @Test
  void flagsAPageWhoseFontHasNoUnicodeMapAndKeepsItsNumbers() throws IOException {
    byte[] bytes = unmappedFontPdf();
    // Without OCR, whether or not this machine has tesseract: the warning must say OCR is missing.
    Document doc = new PdfReader(NO_OCR).read(bytes, source("unmapped.pdf", bytes), ReadOptions.DEFAULT);
    Warning w = doc.warnings().stream().filter(x -> x.code() == WarningCode.UNREADABLE_TEXT)
        .findFirst().orElseThrow(() -> new AssertionError("no warning in " + doc.warnings()));
    assertEquals(1, w.page());
    assertTrue(w.message().contains("page 1"), w::message);
    assertTrue(doc.warnings().stream().anyMatch(x -> x.code() == WarningCode.OCR_UNAVAILABLE),
        () -> doc.warnings().toString());
    Table t = doc.tables().get(0);
    assertTrue(holdsAll(t.cells(), List.of(value("9,746.50"), value("112.88"), value("9,859.38"))),
        () -> t.cells().toString());
  }

  @Test
  void aPageThatDrawsOnlyAnEmptyTablesRulesHasNothingToReadAndNoWarning() throws IOException {
    // Page 14 of this report is the grid of an empty table: ruled cells, no glyph, no image.
    Path file = pdf("上海市普陀区财政局2024年度部门决算.pdf");
    try (PDDocument d = Loader.loadPDF(Files.readAllBytes(file))) {
      PDFTextStripper plain = new PDFTextStripper();
      plain.setStartPage(14);
      plain.setEndPage(14);
      assertTrue(plain.getText(d).isBlank(), "page 14 should have no text layer");
    }
    byte[] bytes = Files.readAllBytes(file);
    RecordingOcr ocr = new RecordingOcr("");
    Document doc = new PdfReader(ocr).read(bytes, source(file.toString(), bytes), ReadOptions.DEFAULT);
    assertEquals(List.of(), ocr.rendered, "no page of the report needs OCR");
    assertTrue(doc.warnings().stream().noneMatch(w -> w.page() != null && w.page() == 14),
        () -> doc.warnings().toString());
  }

  @Test
  void straightRulesAloneNeedNoOcrWhereACurveOrAnImageDoes() throws IOException {
    String grid = "0.5 w 72 700 m 500 700 l S 72 680 m 500 680 l S 72 680 m 72 700 l S\n"
        + "72 650 428 0.6 re f 300 640 10 30 re S\n";
    assertEquals(List.of(), warningsWithoutOcr(grid));
    // A filled outline with curves may be text turned into shapes; so may a solid block.
    String curve = grid + "100 100 m 150 200 200 100 250 100 c f\n";
    assertEquals(List.of(WarningCode.NO_TEXT, WarningCode.OCR_UNAVAILABLE), warningsWithoutOcr(curve));
    String slanted = grid + "100 100 m 180 160 l S\n";
    assertEquals(List.of(WarningCode.NO_TEXT, WarningCode.OCR_UNAVAILABLE), warningsWithoutOcr(slanted));
    String solid = grid + "100 100 40 40 re f\n";
    assertEquals(List.of(WarningCode.NO_TEXT, WarningCode.OCR_UNAVAILABLE), warningsWithoutOcr(solid));
  }

  @Test
  void warnsThatAScannedPageNeedsOcr() throws IOException {
    byte[] bytes = scannedPagePdf();
    // A reader without OCR, so that the warning is the same on a machine that has tesseract.
    Document doc = new PdfReader(NO_OCR).read(bytes, source("scan.pdf", bytes), ReadOptions.DEFAULT);
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.NO_TEXT && w.page() == 2
        && w.message().contains("page 2")), () -> doc.warnings().toString());
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.OCR_UNAVAILABLE
        && w.message().contains("2")), () -> doc.warnings().toString());
    assertEquals(2, doc.warnings().size(), () -> doc.warnings().toString());
  }

  @Test
  void readsAScannedPageByOcrWhenOcrIsThere() throws IOException {
    byte[] bytes = scannedPagePdf();
    RecordingOcr ocr = new RecordingOcr("上 海 市 普陀区\n财政局 2024 年\n\n合计 12.5 万元\n");
    Document doc = new PdfReader(ocr).read(bytes, source("scan.pdf", bytes), ReadOptions.DEFAULT);
    assertEquals(1, ocr.rendered.size());
    assertTrue(doc.text().contains("上海市普陀区财政局 2024 年\n合计 12.5 万元\n"), doc::text);
    assertEquals(2, doc.pageAt(doc.text().indexOf("上海市普陀区财政局 2024 年")));
    assertTrue(doc.text().indexOf("Revenue") < doc.text().indexOf("上海市"), doc::text);
    assertTrue(doc.text().indexOf("上海市") < doc.text().indexOf("Expenditure"), doc::text);
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.OCR_USED && w.page() == 2));
    assertTrue(doc.warnings().stream().noneMatch(w -> w.code() == WarningCode.OCR_UNAVAILABLE));
  }

  /** An OCR that answers every page with the same text and notes the width of each page it saw. */
  private static final class RecordingOcr implements Ocr {
    final List<Integer> rendered = new ArrayList<>();
    private final String text;

    RecordingOcr(String text) {
      this.text = text;
    }

    @Override
    public boolean available() {
      return true;
    }

    @Override
    public String read(BufferedImage page) {
      rendered.add(page.getWidth());
      return text;
    }
  }

  /** The codes of the warnings of a one-page PDF drawn by these operators, read without OCR. */
  private static List<WarningCode> warningsWithoutOcr(String ops) throws IOException {
    try (PDDocument d = new PDDocument()) {
      PDPage page = new PDPage();
      d.addPage(page);
      byte[] bytes = saved(d, page, ops);
      Document doc = new PdfReader(NO_OCR).read(bytes, source("drawn.pdf", bytes), ReadOptions.DEFAULT);
      return doc.warnings().stream().map(Warning::code).toList();
    }
  }

  /** Three pages: text, then a scan (an image and nothing else), then text again. */
  private static byte[] scannedPagePdf() throws IOException {
    try (PDDocument d = new PDDocument()) {
      PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (String words : new String[] {"Revenue 100", null, "Expenditure 200"}) {
        PDPage page = new PDPage();
        d.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
          if (words == null) {
            BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = scan.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 100);
            g.setColor(Color.BLACK);
            g.fillRect(20, 40, 160, 8);
            g.dispose();
            cs.drawImage(LosslessFactory.createFromImage(d, scan), 72, 500, 400, 200);
          } else {
            cs.beginText();
            cs.setFont(helvetica, 12);
            cs.newLineAtOffset(72, 700);
            cs.showText(words);
            cs.endText();
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.save(out);
      return out.toByteArray();
    }
  }

  /**
   * A page whose labels are drawn in a font that maps its codes to glyph names no Unicode list knows,
   * beside amounts in Helvetica: a table of three rows.
   */
  private static byte[] unmappedFontPdf() throws IOException {
    try (PDDocument d = new PDDocument()) {
      PDPage page = new PDPage();
      d.addPage(page);
      COSDictionary encoding = new COSDictionary();
      encoding.setItem(COSName.TYPE, COSName.ENCODING);
      COSArray differences = new COSArray();
      differences.add(COSInteger.get(65));
      for (int k = 0; k < 26; k++) {
        differences.add(COSName.getPDFName("xq" + k));
      }
      encoding.setItem(COSName.DIFFERENCES, differences);
      COSDictionary font = new COSDictionary();
      font.setItem(COSName.TYPE, COSName.FONT);
      font.setItem(COSName.SUBTYPE, COSName.TYPE1);
      font.setItem(COSName.BASE_FONT, COSName.getPDFName("Helvetica"));
      font.setItem(COSName.ENCODING, encoding);
      PDResources resources = new PDResources();
      resources.put(COSName.getPDFName("F1"), new PDType1Font(font));
      resources.put(COSName.getPDFName("F2"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      page.setResources(resources);
      StringBuilder ops = new StringBuilder();
      String[][] rows = {{"ABCDEFGH", "9,746.50"}, {"IJKLMN", "112.88"}, {"OPQRSTU", "9,859.38"}};
      for (int r = 0; r < rows.length; r++) {
        int y = 700 - 20 * r;
        ops.append("BT /F1 10 Tf 72 ").append(y).append(" Td (").append(rows[r][0]).append(") Tj ET\n");
        ops.append("BT /F2 10 Tf 300 ").append(y).append(" Td (").append(rows[r][1]).append(") Tj ET\n");
      }
      return saved(d, page, ops);
    }
  }
}
