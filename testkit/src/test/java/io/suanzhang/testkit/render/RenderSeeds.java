package io.suanzhang.testkit.render;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.suanzhang.core.testing.SharedFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Renders every seed report to DOCX, XLSX and PDF in a folder, for a person to look at:
 *
 * <pre>
 * mvn -B -q -pl core,testkit test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp testkit/target/test-classes:testkit/target/classes:$(cat testkit/target/cp.txt) \
 *     io.suanzhang.testkit.render.RenderSeeds target/renders [seeds folder]
 * pdftoppm -png -r 60 -f 1 -l 2 target/renders/001_8b07262b24e9681c.pdf target/renders/001
 * </pre>
 *
 * <p>The seeds folder defaults to {@code ../shared/seeds} beside the repository. Without a CJK font
 * the PDFs are left out with a note on what to install.
 */
public final class RenderSeeds {

  private RenderSeeds() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      throw new IllegalArgumentException("usage: RenderSeeds <output folder> [seeds folder]");
    }
    Path target = Path.of(args[0]);
    Path seeds =
        args.length == 2
            ? Path.of(args[1])
            : SharedFiles.repositoryRoot().resolve("../shared/seeds").normalize();
    PrintStream console = new PrintStream(System.out, true, UTF_8);
    boolean pdf = PdfRenderer.cjkFont().isPresent();
    if (!pdf) {
      console.println("PDFs skipped: " + PdfRenderer.MISSING_FONT);
    }
    for (Path seed : seeds(seeds)) {
      for (Path out : renderAll(seed, target, pdf)) {
        console.printf(Locale.ROOT, "%s (%,d bytes)%n", out, Files.size(out));
      }
    }
  }

  /** Renders one text report to {@code <name>.docx}, {@code .xlsx} and, if asked, {@code .pdf}. */
  static List<Path> renderAll(Path seed, Path target, boolean pdf) throws IOException {
    Files.createDirectories(target);
    PlainReport report = PlainReport.read(seed);
    String name = seed.getFileName().toString().replaceFirst("\\.txt$", "");
    List<Path> written = new ArrayList<>();
    Path docx = target.resolve(name + ".docx");
    DocxRenderer.render(report, docx);
    written.add(docx);
    Path xlsx = target.resolve(name + ".xlsx");
    XlsxRenderer.render(report, xlsx);
    written.add(xlsx);
    if (pdf) {
      Path out = target.resolve(name + ".pdf");
      PdfRenderer.render(report, out);
      written.add(out);
    }
    return written;
  }

  private static List<Path> seeds(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no seeds folder at " + dir);
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
  }
}
