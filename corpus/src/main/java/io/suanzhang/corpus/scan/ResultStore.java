package io.suanzhang.corpus.scan;

import com.fasterxml.jackson.databind.JsonNode;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.Json;
import io.suanzhang.corpus.worker.Status;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The results of a scan kept under {@code DIR/.suanzhang}, so that a run stopped by Ctrl-C or {@code
 * kill -9} can be taken up again:
 *
 * <ul>
 *   <li>{@code results/<sha256>[.<extension>].json}: the analysis of one content under one extension
 *       (see {@link Scan#key}), written to a temporary file and then moved into place, so that a
 *       result is either whole or absent;
 *   <li>{@code manifest.jsonl}: one line {@code {"key":…,"status":…,"timeoutMillis":…,"maxBytes":…,
 *       "workerHeapMegabytes":…}} per result, appended once the result is in place; a line cut short
 *       by a kill is ignored, and a later line for the same content replaces an earlier one;
 *   <li>{@code scan.json}: what the results were made by ({@link Origin}: the build, the rules).
 *       Results of another origin are not reused: the store starts afresh. A result that hit a limit
 *       raised since ({@link Limits}) is read again; all others are reused;
 *   <li>{@code tmp/}: copies of archive entries being read and the archives inside archives unpacked,
 *       emptied at the start of each run (so what a run killed with {@code kill -9} left goes then);
 *   <li>{@code lock}: held while a scan writes, so that two scans do not share the folder.
 * </ul>
 */
final class ResultStore implements AutoCloseable {

  static final String FOLDER = ".suanzhang";

  private final Path results;
  private final Path tmp;
  private final Path manifest;
  private final Set<String> done = ConcurrentHashMap.newKeySet();
  private final Limits limits;
  private final Writer manifestOut;
  private final FileChannel lock;

  /** A manifest line: a kept result, its status and the limits it was made within. */
  private record Entry(Status status, Limits limits) {}

  private ResultStore(Path root, Map<String, Entry> entries, Limits limits, FileChannel lock)
      throws IOException {
    this.lock = lock;
    this.limits = limits;
    this.results = root.resolve("results");
    this.tmp = root.resolve("tmp");
    this.manifest = root.resolve("manifest.jsonl");
    // Rewritten whole (without any torn last line), then appended to. A result to read again keeps
    // its line until its new one comes: a run stopped before that still has it.
    StringBuilder compact = new StringBuilder();
    entries.forEach((sha, entry) -> {
      compact.append(line(sha, entry.status(), entry.limits()));
      if (!limits.rereads(entry.status(), entry.limits())) {
        done.add(sha);
      }
    });
    writeAtomically(manifest, compact.toString());
    this.manifestOut =
        Files.newBufferedWriter(manifest, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  /**
   * Opens the store of an output folder, creating it where needed. Results of another origin are
   * dropped, with a note on {@code err} saying why; those that hit a limit lower than {@code limits}
   * are kept but will be read again, with a note too.
   */
  static ResultStore open(Path out, Origin origin, Limits limits, PrintWriter err)
      throws IOException {
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
    Map<String, Entry> entries = new TreeMap<>();
    if (whyNot == null) {
      entries = readManifest(root.resolve("manifest.jsonl"), results);
      noteRereads(out, entries, limits, err);
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
    try (Stream<Path> partials = Files.list(results)) {
      for (Path p : (Iterable<Path>) partials.filter(f -> f.toString().endsWith(".tmp"))::iterator) {
        Files.deleteIfExists(p); // a result being written when the last run was killed
      }
    }
    return new ResultStore(root, entries, limits, lock);
  }

  /** Says how many kept results are read again because a limit they hit has been raised. */
  private static void noteRereads(
      Path out, Map<String, Entry> entries, Limits limits, PrintWriter err) {
    Map<Status, Integer> rereads = new TreeMap<>();
    entries.values().stream()
        .filter(e -> limits.rereads(e.status(), e.limits()))
        .forEach(e -> rereads.merge(e.status(), 1, Integer::sum));
    if (!rereads.isEmpty()) {
      err.println("suanzhang: " + out + ": reading again what a limit raised since stopped ("
          + rereads.entrySet().stream()
              .map(e -> e.getValue() + " " + e.getKey().jsonName())
              .collect(Collectors.joining(", "))
          + ")");
    }
  }

  private static Map<String, Entry> readManifest(Path manifest, Path results) throws IOException {
    Map<String, Entry> entries = new TreeMap<>();
    if (!Files.isRegularFile(manifest)) {
      return entries;
    }
    for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      try {
        JsonNode entry = Json.mapper().readTree(line);
        String sha = entry == null ? "" : entry.path("key").asText("");
        Status status = Status.named(entry == null ? "" : entry.path("status").asText(""));
        if (sha.matches("[0-9a-f]{64}(\\.[a-z0-9]{1,10})?") && status != null
            && Files.isRegularFile(results.resolve(sha + ".json"))) {
          Limits limits = new Limits(entry.path("timeoutMillis").asLong(0),
              entry.path("maxBytes").asLong(0), entry.path("workerHeapMegabytes").asInt(0));
          entries.put(sha, new Entry(status, limits));
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
    return Json.mapper().readValue(file(sha).toFile(), Analysis.class);
  }

  /** The kept JSON of a result, as the worker wrote it: to be read as a stream, never whole. */
  Path file(String sha) {
    return results.resolve(sha + ".json");
  }

  /**
   * Where a worker writes the result it is making for {@code sha}: beside its place, so that {@link
   * #keep} is a rename; one file per thread, for two threads may read copies of one content.
   */
  Path partial(String sha) {
    return results.resolve(sha + ".json." + Thread.currentThread().getId() + ".tmp");
  }

  /** Keeps a result written to {@link #partial}: whole in its place first, then named in the manifest. */
  void keep(String sha, Path partial, Status status) throws IOException {
    Files.move(partial, file(sha), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    synchronized (manifestOut) {
      manifestOut.write(line(sha, status, limits));
      manifestOut.flush();
    }
    done.add(sha);
  }

  /** Keeps a result given as bytes. */
  void save(String sha, byte[] json, Status status) throws IOException {
    Path partial = partial(sha);
    Files.write(partial, json);
    keep(sha, partial, status);
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

  /** A manifest line; every value is plain ASCII (a {@link Scan#key}, a status name, numbers). */
  private static String line(String sha, Status status, Limits limits) {
    return "{\"key\":\"" + sha + "\",\"status\":\"" + status.jsonName()
        + "\",\"timeoutMillis\":" + limits.timeoutMillis() + ",\"maxBytes\":" + limits.maxBytes()
        + ",\"workerHeapMegabytes\":" + limits.workerHeapMegabytes() + "}\n";
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
