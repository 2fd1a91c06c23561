package io.suanzhang.testkit.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.jspecify.annotations.Nullable;

/**
 * The fonts of one PDF: a CJK TrueType font found on this machine, plus, per character it lacks, the
 * first other system font that has it (DroidSansFallback has no Latin letters or digits; DejaVu Sans
 * supplies them). Each font is embedded as a subset, and only once a character needs it.
 */
final class PdfFonts {

  /** Characters every CJK report font must have. */
  static final String PROBE = "预算数万元执行率";
  static final String MISSING_FONT =
      "no CJK TrueType font (.ttf) that can draw \"" + PROBE + "\" was found in the system font folders;"
          + " install the Debian package fonts-droid-fallback (DroidSansFallbackFull.ttf, Apache-2.0)";

  /** Stand-ins for characters no installed font has; the extracted text then shows the stand-in. */
  private static final Map<Integer, String> LOOKALIKES = Map.of(0x3008, "\u27E8", 0x3009, "\u27E9");

  private static final int STYLED = 2;
  private static final List<Path> FONT_DIRS = fontDirs();
  private static final Map<Path, Optional<TrueTypeFont>> PARSED = new ConcurrentHashMap<>();
  private static final Map<Integer, Optional<Path>> COVERING = new ConcurrentHashMap<>();
  private static volatile @Nullable List<Path> candidates;

  private final PDDocument doc;
  private final Path primary;
  private final Map<Path, PDType0Font> loaded = new HashMap<>();
  private final Map<Integer, Float> advances = new HashMap<>();

  private PdfFonts(PDDocument doc, Path primary) {
    this.doc = doc;
    this.primary = primary;
  }

  /** Fonts for {@code doc}, or an {@link IllegalStateException} naming the package to install. */
  static PdfFonts forDocument(PDDocument doc) {
    return new PdfFonts(doc, cjkFont().orElseThrow(() -> new IllegalStateException(MISSING_FONT)));
  }

  /** The first system {@code .ttf} (in path order) that draws {@link #PROBE}. */
  static Optional<Path> cjkFont() {
    return candidates().stream().filter(PdfFonts::drawsProbe).findFirst();
  }

  private static boolean drawsProbe(Path font) {
    return PROBE.codePoints().allMatch(cp -> covers(font, cp));
  }

  /** {@code text} with every character no font can draw replaced by a stand-in that one can. */
  String drawable(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> sb.append(drawable(cp)));
    return sb.toString();
  }

  private String drawable(int cp) {
    int type = Character.getType(cp);
    if (type == Character.CONTROL || type == Character.FORMAT) {
      return "";
    }
    String self = new String(Character.toChars(cp));
    if (fontPath(cp).isPresent()) {
      return self;
    }
    List<String> standIns = new ArrayList<>();
    standIns.add(Normalizer.normalize(self, Normalizer.Form.NFKC)); // ⑴ → (1)
    if (cp == ' ') {
      standIns.add("\u3000");
    } else if (cp > ' ' && cp < 0x7F) {
      standIns.add(new String(Character.toChars(cp + 0xFEE0))); // full-width forms
    }
    standIns.add(LOOKALIKES.getOrDefault(cp, ""));
    standIns.add("\u25A1");
    standIns.add("?");
    for (String s : standIns) {
      if (!s.isEmpty() && s.codePoints().allMatch(c -> fontPath(c).isPresent())) {
        return s;
      }
    }
    return "";
  }

  /** The width in points of {@code text[start, end)}, all characters drawable. */
  float width(String text, int start, int end, float size) {
    float units = 0;
    for (int i = start; i < end; i += Character.charCount(text.codePointAt(i))) {
      units += advance(text.codePointAt(i));
    }
    return units * size / 1000f;
  }

  /** Shows {@code text[start, end)} from {@code (x, baseline)}, switching fonts where needed. */
  void show(PDPageContentStream out, StyledText text, int start, int end, float x, float baseline,
      float size) throws IOException {
    out.setLineWidth(size * 0.035f); // the stroke that makes bold: the CJK fonts have no bold face
    out.beginText();
    out.newLineAtOffset(x, baseline);
    String s = text.text();
    int i = start;
    while (i < end) {
      PDFont font = font(s.codePointAt(i));
      boolean bold = text.bold(i);
      int j = i + Character.charCount(s.codePointAt(i));
      while (j < end && font(s.codePointAt(j)) == font && text.bold(j) == bold) {
        j += Character.charCount(s.codePointAt(j));
      }
      out.setFont(font, size);
      out.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
      out.showText(s.substring(i, j));
      i = j;
    }
    out.endText();
  }

  private float advance(int cp) {
    Float known = advances.get(cp);
    if (known != null) {
      return known;
    }
    try {
      float w = font(cp).getStringWidth(new String(Character.toChars(cp)));
      advances.put(cp, w);
      return w;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PDFont font(int cp) {
    Path path = fontPath(cp).orElseThrow(
        () -> new IllegalArgumentException(String.format(Locale.ROOT, "no font draws U+%04X", cp)));
    return loaded.computeIfAbsent(path, p -> {
      try {
        return PDType0Font.load(doc, p.toFile()); // embedded as a subset of the glyphs used
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private Optional<Path> fontPath(int cp) {
    if (covers(primary, cp)) {
      return Optional.of(primary);
    }
    // Styled faces (bold, mono…) would draw a stray glyph in another style: a stand-in reads better.
    return COVERING.computeIfAbsent(
        cp, c -> candidates().stream().filter(p -> rank(p) < STYLED && covers(p, c)).findFirst());
  }

  private static boolean covers(Path font, int cp) {
    TrueTypeFont ttf = parsed(font);
    if (ttf == null) {
      return false;
    }
    try {
      CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
      return cmap != null && cmap.getGlyphId(cp) != 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** Parsed once per run and kept: the cmaps answer many lookups. A damaged font counts as absent. */
  private static @Nullable TrueTypeFont parsed(Path font) {
    return PARSED.computeIfAbsent(font, p -> {
      try {
        return Optional.of(new TTFParser().parse(new RandomAccessReadBufferedFile(p.toFile())));
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
    }).orElse(null);
  }

  /** Every {@code .ttf} in the usual font folders, the regular Latin sans faces first. */
  static List<Path> candidates() {
    List<Path> known = candidates;
    if (known == null) {
      List<Path> found = new ArrayList<>();
      for (Path dir : FONT_DIRS) {
        if (Files.isDirectory(dir)) {
          try (Stream<Path> walk = Files.walk(dir, 8)) {
            walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttf"))
                .filter(Files::isRegularFile)
                .forEach(found::add);
          } catch (IOException | UncheckedIOException e) {
            // an unreadable folder has no fonts for us
          }
        }
      }
      found.sort(Comparator.comparingInt(PdfFonts::rank).thenComparing(Path::toString));
      known = List.copyOf(found);
      candidates = known;
    }
    return known;
  }

  private static int rank(Path font) {
    String name = font.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean styled = Stream.of("bold", "italic", "oblique", "light", "math", "mono", "condensed")
        .anyMatch(name::contains);
    if (name.equals("dejavusans.ttf")) {
      return 0;
    }
    return styled ? STYLED : 1;
  }

  private static List<Path> fontDirs() {
    Map<String, Path> dirs = new LinkedHashMap<>();
    String home = System.getProperty("user.home", "");
    List<String> usual = List.of(
        "/usr/share/fonts", "/usr/local/share/fonts", home + "/.fonts", home + "/.local/share/fonts",
        "/Library/Fonts", "/System/Library/Fonts", home + "/Library/Fonts");
    for (String d : usual) {
      dirs.put(d, Path.of(d));
    }
    String windows = System.getenv("WINDIR");
    if (windows != null) {
      dirs.put("win", Path.of(windows, "Fonts"));
    }
    return List.copyOf(dirs.values());
  }
}
