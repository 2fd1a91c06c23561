package io.suanzhang.corpus.scan;

import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.Files;
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
 * of zip archives ({@code .zip} by name; DOCX and XLSX are zips too but are documents). Sorted by name,
 * each name once.
 */
final class Inputs {

  private Inputs() {}

  static List<Input> list(List<Path> paths) throws IOException {
    Map<String, Input> byName = new TreeMap<>();
    for (Path path : paths) {
      for (Input input : listOne(path)) {
        byName.putIfAbsent(input.name(), input);
      }
    }
    return List.copyOf(byName.values());
  }

  private static List<Input> listOne(Path path) throws IOException {
    List<Input> found = new ArrayList<>();
    if (!Files.isDirectory(path)) {
      BasicFileAttributes attrs =
          Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (attrs.isSymbolicLink() && Files.isRegularFile(path)) {
        addFile(path, Files.size(path), found);
      } else {
        visit(path, attrs, found);
      }
      return found;
    }
    Files.walkFileTree(path, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        visit(file, attrs, found);
        return FileVisitResult.CONTINUE;
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
  private static void visit(Path file, BasicFileAttributes attrs, List<Input> found) {
    if (attrs.isRegularFile()) {
      addFile(file, attrs.size(), found);
    } else if (attrs.isSymbolicLink() && Files.isRegularFile(file)) {
      try {
        addFile(file, Files.size(file), found);
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

  private static void addFile(Path file, long size, List<Input> found) {
    if (AnswerKeys.isKey(file)) {
      return; // the answers of a generated corpus, not a report of it
    }
    if (!isArchive(file)) {
      found.add(Input.file(Names.of(file), file, size));
      return;
    }
    addArchive(file, found);
  }

  /**
   * An input for every file entry of an archive, in the order of its central directory. One that
   * cannot be read (encrypted, compressed by a method Suanzhang lacks) is an input with that problem:
   * the others are read all the same. A name used twice gets its occurrence, {@code [2]}.
   */
  private static void addArchive(Path file, List<Input> found) {
    List<Input> entries = new ArrayList<>();
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
        String name = Names.of(file) + "!/" + entry + (n > 1 ? " [" + n + "]" : "");
        entries.add(new Input(name, file, entry, i, e.getSize(), problem(zip, e, name)));
      }
    } catch (IOException | RuntimeException e) {
      found.add(Input.unreadable(file, new Problem(
          ErrorCode.CORRUPT, file + ": not a readable zip archive (" + e.getMessage() + ")")));
      return;
    }
    if (entries.isEmpty()) {
      found.add(Input.unreadable(file, new Problem(ErrorCode.EMPTY, file + ": the archive holds no files")));
    }
    found.addAll(entries);
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
    return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".zip");
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
