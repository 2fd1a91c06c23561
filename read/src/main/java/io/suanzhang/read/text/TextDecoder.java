package io.suanzhang.read.text;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.ReportException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;
import org.jspecify.annotations.Nullable;

/**
 * Decodes the bytes of a plain-text file. A byte-order mark decides the charset; otherwise UTF-16 and
 * UTF-32 are told by where their zero bytes fall; otherwise UTF-8 wins when it decodes without error;
 * otherwise the charset is detected, preferring GB18030 (a superset of GBK and GB2312) because
 * nearly every non-UTF-8 Chinese report is in it. The text is
 * returned exactly as decoded, without the byte-order mark: offsets elsewhere point into it.
 */
public final class TextDecoder {

  /** The decoded text and the charset it was decoded with. */
  public record Decoded(String text, Charset charset) {

    public Decoded {
      requireNonNull(text, "text");
      requireNonNull(charset, "charset");
    }
  }

  /**
   * How much of the input the charset detector looks at; detection cost must not grow with size.
   */
  static final int DETECTION_SAMPLE = 64 * 1024;

  /**
   * A decoding with replacements still counts as the right charset when well-formed non-ASCII
   * characters outnumber the bad sequences this many times: a damaged file, not a wrong guess.
   */
  private static final int NEARLY_CLEAN_RATIO = 20;

  /** Bad sequences allowed before the nearly-clean ratio is judged on the text decoded so far. */
  private static final int NEARLY_CLEAN_GRACE = 16;

  /**
   * ICU's detector gives every multi-byte charset a baseline 10 on short input and orders the ties
   * arbitrarily, so only a clear score counts as an answer.
   */
  private static final int CONFIDENT = 50;

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset BIG5 = Charset.forName("Big5");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  private TextDecoder() {}

  /**
   * Decodes a whole file.
   *
   * @param bytes the file's content
   * @param fileName the name used in error messages
   * @throws ReportException {@link ErrorCode#EMPTY} when there is nothing after the byte-order
   *     mark, {@link ErrorCode#UNSUPPORTED} when the content is binary rather than text
   */
  public static Decoded decode(byte[] bytes, String fileName) throws ReportException {
    requireNonNull(bytes, "bytes");
    requireNonNull(fileName, "fileName");
    Bom bom = Bom.of(bytes);
    int start = bom == null ? 0 : bom.length;
    if (bytes.length <= start) {
      throw new ReportException(ErrorCode.EMPTY, fileName + ": the file is empty");
    }
    if (bom != null) {
      return decodeWithBom(bytes, bom, fileName);
    }
    Charset wide = unmarkedWide(bytes);
    if (wide != null) {
      // As sure as a mark: no other text puts its zero bytes in that pattern.
      Decoded decoded = requireNonNull(attempt(bytes, 0, wide, Mode.REPLACE)).decoded();
      rejectNonText(decoded.text(), fileName);
      return decoded;
    }
    rejectBinaryBytes(bytes, fileName);
    return decodeWithoutBom(bytes);
  }

  private static Decoded decodeWithBom(byte[] bytes, Bom bom, String fileName)
      throws ReportException {
    // The mark is stronger evidence than any detector: keep its charset and replace any damage.
    Decoded decoded =
        requireNonNull(attempt(bytes, bom.length, bom.charset, Mode.REPLACE)).decoded();
    rejectNonText(decoded.text(), fileName);
    return decoded;
  }

  private static Decoded decodeWithoutBom(byte[] bytes) {
    Attempt utf8 = attempt(bytes, 0, StandardCharsets.UTF_8, Mode.NEARLY_CLEAN);
    if (utf8 != null) {
      // Clean, or a few bad bytes in well-formed UTF-8, which no legacy charset produces.
      return utf8.decoded();
    }
    Detection detection = detect(bytes);
    // GB18030 decodes most Big5 byte pairs without error, so Big5 must go first when detected.
    List<Charset> chinese = detection.big5() ? List.of(BIG5, GB18030) : List.of(GB18030);
    for (Charset charset : chinese) {
      Attempt attempt = attempt(bytes, 0, charset, Mode.STRICT);
      if (attempt != null) {
        return attempt.decoded();
      }
    }
    // A Chinese report with one bad byte is still a Chinese report: prefer that over a detector's
    // single-byte guess, which decodes anything without error.
    for (Charset charset : chinese) {
      Attempt attempt = attempt(bytes, 0, charset, Mode.NEARLY_CLEAN);
      if (attempt != null) {
        return attempt.decoded();
      }
    }
    Charset best = detection.best();
    if (best != null && !chinese.contains(best)) {
      Attempt attempt = attempt(bytes, 0, best, Mode.STRICT);
      if (attempt != null) {
        return attempt.decoded();
      }
    }
    Charset fallback = best != null ? best : chinese.get(0);
    return requireNonNull(attempt(bytes, 0, fallback, Mode.REPLACE)).decoded();
  }

  /**
   * UTF-16 or UTF-32 written without a byte-order mark (Windows "Unicode" exports, some databases),
   * told by where its zero bytes fall in the first {@link #DETECTION_SAMPLE} bytes: UTF-32 has two
   * zero high bytes in every character of the Basic Multilingual Plane; UTF-16 a zero high byte in
   * every ASCII character (digits, punctuation, line breaks), and in every other a high byte that CJK
   * text puts there — 0x20 (punctuation), 0x30 (CJK punctuation), 0x4E–0x9F (ideographs), 0xFF (full
   * width forms) — while the low bytes fall anywhere. Null when the bytes do not show the pattern
   * (UTF-8, GBK and Big5 have no zero bytes); binary data fails it too.
   */
  static @Nullable Charset unmarkedWide(byte[] bytes) {
    int n = Math.min(bytes.length, DETECTION_SAMPLE) & ~3;
    if (n < 8) {
      return null;
    }
    int groups = n / 4;
    int highTwoFirst = 0;
    int highTwoLast = 0;
    for (int i = 0; i < n; i += 4) {
      highTwoFirst += bytes[i] == 0 && bytes[i + 1] == 0 && (bytes[i + 2] != 0 || bytes[i + 3] != 0) ? 1 : 0;
      highTwoLast += bytes[i + 2] == 0 && bytes[i + 3] == 0 && (bytes[i] != 0 || bytes[i + 1] != 0) ? 1 : 0;
    }
    if (nearlyAll(highTwoFirst, groups)) {
      return UTF_32BE;
    }
    if (nearlyAll(highTwoLast, groups)) {
      return UTF_32LE;
    }
    int pairs = n / 2;
    int[] zero = new int[2];
    int[] high = new int[2];
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      zero[i & 1] += b == 0 ? 1 : 0;
      high[i & 1] += b == 0 || b == 0x20 || b == 0x30 || (b >= 0x4E && b <= 0x9F) || b == 0xFF ? 1 : 0;
    }
    for (int p = 0; p < 2; p++) {
      boolean zerosHere = zero[p] >= Math.max(2, pairs / 50) && zero[1 - p] * 10 <= zero[p];
      if (zerosHere && nearlyAll(high[p], pairs)) {
        return p == 0 ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
      }
    }
    return null;
  }

  /** At least 95 %: a few damaged characters do not hide the pattern. */
  private static boolean nearlyAll(int count, int of) {
    return count * 20L >= of * 19L;
  }

  /**
   * What the detector says: its best charset if it is confident and Java can decode it (GBK and
   * GB2312 widened to GB18030), and whether Big5 looks likelier than GB18030.
   */
  private record Detection(@Nullable Charset best, boolean big5) {}

  private static final Detection NO_ANSWER = new Detection(null, false);

  private static Detection detect(byte[] bytes) {
    byte[] sample = Arrays.copyOf(bytes, Math.min(bytes.length, DETECTION_SAMPLE));
    CharsetMatch[] matches;
    try {
      matches = new CharsetDetector(DETECTION_SAMPLE).setText(sample).detectAll();
    } catch (RuntimeException e) {
      // The detector is a heuristic; if it breaks on odd input, that is simply no answer.
      return NO_ANSWER;
    }
    Charset best = null;
    int bestConfidence = 0;
    int big5 = 0;
    int gb = 0;
    for (CharsetMatch match : matches) {
      Charset charset = javaCharset(match.getName());
      int confidence = match.getConfidence();
      if (charset == null) {
        continue;
      }
      if (best == null) {
        best = charset;
        bestConfidence = confidence;
      }
      if (charset.equals(BIG5)) {
        big5 = Math.max(big5, confidence);
      } else if (charset.equals(GB18030)) {
        gb = Math.max(gb, confidence);
      }
    }
    return new Detection(bestConfidence >= CONFIDENT ? best : null, big5 >= CONFIDENT && big5 > gb);
  }

  private static @Nullable Charset javaCharset(@Nullable String name) {
    if (name == null) {
      return null;
    }
    String upper = name.toUpperCase(Locale.ROOT);
    if (upper.equals("GB18030")
        || upper.equals("GBK")
        || upper.equals("GB2312")
        || upper.equals("X-GBK")
        || upper.equals("EUC-CN")) {
      return GB18030;
    }
    if (upper.equals("BIG5")) {
      return BIG5;
    }
    try {
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalCharsetNameException e) {
      return null;
    }
  }

  private enum Mode {
    /** Give up at the first malformed or unmappable sequence. */
    STRICT,
    /**
     * Replace bad sequences, but give up once they are more than a few (see NEARLY_CLEAN_RATIO).
     */
    NEARLY_CLEAN,
    /** Replace every bad sequence with U+FFFD and always finish. */
    REPLACE
  }

  /** One decoding of the input. */
  private record Attempt(String text, Charset charset) {

    Decoded decoded() {
      return new Decoded(text, charset);
    }
  }

  /**
   * Decodes {@code bytes} from {@code offset} on, or returns {@code null} when the mode gives up.
   * One pass, so linear in the input; STRICT attempts on the wrong charset usually stop early.
   */
  private static @Nullable Attempt attempt(byte[] bytes, int offset, Charset charset, Mode mode) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    // No charset used here yields more chars than bytes, and each replacement consumes a byte.
    CharBuffer out = CharBuffer.allocate(in.remaining() + 16);
    int errors = 0;
    long nonAscii = 0;
    int counted = 0;
    boolean flushing = false;
    while (true) {
      CoderResult result = flushing ? decoder.flush(out) : decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        if (flushing) {
          break;
        }
        flushing = true;
      } else if (result.isOverflow()) {
        out = grow(out);
      } else {
        if (mode == Mode.STRICT) {
          return null;
        }
        errors++;
        if (mode == Mode.NEARLY_CLEAN && errors > NEARLY_CLEAN_GRACE) {
          nonAscii += countNonAscii(out, counted);
          counted = out.position();
          if ((long) errors * NEARLY_CLEAN_RATIO > nonAscii) {
            return null;
          }
        }
        if (!out.hasRemaining()) {
          out = grow(out);
        }
        out.put('\uFFFD');
        in.position(in.position() + result.length());
      }
    }
    if (mode == Mode.NEARLY_CLEAN && errors > 0) {
      nonAscii += countNonAscii(out, counted);
      if ((long) errors * NEARLY_CLEAN_RATIO > nonAscii) {
        return null;
      }
    }
    out.flip();
    return new Attempt(out.toString(), charset);
  }

  /**
   * Non-ASCII characters written to {@code out} since {@code from}, replacement characters aside.
   */
  private static long countNonAscii(CharBuffer out, int from) {
    char[] chars = out.array();
    int end = out.arrayOffset() + out.position();
    long count = 0;
    for (int i = out.arrayOffset() + from; i < end; i++) {
      if (chars[i] > 0x7F && chars[i] != '\uFFFD') {
        count++;
      }
    }
    return count;
  }

  private static CharBuffer grow(CharBuffer out) {
    CharBuffer bigger = CharBuffer.allocate(Math.max(16, out.capacity() * 2));
    out.flip();
    bigger.put(out);
    return bigger;
  }

  /**
   * Rejects bytes that are not text in any charset read here: NUL bytes in more than a few places
   * (UTF-16 and UTF-32 without a mark were recognised before), or many control bytes. ESC, SO and SI are
   * allowed because ISO-2022 encodings use them.
   */
  private static void rejectBinaryBytes(byte[] bytes, String fileName) throws ReportException {
    int nul = 0;
    int control = 0;
    for (byte b : bytes) {
      if (b == 0) {
        nul++;
      } else if (isControl(b & 0xFF)) {
        control++;
      }
    }
    if (looksBinary(nul, control, bytes.length)) {
      throw new ReportException(
          ErrorCode.UNSUPPORTED,
          String.format(
              Locale.ROOT,
              "%s: the file is not text: %d of its %d bytes are NUL or control bytes",
              fileName,
              nul + control,
              bytes.length));
    }
  }

  /**
   * The same test on decoded text, for files whose byte-order mark made NUL bytes legitimate.
   * Binary data behind a mark decodes to many bad sequences, unassigned and private-use characters,
   * so those count too.
   */
  private static void rejectNonText(String text, String fileName) throws ReportException {
    int nul = 0;
    int other = 0;
    int length = 0;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      int c = text.codePointAt(i);
      length++;
      if (c == 0) {
        nul++;
      } else if (c < 0x80 ? isControl(c) : c == '\uFFFD' || isNotACharacter(c)) {
        other++;
      }
    }
    if (looksBinary(nul, other, length)) {
      throw new ReportException(
          ErrorCode.UNSUPPORTED,
          String.format(
              Locale.ROOT,
              "%s: the file is not text: %d of its %d characters are NUL, control or invalid",
              fileName,
              nul + other,
              length));
    }
  }

  private static boolean isNotACharacter(int c) {
    int type = Character.getType(c);
    return type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE
        || type == Character.SURROGATE; // only unpaired ones reach here
  }

  private static boolean looksBinary(int nul, int control, int length) {
    // A stray NUL or two happens in real exports; a tenth of a percent does not.
    boolean nuls = nul > 4 && (long) nul * 1000 > length;
    // Text has almost no control characters; random or compressed bytes have about 10 %.
    boolean controls = (long) (nul + control) * 20 > length;
    return nuls || controls;
  }

  private static boolean isControl(int c) {
    if (c == 0x7F) {
      return true;
    }
    if (c >= 0x20) {
      return false;
    }
    // Tab, line feed, vertical tab, form feed, carriage return; SO, SI and ESC for ISO-2022.
    return !(c >= 0x09 && c <= 0x0D) && c != 0x0E && c != 0x0F && c != 0x1B;
  }

  /** Byte-order marks, longest first so that UTF-32LE is not taken for UTF-16LE. */
  private enum Bom {
    UTF_32BE(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, TextDecoder.UTF_32BE),
    UTF_32LE(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, TextDecoder.UTF_32LE),
    UTF_8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
    UTF_16BE(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE),
    UTF_16LE(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE);

    private final byte[] mark;
    private final int length;
    private final Charset charset;

    Bom(byte[] mark, Charset charset) {
      this.mark = mark;
      this.length = mark.length;
      this.charset = charset;
    }

    static @Nullable Bom of(byte[] bytes) {
      for (Bom bom : values()) {
        if (bytes.length >= bom.length
            && Arrays.equals(bytes, 0, bom.length, bom.mark, 0, bom.length)) {
          return bom;
        }
      }
      return null;
    }
  }
}
