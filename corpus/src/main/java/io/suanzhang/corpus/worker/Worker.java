package io.suanzhang.corpus.worker;

import io.suanzhang.Suanzhang;
import io.suanzhang.checks.Checks;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.Format;
import io.suanzhang.core.Json;
import io.suanzhang.core.Problem;
import io.suanzhang.core.Source;
import io.suanzhang.core.document.Warning;
import io.suanzhang.read.ReadOptions;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A child JVM that reads documents for a scan: {@code java -Xmx… -cp … io.suanzhang.corpus.worker.Worker
 * --max-bytes N --timeout-millis N [--threads N] [--rules FILE] [--disable RULE,…]}. It reads up to
 * {@code --threads} documents at once (one by default), queues those sent ahead of a free thread,
 * says on stdout when it starts each and answers it as it is done (see {@link Frames}); anything a library prints goes to stderr. A document whose reading throws ends the
 * JVM, as it did with one thread: the scan tells a worker that died from one that answered. It stops
 * at the end of its input, and when the scan that started it is gone.
 *
 * <p>Test hooks, read from system properties that a scan passes on: {@code
 * suanzhang.worker.test.hang}, {@code .oom} and {@code .crash} name a marker; a file whose name
 * contains it makes the worker sleep for ever, fill its heap, or halt with status 70. {@code
 * suanzhang.worker.test.delayMillis} makes every document take that much longer.
 */
public final class Worker {

  public static final String TEST_HOOKS = "suanzhang.worker.test.";

  /** Writes what the worker says of a request, with its kind ({@link Frames.Message}). */
  private static final ObjectWriter MESSAGES = Json.mapper().writerFor(Frames.Message.class);

  /** The exit status of a worker halted by the crash hook. */
  static final int CRASH_STATUS = 70;

  private Worker() {}

  public static void main(String[] args) throws IOException {
    DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
    System.setOut(System.err);
    DataInputStream in =
        new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));

    List<String> rest = new ArrayList<>(Arrays.asList(args));
    long maxBytes = Long.parseLong(option(rest, "--max-bytes", String.valueOf(ReadOptions.DEFAULT.maxBytes())));
    long timeoutMillis =
        Long.parseLong(option(rest, "--timeout-millis", String.valueOf(ReadOptions.DEFAULT.timeout().toMillis())));
    String rules = option(rest, "--rules", null);
    String disable = option(rest, "--disable", null);
    RuleSettings settings =
        new RuleSettings(rules == null ? null : Path.of(rules), disable == null ? List.of() : List.of(disable.split(",")));
    ReadOptions options = new ReadOptions(maxBytes, Duration.ofMillis(timeoutMillis));
    Checks checks = settings.checks();

    int threads = Integer.parseInt(option(rest, "--threads", "1"));

    watchParent();
    Analysis sample = warmUp(checks, options);
    Frames.write(out, Json.mapper().writeValueAsBytes(
        new Frames.Ready(ProcessHandle.current().pid(), Json.mapper().writeValueAsString(sample))));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "suanzhang-worker-document");
      t.setDaemon(true);
      return t;
    });
    for (byte[] message = Frames.read(in); message != null; message = Frames.read(in)) {
      Frames.Request request = Json.mapper().readValue(message, Frames.Request.class);
      pool.execute(() -> {
        try {
          byte[] started = MESSAGES.writeValueAsBytes(new Frames.Started(request.id()));
          synchronized (out) {
            Frames.write(out, started);
          }
          byte[] answer = answer(request, options, checks);
          synchronized (out) {
            Frames.write(out, answer);
          }
        } catch (Throwable e) {
          // As an exception out of main did with one thread: the trace on stderr, and the JVM ends.
          e.printStackTrace();
          Runtime.getRuntime().halt(1);
        }
      });
    }
    // The scan has closed our input: finish what is under way, then go.
    pool.shutdown();
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // A document under way is bounded by the scan's limit, which kills this JVM.
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static byte[] answer(Frames.Request request, ReadOptions options, Checks checks)
      throws IOException {
    Path file = Path.of(request.path());
    testHooks(file);
    Source known = new Source(request.path(), request.sha256(), Format.UNKNOWN, request.bytes(), null);
    Analysis analysis =
        renamed(Suanzhang.analyse(file, known, options, checks), request.path(), request.name());
    if (request.json() != null) {
      write(analysis, Path.of(request.json()));
    }
    return MESSAGES.writeValueAsBytes(
        new Frames.Response(request.id(), DocumentSummary.of(analysis), peakHeap()));
  }

  private static @Nullable String option(List<String> args, String name, @Nullable String fallback) {
    int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
  }

  /**
   * Loads the readers, the number grammar and the rules before the first document's clock starts;
   * returns the sample's analysis.
   */
  private static Analysis warmUp(Checks checks, ReadOptions options) throws IOException {
    Path sample = Files.createTempFile("suanzhang-worker", ".txt");
    try {
      Files.writeString(
          sample, "一、收入支出预算总体情况\n收入预算1413.96万元，支出预算916.11万元，执行率64.79%。\n",
          StandardCharsets.UTF_8);
      return Suanzhang.analyse(sample, options, checks);
    } finally {
      Files.deleteIfExists(sample);
    }
  }

  /** A worker whose scan was killed (kill -9 leaves no one to close its input) stops by itself. */
  private static void watchParent() {
    Optional<Long> parent = ProcessHandle.current().parent().map(ProcessHandle::pid);
    Thread watch = new Thread(() -> {
      while (true) {
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          return;
        }
        if (!ProcessHandle.current().parent().map(ProcessHandle::pid).equals(parent)) {
          Runtime.getRuntime().halt(0);
        }
      }
    }, "suanzhang-worker-parent-watch");
    watch.setDaemon(true);
    watch.start();
  }

  /** The sum of the heap pools' high-water marks: an upper bound of the heap this worker needed. */
  static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static void testHooks(Path file) {
    String name = String.valueOf(file.getFileName());
    long delay = Long.getLong(TEST_HOOKS + "delayMillis", 0L);
    if (delay > 0) {
      sleep(delay);
    }
    if (marked(name, "hang")) {
      sleep(Long.MAX_VALUE);
    }
    if (marked(name, "oom")) {
      List<long[]> hog = new ArrayList<>();
      while (hog.size() < Integer.MAX_VALUE) {
        hog.add(new long[1 << 20]);
      }
    }
    if (marked(name, "crash")) {
      Runtime.getRuntime().halt(CRASH_STATUS);
    }
  }

  private static boolean marked(String name, String hook) {
    String marker = System.getProperty(TEST_HOOKS + hook);
    return marker != null && !marker.isEmpty() && name.contains(marker);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The same analysis for another name: its source path, and the path in its messages. */
  public static Analysis renamed(Analysis a, String from, String to) {
    if (from.equals(to) && a.source().path().equals(to)) {
      return a;
    }
    Source s = a.source();
    List<Problem> errors =
        a.errors().stream().map(p -> new Problem(p.code(), p.message().replace(from, to))).toList();
    List<Warning> warnings = a.warnings().stream()
        .map(w -> new Warning(w.code(), w.page(), w.message().replace(from, to))).toList();
    return new Analysis(
        new Source(to, s.sha256(), s.format(), s.bytes(), s.pages()), a.report(), a.sections(),
        a.mentions(), a.facts(), a.findings(), a.checks(), a.coverage(), errors, warnings);
  }

  /** Writes an analysis as one line of JSON, streamed: no copy of it as bytes or a string. */
  public static void write(Analysis analysis, Path json) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(json), 1 << 16)) {
      Json.mapper().writeValue(out, analysis);
    }
  }
}
