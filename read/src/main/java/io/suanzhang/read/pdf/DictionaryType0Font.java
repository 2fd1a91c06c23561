package io.suanzhang.read.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.jspecify.annotations.Nullable;

/**
 * A composite TrueType font whose codes are read by the predefined Identity-H CMap and whose text
 * is given by a ToUnicode map, answered from its dictionaries as PDFBox's {@link PDType0Font}
 * answers: the text from the ToUnicode map, the widths from {@code /W} and {@code /DW}, the bounding
 * box from the font descriptor (see {@link DictionaryFont}).
 */
final class DictionaryType0Font extends DictionaryFont {

  /** The text remembered of a code that has none (compared by identity). */
  private static final String NO_TEXT = new String("");

  private final @Nullable PDFontDescriptor descriptor;
  /** PDFBox's reading of {@code /W}: the width of each CID it lists, in glyph space. */
  private final Map<Integer, Float> widths = new HashMap<>();
  private final float defaultWidth;
  /**
   * The text of each code asked for ({@link #toUnicode(int)}), by its high byte and then its low one,
   * {@link #NO_TEXT} where it has none; a block of 256 codes made as the first of them is asked for.
   * A font is one collector's, read by one thread and softly held, as its ToUnicode map is: a block
   * is a kilobyte, and a font of a few hundred characters uses a few blocks.
   */
  private final @Nullable String[][] texts = new String[256][];

  private DictionaryType0Font(COSDictionary dict, COSDictionary descendant) {
    super(dict);
    COSDictionary fd = descendant.getCOSDictionary(COSName.FONT_DESC);
    this.descriptor = fd == null ? null : new PDFontDescriptor(fd);
    readWidths(descendant.getCOSArray(COSName.W));
    this.defaultWidth =
        descendant.getDictionaryObject(COSName.DW) instanceof COSNumber n ? n.floatValue() : 1000;
  }

  /**
   * The font of {@code dict} answered from its dictionaries, or null where it is not a composite
   * TrueType font encoded Identity-H with a ToUnicode stream that PDFBox would read without an
   * error: the checks of {@code PDType0Font}'s constructor, and a CID-to-GID map that is a name or
   * a stream that decodes (PDFBox reads it as it builds the font; text does not need it).
   */
  static @Nullable DictionaryType0Font of(COSDictionary dict) {
    COSDictionary descendant = descendant(dict);
    if (descendant == null) {
      return null;
    }
    if (descendant.getDictionaryObject(COSName.CID_TO_GID_MAP) instanceof COSStream map) {
      try (InputStream in = map.createInputStream()) {
        in.transferTo(OutputStream.nullOutputStream());
      } catch (IOException e) {
        return null; // PDFBox's font fails as it is built, and the page says so
      }
    }
    return new DictionaryType0Font(dict, descendant);
  }

  /**
   * Whether {@link #of} gives a font for {@code dict}, read from its entries alone (a CID-to-GID
   * map that does not decode aside).
   */
  static boolean answers(COSDictionary dict) {
    return descendant(dict) != null;
  }

  private static @Nullable COSDictionary descendant(COSDictionary dict) {
    if (!COSName.TYPE0.equals(dict.getCOSName(COSName.SUBTYPE))
        || dict.getDictionaryObject(COSName.ENCODING) != COSName.IDENTITY_H
        || !(dict.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream)) {
      return null;
    }
    COSArray descendants = dict.getCOSArray(COSName.DESCENDANT_FONTS);
    if (descendants == null || descendants.size() == 0
        || !(descendants.getObject(0) instanceof COSDictionary descendant)
        || !COSName.FONT.equals(descendant.getCOSName(COSName.TYPE, COSName.FONT))
        || !COSName.CID_FONT_TYPE2.equals(descendant.getCOSName(COSName.SUBTYPE))) {
      return null;
    }
    return descendant;
  }

  /** {@code PDCIDFont.readWidths}: lists and ranges, and PDFBox's way past a malformed entry. */
  private void readWidths(@Nullable COSArray w) {
    if (w == null) {
      return;
    }
    int size = w.size();
    int at = 0;
    while (at < size - 1) {
      if (!(w.getObject(at++) instanceof COSNumber first)) {
        continue;
      }
      COSBase next = w.getObject(at++);
      if (next instanceof COSArray list) {
        int start = first.intValue();
        for (int i = 0; i < list.size(); i++) {
          if (list.getObject(i) instanceof COSNumber width) {
            widths.put(start + i, width.floatValue());
          }
        }
      } else {
        if (at >= size) {
          break;
        }
        COSBase rangeWidth = w.getObject(at++);
        if (!(next instanceof COSNumber last) || !(rangeWidth instanceof COSNumber width)) {
          continue;
        }
        float value = width.floatValue();
        for (int cid = first.intValue(); cid <= last.intValue(); cid++) {
          widths.put(cid, value);
        }
      }
    }
  }

  @Override
  PDType0Font load() throws IOException {
    return new PDType0Font(dict);
  }

  /** Identity-H maps each two-byte code to the CID of the same number. */
  @Override
  public float getWidth(int code) {
    Float width = widths.get(code);
    return width == null ? defaultWidth : width;
  }

  @Override
  public boolean hasExplicitWidth(int code) {
    return widths.containsKey(code);
  }

  /**
   * The text of a code, remembered: the collector asks for each glyph's text, and PDFBox's text
   * engine asks for it again straight after, each time a look-up in the ToUnicode map with a boxed
   * code and a look at the font's encoding (0.4 s of a worker's 22 s over the shared reports as 200
   * files). The answer for a code never changes: it is the font's.
   */
  @Override
  public @Nullable String toUnicode(int code) {
    if (code < 0 || code > 0xffff) {
      return text(code);
    }
    String[] block = texts[code >>> 8];
    if (block == null) {
      block = new String[256];
      texts[code >>> 8] = block;
    }
    String text = block[code & 0xff];
    if (text == null) {
      String found = text(code);
      text = found == null ? NO_TEXT : found;
      block[code & 0xff] = text;
    }
    return text == NO_TEXT ? null : text;
  }

  private @Nullable String text(int code) {
    String text = super.toUnicode(code);
    if (text == null) {
      try {
        text = program().toUnicode(code); // the font program's own cmap, as PDFBox falls back to
      } catch (IOException e) {
        text = null;
      }
    }
    return text;
  }

  @Override
  public @Nullable PDFontDescriptor getFontDescriptor() {
    return descriptor;
  }

  @Override
  public Matrix getFontMatrix() {
    return DEFAULT_FONT_MATRIX; // PDCIDFontType2's, whatever the program's units
  }

  /** The descriptor's box where it is not all zeros, as {@code PDCIDFontType2} has it. */
  @Override
  public BoundingBox getBoundingBox() throws IOException {
    return box(true);
  }

  /** Read by the predefined Identity-H CMap, as PDFBox reads it (the collector reads them itself). */
  @Override
  public int readCode(InputStream in) throws IOException {
    return IdentityH.CMAP.readCode(in);
  }

  /** FontBox's predefined Identity-H, parsed once, when first needed. */
  private static final class IdentityH {
    static final CMap CMAP;

    static {
      try {
        CMAP = new CMapParser().parsePredefined("Identity-H");
      } catch (IOException e) {
        throw new ExceptionInInitializerError(e);
      }
    }
  }

  @Override
  public Vector getPositionVector(int code) {
    try {
      return program().getPositionVector(code);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public float getAverageFontWidth() {
    try {
      return program().getAverageFontWidth();
    } catch (IOException e) {
      return 0;
    }
  }
}
