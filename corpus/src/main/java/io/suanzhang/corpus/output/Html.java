package io.suanzhang.corpus.output;

import java.io.IOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/**
 * Escaping for report.html: text for element content and for quoted attribute values. Control
 * characters other than tab, newline and carriage return, which some PDFs put in their text and which
 * HTML does not allow, become U+FFFD.
 */
final class Html {

  private Html() {}

  /** Element content: {@code &}, {@code <} and {@code >} escaped. */
  static String text(String s) {
    return escape(s, false);
  }

  /** A double-quoted attribute value: also {@code "} and {@code '} escaped. */
  static String attr(String s) {
    return escape(s, true);
  }

  static void text(Writer out, String s) throws IOException {
    out.write(text(s));
  }

  private static String escape(String s, boolean attribute) {
    @Nullable StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      @Nullable String replacement =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> attribute ? "&quot;" : null;
            case '\'' -> attribute ? "&#39;" : null;
            default -> isControl(c) ? "\uFFFD" : null;
          };
      if (replacement != null && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? s : out.toString();
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
  }
}
