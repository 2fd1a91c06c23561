package io.suanzhang.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.suanzhang.core.ReportException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class TextDecoderProperties {

  private static final Charset GB18030 = Charset.forName("GB18030");

  @Property
  void utf8RoundTrips(@ForAll("reportText") String text) throws ReportException {
    TextDecoder.Decoded decoded =
        TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), "p.txt");

    assertEquals(text, decoded.text());
    assertEquals(StandardCharsets.UTF_8, decoded.charset());
  }

  @Property
  void gb18030RoundTrips(@ForAll("gb18030Text") String text) throws ReportException {
    TextDecoder.Decoded decoded = TextDecoder.decode(text.getBytes(GB18030), "p.txt");

    assertEquals(text, decoded.text());
  }

  @Property
  void utf16WithBomRoundTrips(@ForAll("reportText") String text) throws ReportException {
    // Java's "UTF-16" encoder writes a big-endian byte-order mark.
    TextDecoder.Decoded decoded =
        TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16), "p.txt");

    assertEquals(text, decoded.text());
    assertEquals(StandardCharsets.UTF_16BE, decoded.charset());
  }

  /**
   * CJK ideographs mixed with ASCII letters, digits, spaces, line breaks and report punctuation,
   * about two ideographs to one ASCII character. (A plain {@code Arbitraries.strings()} over these
   * ranges picks characters by range size, which gives almost no ASCII.)
   */
  @Provide
  Arbitrary<String> reportText() {
    Arbitrary<Character> cjk = Arbitraries.chars().range('\u4e00', '\u9fa5');
    Arbitrary<Character> ascii =
        Arbitraries.chars().range('a', 'z').range('A', 'Z').numeric().with(" .,%\r\n\t");
    return Arbitraries.frequencyOf(Tuple.of(2, cjk), Tuple.of(1, ascii))
        .list()
        .ofMinSize(8)
        .ofMaxSize(300)
        .map(TextDecoderProperties::join);
  }

  /**
   * The same, minus the rare strings whose GB18030 bytes are also valid UTF-8 (一 is D2 BB, which is
   * UTF-8 for U+04BB): strict UTF-8 wins by design, so those cannot round-trip.
   */
  @Provide
  Arbitrary<String> gb18030Text() {
    return reportText().filter(text -> !isUtf8(text.getBytes(GB18030)));
  }

  private static String join(List<Character> chars) {
    StringBuilder sb = new StringBuilder(chars.size());
    chars.forEach(sb::append);
    return sb.toString();
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
