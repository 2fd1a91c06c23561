package io.suanzhang.corpus.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * N distinct files made from a few, so that a scan reads each one rather than skipping it as a
 * duplicate of another. A PDF's copy ends with a comment line after its {@code %%EOF} (readers look
 * for the last cross-reference table, so the text is the same); any other file is copied once only,
 * as its bytes cannot change without changing what it says.
 */
final class Copies {

  private Copies() {}

  static List<Path> make(List<Path> files, int n, Path dir) throws IOException {
    List<Path> copies = new ArrayList<>();
    for (int i = 0; copies.size() < n && i < n * Math.max(1, files.size()); i++) {
      Path f = files.get(i % files.size());
      int round = i / files.size();
      String name = f.getFileName().toString();
      boolean pdf = name.toLowerCase(Locale.ROOT).endsWith(".pdf");
      if (round > 0 && !pdf) {
        continue;
      }
      Path copy = dir.resolve(String.format(Locale.ROOT, "%05d-%s", i, name));
      try (OutputStream out = Files.newOutputStream(copy)) {
        Files.copy(f, out);
        if (round > 0) {
          out.write(String.format(Locale.ROOT, "\n%%suanzhang bench copy %d\n", round)
              .getBytes(StandardCharsets.US_ASCII));
        }
      }
      copies.add(copy);
    }
    return copies;
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
