package io.suanzhang.corpus.scan;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.Problem;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * One document of a scan: a file, or an entry of a zip archive.
 *
 * @param name the path as given (a folder argument joined with the path below it); an archive entry
 *     is named {@code archive.zip!/inner/path.pdf}. Inputs are ordered by name.
 * @param file the file, or the archive that holds the entry
 * @param entry the entry's name inside the archive, or {@code null} for a plain file
 * @param size the size in bytes as listed (-1 where an archive does not say)
 * @param problem why the input cannot be read at all, found while listing (an archive that does not
 *     open), or {@code null}
 */
public record Input(
    String name, Path file, @Nullable String entry, long size, @Nullable Problem problem) {

  public Input {
    requireNonNull(name, "name");
    requireNonNull(file, "file");
  }

  static Input file(Path file, long size) {
    return new Input(file.toString(), file, null, size, null);
  }

  static Input entry(Path archive, String entry, long size) {
    return new Input(archive + "!/" + entry, archive, entry, size, null);
  }

  static Input unreadable(Path file, Problem problem) {
    return new Input(file.toString(), file, null, -1, problem);
  }

  boolean inArchive() {
    return entry != null;
  }

  /** The last part of the name: what a temporary copy of an archive entry is called. */
  String baseName() {
    String s = entry != null ? entry : String.valueOf(file.getFileName());
    int slash = s.lastIndexOf('/');
    return slash < 0 ? s : s.substring(slash + 1);
  }
}
