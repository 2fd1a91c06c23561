package io.suanzhang.read.pdf;

import io.suanzhang.core.Document;
import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.Format;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.Source;
import io.suanzhang.core.document.WarningCode;
import io.suanzhang.read.DocumentReader;
import io.suanzhang.read.ReadOptions;
import io.suanzhang.read.internal.DocumentBuilder;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jspecify.annotations.Nullable;

/**
 * PDF reports, read with PDFBox. The text is rebuilt from glyph positions: lines in reading order,
 * running headers, footers and page numbers removed, wrapped lines joined into paragraphs and
 * headings, and tables rebuilt as rows × columns (see {@link StreamTable}), one tab-separated row per
 * line of text, their header cells spanning what the rules drawn around them enclose.
 *
 * <p>Pages are read one at a time and only their lines and rules are kept. A page that fails is
 * skipped with a {@link WarningCode#SKIPPED_CONTENT} warning; a page without a text layer, or with one
 * that reads as garbage, gets {@link WarningCode#NO_TEXT} or {@link WarningCode#UNREADABLE_TEXT}. A
 * file that cannot be opened fails with {@link ErrorCode#ENCRYPTED}, {@link ErrorCode#TRUNCATED} or
 * {@link ErrorCode#CORRUPT}.
 */
public final class PdfReader implements DocumentReader {

  /** The resolution pages are rendered at for OCR. */
  private static final int OCR_DPI = 300;

  /** Decoded streams beyond this much memory go to a temporary file. */
  private static final long STREAM_MEMORY = 32L * 1024 * 1024;
  /** How far from the end of the file %%EOF is looked for. */
  private static final int TAIL = 2048;

  /**
   * The most pages a PDF may claim. The page count is the file's own word (the page tree's /Count):
   * a damaged or hostile file can claim a billion, and space for that many pages is more than any
   * heap. The longest budget books run to a few thousand pages.
   */
  static final int MAX_PAGES = 100_000;

  private final Ocr ocr;

  /** A reader that OCRs pages without text when tesseract with chi_sim data is installed. */
  public PdfReader() {
    this(Ocr.system());
  }

  PdfReader(Ocr ocr) {
    this.ocr = ocr;
  }

  /**
   * Whether pages without a text layer can be read on this machine: tesseract with Chinese data on
   * the PATH. Where it cannot, such a page is read as empty with a warning that says so.
   */
  public static boolean ocrAvailable() {
    return Ocr.system().available();
  }

  @Override
  public Set<Format> formats() {
    return Set.of(Format.PDF);
  }

  @Override
  public Document read(byte[] bytes, Source source, ReadOptions options) throws ReportException {
    String path = source.path();
    if (bytes.length > options.maxBytes()) {
      throw new ReportException(ErrorCode.TOO_LARGE, String.format(Locale.ROOT,
          "%s: %,d bytes is more than the limit of %,d bytes", path, bytes.length, options.maxBytes()));
    }
    if (indexOf(bytes, "%PDF-", 0, Math.min(bytes.length, 1024)) < 0) {
      throw new ReportException(ErrorCode.CORRUPT, path + ": not a PDF (no %PDF- header at its start)");
    }
    boolean cutShort = indexOf(bytes, "%%EOF", Math.max(0, bytes.length - TAIL), bytes.length) < 0;
    PDDocument doc = open(bytes, path, cutShort);
    try {
      if (cutShort && !doc.isEncrypted() && EncryptionTraces.encrypted(bytes)) {
        throw new ReportException(ErrorCode.ENCRYPTED, path + ": the PDF is encrypted and cut short (no"
            + " %%EOF at its end): it needs a password, and the whole file, to be read");
      }
      return read(doc, source, cutShort);
    } catch (RuntimeException | StackOverflowError e) {
      throw new ReportException(ErrorCode.INTERNAL, path + ": reading failed unexpectedly: " + e, e);
    } finally {
      try {
        doc.close();
      } catch (IOException | RuntimeException e) {
        // Everything needed was read; a failure to release the file's buffers changes nothing.
      }
    }
  }

  private static PDDocument open(byte[] bytes, String path, boolean cutShort) throws ReportException {
    try {
      return Loader.loadPDF(bytes, "", null, null, MemoryUsageSetting.setupMixed(STREAM_MEMORY).streamCache);
    } catch (InvalidPasswordException e) {
      throw new ReportException(ErrorCode.ENCRYPTED,
          path + ": the PDF is encrypted and needs a password to open", e);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw damaged(bytes, path, cutShort, e);
    }
  }

  private static ReportException damaged(byte[] bytes, String path, boolean cutShort, Throwable e) {
    String cause = describe(e);
    if (indexOf(bytes, " 0 obj", 0, bytes.length) < 0) {
      return new ReportException(ErrorCode.CORRUPT,
          path + ": not a readable PDF: it has a PDF header but no objects (" + cause + ")", e);
    }
    if (cutShort) {
      return new ReportException(ErrorCode.TRUNCATED,
          path + ": the PDF is cut short (no %%EOF at its end) and cannot be opened (" + cause + ")", e);
    }
    return new ReportException(ErrorCode.CORRUPT, path + ": the PDF is damaged (" + cause + ")", e);
  }

  private Document read(PDDocument doc, Source source, boolean cutShort) throws ReportException {
    String path = source.path();
    int count = doc.getNumberOfPages();
    if (count > MAX_PAGES) {
      throw new ReportException(ErrorCode.TOO_LARGE, String.format(Locale.ROOT,
          "%s: the PDF claims %,d pages, more than the limit of %,d pages", path, count, MAX_PAGES));
    }
    if (count == 0 && cutShort) {
      throw new ReportException(ErrorCode.TRUNCATED,
          path + ": the PDF is cut short (no %%EOF at its end) and no page could be recovered");
    }
    DocumentBuilder builder = new DocumentBuilder(
        new Source(path, source.sha256(), source.format(), source.bytes(), count));
    if (cutShort) {
      builder.warning(WarningCode.SKIPPED_CONTENT, null, String.format(Locale.ROOT,
          "the file is cut short (no %%%%EOF at its end): %d pages were recovered, and whatever"
              + " followed the cut is missing", count));
    }
    List<PageText> pages = new ArrayList<>(count);
    List<Integer> needOcr = new ArrayList<>();
    GlyphCollector collector = new GlyphCollector();
    FontPrograms programs = doc.isEncrypted() ? null : new FontPrograms();
    for (int i = 0; i < count; i++) {
      if (Thread.currentThread().isInterrupted()) {
        throw new ReportException(ErrorCode.TIMEOUT, path + ": reading was interrupted at page " + (i + 1));
      }
      int number = i + 1;
      try {
        PDPage page = new DecodedPage(doc.getPage(i), !doc.isEncrypted());
        if (programs != null) {
          programs.inflate(page);
        }
        GlyphCollector.PageGlyphs glyphs = collector.collect(page);
        if (glyphs.damaged() > 0) {
          builder.warning(WarningCode.SKIPPED_CONTENT, number, String.format(Locale.ROOT,
              "page %d: %d drawing operations could not be carried out (first, %s); some of its text"
                  + " may be missing", number, glyphs.damaged(), glyphs.damage()));
        }
        TextLayer.Verdict verdict = TextLayer.judge(number, glyphs);
        String read = null;
        if (verdict != null) {
          builder.warning(verdict.code(), number, verdict.message());
          if (!ocr.available()) {
            needOcr.add(number);
          } else if (verdict.code() == WarningCode.NO_TEXT) {
            // A page with a garbled text layer keeps it: its numbers and table come through.
            read = ocr(doc, i, builder);
          }
        }
        pages.add(new PageText(number, glyphs.width(), glyphs.height(),
            LineBuilder.lines(glyphs.glyphs()), glyphs.rulings(), read));
      } catch (IOException | RuntimeException | StackOverflowError e) {
        builder.warning(WarningCode.SKIPPED_CONTENT, number,
            "page " + number + " could not be read and was skipped: " + describe(e));
        pages.add(PageText.empty(number));
        collector = new GlyphCollector(); // its state may be left broken
      }
    }
    if (!needOcr.isEmpty()) {
      builder.warning(WarningCode.OCR_UNAVAILABLE, needOcr.get(0), ocrMessage(needOcr));
    }
    pages = Furniture.remove(pages);
    Assembler assembler = new Assembler(builder, bodySize(pages));
    for (PageText page : pages) {
      try {
        assembler.page(page.number(), PageLayout.items(page), TextBlocks.Margins.of(page.lines()));
      } catch (RuntimeException e) {
        // A defect in laying out one page must not cost the document.
        builder.warning(WarningCode.SKIPPED_CONTENT, page.number(),
            "page " + page.number() + " could not be laid out and was skipped: " + describe(e));
      }
    }
    assembler.finish(count);
    return builder.build();
  }

  /** The text OCR reads from a page, or null (with a warning) when it fails or finds nothing. */
  private @Nullable String ocr(PDDocument doc, int index, DocumentBuilder builder) {
    int number = index + 1;
    try {
      BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(index, OCR_DPI, ImageType.GRAY);
      String text = ocr.read(image);
      if (text.isBlank()) {
        builder.warning(WarningCode.OCR_USED, number,
            "page " + number + " was read by OCR, which found no text");
        return null;
      }
      builder.warning(WarningCode.OCR_USED, number, "page " + number
          + " has no text layer and was read by OCR (tesseract, chi_sim): expect recognition errors");
      return text;
    } catch (IOException | RuntimeException e) {
      builder.warning(WarningCode.OCR_UNAVAILABLE, number,
          "page " + number + " would need OCR, but OCR failed: " + describe(e));
      return null;
    }
  }

  private static String ocrMessage(List<Integer> pages) {
    StringJoiner list = new StringJoiner(", ");
    for (int k = 0; k < pages.size() && k < 20; k++) {
      list.add(String.valueOf(pages.get(k)));
    }
    if (pages.size() > 20) {
      list.add("…");
    }
    return (pages.size() == 1 ? "page " : "pages ") + list
        + " would need OCR, but OCR is not installed (no tesseract with Chinese (chi_sim) data on the PATH)";
  }

  /** The font size most of the document's text is set in. */
  private static float bodySize(List<PageText> pages) {
    java.util.Map<Integer, Integer> weight = new java.util.HashMap<>();
    for (PageText page : pages) {
      for (Line line : page.lines()) {
        weight.merge(Math.round(line.size * 2), line.text().length(), Integer::sum);
      }
    }
    int best = 0;
    int bestWeight = -1;
    for (var e : weight.entrySet()) {
      if (e.getValue() > bestWeight) {
        best = e.getKey();
        bestWeight = e.getValue();
      }
    }
    return best / 2f;
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private static int indexOf(byte[] bytes, String ascii, int from, int to) {
    byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = Math.max(0, from); i + needle.length <= to; i++) {
      for (int k = 0; k < needle.length; k++) {
        if (bytes[i + k] != needle[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
