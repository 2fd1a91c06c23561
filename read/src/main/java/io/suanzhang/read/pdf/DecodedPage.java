package io.suanzhang.read.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.NonSeekableRandomAccessReadInputStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.ResourceCache;
import org.jspecify.annotations.Nullable;

/**
 * A page whose content stream is parsed from its decoded bytes in memory. PDFBox streams a page's
 * one Flate-encoded content stream through a reader that checks its state, refills buffers and keeps
 * a look-behind for every byte, and the content parser asks for each byte once or twice (a look
 * ahead, then the read). Decoded whole, the same bytes are read from an array ({@link
 * ByteContent}): over 200 reports the tokenizing of their pages went from 6.0 to 5.1 s of CPU.
 *
 * <p>The parser sees what it would have seen streamed ({@code ByteContentProperties} holds the two
 * readers to the same answers): a content stream that fails to decode, or decodes to more than
 * {@value #MOST} bytes (a page a hostile file could make huge), is handed over streamed, as PDFBox
 * would hand it, from its start. A content PDFBox decodes whole itself (of several streams) is read
 * into an array too ({@link #whole}).
 */
final class DecodedPage extends PDPage {

  /** The operator a page's content is replaced by for PDFBox's parser when it is handed over. */
  static final String HAND_OVER = "SuanzhangContent";
  private static final byte[] HAND_OVER_BYTES = HAND_OVER.getBytes(StandardCharsets.US_ASCII);
  /** The most bytes of decoded content held in memory for one page. */
  static final int MOST = 16 << 20;
  private static final int FIRST = 64 << 10;

  /** The page as the document gives it, whose resources share the document's cache of fonts. */
  private final PDPage page;
  /** Whether its content's bytes are as stored (not encrypted): then they may be inflated here. */
  private final boolean plain;
  /** Whether content held in memory is handed over to {@link ContentTokens} ({@link #handingOver}). */
  private final boolean handOver;
  private @Nullable ByteContent handed;

  DecodedPage(PDPage page, boolean plain) {
    this(page, plain, false);
  }

  private DecodedPage(PDPage page, boolean plain, boolean handOver) {
    super(page.getCOSObject());
    this.page = page;
    this.plain = plain;
    this.handOver = handOver;
  }

  /**
   * The same page, whose content, where it is held in memory, is handed over to be tokenized by
   * {@link ContentTokens}: PDFBox's parser is given the one operator {@link #HAND_OVER} in its place,
   * and its text engine, on that operator, asks the page for the content ({@link #handed()}). The
   * engine does for a page what it does around its content's operators (resources, graphics state,
   * clipping) in private methods, and makes its parser there; this puts the tokens read here between.
   */
  DecodedPage handingOver() {
    return new DecodedPage(page, plain, true);
  }

  /** The content handed over, the first time it is asked for after it was; null otherwise. */
  @Nullable ByteContent handed() {
    ByteContent content = handed;
    handed = null;
    return content;
  }

  // A page made from its dictionary alone has no resource cache, and would make its fonts again.
  @Override
  public PDResources getResources() {
    return page.getResources();
  }

  @Override
  public ResourceCache getResourceCache() {
    return page.getResourceCache();
  }

  @Override
  public void removePageResourceFromCache() {
    page.removePageResourceFromCache();
  }

  @Override
  public RandomAccessRead getContentsForStreamParsing() throws IOException {
    RandomAccessRead content = content();
    if (handOver && content instanceof ByteContent whole) {
      handed = whole;
      return new ByteContent(HAND_OVER_BYTES, HAND_OVER_BYTES.length);
    }
    return content;
  }

  private RandomAccessRead content() throws IOException {
    // PDFBox streams a content that is one stream with the one filter FlateDecode (named, not in an
    // array), inflating its raw bytes; those bytes, inflated here at once, are what it would read.
    COSStream content = getCOSObject().getCOSStream(COSName.CONTENTS);
    if (plain && content != null && COSName.FLATE_DECODE.equals(content.getFilters())) {
      Inflated whole = Inflated.of(content, MOST);
      if (whole != null) {
        return new ByteContent(whole.bytes(), whole.length());
      }
    }
    RandomAccessRead streamed = super.getContentsForStreamParsing();
    if (!(streamed instanceof NonSeekableRandomAccessReadInputStream)) {
      return whole(streamed);
    }
    byte[] bytes = new byte[FIRST];
    int length = 0;
    try (streamed) {
      while (true) {
        if (length == bytes.length) {
          if (length >= MOST) {
            return super.getContentsForStreamParsing();
          }
          bytes = Arrays.copyOf(bytes, Math.min(MOST, length * 2));
        }
        int n = streamed.read(bytes, length, bytes.length - length);
        if (n < 0) {
          return new ByteContent(bytes, length);
        }
        length += n;
      }
    } catch (IOException e) {
      return super.getContentsForStreamParsing();
    }
  }

  /**
   * A content PDFBox reads at random, in an array: its streams decoded and joined with a line end
   * between them (a content that is an array of streams, which many writers make), or one stream
   * not encoded by Flate alone. It is left as it is where it is longer than {@value #MOST} bytes or
   * cannot be read through. The array gives the parser the same bytes; its end is met one read later
   * than PDFBox's reader meets it, which shows only in an inline image the content ends within
   * (unterminated, its data has the content's last byte too).
   */
  private static RandomAccessRead whole(RandomAccessRead content) throws IOException {
    long size;
    try {
      size = content.length();
    } catch (IOException e) {
      return content; // for PDFBox's parser to meet as it would have
    }
    if (size > MOST) {
      return content;
    }
    byte[] bytes = new byte[(int) size];
    int length = 0;
    try {
      while (length < size) {
        int n = content.read(bytes, length, bytes.length - length);
        if (n <= 0) {
          break;
        }
        length += n;
      }
    } catch (IOException e) {
      content.seek(0);
      return content;
    }
    if (length < size) {
      content.seek(0);
      return content;
    }
    content.close();
    return new ByteContent(bytes, length);
  }
}
