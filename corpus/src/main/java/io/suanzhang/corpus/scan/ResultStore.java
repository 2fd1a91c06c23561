package io.suanzhang.corpus.scan;

import com.fasterxml.jackson.databind.JsonNode;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The results of a scan kept under {@code DIR/.suanzhang}, so that a run stopped by Ctrl-C or {@code
 * kill -9} can be taken up again:
 *
 * <ul>
 *   <li>{@code results/<sha256>.json}: the analysis of one content, written to a temporary file and
 *       then moved into place, so that a result is either whole or absent;
 *   <li>{@code manifest.jsonl}: one line {@code {"sha256":…,"status":…}} per result, appended once the
 *       result is in place; a line cut short by a kill is ignored;
 *   <li>{@code scan.json}: what the results were made by ({@link Origin}: the build, the limits, the
 *       rules). Results of another origin are not reused: the store starts afresh;
 *   <li>{@code tmp/}: copies of archive entries being read, emptied at the start of each run;
 *   <li>{@code lock}: held while a scan writes, so that two scans do not share the folder.
 * </ul>
 */
final class ResultStore implements AutoCloseable {

  static final String FOLDER = ".suanzhang";

  private final Path results;
  private final Path tmp;
  private final Path manifest;
  private final Set<String> done = ConcurrentHashMap.newKeySet();
  private final Writer manifestOut;
  private final FileChannel lock;

  private ResultStore(Path root, Map<String, String> entries, FileChannel lock) throws IOException {
    this.lock = lock;
    this.results = root.resolve("results");
    this.tmp = root.resolve("tmp");
    this.manifest = root.resolve("manifest.jsonl");
    done.addAll(entries.keySet());
    // Rewritten whole (without any torn last line), then appended to.
    StringBuilder compact = new StringBuilder();
    entries.forEach((sha, status) -> compact.append(line(sha, status)));
    writeAtomically(manifest, compact.toString());
    this.manifestOut =
        Files.newBufferedWriter(manifest, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  /**
   * Opens the store of an output folder, creating it where needed. Results of another origin are
   * dropped, with a note on {@code err} saying why.
   */
  static ResultStore open(Path out, Origin origin, PrintWriter err) throws IOException {
    Path root = out.resolve(FOLDER);
    Path results = root.resolve("results");
    Files.createDirectories(results);
    FileChannel lock = FileChannel.open(
        root.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      if (lock.tryLock() == null) {
        throw new IOException(out + ": another scan is writing to this folder");
      }
    } catch (IOException | OverlappingFileLockException e) {
      lock.close();
      throw e instanceof IOException
          ? (IOException) e
          : new IOException(out + ": another scan in this JVM is writing to this folder", e);
    }
    Path settings = root.resolve("scan.json");
    String whyNot = Files.isRegularFile(settings)
        ? origin.whyNot(Origin.parse(Files.readString(settings, StandardCharsets.UTF_8)))
        : "";
    Map<String, String> entries = new TreeMap<>();
    if (whyNot == null) {
      entries = readManifest(root.resolve("manifest.jsonl"), results);
    } else {
      if (!whyNot.isEmpty()) {
        err.println("suanzhang: " + out + " holds results " + whyNot + "; reading everything again");
      }
      deleteTree(results);
      Files.createDirectories(results);
    }
    writeAtomically(settings, origin.json());
    deleteTree(root.resolve("tmp"));
    Files.createDirectories(root.resolve("tmp"));
    return new ResultStore(root, entries, lock);
  }

  private static Map<String, String> readManifest(Path manifest, Path results) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    if (!Files.isRegularFile(manifest)) {
      return entries;
    }
    for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      try {
        JsonNode entry = Json.mapper().readTree(line);
        String sha = entry == null ? "" : entry.path("sha256").asText("");
        if (sha.matches("[0-9a-f]{64}") && Files.isRegularFile(results.resolve(sha + ".json"))) {
          entries.put(sha, entry.path("status").asText(""));
        }
      } catch (IOException e) {
        // A line cut short when the last run was killed: that document is read again.
      }
    }
    return entries;
  }

  boolean has(String sha) {
    return done.contains(sha);
  }

  Analysis load(String sha) throws IOException {
    return Json.mapper().readValue(results.resolve(sha + ".json").toFile(), Analysis.class);
  }

  /** The kept JSON of a result, as the worker wrote it. */
  byte[] bytes(String sha) throws IOException {
    return Files.readAllBytes(results.resolve(sha + ".json"));
  }

  /** Keeps a result: whole in its place first, then named in the manifest. */
  void save(String sha, byte[] json, Status status) throws IOException {
    Path target = results.resolve(sha + ".json");
    Path partial = results.resolve(sha + ".json." + Thread.currentThread().getId() + ".tmp");
    Files.write(partial, json);
    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    synchronized (manifestOut) {
      manifestOut.write(line(sha, status.jsonName()));
      manifestOut.flush();
    }
    done.add(sha);
  }

  /** Where copies of archive entries go while they are read. */
  Path tempDir() {
    return tmp;
  }

  @Override
  public void close() throws IOException {
    synchronized (manifestOut) {
      manifestOut.close();
    }
    lock.close();
  }

  /** A manifest line; both values are plain ASCII (hex digits, a status name). */
  private static String line(String sha, String status) {
    return "{\"sha256\":\"" + sha + "\",\"status\":\"" + status + "\"}\n";
  }

  /** Writes a file whole or not at all: to a temporary file beside it, then moved into place. */
  static void writeAtomically(Path file, String content) throws IOException {
    Path partial = file.resolveSibling(file.getFileName() + ".tmp");
    try (BufferedWriter w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      w.write(content);
    }
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
