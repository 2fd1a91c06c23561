package io.suanzhang.corpus.scan;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.HashCode;
import com.google.common.hash.Hashing;
import com.google.common.hash.HashingInputStream;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.Format;
import io.suanzhang.core.Json;
import io.suanzhang.core.Problem;
import io.suanzhang.core.Source;
import io.suanzhang.corpus.worker.DocumentSummary;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * The batch engine of {@code suanzhang scan}.
 *
 * <pre>{@code
 * ScanResult r = Scan.run(List.of(Path.of("reports"), Path.of("more.zip")),
 *     ScanOptions.defaults().withOut(Path.of("out")), err, summary -> System.out.println(summary.name()));
 * }</pre>
 *
 * <p>The inputs are listed and sorted by name; the calling thread hashes them one by one. A content
 * seen before (a duplicate, or a result kept by an earlier run in the same output folder) is not read
 * again; each new content goes to a queue that {@code jobs} threads (no more than there are inputs)
 * take from, each with its own worker JVM ({@link WorkerCommand}), started as the scan starts so that
 * its start-up overlaps the hashing; whichever worker is free takes the next content. Each result is kept on disk as it comes ({@link ResultStore}); at the end {@code
 * documents.jsonl} is assembled from the kept results in input order, so that it is the same however
 * the work was split between runs.
 */
public final class Scan {

  /** Told of each input, in input order, once it and every input before it are done. */
  @FunctionalInterface
  public interface Listener {
    void document(DocumentSummary summary);
  }

  /**
   * The analysis of the sample text a worker of this build reads as it starts, as an earlier scan's
   * worker sent it (kept beside the workers' class archive), or null: a line of {@code
   * documents.jsonl} to warm what follows the documents with while the first worker starts.
   */
  public static @Nullable String workerSample() {
    ClassArchive archive = WorkerCommand.archive();
    return archive == null ? null : archive.sample();
  }

  /** How long a worker JVM may take to start and read its warm-up sample. */
  private static final Duration STARTUP = Duration.ofSeconds(60);

  private final ScanOptions options;
  private final PrintWriter err;
  private final Listener listener;

  private final Map<Integer, Analysis> local = new ConcurrentHashMap<>();
  private final Map<String, DocumentSummary> bySha = new HashMap<>();
  private final Map<String, List<Integer>> waiting = new HashMap<>();
  private final AtomicInteger read = new AtomicInteger();
  private int resumed;
  private int duplicates;
  private int next;
  private volatile @Nullable Throwable failure;
  private volatile boolean stopping;

  private List<Input> inputs = List.of();
  private DocumentSummary[] summaries = new DocumentSummary[0];
  private String[] shas = new String[0];
  private @Nullable ResultStore store;
  private volatile @Nullable Path tempDir;
  private volatile @Nullable Path unpacked;
  private volatile @Nullable ScratchFolder scratch;
  private Progress progress;

  private Scan(ScanOptions options, PrintWriter err, Listener listener) {
    this.options = options;
    this.err = err;
    this.listener = listener;
    this.progress = new Progress(err, Progress.Mode.OFF, options.progressInterval(), 0);
  }

  /**
   * Scans files, folders and zip archives.
   *
   * @param err where progress and notes go
   * @throws IOException when the inputs cannot be listed, the output folder cannot be written, or no
   *     worker JVM starts; a document that cannot be read is a record, never an exception
   */
  public static ScanResult run(
      List<Path> paths, ScanOptions options, PrintWriter err, Listener listener) throws IOException {
    return new Scan(options, err, listener).run(paths);
  }

  private ScanResult run(List<Path> paths) throws IOException {
    long start = System.nanoTime();
    Path out = options.out();
    // Copies of archive entries, and the archives inside archives unpacked to be listed and read, go
    // to the output folder's store, emptied at the start of every run: what a run killed with kill -9
    // left there goes with the next one. Without an output folder, to a locked folder of the
    // system's, which the next scan deletes once no scan holds it.
    if (out != null) {
      Files.createDirectories(out);
      store = ResultStore.open(
          out, Origin.of(Build.current(), options.rules().documentConfig()), Limits.of(options), err);
      tempDir = store.tempDir();
    } else {
      scratch = ScratchFolder.create(Path.of(System.getProperty("java.io.tmpdir")));
      tempDir = scratch.dir();
    }
    unpacked = Files.createDirectory(requireNonNull(tempDir).resolve("archives"));
    try {
      inputs = Inputs.list(paths, unpacked);
    } catch (IOException | RuntimeException e) {
      closeStore();
      deleteTempDir();
      throw e;
    }
    int n = inputs.size();
    summaries = new DocumentSummary[n];
    shas = new String[n];
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "suanzhang-worker-deadlines");
      t.setDaemon(true);
      return t;
    });
    List<Analyser> analysers = analysers(timer);
    Thread killWorkers = new Thread(() -> {
      stopping = true; // before the kill: what a killed worker leaves is not a result
      analysers.forEach(Scan::kill);
      try {
        deleteTempDir();
      } catch (IOException e) {
        // Best effort: the JVM is going down.
      }
    }, "suanzhang-scan-interrupted");
    Runtime.getRuntime().addShutdownHook(killWorkers);
    BlockingQueue<Task> queue = new LinkedBlockingQueue<>();
    List<Thread> threads = new ArrayList<>();
    try {
      // The workers start now, while this thread identifies the build and hashes the inputs: a
      // worker JVM's start-up is the longest wait of a small scan.
      for (int i = 0; i < analysers.size(); i++) {
        Analyser analyser = analysers.get(i);
        Thread t = new Thread(() -> work(queue, analyser), "suanzhang-scan-" + (i + 1));
        t.setDaemon(true);
        threads.add(t);
        t.start();
      }
      progress = new Progress(err, options.progress(), options.progressInterval(), n);
      progress.start();
      try (Archives archives = new Archives()) {
        for (int i = 0; i < n && failure == null; i++) {
          plan(i, queue, archives);
        }
      }
      for (int i = 0; i < threads.size(); i++) {
        queue.add(Task.END);
      }
      for (Thread t : threads) {
        t.join();
      }
      rethrowFailure();
      Path documents = writeDocuments(out);
      long peak = analysers.stream().mapToLong(Analyser::peakHeapBytes).max().orElse(0);
      return new ScanResult(
          Arrays.asList(summaries), read.get(), resumed, duplicates,
          Duration.ofNanos(System.nanoTime() - start), peak, documents);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("the scan was interrupted");
    } finally {
      stopping = true;
      for (int i = 0; i < threads.size(); i++) {
        queue.add(Task.END); // Frees any thread still waiting (after an interrupt).
      }
      progress.finish();
      analysers.forEach(Analyser::close);
      timer.shutdownNow();
      try {
        Runtime.getRuntime().removeShutdownHook(killWorkers);
      } catch (IllegalStateException e) {
        // The JVM is shutting down: the hook is running.
      }
      closeStore();
      deleteTempDir();
    }
  }

  private void closeStore() throws IOException {
    if (store != null) {
      store.close();
    }
  }

  private void deleteTempDir() throws IOException {
    for (Path dir : new Path[] {tempDir, unpacked}) {
      if (dir != null) {
        ResultStore.deleteTree(dir);
      }
    }
    if (scratch != null) {
      scratch.close();
    }
  }

  private List<Analyser> analysers(ScheduledExecutorService timer) throws IOException {
    List<Analyser> analysers = new ArrayList<>();
    if (options.jobs() == 0) {
      analysers.add(new InProcessAnalyser(options.rules().checks(), options.readOptions()));
      return analysers;
    }
    // No more jobs than inputs: on a small machine an idle worker's start-up slows the others.
    int jobs = Math.min(options.jobs(), inputs.size());
    int jvms = WorkerCommand.jvms(jobs);
    List<String> command = WorkerCommand.of(options);
    ClassArchive archive = WorkerCommand.archive();
    List<WorkerProcess> workers = new ArrayList<>();
    for (int i = 0; i < jvms; i++) {
      // The jobs shared out: 5 jobs in 3 JVMs read 2, 2 and 1 documents at once.
      int threads = jobs / jvms + (i < jobs % jvms ? 1 : 0);
      workers.add(new WorkerProcess(command, threads, options.timeout(), STARTUP,
          options.workerHeapMegabytes(), timer, archive));
    }
    // One scan thread a job, each handing documents to its JVM, which reads as many at once, and
    // one more a JVM: the document it sends waits there for the first thread free.
    for (int i = 0; i < jobs; i++) {
      analysers.add(workers.get(i % jvms));
    }
    analysers.addAll(workers);
    return analysers;
  }

  private static void kill(Analyser analyser) {
    if (analyser instanceof WorkerProcess) {
      ((WorkerProcess) analyser).kill();
    }
  }

  /**
   * A content to read, and the first input (in input order) that has it.
   *
   * @param key what its result is kept and found under ({@link #key})
   */
  private record Task(String key, String sha, long bytes, @Nullable Input input) {
    static final Task END = new Task("", "", 0, null);
  }

  /**
   * What the result of a content is kept under: its SHA-256 and, where the input's name has one, its
   * extension. The format is told by the content, and by the name where the content does not tell
   * (a text is Markdown by its {@code .md}, noise named {@code .pdf} is a damaged PDF), so the same
   * bytes under another extension are read again, as {@code extract} would read them.
   */
  static String key(String sha, String baseName) {
    int dot = baseName.lastIndexOf('.');
    String extension = dot < 0 ? "" : baseName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return extension.matches("[a-z0-9]{1,10}") ? sha + "." + extension : sha;
  }

  /** Hashes input {@code i}; settles it at once if it is a duplicate, kept, or unreadable here. */
  private void plan(int i, BlockingQueue<Task> queue, Archives archives) throws IOException {
    Input input = inputs.get(i);
    if (input.problem() != null) {
      settle(i, Analysis.failed(unknown(input), input.problem()));
      return;
    }
    if (input.size() > options.maxBytes()) {
      settle(i, tooLarge(input, input.size()));
      return;
    }
    long bytes;
    HashCode hash;
    try (HashingInputStream in = new HashingInputStream(Hashing.sha256(), archives.open(input))) {
      bytes = count(in, options.maxBytes() + 1);
      hash = in.hash();
    } catch (IOException e) {
      settle(i, Analysis.failed(unknown(input), unreadable(input, e)));
      return;
    }
    if (bytes > options.maxBytes()) {
      settle(i, tooLarge(input, -1));
      return;
    }
    String sha = hash.toString();
    String key = key(sha, input.baseName());
    synchronized (this) {
      shas[i] = key;
      DocumentSummary known = bySha.get(key);
      List<Integer> queued = waiting.get(key);
      if (known != null || queued != null) {
        duplicates++;
        if (known != null) {
          summaries[i] = known.as(input.name());
          progress.done(known.status(), false);
          emit();
        } else {
          queued.add(i);
        }
        return;
      }
      waiting.put(key, new ArrayList<>(List.of(i)));
    }
    if (store != null && store.has(key)) {
      try {
        DocumentSummary kept = DocumentSummary.read(store.file(key));
        resumed++;
        finish(key, kept, false);
        return;
      } catch (IOException e) {
        // Unreadable (another version wrote it): read the document again.
      }
    }
    queue.add(new Task(key, sha, bytes, input));
  }

  private void work(BlockingQueue<Task> queue, Analyser analyser) {
    try {
      analyser.start();
      for (Task task = queue.take(); task != Task.END && failure == null && !stopping; task = queue.take()) {
        Path json = store == null ? null : store.partial(task.key());
        Analyser.Answer answer = analyse(task, analyser, json);
        if (stopping) {
          break; // interrupted (Ctrl-C): the worker may have been killed under this document
        }
        if (store != null) {
          store.keep(task.key(), requireNonNull(json), answer.summary().status());
        }
        read.incrementAndGet();
        finish(task.key(), answer.summary(), true);
      }
    } catch (Throwable e) {
      synchronized (this) {
        if (failure == null) {
          failure = e;
        }
      }
    }
  }

  /** Reads the content of a task's input, from a copy where it is an archive entry. */
  private Analyser.Answer analyse(Task task, Analyser analyser, @Nullable Path json)
      throws IOException {
    Input input = requireNonNull(task.input());
    Path file;
    Path copy = null;
    if (input.copied()) {
      try {
        copy = copy(input, task.key());
      } catch (IOException e) {
        return Analyser.Answer.of(Analysis.failed(unknown(input), unreadable(input, e)), json);
      }
      file = copy.toAbsolutePath();
    } else {
      file = input.file().toAbsolutePath();
    }
    try {
      Source known = new Source(input.name(), task.sha(), Format.UNKNOWN, task.bytes(), null);
      return analyser.analyse(file, known, json == null ? null : json.toAbsolutePath());
    } finally {
      if (copy != null) {
        ResultStore.deleteTree(copy.getParent());
      }
    }
  }

  /**
   * Copies an archive entry (or a file whose name is not text) to a folder of its own, under its own name (readers look at the suffix),
   * or as {@code entry.<suffix>} where that name is too long for a file system (255 bytes) or is not
   * all characters. The folder is named by the content, not by a counter: a message that names the
   * copy names it the same way in every run, and a resumed scan writes the same bytes.
   */
  private Path copy(Input input, String key) throws IOException {
    // By the key, not the content alone: the same bytes under two extensions are two tasks at once.
    Path dir = Files.createDirectories(
        requireNonNull(tempDir).resolve("entry-" + key.substring(0, 16) + key.substring(64)));
    Path target = dir.resolve(copyName(input.baseName()));
    if (!input.inArchive()) {
      // A file whose name is not text: the copy's name is, and a worker can be told it.
      Files.copy(input.file(), target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    }
    try (ZipFile zip = Inputs.open(input.file()); InputStream in = Inputs.entry(zip, input)) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }

  /** The name of an entry's copy: its own, or {@code entry} with its suffix. */
  static String copyName(String base) {
    boolean plain = !base.isEmpty() && !base.equals(".") && !base.equals("..")
        && base.getBytes(StandardCharsets.UTF_8).length <= 200 && !base.contains("\\x")
        && base.chars().noneMatch(c -> c < 0x20 || c == 0xfffd);
    if (plain) {
      return base;
    }
    int dot = base.lastIndexOf('.');
    String suffix = dot < 0 ? "" : base.substring(dot);
    return "entry" + (suffix.length() <= 10 && suffix.matches("\\.[A-Za-z0-9]+") ? suffix : "");
  }

  /** Settles an input that no worker reads: unreadable, too large. Such records are not kept. */
  private synchronized void settle(int i, Analysis analysis) {
    local.put(i, analysis);
    summaries[i] = DocumentSummary.of(analysis);
    progress.done(summaries[i].status(), false);
    emit();
  }

  /** A content is done: every input waiting for it is. */
  private synchronized void finish(String sha, DocumentSummary summary, boolean worked) {
    bySha.put(sha, summary);
    List<Integer> settled = waiting.remove(sha);
    if (settled == null) {
      return;
    }
    boolean first = true;
    for (int i : settled) {
      summaries[i] = summary.as(inputs.get(i).name());
      progress.done(summary.status(), worked && first);
      first = false;
    }
    emit();
  }

  /** Tells the listener of the inputs done since, in order, up to the first one not done. */
  private void emit() {
    while (next < summaries.length && summaries[next] != null) {
      DocumentSummary summary = summaries[next++];
      progress.above(() -> listener.document(summary));
    }
  }

  private @Nullable Path writeDocuments(@Nullable Path out) throws IOException {
    if (out == null || store == null) {
      return null;
    }
    Path documents = out.resolve("documents.jsonl");
    Path partial = out.resolve("documents.jsonl.tmp");
    try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        OutputStream w = new BufferedOutputStream(Channels.newOutputStream(channel))) {
      for (int i = 0; i < inputs.size(); i++) {
        Analysis analysis = local.get(i);
        String name = inputs.get(i).name();
        if (analysis != null) {
          w.write(Json.mapper().writeValueAsBytes(analysis));
        } else if (bySha.get(shas[i]).name().equals(name)) {
          w.flush();
          transfer(store.file(shas[i]), channel); // kept under this input's name: as it is
        } else {
          Renaming.copy(store.file(shas[i]), bySha.get(shas[i]).name(), name, w);
        }
        w.write('\n');
      }
    }
    Files.move(partial, documents, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return documents;
  }

  /**
   * Appends a file to {@code out}, copied by the kernel where it can (sendfile, copy_file_range)
   * rather than through this JVM's buffers: the kept results of 1,000 reports, 260 MB, took 0.45 s
   * of its CPU copied as streams.
   */
  private static void transfer(Path file, FileChannel out) throws IOException {
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = in.size();
      for (long at = 0; at < size; ) {
        long n = in.transferTo(at, size - at, out);
        if (n <= 0) {
          throw new IOException(file + ": a kept result ended at byte " + at + " of " + size
              + " while it was copied into the documents file");
        }
        at += n;
      }
    }
  }

  private void rethrowFailure() throws IOException {
    Throwable e = failure;
    if (e == null) {
      return;
    }
    if (e instanceof IOException) {
      throw (IOException) e;
    }
    if (e instanceof RuntimeException) {
      throw (RuntimeException) e;
    }
    if (e instanceof Error) {
      throw (Error) e;
    }
    throw new IOException(e);
  }

  static Source unknown(Input input) {
    return new Source(input.name(), "", Format.UNKNOWN, Math.max(0, input.size()), null);
  }

  private Analysis tooLarge(Input input, long size) {
    return tooLarge(input, size, options.maxBytes());
  }

  /** The record of an input over the limit: {@code size} as listed, or -1 where found by reading. */
  static Analysis tooLarge(Input input, long size, long maxBytes) {
    String message = size >= 0
        ? String.format(Locale.ROOT, "%s: %,d bytes is more than the limit of %,d bytes", input.name(),
            size, maxBytes)
        : String.format(Locale.ROOT, "%s: more than the limit of %,d bytes", input.name(), maxBytes);
    return Analysis.failed(unknown(input), new Problem(ErrorCode.TOO_LARGE, message));
  }

  static Problem unreadable(Input input, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new Problem(ErrorCode.NOT_FOUND, input.name() + ": no such file");
    }
    if (e instanceof ZipException) {
      String why = String.valueOf(e.getMessage());
      return why.contains("encrypted")
          ? new Problem(ErrorCode.ENCRYPTED, input.name() + ": the archive entry is encrypted")
          : new Problem(ErrorCode.CORRUPT, input.name() + ": the archive entry is damaged (" + why + ")");
    }
    return new Problem(ErrorCode.IO, input.name() + ": cannot be read: " + e.getMessage());
  }

  /** Reads to the end or past {@code limit} bytes, whichever is first; returns the bytes read. */
  private static long count(InputStream in, long limit) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n = in.read(buffer); n >= 0 && total < limit; n = in.read(buffer)) {
      total += n;
    }
    return total;
  }


  /** Opens inputs for hashing, keeping the archive of the last entry open for the next one. */
  private static final class Archives implements AutoCloseable {
    private @Nullable Path path;
    private @Nullable ZipFile zip;

    InputStream open(Input input) throws IOException {
      if (!input.inArchive()) {
        return Files.newInputStream(input.file());
      }
      if (zip == null || !input.file().equals(path)) {
        close();
        zip = Inputs.open(input.file());
        path = input.file();
      }
      return Inputs.entry(zip, input);
    }

    @Override
    public void close() throws IOException {
      if (zip != null) {
        zip.close();
        zip = null;
      }
    }
  }
}
