package io.suanzhang.read.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.contentstream.operator.MissingOperandException;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.jspecify.annotations.Nullable;

/**
 * Collects the glyphs of one page with their positions, using PDFBox's text engine but none of its
 * line building: {@link #writePage()} is skipped, so a page costs what parsing it costs. Also counts
 * what says whether the text layer can be trusted: glyphs whose font has no Unicode mapping, and
 * whether the page draws anything besides text; and keeps the horizontal and vertical lines it draws
 * (stroked, or as rectangles at most {@value #THIN} points thick), which are the borders of table
 * cells, in the coordinates of the glyphs.
 *
 * <p>Not thread-safe: one collector per document read.
 */
final class GlyphCollector extends PDFTextStripper {

  /**
   * What one page yielded. The fonts without a Unicode mapping are in name order: they are named in a
   * warning, which must read the same on every run (a resumed scan is byte-identical).
   */
  record PageGlyphs(
      List<Glyph> glyphs, int unmapped, int dropped, int coerced, List<String> unmappedFonts,
      int shapes, int objects, int damaged, @Nullable String damage, float width, float height,
      List<Ruling> rulings) {}

  /** A filled rectangle at most this thick, in points, is a drawn line. */
  static final float THIN = 2.5f;
  /** Lines shorter than this, in points, are not kept: no cell is that small. */
  private static final float SHORTEST = 1f;
  /** A page that draws more lines than this is a drawing, not tables: none of them is kept. */
  private static final int MOST_RULINGS = 5_000;
  /** What PDFBox's parser reads in place of a page's content handed over to {@link ContentTokens}. */
  private static final Operator HAND_OVER = Operator.getOperator(DecodedPage.HAND_OVER);
  /** Font dictionaries remembered before they are all let go, which bounds what a document holds. */
  private static final int MOST_FONTS = 1_000;

  private final List<Glyph> glyphs = new ArrayList<>();
  private int unmapped;
  private int passed;
  private int coerced;
  private final Set<String> unmappedFonts = new TreeSet<>();
  /** What the page paints besides straight rules: curves, slanted or solid shapes, shadings. */
  private int shapes;
  private int objects;
  private int damaged;
  private @Nullable String damage;
  private boolean lastUnmapped;
  /** The path being built: its subpaths as points {x, y, 1 if reached by a curve} on the page. */
  private final List<List<float[]>> path = new ArrayList<>();
  private final List<Ruling> rulings = new ArrayList<>();
  private int rotation;
  private PDRectangle crop = PDRectangle.A4;
  /** The font last shown text with, and whether its codes are Identity-H or -V ({@link #showText}). */
  private @Nullable PDFont identityTested;
  private boolean identity;
  /**
   * The fonts of the document's font dictionaries {@link DictionaryFont} answers for, by dictionary,
   * softly held as PDFBox holds its own (a font's ToUnicode map can be large, and a document may
   * have hundreds of fonts: one let go is built again); and the dictionaries it does not answer for,
   * whose fonts are PDFBox's.
   */
  private final Map<COSDictionary, SoftReference<DictionaryFont>> dictionaryFonts =
      new IdentityHashMap<>();
  private final Set<COSDictionary> pdfBoxFonts = Collections.newSetFromMap(new IdentityHashMap<>());
  private final ContentTokens.Operators operators = new ContentTokens.Operators();

  /**
   * Whether the collector takes its shortcuts through PDFBox's work: Identity-H and -V codes read
   * here ({@link #showText}), fonts answered from their dictionaries ({@link #setFont}), matrix
   * operands checked by a loop.
   */
  private final boolean shortcuts;

  GlyphCollector() {
    this(true);
  }

  /** A collector that leaves all to PDFBox where {@code shortcuts} is false: for tests. */
  GlyphCollector(boolean shortcuts) {
    this.shortcuts = shortcuts;
    setSortByPosition(false);
    setShouldSeparateByBeads(false);
    setSuppressDuplicateOverlappingText(false);
    if (!shortcuts) {
      return;
    }
    // PDFBox checks the six operands of every Tm and cm with a stream and a method reference, which
    // costs without C2 what a loop does not (0.28 s over the shared reports as 200 files).
    addOperator(TextMatrices.setMatrix(this));
    addOperator(TextMatrices.moveText(this));
    addOperator(new Concatenate(this) {
      @Override
      public boolean checkArrayTypesClass(List<COSBase> operands, Class<?> type) {
        return allOf(operands, type);
      }
    });
    addOperator(new SetFontAndSize(this) {
      @Override
      public void process(Operator operator, List<COSBase> operands) throws IOException {
        setFont(operator, operands);
      }
    });
  }

  /**
   * PDFBox's {@code Tf}, step for step, but for a font {@link DictionaryFont} answers from its
   * dictionaries, which it gives instead of PDFBox's font of the same dictionary.
   */
  private void setFont(Operator operator, List<COSBase> operands) throws IOException {
    if (operands.size() < 2) {
      throw new MissingOperandException(operator, operands);
    }
    if (!(operands.get(0) instanceof COSName name) || !(operands.get(1) instanceof COSNumber size)) {
      return;
    }
    PDTextState textState = getGraphicsState().getTextState();
    textState.setFontSize(size.floatValue());
    PDResources resources = getResources();
    COSDictionary all = resources.getCOSObject().getCOSDictionary(COSName.FONT);
    PDFont font = all != null && all.getDictionaryObject(name) instanceof COSDictionary dict
        ? dictionaryFont(dict)
        : null;
    textState.setFont(font != null ? font : resources.getFont(name));
  }

  /** The font {@link DictionaryFont} answers for the dictionary, or null where it answers none. */
  private @Nullable DictionaryFont dictionaryFont(COSDictionary dict) {
    if (pdfBoxFonts.contains(dict)) {
      return null;
    }
    SoftReference<DictionaryFont> kept = dictionaryFonts.get(dict);
    DictionaryFont font = kept == null ? null : kept.get();
    if (font == null) {
      font = DictionaryFont.of(dict);
      if (dictionaryFonts.size() + pdfBoxFonts.size() >= MOST_FONTS) {
        dictionaryFonts.clear();
        pdfBoxFonts.clear();
      }
      if (font == null) {
        pdfBoxFonts.add(dict);
      } else {
        dictionaryFonts.put(dict, new SoftReference<>(font));
      }
    }
    return font;
  }

  /** Runs the page's content stream and returns its glyphs. */
  PageGlyphs collect(PDPage page) throws IOException {
    glyphs.clear();
    unmapped = 0;
    passed = 0;
    coerced = 0;
    unmappedFonts.clear();
    shapes = 0;
    objects = 0;
    damaged = 0;
    damage = null;
    path.clear();
    rulings.clear();
    rotation = Math.floorMod(page.getRotation(), 360);
    crop = page.getCropBox();
    // processPage checks the page against the start and end page of a whole-document run; a fresh
    // stripper counts every page as page 1, which lies within the default range.
    processPage(shortcuts && page instanceof DecodedPage decoded ? decoded.handingOver() : page);
    var box = page.getCropBox();
    boolean turned = page.getRotation() % 180 != 0;
    float w = turned ? box.getHeight() : box.getWidth();
    float h = turned ? box.getWidth() : box.getHeight();
    return new PageGlyphs(List.copyOf(glyphs), unmapped, unmapped - passed, coerced,
        List.copyOf(unmappedFonts), shapes, objects, damaged, damage, w, h,
        rulings.size() > MOST_RULINGS ? List.of() : List.copyOf(rulings));
  }

  /**
   * PDFBox's own {@code showText}, step for step, but for a font encoded by the predefined Identity-H
   * or Identity-V CMap, whose one codespace range, {@code <0000> <FFFF>}, makes every code its two
   * bytes, big-endian (and a last odd byte the high byte of a code of its own, as PDFBox reads it).
   * PDFBox's CMap looks that range up again for every glyph through a stream and a lambda: without
   * C2 (a scan's workers run C1 alone below 1,000 documents) that was 0.70 s of the 13.1 s a profile
   * of the shared reports as 200 files found in PDFBox's page processing. Other fonts, and a text with
   * no font, go through PDFBox.
   */
  @Override
  protected void showText(byte[] string) throws IOException {
    PDGraphicsState state = getGraphicsState();
    PDTextState textState = state.getTextState();
    PDFont font = textState.getFont();
    if (font != identityTested) {
      identityTested = font;
      identity = font instanceof DictionaryType0Font
          || font instanceof PDType0Font composite && IdentityCodes.encodes(composite);
    }
    if (!identity || !shortcuts) {
      super.showText(string);
      return;
    }
    float fontSize = textState.getFontSize();
    float horizontalScaling = textState.getHorizontalScaling() / 100f;
    float charSpacing = textState.getCharacterSpacing();
    Matrix parameters =
        new Matrix(fontSize * horizontalScaling, 0, 0, fontSize, 0, textState.getRise());
    Matrix textMatrix = state.getTextMatrix();
    int at = 0;
    while (at < string.length) {
      int high = string[at] & 0xff;
      int codeLength = at + 1 < string.length ? 2 : 1;
      int code = codeLength == 2 ? high << 8 | (string[at + 1] & 0xff) : high << 8;
      at += codeLength;
      // Word spacing goes to a one-byte code 32 only: never one of these, kept as PDFBox has it.
      float wordSpacing = codeLength == 1 && code == 32 ? textState.getWordSpacing() : 0;
      Matrix ctm = state.getCurrentTransformationMatrix();
      Matrix textRenderingMatrix = parameters.multiply(textMatrix).multiply(ctm);
      if (font.isVertical()) {
        textRenderingMatrix.translate(font.getPositionVector(code));
      }
      Vector w = font.getDisplacement(code);
      showGlyph(textRenderingMatrix, font, code, w);
      float tx;
      float ty;
      if (font.isVertical()) {
        tx = 0;
        ty = w.getY() * fontSize + charSpacing + wordSpacing;
      } else {
        tx = (w.getX() * fontSize + charSpacing + wordSpacing) * horizontalScaling;
        ty = 0;
      }
      textMatrix.translate(tx, ty);
    }
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

  /** Whether every operand is of the type: PDFBox's check, as a loop. */
  static boolean allOf(List<COSBase> operands, Class<?> type) {
    for (COSBase operand : operands) {
      if (!type.isInstance(operand)) {
        return false;
      }
    }
    return true;
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
    if (operator == HAND_OVER && getCurrentPage() instanceof DecodedPage page) {
      ByteContent content = page.handed();
      if (content != null) {
        processTokens(new ContentTokens(content, operators));
        return;
      }
    }
    if ("Do".equals(operator.getName())) {
      objects++;
    }
    super.processOperator(operator, operands);
  }

  /** The operators of a page's content and their operands, as PDFBox's engine takes them in turn. */
  private void processTokens(ContentTokens tokens) throws IOException {
    List<COSBase> arguments = new ArrayList<>();
    for (Object token = tokens.next(); token != null; token = tokens.next()) {
      if (token instanceof Operator operator) {
        processOperator(operator, arguments);
        arguments.clear();
      } else {
        arguments.add((COSBase) token);
      }
    }
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
    String name = operator.getName();
    switch (name) {
      case "m", "l", "c", "v", "y", "h", "re" -> {
        try {
          buildPath(name, operands);
        } catch (ClassCastException | IndexOutOfBoundsException e) {
          path.clear(); // a malformed path draws nothing that could be read
        }
      }
      case "S", "s", "B", "B*", "b", "b*" -> {
        if (name.equals("s") || name.startsWith("b")) {
          buildPath("h", operands);
        }
        paint(true);
      }
      case "f", "F", "f*" -> paint(false);
      case "sh" -> shapes++;
      case "n" -> path.clear();
      case "BI" -> objects++;
      default -> {
        // Nothing else matters here.
      }
    }
  }

  private void buildPath(String op, List<COSBase> operands) {
    List<float[]> current = path.isEmpty() ? null : path.get(path.size() - 1);
    switch (op) {
      case "m" -> {
        current = new ArrayList<>();
        current.add(point(operands, 0, false));
        path.add(current);
      }
      case "l", "c", "v", "y" -> {
        if (current == null) {
          current = new ArrayList<>();
          path.add(current);
        }
        int last = op.equals("l") ? 0 : op.equals("c") ? 4 : 2;
        current.add(point(operands, last, !op.equals("l")));
      }
      case "h" -> {
        if (current != null && current.size() > 1) {
          float[] first = current.get(0);
          current.add(new float[] {first[0], first[1], 0});
        }
      }
      default -> { // re
        float x = number(operands, 0);
        float y = number(operands, 1);
        float w = number(operands, 2);
        float h = number(operands, 3);
        List<float[]> rect = new ArrayList<>();
        rect.add(point(x, y, false));
        rect.add(point(x + w, y, false));
        rect.add(point(x + w, y + h, false));
        rect.add(point(x, y + h, false));
        rect.add(point(x, y, false));
        path.add(rect);
      }
    }
  }

  /**
   * Keeps the lines of the painted path: each rectangle thin enough to be a line, filled or stroked
   * (many producers draw cell borders so), as one line along its middle; and each straight, level
   * segment of a stroke. Counts every other subpath painted as a shape: only those can be text drawn
   * as outlines, which a page with no glyphs needs OCR for.
   */
  private void paint(boolean stroke) {
    for (List<float[]> sub : path) {
      if (rulings.size() > MOST_RULINGS) {
        shapes++; // a drawing, not tables: what else it paints is not looked at
        break;
      }
      Ruling thin = thinRectangle(sub);
      if (thin != null) {
        keep(thin); // a thick rule drawn as a thin rectangle, its outline stroked or filled
        continue;
      }
      boolean rules = stroke;
      for (int k = 1; k < sub.size(); k++) {
        float[] a = sub.get(k - 1);
        float[] b = sub.get(k);
        Ruling r = b[2] == 0 ? Ruling.between(a[0], a[1], b[0], b[1]) : null;
        if (r == null) {
          rules = false;
        } else if (stroke) {
          keep(r);
        }
      }
      if (!rules && sub.size() > 1) {
        shapes++;
      }
    }
    path.clear();
  }

  /** The line a subpath draws when it is a straight-sided shape at most {@link #THIN} thick, else null. */
  private static @Nullable Ruling thinRectangle(List<float[]> sub) {
    if (sub.size() < 3) {
      return null;
    }
    float x0 = Float.MAX_VALUE;
    float y0 = Float.MAX_VALUE;
    float x1 = -Float.MAX_VALUE;
    float y1 = -Float.MAX_VALUE;
    for (float[] p : sub) {
      if (p[2] != 0) {
        return null;
      }
      x0 = Math.min(x0, p[0]);
      y0 = Math.min(y0, p[1]);
      x1 = Math.max(x1, p[0]);
      y1 = Math.max(y1, p[1]);
    }
    float w = x1 - x0;
    float h = y1 - y0;
    if (Math.min(w, h) > THIN) {
      return null;
    }
    return w >= h
        ? new Ruling(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2)
        : new Ruling((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
  }

  private void keep(@Nullable Ruling r) {
    if (r != null && r.length() >= SHORTEST && rulings.size() <= MOST_RULINGS) {
      rulings.add(r);
    }
  }

  private float[] point(List<COSBase> operands, int at, boolean curved) {
    return point(number(operands, at), number(operands, at + 1), curved);
  }

  private static float number(List<COSBase> operands, int at) {
    return ((COSNumber) operands.get(at)).floatValue();
  }

  /**
   * A point of the path on the page as glyphs are placed: through the current transformation, then
   * from the crop box's top left corner, turned with the page.
   */
  private float[] point(float x, float y, boolean curved) {
    Point2D.Float p = getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
    float tx = p.x - crop.getLowerLeftX();
    float ty = p.y - crop.getLowerLeftY();
    float w = crop.getWidth();
    float h = crop.getHeight();
    float[] out = switch (rotation) {
      case 90 -> new float[] {ty, tx};
      case 180 -> new float[] {w - tx, ty};
      case 270 -> new float[] {h - ty, w - tx};
      default -> new float[] {tx, h - ty};
    };
    return new float[] {out[0], out[1], curved ? 1 : 0};
  }
}
