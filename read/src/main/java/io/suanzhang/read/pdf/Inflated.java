package io.suanzhang.read.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.jspecify.annotations.Nullable;

/**
 * A stream's Flate-encoded bytes inflated straight into one array. PDFBox's decoder zeroes each 4 KB
 * chunk before inflating into it, and a font program read whole was then copied into a buffer of
 * PDFBox's and out of it again: over 200 reports that was 0.37 of the 1.05 s of CPU that inflating
 * their font programs took (zlib itself 0.66), and 0.3 GB of arrays; a page's content was zeroed
 * chunk by chunk as it was read.
 *
 * <p>Only a stream PDFBox would decode to the same bytes is taken: one {@code FlateDecode} filter and
 * no predictor, whose deflate data ends where it says it ends. PDFBox skips the two-byte zlib header
 * and inflates the raw data after it until the end, as this does; a stream that is cut short,
 * damaged or asks for a preset dictionary is left to PDFBox, which reads what it can of such data in
 * its own way.
 */
record Inflated(byte[] bytes, int length) {

  /**
   * The stream's inflated bytes, or null where PDFBox must decode it, or where they would be more
   * than {@code most} bytes.
   */
  static @Nullable Inflated of(COSStream stream, int most) {
    if (!onlyFlate(stream)) {
      return null;
    }
    byte[] raw;
    try (InputStream in = stream.createRawInputStream()) {
      raw = in.readAllBytes();
    } catch (IOException | RuntimeException e) {
      return null;
    }
    if (raw.length < 2) {
      return null;
    }
    Inflater inflater = new Inflater(true); // the zlib header skipped, as PDFBox does
    try {
      inflater.setInput(raw, 2, raw.length - 2);
      byte[] out = new byte[initialSize(stream, raw.length, most)];
      int length = 0;
      while (!inflater.finished()) {
        if (length == out.length) {
          if (out.length >= most) {
            return null;
          }
          out = Arrays.copyOf(out, (int) Math.min(most, 2L * out.length));
        }
        int n = inflater.inflate(out, length, out.length - length);
        if (n == 0 && !inflater.finished()) {
          return null; // cut short before its end, or asking for a preset dictionary
        }
        length += n;
      }
      // A font program's array lives as long as its document: at most an eighth of it unused.
      return new Inflated(out.length - length > length / 8 ? Arrays.copyOf(out, length) : out, length);
    } catch (DataFormatException e) {
      return null;
    } finally {
      inflater.end();
    }
  }

  /** One FlateDecode filter, without parameters or with a predictor that changes nothing. */
  private static boolean onlyFlate(COSStream stream) {
    COSBase filters = stream.getFilters();
    if (filters instanceof COSArray array) {
      filters = array.size() == 1 ? array.getObject(0) : null;
    }
    if (!COSName.FLATE_DECODE.equals(filters)) {
      return false;
    }
    COSBase parameters = stream.getDictionaryObject(COSName.DECODE_PARMS, COSName.DP);
    if (parameters instanceof COSArray array) {
      parameters = array.size() == 1 ? array.getObject(0) : array.size() == 0 ? null : array;
    }
    if (parameters == null) {
      return true;
    }
    return parameters instanceof COSDictionary d && d.getInt(COSName.PREDICTOR, 1) <= 1;
  }

  /**
   * The program's stated length where it gives one that deflate data of this length can hold (a
   * TrueType program's Length1; deflate inflates 1,032 times at most), else a guess that grows.
   */
  private static int initialSize(COSStream stream, int rawLength, int most) {
    long stated = stream.getLong(COSName.LENGTH1, -1);
    long size = stated > 0 && stated <= 1032L * rawLength ? stated : 4L * rawLength;
    return (int) Math.max(1, Math.min(most, size));
  }
}
