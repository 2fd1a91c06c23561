package io.suanzhang.corpus.scan;

import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipMethod;
import org.jspecify.annotations.Nullable;

/**
 * Lists the inputs of a scan: files as given, the files under folders (recursively), and the entries
 * of zip archives ({@code .zip} by name; DOCX and XLSX are zips too but are documents), and of the
 * zip archives inside them, named {@code outer.zip!/inner.zip!/report.pdf}, to {@link #MAX_DEPTH}
 * levels. Sorted by name, each name once.
 */
final class Inputs {

  /** How deep archives inside archives are opened: an archive, and two levels inside it. */
  static final int MAX_DEPTH = 3;

  /**
   * How many bytes the archives inside archives of one scan may unpack to, all together: a zip of
   * zips that inflates without end is a bomb, not a corpus.
   */
  static final long MAX_NESTED_BYTES = 1L << 30;

  private Inputs() {}

  /**
   * The inputs under {@code paths}; the archives found inside archives are unpacked into {@code
   * nested}, a folder outside them that must stay until the scan has read them.
   */
  static List<Input> list(List<Path> paths, Path nested) throws IOException {
    Nested unpacked = new Nested(nested);
    Map<String, Input> byName = new TreeMap<>();
    for (Path path : paths) {
      for (Input input : listOne(path, unpacked)) {
        byName.putIfAbsent(input.name(), input);
      }
    }
    return List.copyOf(byName.values());
  }

  /**
   * The inputs of one zip archive fetched by a caller that lists its inputs itself (the Spark job), as
   * {@link #list} gives them for an archive that is the input {@code name}: its entries named {@code
   * name!/entry}, sorted, the archives inside it unpacked into {@code nested}.
   */
  static List<Input> archive(Path zip, String name, Path nested) {
    List<Input> found = new ArrayList<>();
    addArchive(zip, name, 1, found, new Nested(nested));
    Map<String, Input> byName = new TreeMap<>();
    for (Input input : found) {
      byName.putIfAbsent(input.name(), input);
    }
    return List.copyOf(byName.values());
  }

  /** Where the archives inside archives go, and how many bytes they may still take. */
  private static final class Nested {
    final Path dir;
    long left = MAX_NESTED_BYTES;
    int count;

    Nested(Path dir) {
      this.dir = dir;
    }
  }

  private static List<Input> listOne(Path path, Nested nested) throws IOException {
    List<Input> found = new ArrayList<>();
    if (!Files.isDirectory(path)) {
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        // A path given that names nothing is an input that could not be read, as extract records
        // it: the rest of the batch is read all the same.
        found.add(Input.unreadable(path, new Problem(ErrorCode.NOT_FOUND,
            Names.of(path) + ": no such file or folder")));
        return found;
      }
      if (attrs.isSymbolicLink() && Files.isRegularFile(path)) {
        addFile(path, Files.size(path), found, nested);
      } else {
        visit(path, attrs, found, nested);
      }
      return found;
    }
    Files.walkFileTree(path, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        visit(file, attrs, found, nested);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        // The archives this listing unpacks are no inputs of their own (a scan of the temp folder).
        return dir.equals(nested.dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        found.add(Input.unreadable(file, new Problem(
            ErrorCode.IO, Names.of(file) + ": cannot be listed or read: " + e.getMessage())));
        return FileVisitResult.CONTINUE;
      }
    });
    return found;
  }

  /**
   * A file found: an input, or a record of why it is skipped. Links are not followed into folders
   * (a link to a parent would list the tree for ever); a link to a file is read as that file.
   */
  private static void visit(Path file, BasicFileAttributes attrs, List<Input> found, Nested nested) {
    if (attrs.isRegularFile()) {
      addFile(file, attrs.size(), found, nested);
    } else if (attrs.isSymbolicLink() && Files.isRegularFile(file)) {
      try {
        addFile(file, Files.size(file), found, nested);
      } catch (IOException e) {
        found.add(Input.unreadable(file, new Problem(
            ErrorCode.IO, Names.of(file) + ": cannot be read: " + e.getMessage())));
      }
    } else {
      Problem skipped = skipped(file, attrs);
      if (skipped != null) {
        found.add(Input.unreadable(file, skipped));
      }
    }
  }

  /** Why a file is skipped, {@code null} for a file or a link to one; see {@link Input#skipped}. */
  static @Nullable Problem skipped(Path file) {
    try {
      return skipped(file, Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    } catch (IOException e) {
      return null; // not there at all: the reader says so, as for any file it cannot open
    }
  }

  private static @Nullable Problem skipped(Path file, BasicFileAttributes attrs) {
    if (attrs.isSymbolicLink() && !Files.isRegularFile(file)) {
      return new Problem(ErrorCode.SKIPPED, Names.of(file) + ": " + link(file));
    }
    if (attrs.isOther()) {
      return new Problem(ErrorCode.SKIPPED, Names.of(file) + ": not a file but a named pipe, socket or device: not read");
    }
    return null;
  }

  /** Why a link that is not to a file is not read. */
  private static String link(Path file) {
    if (Files.isDirectory(file)) {
      return "a symbolic link to a folder: not followed (list the folder itself to read it)";
    }
    try {
      file.toRealPath();
      return "a symbolic link to something that is not a file: not read";
    } catch (NoSuchFileException e) {
      return "a dangling symbolic link: what it points to does not exist";
    } catch (FileSystemException e) {
      String why = String.valueOf(e.getReason());
      return why.contains("levels of symbolic links") || why.contains("loop")
          ? "a symbolic link loop: it leads back to itself"
          : "a symbolic link that cannot be followed (" + why + ")";
    } catch (IOException e) {
      return "a symbolic link that cannot be followed (" + e.getMessage() + ")";
    }
  }

  private static void addFile(Path file, long size, List<Input> found, Nested nested) {
    if (AnswerKeys.isKey(file)) {
      return; // the answers of a generated corpus, not a report of it
    }
    if (!isArchive(file)) {
      found.add(Input.file(Names.of(file), file, size));
      return;
    }
    addArchive(file, Names.of(file), 1, found, nested);
  }

  /**
   * An input for every file entry of an archive, in the order of its central directory. One that
   * cannot be read (encrypted, compressed by a method Suanzhang lacks) is an input with that problem:
   * the others are read all the same. A name used twice gets its occurrence, {@code [2]}. An entry
   * that is a zip archive itself is unpacked and its entries listed in turn, {@code depth} being
   * this archive's level (1 for a file).
   */
  private static void addArchive(Path file, String archive, int depth, List<Input> found, Nested nested) {
    List<Input> entries = new ArrayList<>();
    List<Input> inner = new ArrayList<>();
    try (ZipFile zip = open(file)) {
      List<ZipArchiveEntry> all = Collections.list(zip.getEntries());
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < all.size(); i++) {
        ZipArchiveEntry e = all.get(i);
        if (e.isDirectory()) {
          continue;
        }
        String entry = EntryNames.decode(e.getRawName(), e.getGeneralPurposeBit().usesUTF8ForNames());
        int n = seen.merge(entry, 1, Integer::sum);
        String name = archive + "!/" + entry + (n > 1 ? " [" + n + "]" : "");
        Input input = new Input(name, file, entry, i, e.getSize(), problem(zip, e, name));
        if (input.problem() == null && isArchiveName(input.baseName())) {
          inner.add(input);
        } else {
          entries.add(input);
        }
      }
      for (Input input : inner) {
        entries.addAll(unpacked(zip, input, depth, nested));
      }
    } catch (IOException | RuntimeException e) {
      found.add(new Input(archive, file, null, -1, -1, new Problem(
          ErrorCode.CORRUPT, archive + ": not a readable zip archive (" + e.getMessage() + ")")));
      return;
    }
    if (entries.isEmpty()) {
      found.add(new Input(archive, file, null, -1, -1,
          new Problem(ErrorCode.EMPTY, archive + ": the archive holds no files")));
    }
    found.addAll(entries);
  }

  /**
   * The inputs of an archive inside an archive: unpacked into the scan's folder for them and listed,
   * or one input saying why not — nested too deep, or inflating past what the scan's nested
   * archives may take ({@code zip_bomb}).
   */
  private static List<Input> unpacked(ZipFile zip, Input input, int depth, Nested nested) throws IOException {
    if (depth >= MAX_DEPTH) {
      return List.of(problem(input, new Problem(ErrorCode.UNSUPPORTED, String.format(Locale.ROOT,
          "%s: an archive %d levels deep in archives: not opened (unpack it to read it)", input.name(), depth + 1))));
    }
    Path copy = nested.dir.resolve(++nested.count + ".zip");
    long written;
    try (InputStream in = entry(zip, input); OutputStream out = Files.newOutputStream(copy)) {
      written = copy(in, out, nested.left + 1);
    } catch (IOException | RuntimeException e) {
      // This entry is damaged, not the archive that holds it: the other entries are read.
      Files.deleteIfExists(copy);
      return List.of(problem(input, new Problem(ErrorCode.CORRUPT,
          input.name() + ": the archive entry is damaged (" + e.getMessage() + ")")));
    }
    if (written > nested.left) {
      Files.delete(copy);
      return List.of(problem(input, new Problem(ErrorCode.ZIP_BOMB, String.format(Locale.ROOT,
          "%s: the archives inside archives inflate past the limit of %,d bytes for a scan", input.name(),
          MAX_NESTED_BYTES))));
    }
    nested.left -= written;
    List<Input> inside = new ArrayList<>();
    addArchive(copy, input.name(), depth + 1, inside, nested);
    return inside;
  }

  private static Input problem(Input input, Problem problem) {
    return new Input(input.name(), input.file(), input.entry(), input.index(), input.size(), problem);
  }

  /** Copies at most {@code limit} bytes; returns how many were copied. */
  private static long copy(InputStream in, OutputStream out, long limit) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n = in.read(buffer); n >= 0 && total < limit; n = in.read(buffer)) {
      int kept = (int) Math.min(n, limit - total);
      out.write(buffer, 0, kept);
      total += kept;
    }
    return total;
  }

  /** Why an entry cannot be read, or null. */
  private static @Nullable Problem problem(ZipFile zip, ZipArchiveEntry e, String name) {
    if (e.getGeneralPurposeBit().usesEncryption() || e.getGeneralPurposeBit().usesStrongEncryption()) {
      return new Problem(ErrorCode.ENCRYPTED, name + ": the archive entry is encrypted");
    }
    if (!zip.canReadEntryData(e)) {
      ZipMethod method = ZipMethod.getMethodByCode(e.getMethod());
      return new Problem(ErrorCode.UNSUPPORTED, String.format(Locale.ROOT,
          "%s: the archive entry is compressed with %s (method %d), which cannot be read", name,
          method == null ? "an unknown method" : method.name(), e.getMethod()));
    }
    return null;
  }

  static boolean isArchive(Path file) {
    return isArchiveName(String.valueOf(file.getFileName()));
  }

  static boolean isArchiveName(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".zip");
  }

  /** Opens an archive as {@link #list} did. */
  static ZipFile open(Path archive) throws IOException {
    return ZipFile.builder().setPath(archive).get();
  }

  /** The data of an archive's entry {@code index} (as {@link Input#index()} has it). */
  static InputStream entry(ZipFile zip, Input input) throws IOException {
    int i = 0;
    for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements(); i++) {
      ZipArchiveEntry e = all.nextElement();
      if (i == input.index()) {
        return zip.getInputStream(e);
      }
    }
    throw new NoSuchFileException(input.name());
  }
}
