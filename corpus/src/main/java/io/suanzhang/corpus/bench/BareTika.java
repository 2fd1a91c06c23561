package io.suanzhang.corpus.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The baseline of {@code bench --scale}: Tika's text extraction of every file of a folder in one
 * JVM, in sequence, the text kept in full and thrown away. Prints the pages it saw.
 */
public final class BareTika {

  private BareTika() {}

  public static void main(String[] args) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    AutoDetectParser tika = new AutoDetectParser();
    long pages = 0;
    for (Path f : files) {
      pages += extract(tika, f);
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println("pages " + pages);
  }

  /**
   * Extracts one file's text, kept whole and thrown away; returns the pages Tika counted (0 where it
   * says none). A file Tika cannot read costs it the time it took, as it costs the scan.
   */
  public static long extract(AutoDetectParser tika, Path file) {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, String.valueOf(file.getFileName()));
    try (InputStream in = Files.newInputStream(file)) {
      tika.parse(in, new BodyContentHandler(-1), metadata, new ParseContext());
    } catch (Exception e) {
      // counted as it is
    }
    String n = metadata.get("xmpTPg:NPages");
    return n == null || !n.matches("\\d{1,9}") ? 0 : Long.parseLong(n);
  }
}
