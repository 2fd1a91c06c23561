package io.suanzhang.extract.formats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Document;
import io.suanzhang.core.Format;
import io.suanzhang.core.Source;
import io.suanzhang.core.document.WarningCode;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.testing.Prerequisites;
import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.extract.number.MentionExtractor;
import io.suanzhang.read.ReadOptions;
import io.suanzhang.read.pdf.PdfReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * The real OCR path: a page of a shared report, turned into a scan (an image, no text layer), read
 * by the reader with the system's tesseract. It needs tesseract with chi_sim data (Debian's
 * tesseract-ocr and tesseract-ocr-chi-sim, which {@code .ci/run} installs): without them it skips on
 * a user's clone and fails under CI.
 */
class TesseractOcrTest {

  /** Page 20 of this report: its 情况说明, prose with amounts and rates. */
  private static final String REPORT = "上海市普陀区规划和自然资源局 2024 年度部门决算.pdf";
  private static final int PAGE = 20;

  @Test
  void readsTheNumbersOfAScannedPageOfASharedReport() throws IOException {
    Prerequisites.require(PdfReader.ocrAvailable(),
        () -> "tesseract with chi_sim data is not on the PATH (apt-get install tesseract-ocr"
            + " tesseract-ocr-chi-sim)");
    byte[] scan = scanOf(report(), PAGE);
    Document doc = new PdfReader().read(scan, new Source("scan.pdf", "", Format.PDF, scan.length, null),
        ReadOptions.DEFAULT);

    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.NO_TEXT && w.page() == 1),
        () -> doc.warnings().toString());
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.OCR_USED && w.page() == 1
        && w.message().contains("tesseract")), () -> doc.warnings().toString());
    assertTrue(doc.text().contains("收入支出决算总体情况说明"), doc::text);
    List<Mention> mentions = MentionExtractor.extract(doc.text());
    // The page as its text layer states them: 收入支出总计 9859.38 万元 … 增加 1062.85 万元，增长 12.08% …
    // 本年收入合计 9746.50 万元 … 基本支出 5377.64 万元 … 项目支出 4381.74 万元.
    for (String amount : List.of("9859.38", "1062.85", "9746.50", "5377.64", "4381.74")) {
      assertTrue(mentions.stream().anyMatch(m -> m.kind() == MentionKind.MONEY
              && m.value().compareTo(new BigDecimal(amount)) == 0),
          () -> amount + " 万元 is not among the mentions OCR gave: " + mentions + "\n" + doc.text());
    }
    for (String rate : List.of("12.08", "13.95")) {
      assertTrue(mentions.stream().anyMatch(m -> m.kind() == MentionKind.PERCENT
              && m.value().compareTo(new BigDecimal(rate)) == 0),
          () -> rate + "% is not among the mentions OCR gave: " + mentions + "\n" + doc.text());
    }
  }

  private static Path report() {
    return SharedFiles.files(SharedFiles.external().resolve("pdf"), ".pdf").stream()
        .filter(p -> p.getFileName().toString().equals(REPORT)).findFirst()
        .orElseThrow(() -> new AssertionError(REPORT + " is not in the shared corpus"));
  }

  /** A one-page PDF holding only an image of {@code page} of {@code file}, as a scanner makes. */
  private static byte[] scanOf(Path file, int page) throws IOException {
    try (PDDocument source = Loader.loadPDF(Files.readAllBytes(file));
        PDDocument scan = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDRectangle box = source.getPage(page - 1).getMediaBox();
      BufferedImage image = new PDFRenderer(source).renderImageWithDPI(page - 1, 300, ImageType.GRAY);
      PDPage scanned = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
      scan.addPage(scanned);
      PDImageXObject picture = LosslessFactory.createFromImage(scan, image);
      try (PDPageContentStream content = new PDPageContentStream(scan, scanned)) {
        content.drawImage(picture, 0, 0, box.getWidth(), box.getHeight());
      }
      scan.save(out);
      return out.toByteArray();
    }
  }
}
