package io.suanzhang.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.suanzhang.testkit.render.DocxRenderer;
import io.suanzhang.testkit.render.PdfRenderer;
import io.suanzhang.testkit.render.XlsxRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The file formats a generated report is written in. {@link #TXT} is {@link GeneratedReport#text()}
 * as is (UTF-8), so the answer key's spans are into it; {@link #MD} has {@code #} headings and pipe
 * tables; the others have real headings and tables. {@link #PDF} needs a CJK font on the machine
 * ({@link #available()}).
 */
public enum Rendering {
  TXT("txt"),
  MD("md"),
  DOCX("docx"),
  XLSX("xlsx"),
  PDF("pdf");

  private final String extension;

  Rendering(String extension) {
    this.extension = extension;
  }

  /** The file name extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** Whether this machine can write the format: PDF needs a CJK TrueType font. */
  public boolean available() {
    return this != PDF || PdfRenderer.cjkFont().isPresent();
  }

  /** Writes {@code report} to {@code file}; for {@link #PDF} without a CJK font, an {@link IllegalStateException}. */
  public void render(GeneratedReport report, Path file) throws IOException {
    switch (this) {
      case TXT -> Files.writeString(file, report.text(), UTF_8);
      case MD -> Files.writeString(file, report.markdown(), UTF_8);
      case DOCX -> DocxRenderer.render(report.plain(), file);
      case XLSX -> XlsxRenderer.render(report.plain(), file);
      case PDF -> PdfRenderer.render(report.plain(), file);
    }
  }

  /** Writes {@code report} into {@code dir} as {@code <name>.<extension>} and returns the file. */
  public Path renderInto(GeneratedReport report, Path dir) throws IOException {
    Path file = dir.resolve(report.name() + "." + extension);
    render(report, file);
    return file;
  }

  /** The rendering of a file name's extension. */
  public static Rendering ofFile(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (Rendering r : values()) {
      if (lower.endsWith("." + r.extension)) {
        return r;
      }
    }
    throw new IllegalArgumentException("not a rendering the testkit writes: " + fileName);
  }
}
