package io.suanzhang.corpus.scan;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A class-data-sharing archive for worker JVMs (JDK 13+ dynamic AppCDS): the classes a worker loads
 * (Tika, PDFBox, HanLP, the rules) are mapped from one file instead of being read, verified and linked
 * again by every worker, which took 0.2–0.3 s of each worker's start here. The first worker of a scan
 * that finds none writes it as it exits ({@code -XX:ArchiveClassesAtExit}); later ones map it
 * ({@code -XX:SharedArchiveFile}). The JVM maps a class path of jar files only, so a run from class
 * folders (the tests) has none. Archives are kept per JVM and class path (paths, sizes, times) under
 * {@code $XDG_CACHE_HOME/suanzhang/cds} or {@code ~/.cache/suanzhang/cds}; the JVM itself ignores
 * one that does not match, with a warning that {@link WorkerCommand} sends to stderr. Beside each
 * archive is the analysis of the sample its workers read as they start ({@link #sample()}).
 */
final class ClassArchive {

  /** Archives kept; each rebuild of the jar makes another. */
  private static final int KEEP = 4;

  /** What a worker's sample analysis is kept as, beside its class path's archive. */
  private static final String SAMPLE = ".sample.json";

  /** {@code worker-<key>.jsa.<pid of the scan>-<n>.tmp}: an archive being written. */
  private static final Pattern PARTIAL =
      Pattern.compile("worker-\\w+\\.(?:jsa|sample\\.json)\\.(\\d+)-\\d+\\.tmp");

  private final Path file;
  private final AtomicBoolean writing = new AtomicBoolean();
  private final AtomicInteger temporaries = new AtomicInteger();

  /** The options of one worker start, and the file it writes the archive to as it exits, if any. */
  record Use(List<String> options, @Nullable Path writes) {
    static final Use NONE = new Use(List.of(), null);
  }

  private ClassArchive(Path file) {
    this.file = file;
  }

  /** The archive of this JVM's class path, or {@code null} where it has folders or no cache folder. */
  static @Nullable ClassArchive forThisJvm() {
    String home = System.getenv("XDG_CACHE_HOME");
    Path cache = home != null && !home.isBlank()
        ? Path.of(home)
        : Path.of(System.getProperty("user.home", ""), ".cache");
    List<Path> classPath = new ArrayList<>();
    for (String element : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      classPath.add(Path.of(element).toAbsolutePath());
    }
    try {
      return of(classPath, cache.resolve("suanzhang").resolve("cds"));
    } catch (IOException e) {
      return null; // a jar that cannot be looked at: no archive, the workers start as ever
    }
  }

  static @Nullable ClassArchive of(List<Path> classPath, Path folder) throws IOException {
    MessageDigest digest = Build.sha256();
    update(digest, System.getProperty("java.home", ""));
    update(digest, System.getProperty("java.vm.version", ""));
    for (Path jar : classPath) {
      if (!Files.isRegularFile(jar) || !jar.toString().endsWith(".jar")) {
        return null;
      }
      update(digest, jar + "\0" + Files.size(jar) + "\0" + Files.getLastModifiedTime(jar).toMillis());
    }
    String key = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    return new ClassArchive(folder.resolve("worker-" + key + ".jsa"));
  }

  Path file() {
    return file;
  }

  /**
   * The analysis of the sample a worker of this class path reads as it starts, as a worker last sent
   * it ({@link io.suanzhang.corpus.worker.Frames.Ready}), or null: a scan warms the code of its
   * outputs with it while its first worker starts, before any worker has sent one.
   */
  @Nullable String sample() {
    try {
      return Files.isRegularFile(sampleFile()) ? Files.readString(sampleFile(), StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** Keeps the sample's analysis a worker sent, unless one is kept already (it is the same). */
  void keepSample(String analysis) {
    Path sample = sampleFile();
    if (Files.isRegularFile(sample)) {
      return;
    }
    try {
      Files.createDirectories(sample.getParent());
      Path partial = sample.resolveSibling(sample.getFileName() + "." + ProcessHandle.current().pid()
          + "-" + temporaries.incrementAndGet() + ".tmp");
      Files.writeString(partial, analysis, StandardCharsets.UTF_8);
      Files.move(partial, sample, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      // Only a warm-up lost: the outputs are written all the same.
    }
  }

  private Path sampleFile() {
    String name = file.getFileName().toString();
    return file.resolveSibling(name.substring(0, name.length() - ".jsa".length()) + SAMPLE);
  }

  /**
   * This archive, mapped where it exists and never written: a JVM given an agent ({@code -javaagent},
   * a profiler) refuses to start when asked to write one, but maps one.
   */
  ClassArchive mappedOnly() {
    writing.set(true); // as if another worker were writing it, for good
    return this;
  }

  /** The options of the next worker: map the archive, write it (one worker at a time), or neither. */
  Use next() {
    if (Files.isRegularFile(file)) {
      return new Use(List.of("-XX:SharedArchiveFile=" + file), null);
    }
    if (!writing.compareAndSet(false, true)) {
      return Use.NONE;
    }
    try {
      Files.createDirectories(file.getParent());
      dropLeftovers();
    } catch (IOException e) {
      return Use.NONE; // leaves writing set: no other worker of this scan tries either
    }
    Path partial = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + "-"
        + temporaries.incrementAndGet() + ".tmp");
    return new Use(List.of("-XX:ArchiveClassesAtExit=" + partial), partial);
  }

  /**
   * A worker that was writing the archive has ended: the archive is kept if it exited cleanly (the JVM
   * writes it last), dropped otherwise (killed at a timeout, out of memory, or never used).
   */
  void ended(Path partial, boolean clean) {
    try {
      if (clean && Files.isRegularFile(partial)) {
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        dropOld();
      } else {
        Files.deleteIfExists(partial);
        writing.set(false);
      }
    } catch (IOException e) {
      // Only an archive lost: the workers start without one.
    }
  }

  /**
   * Deletes what workers of scans that are gone were writing: a worker of a scan killed with {@code
   * kill -9} still writes its archive as it stops, and no one is left to keep or drop it.
   */
  private void dropLeftovers() throws IOException {
    List<Path> partials;
    try (var files = Files.list(file.getParent())) {
      partials = files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
    for (Path partial : partials) {
      Matcher m = PARTIAL.matcher(partial.getFileName().toString());
      if (!m.matches() || !alive(m.group(1))) {
        Files.deleteIfExists(partial);
      }
    }
  }

  private static boolean alive(String pid) {
    try {
      return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Keeps the newest archives; an old jar's archive is of no use once the jar is rebuilt. */
  private void dropOld() throws IOException {
    List<Path> archives;
    try (var files = Files.list(file.getParent())) {
      archives = files.filter(p -> p.getFileName().toString().endsWith(".jsa"))
          .sorted((a, b) -> Long.compare(modified(b), modified(a)))
          .toList();
    }
    for (Path old : archives.subList(Math.min(KEEP, archives.size()), archives.size())) {
      Files.deleteIfExists(old);
      String name = old.getFileName().toString();
      Files.deleteIfExists(old.resolveSibling(name.substring(0, name.length() - ".jsa".length()) + SAMPLE));
    }
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  private static void update(MessageDigest digest, String s) {
    digest.update(s.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) '\n');
  }
}
