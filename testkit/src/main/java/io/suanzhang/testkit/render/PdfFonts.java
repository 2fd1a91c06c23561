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
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
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
 * supplies them). Each font is embedded as a subset, and only once a character needs it. A font is a
 * {@code .ttf} file or one face of a {@code .ttc} collection (WenQuanYi Zen Hei); faces with CFF
 * outlines (Noto CJK's collections) are left out, since PDFBox cannot embed them.
 */
final class PdfFonts {

  /** Characters every CJK report font must have. */
  static final String PROBE = "预算数万元执行率";
  static final String MISSING_FONT =
      "no CJK TrueType font (a .ttf, or a .ttc face with TrueType outlines) that can draw \"" + PROBE
          + "\" was found in the system font folders; install the Debian package fonts-droid-fallback"
          + " (DroidSansFallbackFull.ttf, Apache-2.0)";

  /** Stand-ins for characters no installed font has; the extracted text then shows the stand-in. */
  private static final Map<Integer, String> LOOKALIKES = Map.of(0x3008, "\u27E8", 0x3009, "\u27E9");

  private static final int STYLED = 2;
  private static final List<Path> FONT_DIRS = fontDirs();
  private static final Map<Face, Optional<TrueTypeFont>> PARSED = new ConcurrentHashMap<>();
  private static final Map<Integer, Optional<Face>> COVERING = new ConcurrentHashMap<>();
  private static volatile @Nullable List<Face> candidates;

  private final PDDocument doc;
  private final Face primary;
  private final Map<Face, PDType0Font> loaded = new HashMap<>();
  private final Map<Integer, Float> advances = new HashMap<>();

  /**
   * One font: a {@code .ttf} file ({@code name} null), or the face of a collection file with that
   * PostScript name.
   */
  record Face(Path file, @Nullable String name) {
    @Override
    public String toString() {
      return name == null ? file.toString() : file + "#" + name;
    }
  }

  PdfFonts(PDDocument doc, Face primary) {
    this.doc = doc;
    this.primary = primary;
  }

  /** Fonts for {@code doc}, or an {@link IllegalStateException} naming the package to install. */
  static PdfFonts forDocument(PDDocument doc) {
    return new PdfFonts(doc, cjkFace().orElseThrow(() -> new IllegalStateException(MISSING_FONT)));
  }

  /** The file of the first system font (in path order) that draws {@link #PROBE}. */
  static Optional<Path> cjkFont() {
    return cjkFace().map(Face::file);
  }

  private static Optional<Face> cjkFace() {
    return candidates().stream().filter(PdfFonts::drawsProbe).findFirst();
  }

  static boolean drawsProbe(Face font) {
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
    Face face = fontPath(cp).orElseThrow(
        () -> new IllegalArgumentException(String.format(Locale.ROOT, "no font draws U+%04X", cp)));
    return loaded.computeIfAbsent(face, f -> {
      try {
        // Embedded as a subset of the glyphs used. A collection's face is the one parsed and kept:
        // PDFBox reads its glyphs from the open collection as the document is saved.
        TrueTypeFont inCollection = f.name() == null ? null : parsed(f);
        return inCollection == null
            ? PDType0Font.load(doc, f.file().toFile())
            : PDType0Font.load(doc, inCollection, true);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private Optional<Face> fontPath(int cp) {
    if (covers(primary, cp)) {
      return Optional.of(primary);
    }
    // Styled faces (bold, mono…) would draw a stray glyph in another style: a stand-in reads better.
    return COVERING.computeIfAbsent(
        cp, c -> candidates().stream().filter(p -> rank(p) < STYLED && covers(p, c)).findFirst());
  }

  private static boolean covers(Face font, int cp) {
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

  /**
   * Parsed once per run and kept (a collection's face with its collection open): the cmaps answer
   * many lookups. A damaged font counts as absent.
   */
  private static @Nullable TrueTypeFont parsed(Face font) {
    return PARSED.computeIfAbsent(font, f -> {
      try {
        if (f.name() == null) {
          return Optional.of(new TTFParser().parse(new RandomAccessReadBufferedFile(f.file().toFile())));
        }
        return Optional.ofNullable(new TrueTypeCollection(f.file().toFile()).getFontByName(f.name()));
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
    }).orElse(null);
  }

  /** Every font in the usual font folders, the regular Latin sans faces first. */
  static List<Face> candidates() {
    List<Face> known = candidates;
    if (known == null) {
      known = faces(FONT_DIRS);
      candidates = known;
    }
    return known;
  }

  /**
   * The faces of the {@code .ttf} files and {@code .ttc} collections under {@code dirs}, in rank
   * and then path order; a collection's faces with CFF outlines, which PDFBox cannot embed, are left
   * out.
   */
  static List<Face> faces(List<Path> dirs) {
    List<Face> found = new ArrayList<>();
    for (Path dir : dirs) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> walk = Files.walk(dir, 8)) {
          walk.filter(Files::isRegularFile).forEach(p -> {
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".ttf")) {
              found.add(new Face(p, null));
            } else if (name.endsWith(".ttc")) {
              found.addAll(collectionFaces(p));
            }
          });
        } catch (IOException | UncheckedIOException e) {
          // an unreadable folder has no fonts for us
        }
      }
    }
    found.sort(Comparator.comparingInt(PdfFonts::rank).thenComparing(Face::toString));
    return List.copyOf(found);
  }

  private static List<Face> collectionFaces(Path file) {
    List<Face> faces = new ArrayList<>();
    try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
      collection.processAllFonts(ttf -> {
        if (!(ttf instanceof OpenTypeFont otf && otf.isPostScript())) {
          faces.add(new Face(file, ttf.getName()));
        }
      });
    } catch (IOException | RuntimeException e) {
      // a damaged collection has no fonts for us
    }
    return faces;
  }

  private static int rank(Face face) {
    String name = (face.name() == null ? face.file().getFileName().toString() : face.name())
        .toLowerCase(Locale.ROOT);
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
