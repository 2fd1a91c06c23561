package io.suanzhang.read.text;

import io.suanzhang.core.Document;
import io.suanzhang.core.Format;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.Source;
import io.suanzhang.core.document.TextBlocks;
import io.suanzhang.core.document.Warning;
import io.suanzhang.core.document.WarningCode;
import io.suanzhang.read.DocumentReader;
import io.suanzhang.read.ReadOptions;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text and Markdown. The extracted text is the file's content, decoded; its structure is found
 * in place: Markdown headings, tab-separated or pipe tables, and one paragraph per other line.
 */
public final class TextReader implements DocumentReader {

  @Override
  public Set<Format> formats() {
    return Set.of(Format.TEXT, Format.MARKDOWN, Format.CSV);
  }

  @Override
  public Document read(byte[] bytes, Source source, ReadOptions options) throws ReportException {
    String name = source.path();
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, name.substring(slash + 1));
    String text = decoded.text();
    return new Document(source, text, List.of(), TextBlocks.blocks(text, source.format() == Format.CSV),
        replaced(text, decoded.charset()));
  }

  /**
   * A warning when the decoder replaced bad bytes: a damaged file is read whole, but a digit or unit
   * lost in a replacement is a number lost, and the user should know where.
   */
  private static List<Warning> replaced(String text, Charset charset) {
    int first = text.indexOf('\uFFFD');
    if (first < 0) {
      return List.of();
    }
    long count = text.chars().filter(c -> c == '\uFFFD').count();
    return List.of(new Warning(WarningCode.SKIPPED_CONTENT, null, String.format(Locale.ROOT,
        "%,d byte sequence(s) are not valid %s and read as U+FFFD, the first at character %,d:"
            + " what they held is lost", count, charset.name(), text.codePointCount(0, first))));
  }
}
