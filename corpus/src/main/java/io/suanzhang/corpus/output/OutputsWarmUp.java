package io.suanzhang.corpus.output;

import io.suanzhang.checks.cross.CrossDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Writes the outputs of a one-document scan, into a folder of its own that goes afterwards, on a
 * thread of low priority while the scan's documents are read. The first time they run, the
 * cross-document checks and the outputs cost four times what they cost warm (loading POI's, Jackson's
 * and the page's classes, interpreting what is not compiled yet): 1.3 s of a 20-file scan's 4.7 s,
 * after its last document. Run beside the reading, that cost is mostly paid while a core waits on the
 * workers; what the real outputs write is not touched.
 */
public final class OutputsWarmUp implements AutoCloseable {

  /** How long {@link #close()} waits for the warm-up: it reads one small document. */
  private static final long MOST_MILLIS = 10_000;

  private final Path dir;
  private final Thread thread;
  private final AtomicBoolean wrote;

  private OutputsWarmUp(Path dir, Thread thread, AtomicBoolean wrote) {
    this.dir = dir;
    this.thread = thread;
    this.wrote = wrote;
  }

  /**
   * Starts writing the outputs of {@code analysis} (a line of {@code documents.jsonl}) with the
   * scan's cross-document settings; null where no temporary folder can be made (no warm-up, then).
   */
  public static @Nullable OutputsWarmUp start(String analysis, CrossDocuments.Settings settings) {
    Path dir;
    try {
      dir = Files.createTempDirectory("suanzhang-warm-up");
    } catch (IOException e) {
      return null;
    }
    AtomicBoolean wrote = new AtomicBoolean();
    Thread thread = new Thread(() -> run(dir, analysis, settings, wrote), "suanzhang-outputs-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
    return new OutputsWarmUp(dir, thread, wrote);
  }

  private static void run(
      Path dir, String analysis, CrossDocuments.Settings settings, AtomicBoolean wrote) {
    try {
      Path documents = dir.resolve(ScanOutputs.DOCUMENTS_JSONL);
      Files.writeString(documents, analysis + "\n", StandardCharsets.UTF_8);
      List<CrossDocuments.Pair> cross = CrossDocuments.check(documents, settings);
      ScanOutputs.write(dir.resolve("out"), documents, cross);
      wrote.set(true);
    } catch (IOException | RuntimeException e) {
      // Only a warm-up: the scan's own outputs meet whatever this met, and say so.
    }
  }

  /** Whether the warm-up wrote every output (a sample the outputs cannot take warms nothing). */
  boolean wrote() {
    return wrote.get();
  }

  /** The folder the warm-up writes in, gone once it is closed. */
  Path folder() {
    return dir;
  }

  /** Waits for the warm-up to end (it is short) and deletes what it wrote. */
  @Override
  public void close() {
    try {
      thread.join(MOST_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A few kilobytes left in the system's temporary folder: nothing the scan's results depend on.
    }
  }
}
