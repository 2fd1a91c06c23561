package io.suanzhang.corpus.scan;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.Format;
import io.suanzhang.core.Source;
import io.suanzhang.corpus.worker.DocumentSummary;
import io.suanzhang.corpus.worker.Status;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * The steps of a scan for a caller that lists and fetches its inputs itself — the Spark job, whose
 * inputs are on a Hadoop file system: reading a local copy in a worker JVM with the scan's limits
 * and isolation ({@link WorkerProcess}), the records of inputs that are not read, the key a result
 * is kept under, and the rules by which a kept result is reused. Each gives, byte for byte, what
 * {@link Scan} gives for the same file under the same name.
 *
 * <p>Thread-safe: up to {@code jobs} threads may read at once.
 */
public final class ScanSteps implements AutoCloseable {

  private static final Duration STARTUP = Duration.ofSeconds(60);

  private final ScheduledExecutorService timer;
  private final WorkerProcess worker;

  private ScanSteps(ScheduledExecutorService timer, WorkerProcess worker) {
    this.timer = timer;
    this.worker = worker;
  }

  /**
   * A worker JVM reading {@code jobs} documents at once within the limits of {@code options}, started
   * with its first document.
   *
   * @param classPath the worker's class path, or null for this JVM's: a Spark executor runs the job's
   *     jar from a class loader of its own, which {@code java.class.path} does not name
   */
  public static ScanSteps start(ScanOptions options, int jobs, @Nullable String classPath) {
    List<String> command = new ArrayList<>(WorkerCommand.of(options));
    if (classPath != null) {
      command.set(command.indexOf("-cp") + 1, WorkerCommand.absolute(classPath));
    }
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "suanzhang-worker-deadlines");
      t.setDaemon(true);
      return t;
    });
    return new ScanSteps(timer, new WorkerProcess(command, jobs, options.timeout(), STARTUP,
        options.workerHeapMegabytes(), timer, WorkerCommand.archive()));
  }

  /**
   * Reads a local file as the input {@code name} and writes its analysis, as a line of {@code
   * documents.jsonl}, to {@code json}; a document that fails, hangs or runs out of memory is a record.
   *
   * @throws IOException when no worker starts, or a worker was stopped by a signal
   */
  public DocumentSummary read(Path file, String name, String sha256, long bytes, Path json)
      throws IOException {
    Source known = new Source(name, sha256, Format.UNKNOWN, bytes, null);
    return worker.analyse(file.toAbsolutePath(), known, json.toAbsolutePath()).summary();
  }

  /** The record of an input larger than {@code maxBytes}: {@code size} as listed, -1 if read past it. */
  public static Analysis tooLarge(String name, long size, long maxBytes) {
    return Scan.tooLarge(input(name, size), size, maxBytes);
  }

  /** The record of an input that could not be fetched ({@link java.nio.file.NoSuchFileException}: gone). */
  public static Analysis unreadable(String name, long size, IOException e) {
    Input input = input(name, size);
    return Analysis.failed(Scan.unknown(input), Scan.unreadable(input, e));
  }

  private static Input input(String name, long size) {
    return Input.file(name, Path.of(""), size);
  }

  /** Whether a scan opens a file of this name as a zip archive of inputs rather than reading it. */
  public static boolean isArchive(String baseName) {
    return Inputs.isArchiveName(baseName);
  }

  /**
   * The inputs a scan finds in a zip archive that is the input {@code name}, listed from a local copy
   * of it: its entries, named {@code name!/entry} and sorted, the archives inside it unpacked into
   * {@code unpacked} (which must stay until they are read); an entry that cannot be read, or an
   * archive that does not open, carries its {@link Input#problem() problem} ({@link #unread}).
   */
  public static List<Input> entries(Path zip, String name, Path unpacked) {
    return Inputs.archive(zip, name, unpacked);
  }

  /**
   * Whether a local copy of a file is the answer key of a generated corpus, which a scan does not
   * count as an input: by its name ({@code answers.json}…) and its content.
   */
  public static boolean isAnswerKey(Path copy) {
    return AnswerKeys.isKey(copy);
  }

  /** The record of an input whose listing found it unreadable: its {@link Input#problem() problem}. */
  public static Analysis unread(Input input) {
    return Analysis.failed(Scan.unknown(input), Objects.requireNonNull(input.problem(), "problem"));
  }

  /** The bytes of an archive entry ({@link #entries}); closing the stream closes the archive. */
  public static InputStream open(Input entry) throws IOException {
    ZipFile zip = Inputs.open(entry.file());
    try {
      return new FilterInputStream(Inputs.entry(zip, entry)) {
        @Override
        public void close() throws IOException {
          try {
            super.close();
          } finally {
            zip.close();
          }
        }
      };
    } catch (IOException | RuntimeException e) {
      zip.close();
      throw e;
    }
  }

  /** What a result is kept under: its SHA-256 and the extension of {@code baseName} ({@link Scan#key}). */
  public static String key(String sha256, String baseName) {
    return Scan.key(sha256, baseName);
  }

  /** The name a local copy of an input called {@code baseName} gets: the readers look at its suffix. */
  public static String copyName(String baseName) {
    return Scan.copyName(baseName);
  }

  /** Copies a kept analysis under another name, as a scan copies one for a duplicate. */
  public static void renamed(Path json, String from, String to, OutputStream out) throws IOException {
    Renaming.copy(json, from, to, out);
  }

  /** What results made with {@code options} are made by (the build and the rules), as JSON. */
  public static String origin(ScanOptions options) throws IOException {
    return origin(options.rules()).json();
  }

  /** Why results of {@code earlier} ({@link #origin}) cannot be reused now; null where they can. */
  public static @Nullable String whyNot(String earlier, ScanOptions options) throws IOException {
    return origin(options.rules()).whyNot(Origin.parse(earlier));
  }

  private static Origin origin(io.suanzhang.corpus.worker.RuleSettings rules) throws IOException {
    return Origin.of(Build.current(), rules.documentConfig());
  }

  /**
   * Whether a kept result of {@code status}, made within the given limits, is read again under
   * {@code options}: one that hit a limit raised since ({@link Limits}).
   */
  public static boolean rereads(
      ScanOptions options, Status status, long timeoutMillis, long maxBytes, int workerHeapMegabytes) {
    return Limits.of(options).rereads(status, new Limits(timeoutMillis, maxBytes, workerHeapMegabytes));
  }

  /** The largest heap the worker used so far. */
  public long peakHeapBytes() {
    return worker.peakHeapBytes();
  }

  /** Ends the worker JVM once it has answered what it was given. */
  @Override
  public void close() {
    worker.close();
    timer.shutdownNow();
  }
}
