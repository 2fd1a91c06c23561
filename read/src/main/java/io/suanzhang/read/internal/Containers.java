package io.suanzhang.read.internal;

/**
 * What the first and last bytes of a file say about its container: a zip (DOCX, XLSX) or an OLE2
 * compound file (DOC, XLS, and password-protected DOCX/XLSX), and whether it was cut short.
 */
public final class Containers {

  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  /** End of central directory record: 22 bytes plus a comment of at most 65,535. */
  private static final int EOCD_SEARCH = 22 + 65_535;

  private static final int OLE2_HEADER = 512;

  private Containers() {}

  /** Starts with a zip local file header (or is an empty zip). */
  public static boolean isZip(byte[] bytes) {
    return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K'
        && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6));
  }

  /**
   * A zip's directory sits at its end, so a download cut short loses the end-of-central-directory
   * record first.
   */
  public static boolean zipEndMissing(byte[] bytes) {
    int from = Math.max(0, bytes.length - EOCD_SEARCH);
    for (int i = bytes.length - 22; i >= from; i--) {
      if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
        return false;
      }
    }
    return true;
  }

  public static boolean isOle2(byte[] bytes) {
    if (bytes.length < OLE2.length) {
      return false;
    }
    for (int i = 0; i < OLE2.length; i++) {
      if (bytes[i] != OLE2[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * An OLE2 file is whole sectors, its header padded to the first; a length that is not is a sign of
   * a file cut short (to be trusted only when reading it failed).
   */
  public static boolean ole2Truncated(byte[] bytes) {
    if (bytes.length < OLE2_HEADER) {
      return true;
    }
    int shift = (bytes[30] & 0xFF) | (bytes[31] & 0xFF) << 8;
    if (shift != 9 && shift != 12) {
      return false;
    }
    int sector = 1 << shift;
    return bytes.length < 2 * sector || bytes.length % sector != 0;
  }
}
