package io.suanzhang.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A folder of its own for one try of a property, deleted with all it holds when closed. jqwik
 * properties cannot take JUnit's {@code @TempDir}, and a folder made per try and never deleted leaves
 * one behind for every try; open one in try-with-resources instead:
 *
 * <pre>{@code
 * try (TempFolder dir = Testkit.tempFolder()) {
 *   Path file = Rendering.DOCX.renderInto(error.report(), dir.path());
 *   ...
 * }
 * }</pre>
 */
public final class TempFolder implements AutoCloseable {

  private final Path path;

  private TempFolder(Path path) {
    this.path = path;
  }

  /** A new empty folder under the system's temporary folder. */
  static TempFolder create() throws IOException {
    return new TempFolder(Files.createTempDirectory("suanzhang-testkit-"));
  }

  /** The folder; it exists until {@link #close()}. */
  public Path path() {
    return path;
  }

  /** Deletes the folder and everything in it, deepest first; a folder already gone is no fault. */
  @Override
  public void close() throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> all = Files.walk(path)) {
      all.sorted(Comparator.reverseOrder()).forEach(TempFolder::delete);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return path.toString();
  }
}
