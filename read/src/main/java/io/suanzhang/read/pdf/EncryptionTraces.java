package io.suanzhang.read.pdf;

import java.nio.charset.StandardCharsets;

/**
 * Signs that a PDF is encrypted when PDFBox cannot tell: a file cut short loses its trailer, and with
 * it the {@code /Encrypt} entry, so PDFBox rebuilds the document from its objects and hands back
 * pages whose streams are ciphertext. Their text reads as nothing, and the file would pass as a
 * report without numbers. Either the security handler's dictionary survives the cut ({@code /Filter
 * /Standard}), or the streams that say they are deflated do not start as zlib data does.
 */
final class EncryptionTraces {

  /** Fewer deflated streams than this say too little either way. */
  private static final int MIN_STREAMS = 3;

  private EncryptionTraces() {}

  /** Whether the bytes of a PDF that PDFBox opened as unencrypted look encrypted all the same. */
  static boolean encrypted(byte[] pdf) {
    return securityHandler(pdf) || deflatedStreamsScrambled(pdf);
  }

  /** A {@code /Filter /Standard} (the password security handler) anywhere in the file. */
  static boolean securityHandler(byte[] pdf) {
    byte[] filter = ascii("/Filter");
    byte[] standard = ascii("/Standard");
    for (int i = indexOf(pdf, filter, 0); i >= 0; i = indexOf(pdf, filter, i + 1)) {
      int k = i + filter.length;
      while (k < pdf.length && isSpace(pdf[k])) {
        k++;
      }
      if (startsWith(pdf, standard, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether most streams declared {@code /FlateDecode} fail zlib's header check (compression method
   * 8, header a multiple of 31): an encrypted stream passes it by chance one time in several hundred.
   */
  static boolean deflatedStreamsScrambled(byte[] pdf) {
    byte[] keyword = ascii("stream");
    byte[] flate = ascii("/FlateDecode");
    int deflated = 0;
    int scrambled = 0;
    int dictionaryFrom = 0;
    for (int i = indexOf(pdf, keyword, 0); i >= 0; i = indexOf(pdf, keyword, i + keyword.length)) {
      boolean end = i >= 3 && pdf[i - 3] == 'e' && pdf[i - 2] == 'n' && pdf[i - 1] == 'd';
      if (end) {
        dictionaryFrom = i + keyword.length;
        continue;
      }
      int data = i + keyword.length;
      if (data < pdf.length && pdf[data] == '\r') {
        data++;
      }
      if (data < pdf.length && pdf[data] == '\n') {
        data++;
      }
      boolean declared = indexOf(pdf, flate, Math.max(dictionaryFrom, i - 1024), i) >= 0;
      dictionaryFrom = data;
      if (!declared || data + 1 >= pdf.length) {
        continue;
      }
      deflated++;
      int header = ((pdf[data] & 0xff) << 8) | (pdf[data + 1] & 0xff);
      if ((pdf[data] & 0x0f) != 8 || header % 31 != 0) {
        scrambled++;
      }
    }
    return deflated >= MIN_STREAMS && scrambled * 10 >= deflated * 9;
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\r' || b == '\n' || b == '\t' || b == '\f' || b == 0;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix, int at) {
    if (at + prefix.length > bytes.length) {
      return false;
    }
    for (int k = 0; k < prefix.length; k++) {
      if (bytes[at + k] != prefix[k]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, byte[] needle, int from, int to) {
    for (int i = Math.max(0, from); i + needle.length <= to; i++) {
      if (bytes[i] == needle[0] && startsWith(bytes, needle, i)) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(byte[] bytes, byte[] needle, int from) {
    return indexOf(bytes, needle, from, bytes.length);
  }
}
