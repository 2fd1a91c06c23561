package io.suanzhang.extract;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Texts built to find super-linear work: the same lines of a report joined by each kind of line
 * break, or by none. Shared by {@link LinearTextTest}, which asserts on output sizes,
 * and {@link PathologicalTextThroughput}, which times them.
 */
public enum PathologicalTexts {
  /** Lines ended by LF. */
  LF("\n"),
  /** Lines ended by CR LF. */
  CRLF("\r\n"),
  /** Lines ended by a lone CR, as old Mac files and some exports write them. */
  CR("\r"),
  /** Lines ended by the Unicode line separator. */
  LINE_SEPARATOR("\u2028"),
  /** No line break at all: the whole text one line. */
  NONE("");

  private final String lineBreak;

  PathologicalTexts(String lineBreak) {
    this.lineBreak = lineBreak;
  }

  /** What the lines say. */
  public enum Body {
    /**
     * Signed and bracketed amounts, a percentage and a plain amount per line: 支出（-1,234.56）万元 ….
     */
    SIGNED {
      @Override
      String line(int i) {
        return String.format(Locale.ROOT,
            "支出（-%d,234.56）万元，收入（+%d.5）万元，结余-12.5万元，比上年(-3.5%%)", 1 + i % 9, i % 1000);
      }
    },
    /**
     * Lines of 40 characters and more that end in a character and no stop, as wrapped lines do: the
     * sentence reader joins them, so without a bound the whole text is one sentence whichever break
     * ends the lines.
     */
    WRAPPED {
      @Override
      String line(int i) {
        return String.format(Locale.ROOT,
            "一般公共预算支出%d.56万元，比上年增长3.5%%，其中基本支出800.00万元", 1000 + i % 9000);
      }
    },
    /** The lines of {@link #WRAPPED}, each ended by a stop: the same statements as sentences. */
    STOPPED {
      @Override
      String line(int i) {
        return WRAPPED.line(i) + "。";
      }
    };

    abstract String line(int i);
  }

  /** Whole lines of {@code body} ended by this kind of break, to at least {@code bytes} in UTF-8. */
  public String text(Body body, int bytes) {
    StringBuilder text = new StringBuilder(bytes / 2);
    int written = 0;
    for (int i = 0; written < bytes; i++) {
      String line = body.line(i) + lineBreak;
      text.append(line);
      written += line.getBytes(StandardCharsets.UTF_8).length;
    }
    return text.toString();
  }

  /** Counts the bytes written to it without keeping them: the size of an analysis's JSON. */
  static final class ByteCount extends java.io.OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
