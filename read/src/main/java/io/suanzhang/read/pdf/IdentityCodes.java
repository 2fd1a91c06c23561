package io.suanzhang.read.pdf;

import org.apache.fontbox.cmap.CMap;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Whether a composite font's codes are read by PDFBox's predefined Identity-H or Identity-V CMap. PDFBox
 * loads the predefined CMap a font's {@code /Encoding} names (a name, not a stream: an embedded CMap
 * has ranges of its own whatever it calls itself), and the predefined Identity CMaps have one
 * codespace range, {@code <0000> <FFFF>}.
 */
final class IdentityCodes {

  private IdentityCodes() {}

  static boolean encodes(PDType0Font font) {
    COSBase encoding = font.getCOSObject().getDictionaryObject(COSName.ENCODING);
    CMap cmap = font.getCMap();
    return (COSName.IDENTITY_H.equals(encoding) || COSName.IDENTITY_V.equals(encoding))
        && cmap != null && ((COSName) encoding).getName().equals(cmap.getName());
  }
}
