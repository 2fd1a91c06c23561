package io.suanzhang.read.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of a page's content held in an array, each as PDFBox's content parser ({@link
 * PDFStreamParser#parseNextToken()}) gives it: the same operators (the same instances), numbers,
 * names, strings and arrays, from the same bytes. Without C2, that parser spends a quarter of a
 * worker's CPU on the shared reports: a byte at a time through an interface, numbers and operator
 * names through a {@code StringBuilder}, operators looked up in a concurrent map. Here the common
 * tokens are read straight from the array.
 *
 * <p>Whatever is not plain (a dictionary, an inline image, a string with nested or escaped
 * parentheses, a name with a {@code #} escape, a number PDFBox mends, any byte the rules below do not
 * name) is read by PDFBox's own parser from the same place, and this reading goes on after it; where
 * that parser gives up on the rest of the content (it returns no token), so does this.
 */
final class ContentTokens {

  /** Operators by their bytes, as {@link Operator#getOperator} gives them: one per read document. */
  static final class Operators {
    private static final int SIZE = 256;
    private final int[] keys = new int[SIZE];
    private final @Nullable Operator[] values = new Operator[SIZE];
    private int count;

    /** The operator named by {@code length} (1 to 3) ASCII bytes from {@code from}. */
    Operator get(byte[] b, int from, int length) {
      int key = length;
      for (int i = 0; i < length; i++) {
        key = key << 8 | b[from + i] & 0xFF;
      }
      int slot = (key * 0x9E3779B9) >>> 24;
      while (values[slot] != null) {
        if (keys[slot] == key) {
          return values[slot];
        }
        slot = (slot + 1) & (SIZE - 1);
      }
      Operator op = Operator.getOperator(new String(b, from, length, StandardCharsets.US_ASCII));
      if (count < SIZE / 2) { // the rest are looked up each time, as PDFBox looks them up
        keys[slot] = key;
        values[slot] = op;
        count++;
      }
      return op;
    }
  }

  private final byte[] b;
  private final int n;
  private final ByteContent source;
  private final Operators operators;
  private @Nullable PDFStreamParser parser;
  private byte[] out = new byte[64];
  private int at;
  private boolean done;

  ContentTokens(ByteContent content, Operators operators) {
    this.source = content;
    this.b = content.bytes();
    this.n = content.limit();
    this.operators = operators;
  }

  /** The next token, an {@link Operator} or a {@link COSBase}; null at the end. */
  @Nullable Object next() throws IOException {
    if (done) {
      return null;
    }
    skipSpaces();
    if (at >= n) {
      done = true;
      return null;
    }
    int start = at;
    Object token = switch (b[at]) {
      case '/' -> name();
      case '(' -> literal();
      case '[' -> array();
      case '<' -> at + 1 < n && b[at + 1] == '<' ? null : hex();
      case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-', '.' -> number(false);
      case 'n', 't', 'f', 'B' -> word();
      case '+', 'I', ']' -> null; // a sign PDFBox drops, an inline image's data, a stray bracket
      default -> operator();
    };
    if (token != null) {
      return token;
    }
    at = start;
    return parsed();
  }

  /** The next token as PDFBox's parser reads it from here. */
  private @Nullable Object parsed() throws IOException {
    PDFStreamParser p = parser;
    if (p == null) {
      p = parser = new PDFStreamParser(new Content(source));
    }
    source.moveTo(at);
    Object token = p.parseNextToken();
    if (token == null) {
      done = true; // PDFBox's parser ends the content here, at its end or where it gave up
      return null;
    }
    if (source.isClosed()) {
      done = true; // it met the end within the token (an inline image), and gives nothing more
    } else {
      at = (int) source.getPosition();
    }
    return token;
  }

  private static boolean isWhitespace(int c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
  }

  /** Steps over white space and comments, as {@code BaseParser.skipSpaces}. */
  private void skipSpaces() {
    while (at < n) {
      int c = b[at];
      if (isWhitespace(c)) {
        at++;
      } else if (c == '%') {
        at++;
        while (at < n && b[at] != '\n' && b[at] != '\r') {
          at++;
        }
      } else {
        return;
      }
    }
  }

  /**
   * An operator as {@code PDFStreamParser.readOperator} reads one: up to white space, one of {@code
   * [<(/%} or a digit ({@code d0} and {@code d1} whole); of printable ASCII, at most three bytes.
   */
  private @Nullable Operator operator() {
    int start = at;
    int i = at;
    while (i < n) {
      int c = b[i];
      if (isWhitespace(c) || c == '[' || c == '<' || c == '(' || c == '/' || c == '%'
          || c >= '0' && c <= '9') {
        break;
      }
      i++;
      if (c == 'd' && i < n && (b[i] == '0' || b[i] == '1')) {
        i++;
      }
    }
    return operatorOf(start, i);
  }

  /**
   * A token PDFBox reads as a word ({@code BaseParser.readString}: up to white space or a delimiter):
   * {@code null}, {@code true}, {@code false} or an operator; {@code BI} (an inline image) is left to
   * PDFBox.
   */
  private @Nullable Object word() {
    int start = at;
    int i = at;
    while (i < n && !isEndOfName(b[i])) {
      i++;
    }
    int length = i - start;
    if (length == 4 && matches(start, "null")) {
      at = i;
      return COSNull.NULL;
    }
    if (length == 4 && matches(start, "true")) {
      at = i;
      return COSBoolean.TRUE;
    }
    if (length == 5 && matches(start, "false")) {
      at = i;
      return COSBoolean.FALSE;
    }
    if (length == 2 && matches(start, "BI")) {
      return null;
    }
    return operatorOf(start, i);
  }

  private boolean matches(int from, String word) {
    for (int k = 0; k < word.length(); k++) {
      if (b[from + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The operator of the bytes from {@code start} to {@code end}, if printable ASCII (1 to 3). */
  private @Nullable Operator operatorOf(int start, int end) {
    int length = end - start;
    if (length < 1 || length > 3) {
      return null;
    }
    for (int k = start; k < end; k++) {
      if (b[k] < 0x21 || b[k] > 0x7E) {
        return null; // PDFBox trims some of these, or keeps them; either way, its reading
      }
    }
    at = end;
    return operators.get(b, start, length);
  }

  /** Where {@code BaseParser} ends a name or a word. */
  private static boolean isEndOfName(int c) {
    return switch (c) {
      case ' ', '\r', '\n', '\t', '>', '<', '[', '/', ']', ')', '(', 0, '\f', '%' -> true;
      default -> false;
    };
  }

  /**
   * A number: an optional minus, digits and at most one point, with a digit among them. Outside an
   * array PDFBox's content parser reads one ({@code PDFStreamParser}), and ends it at a second point;
   * in an array {@code BaseParser.parseCOSNumber} reads one, which takes a second point, signs and
   * exponent letters in too. A minus within, and those, are PDFBox's to read (and mend).
   */
  private @Nullable COSBase number(boolean inArray) {
    int start = at;
    int i = at;
    boolean negative = b[i] == '-';
    boolean point = b[i] == '.';
    int digits = 0;
    int decimals = 0;
    long value = 0;
    if (negative || point) {
      i++;
    }
    while (i < n) {
      int c = b[i];
      if (c >= '0' && c <= '9') {
        digits++;
        if (point) {
          decimals++;
        }
        value = value * 10 + (c - '0');
        i++;
      } else if (c == '.' && !point) {
        point = true;
        i++;
      } else if (c == '-' || inArray && (c == '+' || c == '.' || c == 'e' || c == 'E')) {
        return null;
      } else {
        break;
      }
    }
    return numberOf(start, i, negative, point, digits, decimals, value);
  }

  /**
   * The number of the bytes from {@code start} to {@code end}, as {@code COSNumber.get} makes it; a
   * real one of {@code digits} digits, {@code decimals} of them after the point, whose digits make
   * {@code value}.
   */
  private @Nullable COSBase numberOf(int start, int end, boolean negative, boolean point,
      int digits, int decimals, long value) {
    if (digits == 0 || !point && digits > 18) {
      return null;
    }
    at = end;
    if (!point) {
      return COSInteger.get(negative ? -value : value);
    }
    String text = new String(b, start, end - start, StandardCharsets.ISO_8859_1);
    if (digits <= ExactFloat.MAX_DIGITS) {
      return new ExactFloat(ExactFloat.of(negative, value, decimals), text);
    }
    try {
      return new COSFloat(text);
    } catch (IOException e) {
      at = start;
      return null;
    }
  }

  /**
   * A real number of at most seven digits, its value worked out here: PDFBox's {@code
   * COSFloat(String)} goes through {@link Float#parseFloat}, which is most of what reading a
   * content's numbers costs without C2. Digits under 2<sup>24</sup> and a power of ten up to
   * 10<sup>7</sup> are both exact floats, so their quotient, rounded once by the division, is the
   * float nearest the decimal: what {@code parseFloat} gives. Its text is kept, as PDFBox keeps it,
   * for what quotes it ({@link #toString}, {@link #writePDF}).
   */
  static final class ExactFloat extends COSFloat {
    static final int MAX_DIGITS = 7;
    private static final float[] POWERS = {1f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f};
    private final String text;

    ExactFloat(float value, String text) {
      super(value);
      this.text = text;
    }

    /** The float nearest {@code ±digits × 10^-decimals}, zero as PDFBox makes it: unsigned. */
    static float of(boolean negative, long digits, int decimals) {
      if (digits == 0) {
        return 0f; // PDFBox's coerce makes -0.0 (below the least normal float) 0
      }
      float magnitude = digits / POWERS[decimals];
      return negative ? -magnitude : magnitude;
    }

    @Override
    public String toString() {
      return "COSFloat{" + text + "}";
    }

    @Override
    public void writePDF(OutputStream output) throws IOException {
      output.write(text.getBytes(StandardCharsets.ISO_8859_1));
    }
  }

  /** A name without {@code #} escapes, its bytes as they are ({@code BaseParser.parseCOSName}). */
  private @Nullable COSName name() {
    int start = at + 1;
    int i = start;
    while (i < n && !isEndOfName(b[i])) {
      if (b[i] == '#') {
        return null;
      }
      i++;
    }
    at = i;
    return COSName.getPDFName(Arrays.copyOfRange(b, start, i));
  }

  /**
   * A literal string without parentheses inside it, escaped or not (PDFBox reads those by rules of
   * its own), and closed before the end ({@code BaseParser.parseCOSString}).
   */
  private @Nullable COSString literal() {
    int i = at + 1;
    int length = 0;
    while (true) {
      if (i >= n) {
        return null;
      }
      int c = b[i++] & 0xFF;
      if (c == ')') {
        break;
      }
      if (c == '(') {
        return null;
      }
      if (c == '\\') {
        if (i >= n) {
          return null;
        }
        int next = b[i++] & 0xFF;
        switch (next) {
          case 'n' -> c = '\n';
          case 'r' -> c = '\r';
          case 't' -> c = '\t';
          case 'b' -> c = '\b';
          case 'f' -> c = '\f';
          case ')' -> {
            return null;
          }
          case '\n', '\r' -> {
            // a line continued: the line ends are dropped with the backslash
            while (i < n && (b[i] == '\n' || b[i] == '\r')) {
              i++;
            }
            continue;
          }
          case '0', '1', '2', '3', '4', '5', '6', '7' -> {
            c = next - '0';
            if (i < n && b[i] >= '0' && b[i] <= '7') {
              c = c * 8 + b[i++] - '0';
              if (i < n && b[i] >= '0' && b[i] <= '7') {
                c = c * 8 + b[i++] - '0';
              }
            }
          }
          default -> c = next; // the backslash dropped
        }
      }
      length = put(length, c);
    }
    at = i;
    return new COSString(Arrays.copyOf(out, length));
  }

  /** A hexadecimal string of digits and white space ({@code BaseParser.parseCOSHexString}). */
  private @Nullable COSString hex() {
    int i = at + 1;
    int length = 0;
    int high = -1;
    while (true) {
      if (i >= n) {
        return null;
      }
      int c = b[i++];
      int digit = Character.digit(c, 16);
      if (digit >= 0 && c < 0x80) {
        if (high < 0) {
          high = digit;
        } else {
          length = put(length, high << 4 | digit);
          high = -1;
        }
      } else if (c == '>') {
        break;
      } else if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\b' && c != '\f') {
        return null;
      }
    }
    if (high >= 0) {
      length = put(length, high << 4); // an odd last digit, as COSString.parseHex reads it
    }
    at = i;
    return new COSString(Arrays.copyOf(out, length));
  }

  /** An array of numbers, strings and names ({@code BaseParser.parseCOSArray}). */
  private @Nullable COSArray array() {
    at++;
    COSArray array = new COSArray();
    while (true) {
      skipSpaces();
      if (at >= n) {
        return null;
      }
      if (b[at] == ']') {
        at++;
        return array;
      }
      COSBase element = switch (b[at]) {
        case '(' -> literal();
        case '<' -> at + 1 < n && b[at + 1] == '<' ? null : hex();
        case '/' -> name();
        case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-', '.' -> number(true);
        default -> null;
      };
      if (element == null) {
        return null;
      }
      array.add(element);
    }
  }

  /** The content as PDFBox's parser asks a content stream for it: the reader as it stands. */
  record Content(ByteContent bytes) implements PDContentStream {
    @Override
    public RandomAccessRead getContentsForStreamParsing() {
      return bytes;
    }

    @Override
    public InputStream getContents() {
      throw new UnsupportedOperationException("only parsed");
    }

    @Override
    public RandomAccessRead getContentsForRandomAccess() {
      throw new UnsupportedOperationException("only parsed");
    }

    @Override
    public @Nullable PDResources getResources() {
      return null;
    }

    @Override
    public @Nullable PDRectangle getBBox() {
      return null;
    }

    @Override
    public @Nullable Matrix getMatrix() {
      return null;
    }
  }

  private int put(int length, int c) {
    if (length == out.length) {
      out = Arrays.copyOf(out, length * 2);
    }
    out[length] = (byte) c;
    return length + 1;
  }
}
