package io.suanzhang.read.pdf;

import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.jspecify.annotations.Nullable;

/**
 * A simple TrueType font, embedded, with a {@code /Widths} array and an encoding named by a
 * predefined one (WinAnsiEncoding, what Word writes digits and Latin text in), answered from its
 * dictionaries as PDFBox's {@link PDTrueTypeFont} answers: the text from its ToUnicode map if any,
 * else from the glyph names of the encoding, the widths from {@code /Widths} (and the descriptor's
 * {@code /MissingWidth} for a code outside them, PDFBox's own reading), the bounding box from the
 * font descriptor (see {@link DictionaryFont}).
 */
final class DictionaryTrueTypeFont extends DictionaryFont {

  private final Encoding encoding;

  private DictionaryTrueTypeFont(COSDictionary dict, Encoding encoding) {
    super(dict);
    this.encoding = encoding;
  }

  /**
   * The font of {@code dict} answered from its dictionaries, or null where it is not a simple
   * TrueType font with an embedded program, a font descriptor, a {@code /Widths} array and a
   * predefined encoding named (not ZapfDingbats, whose glyph names PDFBox reads with a list of its
   * own).
   */
  static @Nullable DictionaryTrueTypeFont of(COSDictionary dict) {
    Encoding encoding = encoding(dict);
    return encoding == null ? null : new DictionaryTrueTypeFont(dict, encoding);
  }

  /** Whether {@link #of} gives a font for {@code dict}, read from its entries alone. */
  static boolean answers(COSDictionary dict) {
    return encoding(dict) != null;
  }

  private static @Nullable Encoding encoding(COSDictionary dict) {
    COSDictionary descriptor = dict.getCOSDictionary(COSName.FONT_DESC);
    String name = dict.getNameAsString(COSName.BASE_FONT);
    if (!COSName.TRUE_TYPE.equals(dict.getCOSName(COSName.SUBTYPE))
        || descriptor == null
        || !(descriptor.getDictionaryObject(COSName.FONT_FILE2) instanceof COSStream)
        || dict.getCOSArray(COSName.WIDTHS) == null
        || !(dict.getDictionaryObject(COSName.ENCODING) instanceof COSName encodingName)
        || name != null
            && Standard14Fonts.getMappedFontName(name) == Standard14Fonts.FontName.ZAPF_DINGBATS) {
      return null;
    }
    return Encoding.getInstance(encodingName);
  }

  @Override
  PDTrueTypeFont load() throws IOException {
    return new PDTrueTypeFont(dict);
  }

  /**
   * The text of a code: as {@code PDSimpleFont} reads it, the ToUnicode map first, then the glyph
   * name the encoding gives looked up in the Adobe Glyph List; null where neither has it.
   */
  @Override
  public @Nullable String toUnicode(int code) {
    return mapped(code, GlyphList.getAdobeGlyphList());
  }

  /**
   * The text of a code as PDFBox's text engine reads it ({@code LegacyPDFStreamEngine}, the only
   * caller): with the engine's glyph list, and where no mapping is found, the code taken for its
   * character, which the engine does for a simple font and would not do for this one, a {@code
   * PDFont} that is not a {@code PDSimpleFont}.
   */
  @Override
  public String toUnicode(int code, GlyphList glyphList) {
    String text = mapped(code, glyphList);
    return text != null ? text : String.valueOf((char) code);
  }

  private @Nullable String mapped(int code, GlyphList glyphList) {
    String text = super.toUnicode(code);
    return text != null ? text : glyphList.toUnicode(encoding.getName(code));
  }

  @Override
  public boolean hasExplicitWidth(int code) {
    int first = dict.getInt(COSName.FIRST_CHAR, -1);
    return code >= first && code - first < getWidths().size();
  }

  /** The descriptor's box where it has one, as {@code PDTrueTypeFont} has it. */
  @Override
  public BoundingBox getBoundingBox() throws IOException {
    return box(false);
  }

  /** One byte a code, as every simple font reads them. */
  @Override
  public int readCode(InputStream in) throws IOException {
    return in.read();
  }
}
