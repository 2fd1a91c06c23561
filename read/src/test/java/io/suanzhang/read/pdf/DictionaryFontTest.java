package io.suanzhang.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A font answered from its dictionaries answers what PDFBox's font of the same dictionary answers:
 * for every such font of the shared PDFs (composite and simple), every code's width and text, and
 * with its dictionaries changed; and it is built only for the dictionaries it can answer for.
 */
class DictionaryFontTest {

  @Test
  void everyFontOfTheSharedPdfsItAnswersForAnswersAsPdfBox() throws IOException {
    int composite = 0;
    int simple = 0;
    for (Path pdf : PdfSamples.pdfs().toList()) {
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        for (COSDictionary dict : fontDictionaries(doc)) {
          DictionaryFont font = DictionaryFont.of(dict);
          assertEquals(font != null, DictionaryFont.answers(dict));
          String where = pdf.getFileName() + ", " + font;
          if (font instanceof DictionaryType0Font type0) {
            composite++;
            assertAnswersAsPdfBox(type0, new PDType0Font(dict), where);
          } else if (font instanceof DictionaryTrueTypeFont trueType) {
            simple++;
            assertAnswersAsPdfBox(trueType, new PDTrueTypeFont(dict), where);
          }
        }
      }
    }
    // Word and WPS write Chinese text in composite fonts, digits and Latin in simple ones: the
    // shared PDFs have over a hundred of the first and dozens of the second.
    assertTrue(composite >= 50, "composite fonts answered from their dictionaries: " + composite);
    assertTrue(simple >= 20, "simple fonts answered from their dictionaries: " + simple);
  }

  @Test
  void aCompositeFontAnswersWithoutWidthsABoxOrTheDefaultWidth() throws IOException {
    onFirst(DictionaryType0Font.class, dict -> {
      Map<String, Consumer<COSDictionary>> changes = Map.of(
          "no /W", descendant -> descendant.removeItem(COSName.W),
          "/DW 0", descendant -> descendant.setItem(COSName.DW, COSInteger.get(0)),
          "/DW 523.5", descendant -> descendant.setItem(COSName.DW, new COSFloat(523.5f)),
          "no /DW", descendant -> descendant.removeItem(COSName.DW),
          "a /FontBBox of zeros", descendant -> {
            COSDictionary descriptor =
                new COSDictionary(descendant.getCOSDictionary(COSName.FONT_DESC));
            descriptor.setItem(COSName.FONT_BBOX, COSArray.ofCOSIntegers(List.of(0, 0, 0, 0)));
            descendant.setItem(COSName.FONT_DESC, descriptor);
          },
          "/W [3 [700] 10 20 400 /A 5]", descendant -> {
            // a width list of one code, then a range, then a malformed entry PDFBox skips
            descendant.setItem(COSName.W, COSArray.ofCOSIntegers(List.of(3)));
            COSArray w = descendant.getCOSArray(COSName.W);
            w.add(COSArray.ofCOSIntegers(List.of(700)));
            w.add(COSInteger.get(10));
            w.add(COSInteger.get(20));
            w.add(COSInteger.get(400));
            w.add(COSName.A);
            w.add(COSInteger.get(5));
          });
      for (var change : changes.entrySet()) {
        COSDictionary changed = withDescendant(dict, change.getValue());
        DictionaryType0Font font = DictionaryType0Font.of(changed);
        assertNotNull(font, change.getKey());
        assertAnswersAsPdfBox(font, new PDType0Font(changed), change.getKey());
      }
    });
  }

  @Test
  void aSimpleFontAnswersWithItsWidthsChangedOrWithoutABox() throws IOException {
    onFirst(DictionaryTrueTypeFont.class, dict -> {
      Map<String, Consumer<COSDictionary>> changes = Map.of(
          "no /FirstChar", font -> font.removeItem(COSName.FIRST_CHAR),
          "/FirstChar 40", font -> font.setInt(COSName.FIRST_CHAR, 40),
          "/Widths of three", font -> font.setItem(COSName.WIDTHS,
              COSArray.ofCOSIntegers(List.of(500, 0, 731))),
          "/MissingWidth 333", font -> font.setItem(COSName.FONT_DESC,
              with(font.getCOSDictionary(COSName.FONT_DESC),
                  d -> d.setInt(COSName.MISSING_WIDTH, 333))),
          "no /FontBBox", font -> font.setItem(COSName.FONT_DESC,
              with(font.getCOSDictionary(COSName.FONT_DESC),
                  d -> d.removeItem(COSName.FONT_BBOX))),
          "MacRomanEncoding", font -> font.setItem(COSName.ENCODING, COSName.MAC_ROMAN_ENCODING),
          "StandardEncoding", font -> font.setItem(COSName.ENCODING, COSName.STANDARD_ENCODING));
      for (var change : changes.entrySet()) {
        COSDictionary changed = with(dict, change.getValue());
        DictionaryTrueTypeFont font = DictionaryTrueTypeFont.of(changed);
        assertNotNull(font, change.getKey());
        assertAnswersAsPdfBox(font, new PDTrueTypeFont(changed), change.getKey());
      }
    });
  }

  @Test
  void itIsBuiltOnlyForFontsWhoseDictionariesSayAll() throws IOException {
    onFirst(DictionaryTrueTypeFont.class, simple -> {
      assertNull(changed(simple, d -> d.removeItem(COSName.WIDTHS)));
      assertNull(changed(simple, d -> d.removeItem(COSName.ENCODING)));
      assertNull(changed(simple, d -> d.setItem(COSName.ENCODING, new COSDictionary())));
      assertNull(changed(simple, d -> d.setName(COSName.ENCODING, "NoSuchEncoding")));
      assertNull(changed(simple, d -> d.setItem(COSName.SUBTYPE, COSName.TYPE1)));
      assertNull(changed(simple, d -> d.setName(COSName.BASE_FONT, "ZapfDingbats")));
      assertNull(changed(simple, d -> d.setItem(COSName.FONT_DESC,
          with(d.getCOSDictionary(COSName.FONT_DESC), fd -> fd.removeItem(COSName.FONT_FILE2)))));
      assertNull(changed(simple, d -> d.removeItem(COSName.FONT_DESC)));
    });
    onFirst(DictionaryType0Font.class, composite -> {
      assertNull(changed(composite, d -> d.setItem(COSName.ENCODING, COSName.IDENTITY_V)));
      assertNull(changed(composite, d -> d.removeItem(COSName.TO_UNICODE)));
      assertNull(changed(composite, d -> d.setItem(COSName.TO_UNICODE, COSName.IDENTITY_H)));
      assertNull(changed(composite, d -> d.setItem(COSName.SUBTYPE, COSName.TRUE_TYPE)));
      assertNull(changed(composite, d -> d.removeItem(COSName.DESCENDANT_FONTS)));
      assertNull(changed(composite, d -> d.setItem(COSName.DESCENDANT_FONTS, new COSArray())));
      assertNull(DictionaryFont.of(withDescendant(composite,
          d -> d.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0))));
      assertNull(DictionaryFont.of(withDescendant(composite,
          d -> d.setItem(COSName.TYPE, COSName.ENCODING))));
      // a map that does not decode: PDFBox's font fails as it is built, and none is answered
      COSStream broken = new COSStream();
      try (OutputStream out = broken.createRawOutputStream()) {
        out.write(new byte[] {0, 1, 0, 2});
      }
      broken.setItem(COSName.FILTER, COSName.getPDFName("NoSuchDecode"));
      COSDictionary unreadable =
          withDescendant(composite, d -> d.setItem(COSName.CID_TO_GID_MAP, broken));
      assertThrows(IOException.class, () -> new PDType0Font(unreadable));
      assertNull(DictionaryFont.of(unreadable));
      assertTrue(DictionaryFont.answers(unreadable)); // its entries alone do not tell
      assertNotNull(DictionaryFont.of(withDescendant(composite,
          d -> d.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY))));
    });
  }

  /** The font answered for a changed copy of the dictionary, if any. */
  private static @Nullable DictionaryFont changed(COSDictionary dict,
      Consumer<COSDictionary> change) {
    return DictionaryFont.of(with(dict, change));
  }

  /** What a font of either kind says of itself as PDFBox's font of the same dictionary says it. */
  private static void assertSameFace(DictionaryFont font, PDFont pdfBox, String where)
      throws IOException {
    assertEquals(pdfBox.getName(), font.getName(), where);
    assertFalse(font.isVertical(), where);
    assertEquals(pdfBox.getFontMatrix(), font.getFontMatrix(), where);
    assertSame(pdfBox.getFontDescriptor().getCOSObject(), font.getFontDescriptor().getCOSObject(),
        where);
    assertEquals(box(pdfBox.getBoundingBox()), box(font.getBoundingBox()), where);
  }

  private static void assertAnswersAsPdfBox(DictionaryType0Font font, PDType0Font pdfBox,
      String where) throws IOException {
    assertSameFace(font, pdfBox, where);
    for (int code = 0; code <= 0xFFFF; code++) {
      String at = where + ", code " + code;
      if (Float.compare(pdfBox.getWidth(code), font.getWidth(code)) != 0
          || pdfBox.hasExplicitWidth(code) != font.hasExplicitWidth(code)
          || !pdfBox.getDisplacement(code).toString()
              .equals(font.getDisplacement(code).toString())) {
        assertEquals(pdfBox.getWidth(code), font.getWidth(code), at);
        assertEquals(pdfBox.hasExplicitWidth(code), font.hasExplicitWidth(code), at);
        assertEquals(pdfBox.getDisplacement(code).toString(), font.getDisplacement(code).toString(),
            at);
      }
      // a code the ToUnicode map leaves out is the program's, asked of PDFBox's own font
      assertEquals(pdfBox.toUnicode(code), font.toUnicode(code), at);
      assertEquals(pdfBox.toUnicode(code), font.toUnicode(code), at + ", asked again");
    }
    byte[] shown = {0x12, 0x34, (byte) 0xAB, (byte) 0xCD, 0x7F};
    var expectedCodes = new ByteArrayInputStream(shown);
    var codes = new ByteArrayInputStream(shown);
    for (int i = 0; i < 3; i++) {
      assertEquals(pdfBox.readCode(expectedCodes), font.readCode(codes), where);
    }
  }

  /**
   * Every one-byte code's width and text as PDFBox's simple font gives them; the text engine's, a
   * code without a mapping taken for its character, as the engine takes it from a simple font.
   */
  private static void assertAnswersAsPdfBox(DictionaryTrueTypeFont font, PDTrueTypeFont pdfBox,
      String where) throws IOException {
    assertSameFace(font, pdfBox, where);
    GlyphList engine = GlyphList.getAdobeGlyphList();
    for (int code = 0; code < 256; code++) {
      String at = where + ", code " + code;
      assertEquals(pdfBox.getWidth(code), font.getWidth(code), at);
      assertEquals(pdfBox.hasExplicitWidth(code), font.hasExplicitWidth(code), at);
      assertEquals(pdfBox.getDisplacement(code).toString(), font.getDisplacement(code).toString(),
          at);
      assertEquals(pdfBox.toUnicode(code), font.toUnicode(code), at);
      String read = pdfBox.toUnicode(code, engine);
      assertEquals(read != null ? read : String.valueOf((char) code), font.toUnicode(code, engine),
          at);
    }
    byte[] shown = {0x31, (byte) 0xA5, 0x00};
    var expectedCodes = new ByteArrayInputStream(shown);
    var codes = new ByteArrayInputStream(shown);
    for (int i = 0; i < 4; i++) {
      assertEquals(pdfBox.readCode(expectedCodes), font.readCode(codes), where);
    }
  }

  private static List<Float> box(BoundingBox box) {
    return List.of(box.getLowerLeftX(), box.getLowerLeftY(), box.getUpperRightX(),
        box.getUpperRightY());
  }

  /** The font dictionaries of the document's pages, each once. */
  private static List<COSDictionary> fontDictionaries(PDDocument doc) {
    Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<COSDictionary> all = new ArrayList<>();
    for (PDPage page : doc.getPages()) {
      COSDictionary fonts = page.getResources() == null ? null
          : page.getResources().getCOSObject().getCOSDictionary(COSName.FONT);
      if (fonts == null) {
        continue;
      }
      for (COSName name : fonts.keySet()) {
        if (fonts.getDictionaryObject(name) instanceof COSDictionary dict && seen.add(dict)) {
          all.add(dict);
        }
      }
    }
    return all;
  }

  /** Runs the test on the first font of the shared PDFs answered as {@code kind}, its PDF open. */
  private static void onFirst(Class<? extends DictionaryFont> kind, FontTest test)
      throws IOException {
    for (Path pdf : PdfSamples.pdfs().toList()) {
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        for (COSDictionary dict : fontDictionaries(doc)) {
          if (kind.isInstance(DictionaryFont.of(dict))) {
            test.run(dict);
            return;
          }
        }
      }
    }
    throw new AssertionError("no font of the shared PDFs is answered as " + kind.getSimpleName());
  }

  private interface FontTest {
    void run(COSDictionary dict) throws IOException;
  }

  private static COSDictionary with(COSDictionary dict, Consumer<COSDictionary> change) {
    COSDictionary copy = new COSDictionary(dict);
    change.accept(copy);
    return copy;
  }

  /** A copy of the font whose descendant is a changed copy. */
  private static COSDictionary withDescendant(COSDictionary dict, Consumer<COSDictionary> change) {
    COSDictionary descendant =
        new COSDictionary((COSDictionary) dict.getCOSArray(COSName.DESCENDANT_FONTS).getObject(0));
    change.accept(descendant);
    COSArray descendants = new COSArray();
    descendants.add(descendant);
    return with(dict, d -> d.setItem(COSName.DESCENDANT_FONTS, descendants));
  }
}
