package io.suanzhang.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * The collector's shortcuts through PDFBox's work (codes of a font encoded by Identity-H or
 * Identity-V read by the collector itself, an Identity-H font with a ToUnicode map answered from its
 * dictionaries, matrix operands checked by a loop, a page's content decoded whole and tokenized by
 * {@link ContentTokens}) give the glyphs PDFBox's own reading gives, to the last bit of every
 * coordinate: on every page of the shared PDFs, and on shown strings of any bytes (an odd last byte
 * among them) in any text state and under any matrices, across and down.
 */
class GlyphShortcutsProperties {

  /** The shared PDFs the fonts below are of, open while the properties run. */
  private static final List<PDDocument> OPEN = new ArrayList<>();
  private static @Nullable COSDictionary identityFont;
  private static @Nullable COSDictionary simpleFont;

  @Example
  void theSharedPagesGiveTheGlyphsPdfBoxGives() throws IOException {
    List<Path> pdfs = PdfSamples.pdfs().toList();
    assertTrue(pdfs.size() >= 20, "the shared PDFs: " + pdfs.size());
    int identityPages = 0;
    int dictionaryPages = 0;
    for (Path pdf : pdfs) {
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        int number = 0;
        for (PDPage page : doc.getPages()) {
          number++;
          String where = pdf.getFileName() + ", page " + number;
          // PDFBox's reading of the page as it stands, against the collector's of the page whose
          // content is decoded whole and tokenized by ContentTokens
          assertEquals(new GlyphCollector(false).collect(page),
              new GlyphCollector().collect(new DecodedPage(page, !doc.isEncrypted())), where);
          identityPages += identityFont(page) == null ? 0 : 1;
          dictionaryPages += dictionaryFont(page) ? 1 : 0;
        }
      }
    }
    // The pages must have used the direct reading, or the comparison shows nothing.
    assertTrue(identityPages >= 200, "pages with an Identity-encoded font: " + identityPages);
    assertTrue(dictionaryPages >= 200, "pages with a font answered from its dictionaries: "
        + dictionaryPages);
  }

  @Property(tries = 200)
  void anyShownBytesGiveTheGlyphsPdfBoxGives(
      @ForAll("shown") byte[] first,
      @ForAll("shown") byte[] second,
      @ForAll @IntRange(min = -300, max = 300) int adjustment,
      @ForAll @IntRange(min = 50, max = 200) int scaling,
      @ForAll @IntRange(min = -2, max = 4) int charSpacing,
      @ForAll @IntRange(min = -2, max = 4) int wordSpacing,
      @ForAll @IntRange(min = -3, max = 3) int rise,
      @ForAll("fonts") String kind,
      @ForAll("matrix") String textMatrix,
      @ForAll("matrix") String transformation) throws IOException {
    COSDictionary font;
    if (kind.equals("simple")) {
      font = new COSDictionary(sharedSimpleFont());
    } else {
      font = new COSDictionary(sharedIdentityFont());
      font.setItem(COSName.ENCODING, COSName.getPDFName(kind));
    }
    PDResources resources = new PDResources();
    resources.getCOSObject().setItem(COSName.FONT, new COSDictionary());
    resources.getCOSObject().getCOSDictionary(COSName.FONT).setItem(COSName.getPDFName("F"), font);
    PDPage page = new PDPage(PDRectangle.A4);
    page.setResources(resources);
    String content = String.format(Locale.ROOT,
        "%s cm BT /F 11 Tf %d Tz %d Tc %d Tw %d Ts 72 700 Td <%s> Tj %s Tm [<%s> %d <%s>] TJ ET",
        transformation, scaling, charSpacing, wordSpacing, rise, hex(first), textMatrix,
        hex(second), adjustment, hex(first));
    PDStream stream = new PDStream(requireSource());
    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
      out.write(content.getBytes(StandardCharsets.US_ASCII));
    }
    page.setContents(stream);

    // decoded whole, its content is tokenized by ContentTokens
    GlyphCollector.PageGlyphs direct = new GlyphCollector().collect(new DecodedPage(page, true));
    assertEquals(new GlyphCollector(false).collect(page), direct, content);
  }

  /**
   * A composite font across (answered from its dictionaries) or down (PDFBox's), or a simple
   * TrueType font (answered from its dictionaries; any byte is a code, the control codes among them
   * without a mapping).
   */
  @Provide
  Arbitrary<String> fonts() {
    return Arbitraries.of("Identity-H", "Identity-V", "simple");
  }

  @Provide
  Arbitrary<byte[]> shown() {
    return Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(24);
  }

  /** Six operands of a matrix: numbers mostly, now and then a name among them, or one too few. */
  @Provide
  Arbitrary<String> matrix() {
    Arbitrary<String> number = Arbitraries.oneOf(
        Arbitraries.integers().between(-3, 3).map(String::valueOf),
        Arbitraries.floats().between(-2f, 2f).ofScale(3).map(f -> String.format(Locale.ROOT, "%.3f", f)));
    Arbitrary<String> operand = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(12, number), net.jqwik.api.Tuple.of(1, Arbitraries.just("/N")));
    // Six operands combined, not a list: jqwik's shrinking moves elements between a list and the
    // byte arrays of the other parameters, and a failure would end in a ClassCastException.
    return Combinators.combine(operand, operand, operand, operand, operand, operand,
            Arbitraries.of(true, false))
        .as((a, b, c, d, e, f, all) -> String.join(" ", all ? List.of(a, b, c, d, e, f)
            : List.of(a, b, c, d, e)));
  }

  @AfterContainer
  static void close() throws IOException {
    for (PDDocument doc : OPEN) {
      doc.close();
    }
    OPEN.clear();
    identityFont = null;
    simpleFont = null;
  }

  /** An Identity-H font of the first shared PDF that has one, its program and metrics its own. */
  private static COSDictionary sharedIdentityFont() throws IOException {
    if (identityFont == null) {
      identityFont = sharedFont(font -> font instanceof PDType0Font composite
          && IdentityCodes.encodes(composite)
          && COSName.IDENTITY_H.equals(font.getCOSObject().getDictionaryObject(COSName.ENCODING)));
    }
    return identityFont;
  }

  /** A simple TrueType font of the shared PDFs the collector answers from its dictionaries. */
  private static COSDictionary sharedSimpleFont() throws IOException {
    if (simpleFont == null) {
      simpleFont = sharedFont(font -> DictionaryFont.of(font.getCOSObject())
          instanceof DictionaryTrueTypeFont);
    }
    return simpleFont;
  }

  /** The first font of the shared PDFs that is {@code wanted}, its PDF kept open. */
  private static COSDictionary sharedFont(Predicate<PDFont> wanted) throws IOException {
    for (Path pdf : PdfSamples.pdfs().toList()) {
      PDDocument doc = Loader.loadPDF(pdf.toFile());
      for (PDPage page : doc.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources == null ? List.<COSName>of() : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          if (font != null && wanted.test(font)) {
            OPEN.add(doc);
            return font.getCOSObject();
          }
        }
      }
      doc.close();
    }
    throw new AssertionError("no shared PDF has the font wanted");
  }

  private static PDDocument requireSource() {
    assertFalse(OPEN.isEmpty());
    return OPEN.get(0);
  }

  private static @Nullable PDFont identityFont(PDPage page) throws IOException {
    PDResources resources = page.getResources();
    if (resources == null) {
      return null;
    }
    for (COSName name : resources.getFontNames()) {
      if (resources.getFont(name) instanceof PDType0Font font && IdentityCodes.encodes(font)) {
        return font;
      }
    }
    return null;
  }

  private static boolean dictionaryFont(PDPage page) {
    COSDictionary fonts = page.getResources() == null ? null
        : page.getResources().getCOSObject().getCOSDictionary(COSName.FONT);
    return fonts != null && fonts.keySet().stream().anyMatch(name ->
        fonts.getDictionaryObject(name) instanceof COSDictionary dict
            && DictionaryFont.of(dict) != null);
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
