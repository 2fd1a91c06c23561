package io.suanzhang.corpus.scan;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The name of an archive entry from its bytes. UTF-8 where the entry says so or its bytes are UTF-8;
 * GB18030 where they are that (archives made on Chinese Windows write GBK names without the UTF-8
 * flag); otherwise UTF-8 with each byte that is no character written as {@code \xNN}: the name is
 * kept as its bytes, readable where it can be, never dropped or merged with another.
 */
final class EntryNames {

  private static final Charset GB18030 = Charset.forName("GB18030");

  private EntryNames() {}

  static String decode(byte[] raw, boolean utf8Flag) {
    String s = strict(raw, StandardCharsets.UTF_8);
    if (s == null && !utf8Flag) {
      s = strict(raw, GB18030);
    }
    return s != null ? s : escaped(raw);
  }

  private static String strict(byte[] raw, Charset charset) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(raw))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** UTF-8, each malformed byte as {@code \xNN}. */
  static String escaped(byte[] raw) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(raw);
    CharBuffer out = CharBuffer.allocate(raw.length);
    StringBuilder name = new StringBuilder();
    while (in.hasRemaining()) {
      CoderResult r = decoder.decode(in, out, true);
      out.flip();
      name.append(out);
      out.clear();
      if (r.isError()) {
        for (int i = 0; i < r.length(); i++) {
          name.append(String.format(Locale.ROOT, "\\x%02X", in.get() & 0xff));
        }
      }
    }
    return name.toString();
  }
}
