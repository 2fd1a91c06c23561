package io.suanzhang.read.pdf;

import io.suanzhang.core.document.WarningCode;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Judges a page's text layer. A page without glyphs that still draws something is a scan or text
 * turned into outlines; a page whose glyphs have no Unicode mapping, or map to characters no report
 * is written in, reads as garbage.
 */
final class TextLayer {

  /** A verdict on one page's text layer. */
  record Verdict(WarningCode code, String message) {}

  /** Below this many suspect glyphs a page is not flagged, whatever the share. */
  private static final int MIN_SUSPECT = 8;
  /** The share of suspect glyphs from which a page reads as garbage. */
  private static final double SUSPECT_SHARE = 0.10;

  private TextLayer() {}

  static @Nullable Verdict judge(int page, GlyphCollector.PageGlyphs g) {
    List<Glyph> glyphs = g.glyphs();
    int visible = 0;
    int odd = 0;
    for (Glyph glyph : glyphs) {
      String t = glyph.text();
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (Character.isWhitespace(c)) {
          continue;
        }
        visible++;
        if (isOdd(c)) {
          odd++;
        }
      }
    }
    if (visible == 0) {
      if (g.unmapped() > 0) {
        return new Verdict(WarningCode.UNREADABLE_TEXT, String.format(Locale.ROOT,
            "page %d: its %d glyphs have no Unicode mapping (font %s), so none of its text can be read",
            page, g.unmapped(), String.join(", ", g.unmappedFonts())));
      }
      // Straight rules alone (an empty table's grid) hold no text, as a blank page holds none: only
      // an image or a shape can be text that OCR could read.
      if (g.shapes() > 0 || g.objects() > 0) {
        return new Verdict(WarningCode.NO_TEXT, String.format(Locale.ROOT,
            "page %d has no text layer: it only draws images or shapes (a scan, or text turned into"
                + " outlines)", page));
      }
      return null; // a blank page
    }
    // Composite-font glyphs without a mapping never reach the glyph list: count them beside it.
    int total = visible + g.dropped();
    int suspect = odd + g.dropped() + g.coerced();
    if (suspect >= MIN_SUSPECT && suspect >= SUSPECT_SHARE * total) {
      String fonts =
          g.unmappedFonts().isEmpty() ? "" : " (font " + String.join(", ", g.unmappedFonts()) + ")";
      return new Verdict(WarningCode.UNREADABLE_TEXT, String.format(Locale.ROOT,
          "page %d: %d of %d glyphs have no Unicode mapping or map to characters outside Chinese and"
              + " Latin text%s; its labels may be garbage or missing, while digits in other fonts are kept",
          page, suspect, total, fonts));
    }
    return null;
  }

  /**
   * A character no Chinese report is written in: controls, private use, the replacement character,
   * and scripts far from Chinese and Latin text (what a wrong font map produces).
   */
  static boolean isOdd(char c) {
    if (c < 0x20) {
      return true;
    }
    if (c < 0x250) {
      return c >= 0x7f && c < 0xa0; // C1 controls; Latin-1 and Latin Extended are fine
    }
    if (c >= 0x4e00 && c <= 0x9fff) {
      return false; // CJK unified ideographs
    }
    if (c >= 0x2000 && c <= 0x33ff) {
      return false; // punctuation, symbols, numerals, box drawing, Kangxi radicals, CJK symbols
    }
    if (c >= 0xff00 && c <= 0xffef) {
      return false; // full-width forms
    }
    if (c >= 0xfe30 && c <= 0xfe4f) {
      return false; // CJK compatibility forms
    }
    if (c >= 0xf900 && c <= 0xfaff) {
      return false; // CJK compatibility ideographs (normalised by the number scanner)
    }
    if (c >= 0x370 && c <= 0x4ff) {
      return false; // Greek and Cyrillic: symbols in formulas
    }
    return true; // private use, replacement character, surrogates, other scripts
  }
}
