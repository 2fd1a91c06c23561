package io.suanzhang.corpus.output;

import io.suanzhang.checks.cross.CrossDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes the outputs of a one-document scan, into a temporary folder of the scan's, on a thread of
 * low priority while the scan's documents are read. The first time they run, the
 * cross-document checks and the outputs cost four times what they cost warm (loading POI's, Jackson's
 * and the page's classes, interpreting what is not compiled yet): 1.3 s of a 20-file scan's 4.7 s,
 * after its last document. Run beside the reading, that cost is mostly paid while a core waits on the
 * workers; what the real outputs write is not touched.
 */
public final class OutputsWarmUp implements AutoCloseable {

  /** How long {@link #close()} waits for the warm-up: it reads one small document. */
  private static final long MOST_MILLIS = 10_000;

  private final Thread thread;
  private final AtomicBoolean wrote;

  private OutputsWarmUp(Thread thread, AtomicBoolean wrote) {
    this.thread = thread;
    this.wrote = wrote;
  }

  /**
   * Starts writing the outputs of {@code analysis} (a line of {@code documents.jsonl}) with the
   * scan's cross-document settings, in {@code folder}, which the caller deletes after {@link #close()}.
   */
  public static OutputsWarmUp start(String analysis, CrossDocuments.Settings settings, Path folder) {
    AtomicBoolean wrote = new AtomicBoolean();
    Thread thread =
        new Thread(() -> run(folder, analysis, settings, wrote), "suanzhang-outputs-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
    return new OutputsWarmUp(thread, wrote);
  }

  private static void run(
      Path dir, String analysis, CrossDocuments.Settings settings, AtomicBoolean wrote) {
    try {
      Path documents = dir.resolve(ScanOutputs.DOCUMENTS_JSONL);
      Files.writeString(documents, analysis + "\n", StandardCharsets.UTF_8);
      List<CrossDocuments.Pair> cross = ScanOutputs.writeChecked(dir.resolve("out"), documents, settings);
      CrossDocuments.write(cross, dir.resolve("out").resolve(CrossDocuments.FILE_NAME));
      wrote.set(true);
    } catch (IOException | RuntimeException e) {
      // Only a warm-up: the scan's own outputs meet whatever this met, and say so.
    }
  }

  /** Whether the warm-up wrote every output (a sample the outputs cannot take warms nothing). */
  boolean wrote() {
    return wrote.get();
  }

  /** Waits for the warm-up to end: it is short, and its folder is deleted after it. */
  @Override
  public void close() {
    try {
      thread.join(MOST_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
