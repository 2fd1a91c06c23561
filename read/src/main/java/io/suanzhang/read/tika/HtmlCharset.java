package io.suanzhang.read.tika;

import io.suanzhang.core.ReportException;
import io.suanzhang.read.text.TextDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The charset of an HTML page: its byte-order mark, else the charset its meta tag declares (unless the
 * declaration is UTF-8 and the bytes are not), else UTF-8 if the bytes decode as such, else what
 * {@link TextDecoder} detects (GB18030 for most Chinese pages). GB2312 and GBK are read as GB18030,
 * their superset: pages labelled GB2312 routinely use GBK characters.
 */
final class HtmlCharset {

  private static final int META_SCAN = 8192;
  private static final Pattern META =
      Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Set<String> GB =
      Set.of("gb2312", "gbk", "x-gbk", "cp936", "ms936", "windows-936", "gb_2312-80", "csgb2312",
          "euc-cn", "x-euc-cn", "gb18030", "iso-ir-58", "chinese");
  static final Charset GB18030 = Charset.forName("GB18030");

  private HtmlCharset() {}

  static Charset of(byte[] bytes, String name) {
    if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    Charset declared = declared(bytes);
    boolean utf8 = isUtf8(bytes);
    if (declared != null && !(declared.equals(StandardCharsets.UTF_8) && !utf8)) {
      return declared;
    }
    if (utf8) {
      return StandardCharsets.UTF_8;
    }
    try {
      return TextDecoder.decode(bytes, name).charset();
    } catch (ReportException | RuntimeException e) {
      return GB18030;
    }
  }

  /** The charset a meta tag near the start declares, if Java knows it. */
  static @Nullable Charset declared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN), StandardCharsets.ISO_8859_1);
    Matcher m = META.matcher(head);
    if (!m.find()) {
      return null;
    }
    String label = m.group(1).toLowerCase(Locale.ROOT);
    if (GB.contains(label)) {
      return GB18030;
    }
    if (label.startsWith("utf-16")) {
      // A meta tag is ASCII, so the page is not UTF-16 (the HTML standard reads it as UTF-8).
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(label);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
