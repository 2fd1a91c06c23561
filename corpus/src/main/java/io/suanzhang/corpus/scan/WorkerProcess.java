package io.suanzhang.corpus.scan;

import com.fasterxml.jackson.databind.ObjectReader;
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
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * One child JVM running {@link Worker}, the way Apache Tika's pipes isolate parsers, reading up to
 * {@code threads} documents at once so that they share its JIT-compiled code, its loaded classes and
 * dictionaries. A document that takes longer than the limit has the JVM killed, and a JVM that dies
 * (OutOfMemoryError ends it, {@code -XX:+ExitOnOutOfMemoryError}) costs no document but the one at
 * fault: with one thread that is the one it was reading; with more, each document it was reading is
 * read again alone, in a JVM of one thread, whose answer is final. Every document gets one record,
 * and the next ones a fresh JVM.
 *
 * <p>The scan keeps one document more in a JVM than it has threads, so that a thread that finishes
 * one takes the next at once instead of waiting for the scan to answer. The worker says when a thread
 * takes a document ({@link Frames.Started}): its deadline runs from there, and only documents taken
 * are at fault when the JVM dies; one still waiting is sent to the next JVM.
 *
 * <p>Thread-safe: each of the scan's threads hands it one document at a time.
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

  /**
   * Times a document is sent to a new worker after the one it waited in died of another document;
   * after that it is read alone.
   */
  private static final int SENDS = 3;

  private static final ObjectReader MESSAGES = Json.mapper().readerFor(Frames.Message.class);

  private final List<String> command;
  private final int threads;
  private final Duration timeout;
  private final Duration startup;
  private final int heapMegabytes;
  private final ScheduledExecutorService timer;
  private final @Nullable ClassArchive archive;
  private final AtomicLong ids = new AtomicLong();
  private final AtomicLong peakHeap = new AtomicLong();
  /** Re-reads documents alone after a JVM of several threads died: one at a time. */
  private final Object aloneLock = new Object();

  private @Nullable Running running; // guarded by this
  /** Set when the scan is being interrupted: a document whose worker was killed is not read again. */
  private volatile boolean killed;
  private int starts; // guarded by this

  /**
   * A document sent to a worker, until its answer comes or the worker is gone. Its clock starts when
   * a thread of the worker takes it, not when it is sent: it may wait there for one.
   */
  private static final class Pending {
    final CompletableFuture<Frames.Response> answer = new CompletableFuture<>();
    /** Set by the thread that reads the worker's answers, before it completes {@link #answer}. */
    volatile boolean started;
    volatile boolean timedOut;
    volatile @Nullable ScheduledFuture<?> deadline;
  }

  /**
   * A started worker and its pipes; {@code archive}: the class archive it writes as it exits, if any.
   * Its answers are read by a thread of its own, which completes the pending documents, and when the
   * worker is gone fails those left and records how it ended.
   */
  private final class Running {
    final Process process;
    final DataOutputStream in;
    final DataInputStream out;
    final StderrTail stderr;
    final @Nullable Path archive;
    final AtomicBoolean used = new AtomicBoolean();
    final Map<Long, Pending> pending = new HashMap<>(); // guarded by this
    final CountDownLatch ended = new CountDownLatch(1);
    boolean gone; // guarded by this
    /** Takes no more documents: it is stopped once those it has are answered. */
    volatile boolean retired;
    volatile int exitStatus = -1;

    Running(Process process, @Nullable Path archive) {
      this.process = process;
      this.in = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
      this.out = new DataInputStream(new BufferedInputStream(process.getInputStream()));
      this.stderr = new StderrTail(process.getErrorStream());
      this.archive = archive;
    }

    /** Sends a document; false if the worker is gone or going (the caller takes another). */
    synchronized boolean send(long id, byte[] request, Pending p) {
      if (gone || retired) {
        return false;
      }
      used.set(true);
      pending.put(id, p);
      // It waits in the worker for at most the documents ahead of it, each stopped at its deadline:
      // one not started long after that is in a worker that takes no more, and it ends.
      p.deadline = schedule(() -> {
        if (!p.started) {
          process.destroyForcibly();
        }
      }, timeout.multipliedBy(2).plus(startup));
      try {
        Frames.write(in, request);
        return true;
      } catch (IOException e) {
        pending.remove(id);
        cancel(p.deadline);
        return false; // it died between documents: not this document's doing
      }
    }

    void readAnswers() {
      try {
        for (byte[] m = Frames.read(out); m != null; m = Frames.read(out)) {
          Frames.Message message = MESSAGES.readValue(m);
          if (message instanceof Frames.Started) {
            synchronized (this) {
              Pending p = pending.get(message.id());
              if (p != null) {
                started(p);
              }
            }
            continue;
          }
          Pending p;
          boolean idle;
          synchronized (this) {
            p = pending.remove(message.id());
            idle = retired && pending.isEmpty();
          }
          if (p != null) {
            cancel(p.deadline);
            p.answer.complete((Frames.Response) message);
          }
          if (idle) {
            close();
          }
        }
      } catch (IOException | RuntimeException e) {
        // Killed at a deadline, died, or out of step (it wrote something else on stdout as it died).
      }
      ended();
    }

    /** A thread has taken {@code p}: its deadline runs from now. */
    private void started(Pending p) {
      cancel(p.deadline);
      p.started = true;
      p.deadline = schedule(() -> {
        p.timedOut = true;
        process.destroyForcibly();
      }, timeout);
    }

    /** Closes its input: it ends when it has read it all; killed if it has not after a while. */
    void close() {
      try {
        synchronized (this) {
          in.close();
        }
      } catch (IOException e) {
        // It is going anyway.
      }
      // One that writes the class archive does so as it exits, which takes a moment.
      try {
        timer.schedule(process::destroyForcibly, archive == null ? 2 : 30, TimeUnit.SECONDS);
      } catch (RejectedExecutionException e) {
        // The scan is over: the reader of its answers waits for it to end, and kills it if it will not.
      }
    }

    private void ended() {
      try {
        if (!process.waitFor(archive == null ? 2 : 30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          process.waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
      stderr.finish();
      exitStatus = process.isAlive() ? -1 : process.exitValue();
      if (WorkerProcess.this.archive != null && archive != null) {
        WorkerProcess.this.archive.ended(archive, exitStatus == 0 && used.get());
      }
      List<Pending> left;
      synchronized (this) {
        gone = true;
        left = List.copyOf(pending.values());
        pending.clear();
      }
      synchronized (WorkerProcess.this) {
        if (running == this) {
          running = null;
        }
      }
      ended.countDown();
      left.forEach(p -> p.answer.completeExceptionally(new IOException("the worker is gone")));
    }

    void awaitEnd() {
      try {
        ended.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** A worker JVM of {@code threads} threads, started with {@code command} and {@code --threads}. */
  WorkerProcess(
      List<String> command, int threads, Duration timeout, Duration startup, int heapMegabytes,
      ScheduledExecutorService timer, @Nullable ClassArchive archive) {
    this.command = List.copyOf(command);
    this.threads = threads;
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
    long id = ids.incrementAndGet();
    byte[] request = Json.mapper().writeValueAsBytes(
        new Frames.Request(id, file.toString(), known.path(), json == null ? null : json.toString(),
            known.sha256(), known.bytes()));
    for (int tries = 1; ; tries++) {
      Pending p = new Pending();
      Running worker = started();
      if (!worker.send(id, request, p)) {
        // Gone between documents, or retired: not this document's doing. Once more with a new one.
        retire(worker);
        worker = started();
        if (!worker.send(id, request, p)) {
          throw new WorkerException("a worker JVM stopped as it was given " + known.path());
        }
      }
      Frames.@Nullable Response response = null;
      try {
        response = p.answer.get();
      } catch (ExecutionException e) {
        // The worker is gone: below, why.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while " + known.path() + " was being read");
      } finally {
        cancel(p.deadline);
      }
      if (response != null) {
        peakHeap.accumulateAndGet(response.peakHeapBytes(), Math::max);
        if (p.timedOut || response.summary().status() == Status.TIMEOUT) {
          // A reader that timed out inside the worker may still be looping on a thread of its own.
          retire(worker);
        }
        return new Answer(response.summary());
      }
      worker.awaitEnd();
      int status = worker.exitStatus;
      if (p.timedOut) {
        return Answer.of(Analysis.failed(known, new Problem(ErrorCode.TIMEOUT, String.format(
            Locale.ROOT, "%s: reading took longer than the limit of %s", known.path(),
            ReadOptions.describe(timeout)))), json);
      }
      if (killed || status == INTERRUPTED_STATUS || status == TERMINATED_STATUS) {
        // Ctrl-C reaches the workers too: the scan is being stopped, the document is not at fault.
        throw new InterruptedIOException(String.format(
            Locale.ROOT, "a worker was stopped by a signal (exit status %d) while reading %s; run the"
                + " scan again to take it up where it stopped", status, known.path()));
      }
      if (!p.started && tries < SENDS) {
        continue; // It was waiting for a thread when the worker died of another document.
      }
      if (threads > 1 || !p.started) {
        // It read others too (or waited in three that died of others): a read alone tells.
        return alone(file, known, json);
      }
      if (status == OUT_OF_MEMORY_STATUS) {
        return Answer.of(Analysis.failed(known, new Problem(ErrorCode.OUT_OF_MEMORY,
            Failures.outOfMemory(known.path(), heapMegabytes))), json);
      }
      return Answer.of(Analysis.failed(known, new Problem(ErrorCode.CRASHED, String.format(
          Locale.ROOT, "%s: the worker reading it stopped unexpectedly (%s)", known.path(),
          lastWords(status, worker.stderr.lines())))), json);
    }
  }

  /** Runs {@code action} after {@code delay}; null once the scan is over and its timer stopped. */
  private @Nullable ScheduledFuture<?> schedule(Runnable action, Duration delay) {
    try {
      return timer.schedule(action, delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      return null;
    }
  }

  private static void cancel(@Nullable ScheduledFuture<?> deadline) {
    if (deadline != null) {
      deadline.cancel(false);
    }
  }

  /** Reads a document again in a JVM of one thread, started for it and stopped after. */
  private Answer alone(Path file, Source known, @Nullable Path json) throws IOException {
    synchronized (aloneLock) {
      WorkerProcess alone =
          new WorkerProcess(command, 1, timeout, startup, heapMegabytes, timer, archive);
      try {
        Answer answer = alone.analyse(file, known, json);
        peakHeap.accumulateAndGet(alone.peakHeapBytes(), Math::max);
        return answer;
      } finally {
        synchronized (this) {
          starts += alone.starts();
        }
        alone.close();
      }
    }
  }

  private synchronized Running started() throws IOException {
    if (running != null) {
      return running;
    }
    starts++;
    ClassArchive.Use use = archive == null ? ClassArchive.Use.NONE : archive.next();
    List<String> line = new ArrayList<>(command);
    line.addAll(1, use.options());
    line.add("--threads");
    line.add(String.valueOf(threads));
    Process process = new ProcessBuilder(line).start();
    Running worker = new Running(process, use.writes());
    ScheduledFuture<?> deadline =
        timer.schedule(process::destroyForcibly, startup.toMillis(), TimeUnit.MILLISECONDS);
    byte[] ready;
    try {
      ready = Frames.read(worker.out);
    } catch (IOException e) {
      ready = null;
    } finally {
      deadline.cancel(false);
    }
    if (ready == null) {
      process.destroyForcibly();
      worker.ended();
      throw new WorkerException(String.format(
          Locale.ROOT, "a worker JVM did not start (exit status %d)%s%n  command: %s",
          worker.exitStatus,
          worker.stderr.lines().isEmpty() ? "" : ":\n  " + String.join("\n  ", worker.stderr.lines()),
          String.join(" ", line)));
    }
    String sample = Json.mapper().readValue(ready, Frames.Ready.class).sample();
    if (archive != null && sample != null) {
      archive.keepSample(sample);
    }
    Thread answers = new Thread(worker::readAnswers, "suanzhang-worker-answers");
    answers.setDaemon(true);
    answers.start();
    running = worker;
    return worker;
  }

  /** Takes no more documents to {@code worker}; stops it once it has answered those it has. */
  private void retire(Running worker) {
    boolean idle;
    synchronized (this) {
      if (running == worker) {
        running = null;
      }
    }
    synchronized (worker) {
      worker.retired = true;
      idle = worker.pending.isEmpty();
    }
    if (idle) {
      worker.close();
    }
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
    return peakHeap.get();
  }

  /** How many worker JVMs this has started: one, plus one per restart or read alone. */
  synchronized int starts() {
    return starts;
  }

  /** Ends the worker, if any: it finishes what it has under way (within its limit) and exits. */
  @Override
  public void close() {
    Running worker;
    synchronized (this) {
      worker = running;
      running = null;
    }
    if (worker == null) {
      return;
    }
    if (!worker.used.get()) {
      worker.process.destroyForcibly(); // started ahead but never needed: nothing to wait for
    } else {
      worker.close();
    }
    worker.awaitEnd();
  }

  /** Kills the worker at once: for a scan that is being interrupted. */
  void kill() {
    killed = true;
    Running worker;
    synchronized (this) {
      worker = running;
    }
    if (worker != null) {
      worker.process.destroyForcibly();
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
