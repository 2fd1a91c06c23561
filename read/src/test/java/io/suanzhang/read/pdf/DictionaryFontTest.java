package io.suanzhang.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * A font answered from its dictionaries answers what PDFBox's font of the same dictionary answers:
 * for every Identity-H font of the shared PDFs, every code's width and text; and it is built only
 * for the dictionaries it can answer for.
 */
class DictionaryFontTest {

  @Test
  void everyFontOfTheSharedPdfsItAnswersForAnswersAsPdfBox() throws IOException {
    int fonts = 0;
    for (Path pdf : PdfSamples.pdfs().toList()) {
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        for (COSDictionary dict : fontDictionaries(doc)) {
          DictionaryFont font = DictionaryFont.of(dict);
          if (font != null) {
            fonts++;
            assertAnswersAsPdfBox(font, new PDType0Font(dict), pdf.getFileName() + ", " + font);
          }
        }
      }
    }
    // Word and WPS write Chinese text in such fonts: the shared PDFs have over a hundred.
    assertTrue(fonts >= 50, "fonts answered from their dictionaries: " + fonts);
  }

  @Test
  void itAnswersWithoutWidthsABoxOrTheDefaultWidth() throws IOException {
    try (PDDocument doc = Loader.loadPDF(anyPdf().toFile())) {
      COSDictionary dict = firstAnswered(doc);
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
        DictionaryFont font = DictionaryFont.of(changed);
        assertNotNull(font, change.getKey());
        assertAnswersAsPdfBox(font, new PDType0Font(changed), change.getKey());
      }
    }
  }

  @Test
  void itIsBuiltOnlyForIdentityHTrueTypeFontsWithAToUnicodeStream() throws IOException {
    try (PDDocument doc = Loader.loadPDF(anyPdf().toFile())) {
      COSDictionary dict = firstAnswered(doc);
      assertNull(DictionaryFont.of(with(dict, d -> d.setItem(COSName.ENCODING, COSName.IDENTITY_V))));
      assertNull(DictionaryFont.of(with(dict, d -> d.removeItem(COSName.TO_UNICODE))));
      assertNull(DictionaryFont.of(with(dict, d -> d.setItem(COSName.TO_UNICODE, COSName.IDENTITY_H))));
      assertNull(DictionaryFont.of(with(dict, d -> d.setItem(COSName.SUBTYPE, COSName.TRUE_TYPE))));
      assertNull(DictionaryFont.of(with(dict, d -> d.removeItem(COSName.DESCENDANT_FONTS))));
      assertNull(DictionaryFont.of(with(dict, d -> d.setItem(COSName.DESCENDANT_FONTS, new COSArray()))));
      assertNull(DictionaryFont.of(withDescendant(dict,
          d -> d.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0))));
      assertNull(DictionaryFont.of(withDescendant(dict,
          d -> d.setItem(COSName.TYPE, COSName.ENCODING))));
      assertNull(DictionaryFont.of(withDescendant(dict,
          d -> d.setItem(COSName.CID_TO_GID_MAP, new COSStream()))));
      assertNotNull(DictionaryFont.of(withDescendant(dict,
          d -> d.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY))));
    }
  }

  private static void assertAnswersAsPdfBox(DictionaryFont font, PDType0Font pdfBox, String where)
      throws IOException {
    assertEquals(pdfBox.getName(), font.getName(), where);
    assertFalse(font.isVertical(), where);
    assertEquals(pdfBox.getFontMatrix(), font.getFontMatrix(), where);
    assertSame(pdfBox.getFontDescriptor().getCOSObject(), font.getFontDescriptor().getCOSObject(),
        where);
    BoundingBox expected = pdfBox.getBoundingBox();
    BoundingBox box = font.getBoundingBox();
    assertEquals(List.of(expected.getLowerLeftX(), expected.getLowerLeftY(),
        expected.getUpperRightX(), expected.getUpperRightY()), List.of(box.getLowerLeftX(),
        box.getLowerLeftY(), box.getUpperRightX(), box.getUpperRightY()), where);
    for (int code = 0; code <= 0xFFFF; code++) {
      String at = where + ", code " + code;
      if (Float.compare(pdfBox.getWidth(code), font.getWidth(code)) != 0
          || pdfBox.hasExplicitWidth(code) != font.hasExplicitWidth(code)
          || !pdfBox.getDisplacement(code).toString().equals(font.getDisplacement(code).toString())) {
        assertEquals(pdfBox.getWidth(code), font.getWidth(code), at);
        assertEquals(pdfBox.hasExplicitWidth(code), font.hasExplicitWidth(code), at);
        assertEquals(pdfBox.getDisplacement(code).toString(), font.getDisplacement(code).toString(),
            at);
      }
      // a code the ToUnicode map leaves out is the program's, asked of PDFBox's own font
      assertEquals(pdfBox.toUnicode(code), font.toUnicode(code), at);
    }
    byte[] shown = {0x12, 0x34, (byte) 0xAB, (byte) 0xCD, 0x7F};
    var expectedCodes = new ByteArrayInputStream(shown);
    var codes = new ByteArrayInputStream(shown);
    for (int i = 0; i < 3; i++) {
      assertEquals(pdfBox.readCode(expectedCodes), font.readCode(codes), where);
    }
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

  private static Path anyPdf() {
    return PdfSamples.pdfs().findFirst().orElseThrow();
  }

  private static COSDictionary firstAnswered(PDDocument doc) {
    return fontDictionaries(doc).stream().filter(d -> DictionaryFont.of(d) != null).findFirst()
        .orElseThrow(() -> new AssertionError("no Identity-H font with a ToUnicode map"));
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
