package io.suanzhang.testkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.testing.Prerequisites;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A machine whose only CJK font is a {@code .ttc} collection (WenQuanYi Zen Hei) can render the
 * test PDFs: the faces of a collection are fonts like any {@code .ttf}. The collection here is made
 * from this machine's CJK {@code .ttf}, wrapped as a collection of one.
 */
class FontCollectionsTest {

  @Test
  void aFaceOfACollectionIsFoundAndEmbedded(@TempDir Path dir) throws IOException {
    Path ttf = PdfFonts.candidates().stream()
        .filter(f -> f.name() == null && PdfFonts.drawsProbe(f)).map(PdfFonts.Face::file).findFirst()
        .orElse(null);
    Prerequisites.require(ttf != null, () -> PdfFonts.MISSING_FONT);
    Path ttc = dir.resolve("fonts/collection.ttc");
    Files.createDirectories(ttc.getParent());
    Files.write(ttc, collectionOf(Files.readAllBytes(ttf)));

    List<PdfFonts.Face> faces = PdfFonts.faces(List.of(dir));
    assertEquals(1, faces.size(), faces::toString);
    PdfFonts.Face face = faces.get(0);
    assertEquals(ttc, face.file());
    assertTrue(face.name() != null && PdfFonts.drawsProbe(face), face::toString);

    byte[] pdf;
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PdfFonts fonts = new PdfFonts(doc, face);
      String text = fonts.drawable(PdfFonts.PROBE);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        fonts.show(content, StyledText.of(text, s -> s), 0, text.length(), 72, 700, 12);
      }
      doc.save(out);
      pdf = out.toByteArray();
    }
    try (PDDocument read = Loader.loadPDF(pdf)) {
      assertEquals(PdfFonts.PROBE, new PDFTextStripper().getText(read).strip());
    }
  }

  @Test
  void aDamagedCollectionHasNoFaces(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("broken.ttc"), new byte[] {'t', 't', 'c', 'f', 0, 1, 0, 0});
    assertEquals(List.of(), PdfFonts.faces(List.of(dir)));
  }

  /** A TrueType collection holding one font: its header, then the font with its tables moved. */
  private static byte[] collectionOf(byte[] font) {
    int header = 16; // tag, version, font count, one offset
    ByteBuffer out = ByteBuffer.allocate(header + font.length);
    out.put(new byte[] {'t', 't', 'c', 'f'}).putInt(0x00010000).putInt(1).putInt(header);
    out.put(font);
    int tables = Short.toUnsignedInt(out.getShort(header + 4));
    for (int i = 0; i < tables; i++) {
      int at = header + 12 + 16 * i + 8; // each table record: tag, checksum, offset, length
      out.putInt(at, out.getInt(at) + header);
    }
    return out.array();
  }
}
