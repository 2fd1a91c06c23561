package io.suanzhang.corpus.scan;

import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.Problem;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Lists the inputs of a scan: files as given, the files under folders (recursively), and the entries
 * of zip archives ({@code .zip} by name; DOCX and XLSX are zips too but are documents). Sorted by name,
 * each name once.
 */
final class Inputs {

  /** Entry names of archives made on Chinese Windows are GBK without the UTF-8 flag. */
  private static final List<Charset> ENTRY_NAMES = List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"));

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
      addFile(path, Files.size(path), found);
      return found;
    }
    Files.walkFileTree(path, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        if (attrs.isRegularFile()) {
          addFile(file, attrs.size(), found);
        } else if (attrs.isSymbolicLink() && Files.isRegularFile(file)) {
          addFile(file, Files.size(file), found);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        found.add(Input.unreadable(
            file, new Problem(ErrorCode.IO, file + ": cannot be listed or read: " + e.getMessage())));
        return FileVisitResult.CONTINUE;
      }
    });
    return found;
  }

  private static void addFile(Path file, long size, List<Input> found) {
    if (AnswerKeys.isKey(file)) {
      return; // the answers of a generated corpus, not a report of it
    }
    if (!isArchive(file)) {
      found.add(Input.file(file, size));
      return;
    }
    ZipException last = null;
    for (Charset names : ENTRY_NAMES) {
      try (ZipFile zip = new ZipFile(file.toFile(), names)) {
        List<Input> entries = new ArrayList<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
          ZipEntry e = all.nextElement();
          if (!e.isDirectory()) {
            entries.add(Input.entry(file, e.getName(), e.getSize()));
          }
        }
        if (entries.isEmpty()) {
          found.add(Input.unreadable(
              file, new Problem(ErrorCode.EMPTY, file + ": the archive holds no files")));
        }
        found.addAll(entries);
        return;
      } catch (ZipException | IllegalArgumentException e) {
        last = e instanceof ZipException ? (ZipException) e : new ZipException(e.getMessage());
      } catch (IOException e) {
        found.add(Input.unreadable(file, new Problem(ErrorCode.IO, file + ": cannot be read: " + e.getMessage())));
        return;
      }
    }
    found.add(Input.unreadable(
        file,
        new Problem(
            ErrorCode.CORRUPT,
            file + ": not a readable zip archive (" + (last == null ? "" : last.getMessage()) + ")")));
  }

  static boolean isArchive(Path file) {
    return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".zip");
  }

  /** Opens an archive as {@link #list} did. */
  static ZipFile open(Path archive) throws IOException {
    ZipException last = null;
    for (Charset names : ENTRY_NAMES) {
      try {
        return new ZipFile(archive.toFile(), names);
      } catch (ZipException e) {
        last = e;
      }
    }
    throw last == null ? new ZipException(archive + ": cannot be opened") : last;
  }
}
