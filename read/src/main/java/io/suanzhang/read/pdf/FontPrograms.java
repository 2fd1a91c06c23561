package io.suanzhang.read.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Inflates each embedded font program of a document once, but those of the fonts {@link
 * DictionaryFont} answers for, whose programs are seldom read. PDFBox 3 inflates a compressed font
 * program twice as it loads the font: whole, to sniff the kind of font from its first bytes
 * ({@code PDFontFactory}), and again to parse it. On the reports that was a seventh of all the CPU
 * a scan spends. Replacing the program's stream by one that reads its inflated bytes before PDFBox
 * loads the font leaves it one inflation and the same bytes to parse, so the text is the same.
 *
 * <p>The replacement reads those bytes in place: a stream written in memory is copied whole each
 * time it is opened for reading, and PDFBox opens a program twice (to sniff, to parse) before the
 * parser takes its own copy; a CJK font embedded with all its glyphs is megabytes.
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

  /** The largest program inflated without PDFBox's decoder (the largest CJK fonts are a few MB). */
  private static final int MOST = 64 << 20;

  /** Each program met, and what stands in for it (itself where it is left as it is). */
  private final Map<COSStream, COSStream> done = new IdentityHashMap<>();

  /** Inflates the programs of the fonts the page's resources name, once each. */
  void inflate(PDPage page) {
    PDResources resources = page.getResources(); // the page's own or inherited from its tree
    COSDictionary fonts = resources == null ? null : resources.getCOSObject().getCOSDictionary(COSName.FONT);
    if (fonts == null) {
      return;
    }
    for (COSName name : fonts.keySet()) {
      // a font the collector answers from its dictionaries leaves its program alone
      if (fonts.getDictionaryObject(name) instanceof COSDictionary font
          && !DictionaryFont.answers(font)) {
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
            if (program != null) {
              COSStream inflated = done.computeIfAbsent(program, FontPrograms::inflated);
              if (inflated != program) {
                descriptor.setItem(key, inflated);
              }
            }
          }
        }
      }
    }
  }

  /** A stream of the program's inflated bytes and its other entries, or the program as it is. */
  private static COSStream inflated(COSStream program) {
    if (program.getFilters() == null) {
      return program;
    }
    Inflated whole = Inflated.of(program, MOST);
    byte[] bytes;
    int length;
    if (whole != null) {
      bytes = whole.bytes();
      length = whole.length();
    } else {
      try (InputStream in = program.createInputStream()) {
        bytes = in.readAllBytes();
        length = bytes.length;
      } catch (IOException | RuntimeException e) {
        return program;
      }
    }
    try {
      COSStream inflated = new COSStream(null,
          new RandomAccessReadView(new RandomAccessReadBuffer(bytes), 0, length));
      for (Map.Entry<COSName, COSBase> entry : program.entrySet()) {
        COSName key = entry.getKey();
        if (!key.equals(COSName.FILTER) && !key.equals(COSName.DECODE_PARMS)
            && !key.equals(COSName.LENGTH)) {
          inflated.setItem(key, entry.getValue());
        }
      }
      return inflated;
    } catch (IOException | RuntimeException e) {
      return program; // a view of an array has its length; kept for the constructor's contract
    }
  }
}
