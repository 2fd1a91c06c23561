package io.suanzhang.read.pdf;

import java.io.IOException;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.jspecify.annotations.Nullable;

/**
 * A font of a document answered from its dictionaries where they say all that text needs, as
 * PDFBox's font of the same dictionary answers it. PDFBox parses a font's embedded program when it
 * builds the font, every table of it, though text needs none of it where the dictionaries give each
 * code's text and width: the programs these reports embed are large (a Chinese subset keeps every
 * glyph slot of the full font, 17,000 on average over the shared PDFs), and parsing them was 7 % of
 * a worker's CPU over the shared reports as 200 files. What only the program knows (a code without
 * a mapping, a glyph's height or outline, a missing bounding box) is asked of PDFBox's font, built
 * from the same dictionary the first time it is needed.
 *
 * <p>Two kinds: a composite TrueType font encoded Identity-H with a ToUnicode map ({@link
 * DictionaryType0Font}, what Word and WPS write Chinese text in) and a simple embedded TrueType
 * font with widths and a named encoding ({@link DictionaryTrueTypeFont}, their digits and Latin).
 *
 * <p>One answer differs on purpose: {@link #getSpaceWidth()}. PDFBox asks every font for it for a
 * {@code TextPosition}'s width of a space, which the collector never reads, and most fonts answer it
 * from the program. It is NaN here, so that a reading of it cannot pass for a width.
 *
 * <p>Not thread-safe, like PDFBox's fonts.
 */
abstract sealed class DictionaryFont extends PDFont
    permits DictionaryType0Font, DictionaryTrueTypeFont {

  private @Nullable PDFont program;
  private @Nullable BoundingBox box;

  DictionaryFont(COSDictionary dict) {
    super(dict);
  }

  /** The font of {@code dict} answered from its dictionaries, or null where they do not say all. */
  static @Nullable DictionaryFont of(COSDictionary dict) {
    DictionaryFont font = DictionaryType0Font.of(dict);
    return font != null ? font : DictionaryTrueTypeFont.of(dict);
  }

  /**
   * Whether {@link #of} gives a font for {@code dict}, read from its entries alone: such a font's
   * program is not inflated unless something asks for what only the program knows.
   */
  static boolean answers(COSDictionary dict) {
    return DictionaryType0Font.answers(dict) || DictionaryTrueTypeFont.answers(dict);
  }

  /** PDFBox's font of the same dictionary, program and all. */
  abstract PDFont load() throws IOException;

  /** {@link #load()}'s font, built once, when first needed. */
  final PDFont program() throws IOException {
    if (program == null) {
      program = load();
    }
    return program;
  }

  /**
   * The font descriptor's {@code /FontBBox}, as PDFBox's font reads it: where the descriptor has
   * one, and, where {@code zerosAreNone} (a composite font), one that is not all zeros; else the
   * program's.
   */
  final BoundingBox box(boolean zerosAreNone) throws IOException {
    if (box == null) {
      PDFontDescriptor descriptor = getFontDescriptor();
      PDRectangle r = descriptor == null ? null : descriptor.getFontBoundingBox();
      boolean none = r == null || zerosAreNone && r.getLowerLeftX() == 0
          && r.getLowerLeftY() == 0 && r.getUpperRightX() == 0 && r.getUpperRightY() == 0;
      box = none
          ? program().getBoundingBox()
          : new BoundingBox(r.getLowerLeftX(), r.getLowerLeftY(), r.getUpperRightX(),
              r.getUpperRightY());
    }
    return box;
  }

  @Override
  public final float getSpaceWidth() {
    return Float.NaN;
  }

  @Override
  public final String getName() {
    return dict.getNameAsString(COSName.BASE_FONT);
  }

  @Override
  public final boolean isVertical() {
    return false;
  }

  @Override
  public final float getHeight(int code) throws IOException {
    return program().getHeight(code);
  }

  @Override
  public final float getWidthFromFont(int code) throws IOException {
    return program().getWidthFromFont(code);
  }

  @Override
  public final boolean isEmbedded() {
    try {
      return program().isEmbedded();
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public final boolean isDamaged() {
    try {
      return program().isDamaged();
    } catch (IOException e) {
      return true;
    }
  }

  @Override
  protected final byte[] encode(int unicode) {
    throw new UnsupportedOperationException("a font read from a document encodes nothing");
  }

  @Override
  protected final float getStandard14Width(int code) {
    throw new UnsupportedOperationException("widths come from the font's dictionaries");
  }

  @Override
  public final void addToSubset(int codePoint) {
    throw new UnsupportedOperationException("a font read from a document is not embedded anew");
  }

  @Override
  public final void subset() {
    throw new UnsupportedOperationException("a font read from a document is not embedded anew");
  }

  @Override
  public final boolean willBeSubset() {
    return false;
  }
}
