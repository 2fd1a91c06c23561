package io.suanzhang.corpus.scan;

import io.suanzhang.corpus.worker.Status;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Shows how far a scan is on stderr: on a terminal a bar redrawn in place, elsewhere (a log, CI) a
 * plain line every few seconds and one at the end. Files done of all, files read per second this run,
 * the time left at that rate, and how many inputs failed so far.
 */
public final class Progress {

  /** Where progress goes. */
  public enum Mode {
    /** A one-line bar, redrawn in place. */
    TERMINAL,
    /** A plain line every interval and at the end. */
    PLAIN,
    /** Nothing. */
    OFF
  }

  private static final int BAR = 24;

  private final PrintWriter err;
  private final Mode mode;
  private final Duration interval;
  private final int total;
  private final long start = System.nanoTime();
  private @Nullable ScheduledExecutorService ticker;

  private int done;
  private int worked;
  private int failed;
  private boolean shown;

  Progress(PrintWriter err, Mode mode, Duration interval, int total) {
    this.err = err;
    this.mode = mode;
    this.interval = interval;
    this.total = total;
  }

  synchronized void start() {
    if (mode == Mode.OFF) {
      return;
    }
    ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "suanzhang-progress");
      t.setDaemon(true);
      return t;
    });
    long every = mode == Mode.TERMINAL ? 250 : interval.toMillis();
    ticker.scheduleAtFixedRate(this::tick, every, every, TimeUnit.MILLISECONDS);
  }

  /** One more input done; {@code read} when it was read in this run, not resumed or a duplicate. */
  synchronized void done(Status status, boolean read) {
    done++;
    if (read) {
      worked++;
    }
    if (status != Status.OK) {
      failed++;
    }
  }

  /** Prints something (a table row on stdout) with the bar out of its way. */
  synchronized void above(Runnable print) {
    if (mode == Mode.TERMINAL && shown) {
      err.print("\r\033[K");
      err.flush();
      shown = false;
    }
    print.run();
  }

  private synchronized void tick() {
    if (mode == Mode.TERMINAL) {
      err.print("\r" + bar() + "\033[K");
      err.flush();
      shown = true;
    } else {
      err.println("scan: " + line());
      err.flush();
    }
  }

  /** The last word: the bar at 100 % with a line break, or a last plain line. */
  synchronized void finish() {
    if (ticker != null) {
      ticker.shutdownNow();
    }
    if (mode == Mode.TERMINAL) {
      err.println("\r" + bar() + "\033[K");
    } else if (mode == Mode.PLAIN) {
      err.println("scan: " + line());
    }
    err.flush();
  }

  private String bar() {
    int filled = total == 0 ? BAR : (int) ((long) BAR * done / total);
    return "[" + "=".repeat(filled) + " ".repeat(BAR - filled) + "] " + line();
  }

  /** {@code 12/35 files, 3.2 files/s, ETA 0:07, 2 failed}. */
  String line() {
    double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
    double rate = worked / seconds;
    String eta;
    if (done == total) {
      eta = "done in " + clock(seconds);
    } else if (worked == 0) {
      eta = "ETA --:--";
    } else {
      eta = "ETA " + clock((total - done) / rate);
    }
    return String.format(
        Locale.ROOT, "%d/%d files, %.1f files/s, %s, %d failed", done, total, rate, eta, failed);
  }

  private static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
