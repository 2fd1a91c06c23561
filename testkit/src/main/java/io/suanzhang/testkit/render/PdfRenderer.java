package io.suanzhang.testkit.render;

import io.suanzhang.testkit.render.PlainBlock.Heading;
import io.suanzhang.testkit.render.PlainBlock.Paragraph;
import io.suanzhang.testkit.render.PlainBlock.Table;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;

/**
 * Renders a report as an A4 PDF the way a word processor would print it: a CJK TrueType font found
 * on this machine embedded as a subset, paragraphs wrapped to the text width with a two-character
 * first-line indent, larger bold headings, ruled tables, and {@code - n -} centred at the foot of
 * every page (a reader should drop these).
 *
 * <p>The font: the first system TrueType font (a {@code .ttf}, or a face of a {@code .ttc} collection
 * with TrueType outlines) that draws Chinese, normally Droid Sans Fallback
 * ({@code DroidSansFallbackFull.ttf} of the Debian package {@code fonts-droid-fallback}, Apache-2.0,
 * which allows embedding), with DejaVu Sans for what it lacks. No CJK font is on Maven Central, so
 * none is bundled. Throws {@link IllegalStateException} when none is installed; tests check {@link
 * #cjkFont()} first and skip with {@link #MISSING_FONT} (fail under CI).
 */
public final class PdfRenderer {

  private static final float BODY = 12f;
  private static final float BODY_LEADING = 20f;
  private static final float PARAGRAPH_GAP = 3f;
  private static final float[] HEADING_SIZES = {18f, 16f, 14f, 13f, 12.5f, 12f};
  private static final float FOLIO_SIZE = 10f;
  private static final float FOLIO_BASELINE = 40f;

  /** What to install when {@link #cjkFont()} is empty. */
  public static final String MISSING_FONT = PdfFonts.MISSING_FONT;

  private PdfRenderer() {}

  /** The CJK font the PDFs embed, if this machine has one. */
  public static Optional<Path> cjkFont() {
    return PdfFonts.cjkFont();
  }

  public static void render(PlainReport report, Path out) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PdfFonts fonts = PdfFonts.forDocument(doc);
      try (PageCursor cursor = new PageCursor(doc)) {
        for (PlainBlock block : report.blocks()) {
          if (block instanceof Heading h) {
            heading(cursor, fonts, h);
          } else if (block instanceof Paragraph p) {
            StyledText t = StyledText.of(p.text(), fonts::drawable);
            text(cursor, fonts, t, BODY, BODY_LEADING, 2 * BODY, false); // indent two characters
            cursor.down(PARAGRAPH_GAP);
          } else if (block instanceof Table t) {
            cursor.down(cursor.atTop() ? 0 : 4f);
            new PdfTable(t, fonts).draw(cursor);
            cursor.down(8f);
          }
        }
        cursor.out(); // an empty report still has a page
      }
      folios(doc, fonts);
      doc.getDocumentInformation().setTitle(Emphasis.plain(report.title()));
      doc.getDocumentInformation().setCreator("Suanzhang testkit");
      doc.save(out.toFile());
    }
  }

  private static void heading(PageCursor cursor, PdfFonts fonts, Heading h) throws IOException {
    float size = HEADING_SIZES[h.level() - 1];
    float leading = size * 1.6f;
    // Keep a heading with at least two lines of what follows it.
    cursor.need(leading + 2 * BODY_LEADING);
    cursor.down(cursor.atTop() ? 0 : size * 0.6f);
    StyledText t = StyledText.of(h.text(), fonts::drawable).emboldened();
    text(cursor, fonts, t, size, leading, 0, h.level() == 1);
    cursor.down(size * 0.3f);
  }

  private static void text(PageCursor cursor, PdfFonts fonts, StyledText t, float size, float leading,
      float indent, boolean centred) throws IOException {
    float width = cursor.width();
    List<LineBreaker.Line> lines =
        LineBreaker.wrap(t.text(), width - indent, width, (s, a, b) -> fonts.width(s, a, b, size));
    for (int i = 0; i < lines.size(); i++) {
      LineBreaker.Line line = lines.get(i);
      cursor.need(leading);
      float w = fonts.width(t.text(), line.start(), line.end(), size);
      float x = cursor.left() + (centred ? (width - w) / 2 : i == 0 ? indent : 0);
      float baseline = cursor.y() - (leading - size) / 2f - size * 0.88f; // 0.88: a typical ascent
      fonts.show(cursor.out(), t, line.start(), line.end(), x, baseline, size);
      cursor.down(leading);
    }
  }

  /** Page numbers, centred at the foot: what a reader must learn to leave out of the text. */
  private static void folios(PDDocument doc, PdfFonts fonts) throws IOException {
    int n = 0;
    for (PDPage page : doc.getPages()) {
      n++;
      StyledText folio = StyledText.of(String.format(Locale.ROOT, "- %d -", n), fonts::drawable);
      float w = fonts.width(folio.text(), 0, folio.text().length(), FOLIO_SIZE);
      float x = (page.getMediaBox().getWidth() - w) / 2;
      try (PDPageContentStream out = new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
        fonts.show(out, folio, 0, folio.text().length(), x, FOLIO_BASELINE, FOLIO_SIZE);
      }
    }
  }
}
