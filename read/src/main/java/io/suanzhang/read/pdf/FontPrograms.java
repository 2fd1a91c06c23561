package io.suanzhang.read.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Inflates each embedded font program of a document once. PDFBox 3 inflates a compressed font
 * program twice as it loads the font: whole, to sniff the kind of font from its first bytes
 * ({@code PDFontFactory}), and again to parse it. On the reports that was a seventh of all the CPU
 * a scan spends. Replacing the program's stream by its inflated bytes before PDFBox loads the font
 * leaves it one inflation and the same bytes to parse, so the text is the same.
 *
 * <p>Only the in-memory document changes; it is never saved. Encrypted documents are left alone (their
 * streams are decrypted as they are read), and so is a program whose filters fail: PDFBox meets the
 * failure where it always did.
 *
 * <p>Not thread-safe: one per document read.
 */
final class FontPrograms {

  private static final List<COSName> PROGRAMS =
      List.of(COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3);

  private final Set<COSStream> done = Collections.newSetFromMap(new IdentityHashMap<>());

  /** Inflates the programs of the fonts the page's resources name, once each. */
  void inflate(PDPage page) {
    PDResources resources = page.getResources(); // the page's own or inherited from its tree
    COSDictionary fonts = resources == null ? null : resources.getCOSObject().getCOSDictionary(COSName.FONT);
    if (fonts == null) {
      return;
    }
    for (COSName name : fonts.keySet()) {
      if (fonts.getDictionaryObject(name) instanceof COSDictionary font) {
        COSDictionary described = font;
        if (COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE))) {
          COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
          COSBase first = descendants == null || descendants.size() == 0 ? null : descendants.getObject(0);
          described = first instanceof COSDictionary d ? d : null;
        }
        COSDictionary descriptor =
            described == null ? null : described.getCOSDictionary(COSName.FONT_DESC);
        if (descriptor != null) {
          for (COSName key : PROGRAMS) {
            COSStream program = descriptor.getCOSStream(key);
            if (program != null && done.add(program)) {
              inflate(program);
            }
          }
        }
      }
    }
  }

  private static void inflate(COSStream program) {
    if (program.getFilters() == null) {
      return;
    }
    byte[] bytes;
    try (InputStream in = program.createInputStream()) {
      bytes = in.readAllBytes();
    } catch (IOException | RuntimeException e) {
      return;
    }
    program.removeItem(COSName.FILTER);
    program.removeItem(COSName.DECODE_PARMS);
    // Raw: there is no filter left to apply, and the filtered stream writes byte by byte.
    try (OutputStream out = program.createRawOutputStream()) {
      out.write(bytes);
    } catch (IOException | RuntimeException e) {
      // Written to memory: no failure is expected, and one leaves a font PDFBox cannot load, which
      // costs the glyphs of that font as a damaged program would.
    }
  }
}
