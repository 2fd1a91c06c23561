package io.suanzhang.corpus.scan;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.answer.AnswerKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The answer keys of generated corpora ({@code answers.json}, written by the testkit) among the
 * scanned folders: such a file is not a report, and the analyses of its folder are scored against it.
 */
public final class AnswerKeys {

  private AnswerKeys() {}

  /** Whether a file is an answer key: named {@code answers.json} and readable as one. */
  static boolean isKey(Path file) {
    if (!AnswerKey.FILE_NAME.equals(String.valueOf(file.getFileName()))) {
      return false;
    }
    try {
      AnswerKey.read(file);
      return true;
    } catch (IOException e) {
      return false; // a report that happens to be called answers.json
    }
  }

  /** The answer keys in the given folders, recursively, in a stable order. */
  public static List<Path> in(List<Path> paths) throws IOException {
    List<Path> keys = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.isDirectory(path)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(path)) {
        walk.filter(Files::isRegularFile).filter(AnswerKeys::isKey).sorted().forEach(keys::add);
      }
    }
    return keys;
  }

  /** Whether an analysis is of a document in the folder of an answer key. */
  public static boolean covers(Path key, Analysis analysis) {
    Path folder = key.toAbsolutePath().normalize().getParent();
    return Path.of(analysis.source().path()).toAbsolutePath().normalize().startsWith(folder);
  }

  /**
   * {@code samples/generated: injected errors found: 14/14, false errors: 0, false warnings: 0} for
   * one key, scored on the analyses of the documents in its folder.
   */
  public static String score(Path key, List<Analysis> analyses) {
    try {
      List<Analysis> inFolder = analyses.stream().filter(a -> covers(key, a)).toList();
      return key.getParent() + ": " + AnswerKey.read(key).score(inFolder).summary();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
