package io.suanzhang.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the project's sample reports in {@code ../shared} beside the repository root. Where they are
 * absent (a user's own clone) the calling test is reported as skipped with that reason; under CI
 * ({@code CI=true}), which must have them, it fails (see {@link Prerequisites}).
 */
public final class SharedFiles {

  private SharedFiles() {}

  /** The repository root: the build passes it in; a run from an IDE falls back to walking up. */
  public static Path repositoryRoot() {
    String configured = System.getProperty("suanzhang.root");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve(".mvn")) && Files.isRegularFile(d.resolve("pom.xml"))) {
        return d;
      }
    }
    return dir;
  }

  /** {@code ../shared}, or the test is skipped (failed under CI) saying it is missing. */
  public static Path shared() {
    Path shared = repositoryRoot().resolve("../shared").normalize();
    Prerequisites.require(
        Files.isDirectory(shared),
        () -> "the shared sample corpus is not beside this clone (looked for " + shared + ")");
    return shared;
  }

  public static Path seeds() {
    return existing(shared().resolve("seeds"));
  }

  public static Path gold() {
    return existing(shared().resolve("gold"));
  }

  public static Path external() {
    return existing(shared().resolve("external"));
  }

  /** The regular files of a folder, recursively, in a stable order. */
  public static List<Path> files(Path dir, String suffix) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(suffix))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path existing(Path dir) {
    Prerequisites.require(Files.isDirectory(dir), () -> dir + " is missing from the shared corpus");
    return dir;
  }
}
