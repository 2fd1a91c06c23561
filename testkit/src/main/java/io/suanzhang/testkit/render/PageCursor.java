package io.suanzhang.testkit.render;

import java.io.Closeable;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jspecify.annotations.Nullable;

/** Where the next line goes: the current A4 page, its content stream and the height used on it. */
final class PageCursor implements Closeable {

  static final PDRectangle PAGE = PDRectangle.A4;
  static final float MARGIN = 72f; // 2.54 cm, as a word processor sets it
  static final float BOTTOM = 72f;

  private final PDDocument doc;
  private @Nullable PDPageContentStream out;
  private float y;

  PageCursor(PDDocument doc) {
    this.doc = doc;
  }

  float left() {
    return MARGIN;
  }

  float width() {
    return PAGE.getWidth() - 2 * MARGIN;
  }

  /** The top of the space left on the page. */
  float y() {
    return y;
  }

  /** The height a fresh page offers. */
  float pageHeight() {
    return PAGE.getHeight() - MARGIN - BOTTOM;
  }

  float room() {
    return out == null ? pageHeight() : y - BOTTOM;
  }

  boolean atTop() {
    return out == null || y >= PAGE.getHeight() - MARGIN;
  }

  /** The stream of the current page, starting the first page if none yet. */
  PDPageContentStream out() throws IOException {
    if (out == null) {
      newPage();
    }
    return out;
  }

  /** Starts a new page unless {@code height} fits on this one. */
  void need(float height) throws IOException {
    if (out == null || (height > room() && !atTop())) {
      newPage();
    }
  }

  void down(float height) {
    y -= height;
  }

  void newPage() throws IOException {
    close();
    PDPage page = new PDPage(PAGE);
    doc.addPage(page);
    out = new PDPageContentStream(doc, page);
    y = PAGE.getHeight() - MARGIN;
  }

  @Override
  public void close() throws IOException {
    if (out != null) {
      out.close();
      out = null;
    }
  }
}
