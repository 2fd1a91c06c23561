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
 * @param index the entry's place in the archive's central directory (-1 for a plain file): two
 *     entries may have one name, and the second is named {@code archive.zip!/inner/path.pdf [2]}
 * @param size the size in bytes as listed (-1 where an archive does not say)
 * @param problem why the input cannot be read at all, found while listing (an archive that does not
 *     open), or {@code null}
 */
public record Input(
    String name, Path file, @Nullable String entry, int index, long size,
    @Nullable Problem problem) {

  public Input {
    requireNonNull(name, "name");
    requireNonNull(file, "file");
  }

  static Input file(String name, Path file, long size) {
    return new Input(name, file, null, -1, size, null);
  }

  /**
   * Why {@code file} is not read, as a scan records it: a symbolic link that dangles, loops or leads
   * to a folder, a named pipe, a socket or a device; {@code null} for a file or a link to one (and for
   * nothing at all, which the reader calls {@code not_found}). {@code extract} asks it too.
   */
  public static @Nullable Problem skipped(Path file) {
    return Inputs.skipped(file);
  }

  static Input unreadable(Path file, Problem problem) {
    return new Input(Names.of(file), file, null, -1, -1, problem);
  }

  /**
   * Whether the file must be copied to be read by a worker: an archive entry, or a file whose name is
   * not all characters (its bytes are not UTF-8), which a path passed on as text would not reach.
   */
  boolean copied() {
    return entry != null || !Names.isText(file);
  }

  boolean inArchive() {
    return entry != null;
  }

  /** The last part of the name: what a temporary copy of an archive entry is called. */
  public String baseName() {
    String s = entry != null ? entry : String.valueOf(file.getFileName());
    int slash = s.lastIndexOf('/');
    return slash < 0 ? s : s.substring(slash + 1);
  }
}
