package io.suanzhang.read.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FlateFilterDecoderStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Inflating a stream straight into an array gives PDFBox's own decoding, byte for byte, or leaves
 * the stream to PDFBox: never other bytes.
 */
class InflatedProperties {

  @Property(tries = 300)
  void givesWhatPdfBoxDecodesOrNothing(
      @ForAll("contents") byte[] content,
      @ForAll @IntRange(min = 0, max = 9) int level,
      @ForAll("damage") String damage,
      @ForAll("parameters") String parameters) throws IOException {
    byte[] raw = deflated(content, level);
    raw = switch (damage) {
      case "cut" -> Arrays.copyOf(raw, raw.length / 2);
      case "trailing" -> concat(raw, "garbage after the end".getBytes(StandardCharsets.US_ASCII));
      case "flipped" -> flipped(raw);
      default -> raw;
    };
    COSStream stream = stream(raw, parameters);
    Inflated direct = Inflated.of(stream, 1 << 20);
    if (direct != null) {
      assertArrayEquals(pdfBox(stream), Arrays.copyOf(direct.bytes(), direct.length()));
    }
    if (damage.equals("none") && (parameters.equals("none") || parameters.equals("predictor 1"))) {
      assertNotNull(direct, "a whole Flate stream without a predictor is inflated here");
      assertArrayEquals(content, Arrays.copyOf(direct.bytes(), direct.length()));
    }
  }

  @Example
  void leavesPredictorsAndChainsToPdfBox() throws IOException {
    byte[] raw = deflated("一二三四".repeat(100).getBytes(StandardCharsets.UTF_8), 6);
    assertNull(Inflated.of(stream(raw, "predictor 12"), 1 << 20));
    COSStream chained = stream(raw, "none");
    COSArray filters = new COSArray();
    filters.add(COSName.FLATE_DECODE);
    filters.add(COSName.FLATE_DECODE);
    chained.setItem(COSName.FILTER, filters);
    assertNull(Inflated.of(chained, 1 << 20));
  }

  @Example
  void holdsNoMoreThanItsBytesWhateverLengthTheProgramStates() throws IOException {
    byte[] content = "0123456789".repeat(10).getBytes(StandardCharsets.US_ASCII);
    COSStream stream = stream(deflated(content, 9), "none");
    stream.setInt(COSName.LENGTH1, 60 << 20); // a program that says it is 60 MB
    Inflated direct = Inflated.of(stream, 64 << 20);
    assertNotNull(direct);
    assertEquals(content.length, direct.length());
    assertTrue(direct.bytes().length <= content.length * 9 / 8, "held " + direct.bytes().length);
  }

  /** Every embedded font program and page content of the shared PDFs, inflated both ways. */
  @Example
  void inflatesTheSharedFontProgramsAndPagesAsPdfBoxDoes() throws IOException {
    List<Path> pdfs = PdfSamples.pdfs().toList();
    assertTrue(pdfs.size() >= 20, "the shared PDFs: " + pdfs.size());
    int programs = 0;
    int pages = 0;
    for (Path pdf : pdfs) {
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        for (PDPage page : doc.getPages()) {
          COSStream content = page.getCOSObject().getCOSStream(COSName.CONTENTS);
          if (content != null && COSName.FLATE_DECODE.equals(content.getFilters())) {
            Inflated direct = Inflated.of(content, DecodedPage.MOST);
            assertNotNull(direct, () -> "a page of " + pdf);
            byte[] streamed;
            try (InputStream in = new FlateFilterDecoderStream(content.createRawInputStream())) {
              streamed = in.readAllBytes(); // as PDFBox streams a page's content
            }
            assertArrayEquals(streamed, Arrays.copyOf(direct.bytes(), direct.length()), () -> "a page of " + pdf);
            pages++;
          }
        }
        for (COSObject object : doc.getDocument().getObjectsByType(COSName.FONT_DESC)) {
          if (!(object.getObject() instanceof COSDictionary descriptor)) {
            continue;
          }
          for (COSName key : List.of(COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3)) {
            COSStream program = descriptor.getCOSStream(key);
            if (program != null && COSName.FLATE_DECODE.equals(program.getFilters())) {
              Inflated direct = Inflated.of(program, 64 << 20);
              assertNotNull(direct, () -> key + " of " + pdf);
              assertArrayEquals(pdfBox(program), Arrays.copyOf(direct.bytes(), direct.length()),
                  () -> key + " of " + pdf);
              programs++;
            }
          }
        }
      }
    }
    assertTrue(programs >= 100, "font programs compared: " + programs);
    assertTrue(pages >= 400, "pages compared: " + pages);
  }

  @Provide
  Arbitrary<byte[]> contents() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(20_000);
    Arbitrary<byte[]> repetitive = Arbitraries.strings().withChars("0123456789 \n一二三元")
        .ofMaxLength(3_000).map(s -> s.repeat(5).getBytes(StandardCharsets.UTF_8));
    return Arbitraries.oneOf(random, repetitive);
  }

  @Provide
  Arbitrary<String> damage() {
    return Arbitraries.of("none", "none", "cut", "trailing", "flipped");
  }

  @Provide
  Arbitrary<String> parameters() {
    return Arbitraries.of("none", "none", "predictor 1", "predictor 12", "array");
  }

  private static COSStream stream(byte[] raw, String parameters) throws IOException {
    COSStream stream = new COSStream();
    try (OutputStream out = stream.createRawOutputStream()) {
      out.write(raw);
    }
    stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    switch (parameters) {
      case "predictor 1", "predictor 12" -> {
        COSDictionary d = new COSDictionary();
        d.setInt(COSName.PREDICTOR, parameters.equals("predictor 1") ? 1 : 12);
        stream.setItem(COSName.DECODE_PARMS, d);
      }
      case "array" -> {
        COSArray a = new COSArray();
        a.add(new COSDictionary());
        stream.setItem(COSName.DECODE_PARMS, a);
      }
      default -> { }
    }
    return stream;
  }

  private static byte[] pdfBox(COSStream stream) throws IOException {
    try (InputStream in = stream.createInputStream()) {
      return in.readAllBytes();
    }
  }

  private static byte[] deflated(byte[] content, int level) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(level);
    try (DeflaterOutputStream out = new DeflaterOutputStream(bytes, deflater)) {
      out.write(content);
    } finally {
      deflater.end();
    }
    return bytes.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private static byte[] flipped(byte[] raw) {
    byte[] c = raw.clone();
    if (c.length > 4) {
      c[c.length / 2] ^= (byte) 0x5A;
    }
    return c;
  }
}
