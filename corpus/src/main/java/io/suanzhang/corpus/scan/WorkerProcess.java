package io.suanzhang.corpus.scan;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.Json;
import io.suanzhang.core.Problem;
import io.suanzhang.core.Source;
import io.suanzhang.corpus.worker.Frames;
import io.suanzhang.corpus.worker.Status;
import io.suanzhang.corpus.worker.Worker;
import io.suanzhang.read.ReadOptions;
import io.suanzhang.read.internal.Failures;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * One child JVM running {@link Worker}, the way Apache Tika's pipes isolate parsers: a document that
 * takes longer than the limit has its worker killed, and a worker that dies (OutOfMemoryError ends it,
 * {@code -XX:+ExitOnOutOfMemoryError}) costs that document only. Either way the document gets one
 * record and the next document a fresh worker.
 */
final class WorkerProcess implements Analyser {

  /**
   * The exit status of a JVM ended by {@code -XX:+ExitOnOutOfMemoryError}, which the worker command
   * sets: the worker never uses it otherwise.
   */
  private static final int OUT_OF_MEMORY_STATUS = 3;

  /** The exit status of a JVM stopped by SIGINT (Ctrl-C) and by SIGTERM. */
  private static final int INTERRUPTED_STATUS = 128 + 2;

  private static final int TERMINATED_STATUS = 128 + 15;

  private final List<String> command;
  private final Duration timeout;
  private final Duration startup;
  private final int heapMegabytes;
  private final ScheduledExecutorService timer;
  private final @Nullable ClassArchive archive;

  private @Nullable Running running;
  private long peakHeap;
  private int starts;

  /**
   * A started worker and its pipes; {@code archive}: the class archive it writes as it exits, if any;
   * {@code used}: whether it was given a document.
   */
  private record Running(
      Process process, DataOutputStream in, DataInputStream out, StderrTail stderr,
      @Nullable Path archive, AtomicBoolean used) {}

  WorkerProcess(
      List<String> command, Duration timeout, Duration startup, int heapMegabytes,
      ScheduledExecutorService timer, @Nullable ClassArchive archive) {
    this.command = List.copyOf(command);
    this.timeout = timeout;
    this.startup = startup;
    this.heapMegabytes = heapMegabytes;
    this.timer = timer;
    this.archive = archive;
  }

  /** Starts the worker ahead of its first document, so that its start-up overlaps other work. */
  @Override
  public void start() throws IOException {
    started();
  }

  @Override
  public Answer analyse(Path file, Source known, @Nullable Path json) throws IOException {
    byte[] request = Json.mapper().writeValueAsBytes(
        new Frames.Request(file.toString(), known.path(), json == null ? null : json.toString()));
    Running worker = started();
    try {
      worker.used().set(true);
      Frames.write(worker.in(), request);
    } catch (IOException e) {
      // It died between documents: not this document's doing. Once more with a new one.
      stop();
      worker = started();
      worker.used().set(true);
      Frames.write(worker.in(), request);
    }
    AtomicBoolean killed = new AtomicBoolean();
    Process process = worker.process();
    ScheduledFuture<?> deadline =
        timer.schedule(
            () -> {
              killed.set(true);
              process.destroyForcibly();
            },
            timeout.toMillis(), TimeUnit.MILLISECONDS);
    Frames.@Nullable Response response = null;
    try {
      byte[] reply = Frames.read(worker.out());
      response = reply == null ? null : Json.mapper().readValue(reply, Frames.Response.class);
    } catch (IOException e) {
      // Killed at the deadline, died, or out of step (it wrote something else on stdout as it died).
    } finally {
      deadline.cancel(false);
    }
    if (response != null) {
      peakHeap = Math.max(peakHeap, response.peakHeapBytes());
      if (killed.get() || response.summary().status() == Status.TIMEOUT) {
        // A reader that timed out inside the worker may still be looping on a thread of its own.
        stop();
      }
      return new Answer(response.summary());
    }
    int status = stop();
    if (killed.get()) {
      return Answer.of(Analysis.failed(known, new Problem(ErrorCode.TIMEOUT, String.format(
          Locale.ROOT, "%s: reading took longer than the limit of %s", known.path(),
          ReadOptions.describe(timeout)))), json);
    }
    if (status == INTERRUPTED_STATUS || status == TERMINATED_STATUS) {
      // Ctrl-C reaches the workers too: the scan is being stopped, the document is not at fault.
      throw new InterruptedIOException(String.format(
          Locale.ROOT, "a worker was stopped by a signal (exit status %d) while reading %s; run the"
              + " scan again to take it up where it stopped", status, known.path()));
    }
    if (status == OUT_OF_MEMORY_STATUS) {
      return Answer.of(Analysis.failed(known, new Problem(ErrorCode.OUT_OF_MEMORY,
          Failures.outOfMemory(known.path(), heapMegabytes))), json);
    }
    return Answer.of(Analysis.failed(known, new Problem(ErrorCode.CRASHED, String.format(
        Locale.ROOT, "%s: the worker reading it stopped unexpectedly (%s)", known.path(),
        lastWords(status, worker.stderr().lines())))), json);
  }

  /**
   * What a worker that died said last: its exit status or the signal that ended it, and the last
   * exception it printed with the frame that threw it, so that a {@code crashed} record carries its
   * cause.
   */
  static String lastWords(int status, List<String> stderr) {
    String how = status > 128 && status < 128 + 65
        ? String.format(Locale.ROOT, "killed by signal %d%s", status - 128, signalName(status - 128))
        : "exit status " + status;
    for (int i = stderr.size() - 1; i >= 0; i--) {
      String line = stderr.get(i).strip();
      if (line.matches("(Exception in thread \\S+ )?([\\w$]+\\.)+[\\w$]*(Exception|Error)\\b.*")) {
        String frame = i + 1 < stderr.size() && stderr.get(i + 1).strip().startsWith("at ")
            ? " " + stderr.get(i + 1).strip() : "";
        return how + "; last error: " + line + frame;
      }
    }
    return how;
  }

  private static String signalName(int signal) {
    return switch (signal) {
      case 6 -> " (SIGABRT: the JVM aborted)";
      case 9 -> " (SIGKILL)";
      case 11 -> " (SIGSEGV)";
      default -> "";
    };
  }

  @Override
  public long peakHeapBytes() {
    return peakHeap;
  }

  /** How many worker JVMs this has started: one, plus one per restart. */
  int starts() {
    return starts;
  }

  private Running started() throws IOException {
    if (running != null) {
      return running;
    }
    starts++;
    ClassArchive.Use use = archive == null ? ClassArchive.Use.NONE : archive.next();
    List<String> line = new ArrayList<>(command);
    line.addAll(1, use.options());
    Process process = new ProcessBuilder(line).start();
    StderrTail stderr = new StderrTail(process.getErrorStream());
    Running worker =
        new Running(
            process, new DataOutputStream(new BufferedOutputStream(process.getOutputStream())),
            new DataInputStream(new BufferedInputStream(process.getInputStream())), stderr,
            use.writes(), new AtomicBoolean());
    running = worker;
    ScheduledFuture<?> deadline =
        timer.schedule(process::destroyForcibly, startup.toMillis(), TimeUnit.MILLISECONDS);
    byte[] ready;
    try {
      ready = Frames.read(worker.out());
    } catch (IOException e) {
      ready = null;
    } finally {
      deadline.cancel(false);
    }
    if (ready == null) {
      int status = stop();
      throw new WorkerException(String.format(
          Locale.ROOT, "a worker JVM did not start (exit status %d)%s%n  command: %s", status,
          stderr.lines().isEmpty() ? "" : ":\n  " + String.join("\n  ", stderr.lines()),
          String.join(" ", command)));
    }
    Json.mapper().readValue(ready, Frames.Ready.class);
    return worker;
  }

  /** Ends the worker, if any, and returns its exit status (-1 where there was none). */
  private int stop() {
    Running worker = running;
    running = null;
    if (worker == null) {
      return -1;
    }
    Process process = worker.process();
    if (!worker.used().get()) {
      process.destroyForcibly(); // started ahead but never needed: nothing to wait for
    }
    try {
      worker.in().close();
    } catch (IOException e) {
      // It is going anyway.
    }
    try {
      // One that writes the class archive does so as it exits, which takes a moment.
      if (!process.waitFor(worker.archive() == null ? 2 : 30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    worker.stderr().finish();
    int status = process.isAlive() ? -1 : process.exitValue();
    if (archive != null && worker.archive() != null) {
      archive.ended(worker.archive(), status == 0 && worker.used().get());
    }
    return status;
  }

  @Override
  public void close() {
    stop();
  }

  /** Kills the worker at once: for a scan that is being interrupted. */
  void kill() {
    Running worker = running;
    if (worker != null) {
      worker.process().destroyForcibly();
    }
  }

  /** A worker could not be started: the scan cannot go on. */
  static final class WorkerException extends IOException {
    private static final long serialVersionUID = 1L;

    WorkerException(String message) {
      super(message);
    }
  }

  /** Drains a worker's stderr (so that it never blocks on a full pipe) and keeps its last lines. */
  static final class StderrTail {
    private static final int KEEP = 20;
    private final Deque<String> last = new ArrayDeque<>();
    private final Thread reader;

    StderrTail(InputStream stderr) {
      reader = new Thread(() -> drain(stderr), "suanzhang-worker-stderr");
      reader.setDaemon(true);
      reader.start();
    }

    private void drain(InputStream stderr) {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          synchronized (last) {
            if (last.size() == KEEP) {
              last.removeFirst();
            }
            last.addLast(line);
          }
        }
      } catch (IOException e) {
        // The worker is gone; what was read is kept.
      }
    }

    /** Waits briefly for the rest of the output of a worker that has ended. */
    void finish() {
      try {
        reader.join(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    List<String> lines() {
      synchronized (last) {
        return List.copyOf(last);
      }
    }
  }
}
