package io.suanzhang.core.text;

import java.util.Locale;

/**
 * Converts between Java's UTF-16 indices and the code-point offsets the model uses. Text without
 * supplementary characters (nearly every report) takes a fast path where both are the same.
 */
public final class CodePoints {

  private final String text;
  private final int codePointLength;
  /** For each code point, its UTF-16 index; {@code null} when they coincide. */
  private final int @org.jspecify.annotations.Nullable [] charIndex;

  private CodePoints(String text) {
    this.text = text;
    this.codePointLength = text.codePointCount(0, text.length());
    if (codePointLength == text.length()) {
      this.charIndex = null;
    } else {
      int[] index = new int[codePointLength + 1];
      int cp = 0;
      for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
        index[cp++] = i;
      }
      index[codePointLength] = text.length();
      this.charIndex = index;
    }
  }

  public static CodePoints of(String text) {
    return new CodePoints(text);
  }

  public String text() {
    return text;
  }

  /** The length of the text in code points. */
  public int length() {
    return codePointLength;
  }

  /** The code-point offset of a UTF-16 index (which must not split a surrogate pair). */
  public int toCodePoint(int utf16Index) {
    if (charIndex == null) {
      return utf16Index;
    }
    return text.codePointCount(0, utf16Index);
  }

  /** The UTF-16 index of a code-point offset. */
  public int toUtf16(int codePointOffset) {
    if (codePointOffset < 0 || codePointOffset > codePointLength) {
      throw new IndexOutOfBoundsException(
          String.format(
              Locale.ROOT, "offset %d outside text of %d code points", codePointOffset, codePointLength));
    }
    return charIndex == null ? codePointOffset : charIndex[codePointOffset];
  }

  /** The text of a span given in code points. */
  public String slice(int start, int end) {
    return text.substring(toUtf16(start), toUtf16(end));
  }

  public String slice(Span span) {
    return slice(span.start(), span.end());
  }
}
