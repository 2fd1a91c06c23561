package io.suanzhang.extract.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.jspecify.annotations.Nullable;

/**
 * Collects the glyphs of one page with their positions, using PDFBox's text engine but none of its
 * line building: {@link #writePage()} is skipped, so a page costs what parsing it costs. Also counts
 * what says whether the text layer can be trusted: glyphs whose font has no Unicode mapping, and
 * whether the page draws anything besides text.
 *
 * <p>Not thread-safe: one collector per document read.
 */
final class GlyphCollector extends PDFTextStripper {

  /** What one page yielded. */
  record PageGlyphs(
      List<Glyph> glyphs, int unmapped, int dropped, int coerced, Set<String> unmappedFonts,
      int drawings, int objects, int damaged, @Nullable String damage, float width, float height) {}

  private final List<Glyph> glyphs = new ArrayList<>();
  private int unmapped;
  private int passed;
  private int coerced;
  private final Set<String> unmappedFonts = new TreeSet<>();
  private int drawings;
  private int objects;
  private int damaged;
  private @Nullable String damage;
  private boolean lastUnmapped;

  GlyphCollector() {
    setSortByPosition(false);
    setShouldSeparateByBeads(false);
    setSuppressDuplicateOverlappingText(false);
  }

  /** Runs the page's content stream and returns its glyphs. */
  PageGlyphs collect(PDPage page) throws IOException {
    glyphs.clear();
    unmapped = 0;
    passed = 0;
    coerced = 0;
    unmappedFonts.clear();
    drawings = 0;
    objects = 0;
    damaged = 0;
    damage = null;
    // processPage checks the page against the start and end page of a whole-document run; a fresh
    // stripper counts every page as page 1, which lies within the default range.
    processPage(page);
    var box = page.getCropBox();
    boolean turned = page.getRotation() % 180 != 0;
    float w = turned ? box.getHeight() : box.getWidth();
    float h = turned ? box.getWidth() : box.getHeight();
    return new PageGlyphs(List.copyOf(glyphs), unmapped, unmapped - passed, coerced,
        Set.copyOf(unmappedFonts), drawings, objects, damaged, damage, w, h);
  }

  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
      throws IOException {
    lastUnmapped = font.toUnicode(code) == null;
    if (lastUnmapped) {
      unmapped++;
      if (unmappedFonts.size() < 4) {
        unmappedFonts.add(font.getName() == null ? "(unnamed font)" : font.getName());
      }
    }
    // PDFBox drops a glyph of a composite font without a mapping, and passes a simple font's
    // code on as if it were a character.
    super.showGlyph(textRenderingMatrix, font, code, displacement);
  }

  @Override
  protected void processTextPosition(TextPosition t) {
    String text = t.getUnicode();
    if (text == null || text.isEmpty()) {
      return;
    }
    if (lastUnmapped) {
      passed++;
    }
    if (lastUnmapped) {
      // A code passed on as a character. Digits often come out right (a subset font keeps
      // their codes); letters are a guess and anything else is noise.
      if (!isPrintableAscii(text)) {
        text = "\uFFFD";
      } else if (!isNumberText(text)) {
        coerced++;
      }
    }
    float size = Math.abs(t.getYScale());
    if (!(size > 0.5f) || size > 500) {
      size = Math.max(t.getFontSizeInPt(), 1f);
    }
    float width = t.getWidthDirAdj();
    if (!(width > 0)) {
      width = size * 0.5f * text.length();
    }
    glyphs.add(new Glyph(text, t.getXDirAdj(), t.getYDirAdj(), width, size));
  }

  private static boolean isNumberText(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || c == '.' || c == ',' || c == '-' || c == '%' || c == ' ')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPrintableAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        return false;
      }
    }
    return true;
  }

  @Override
  protected void writePage() {
    // Lines and tables are built from the collected glyphs instead.
  }

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    if ("Do".equals(operator.getName())) {
      objects++;
    }
    super.processOperator(operator, operands);
  }

  /** PDFBox logs and skips most operators that fail; they are counted so that the page says so. */
  @Override
  protected void operatorException(Operator operator, List<COSBase> operands, IOException e)
      throws IOException {
    damaged++;
    if (damage == null) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      damage = operator.getName() + ": " + why;
    }
    super.operatorException(operator, operands, e);
  }

  @Override
  protected void unsupportedOperator(Operator operator, List<COSBase> operands) {
    switch (operator.getName()) {
      case "f":
      case "F":
      case "f*":
      case "S":
      case "s":
      case "B":
      case "B*":
      case "b":
      case "b*":
      case "sh":
        drawings++;
        break;
      case "BI":
        objects++;
        break;
      default:
        break;
    }
  }
}
