package io.suanzhang.read.internal;

import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.Source;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a parser library throws into a {@link ReportException} whose message names the file and
 * the cause. Readers map the causes they know first (encryption, zip bombs) and leave the rest here.
 */
public final class Failures {

  private static final int MAX_DETAIL = 240;

  private Failures() {}

  /** The failure for anything a reader did not map itself. */
  public static ReportException of(Source source, Throwable t) {
    if (t instanceof ReportException) {
      return (ReportException) t;
    }
    if (t instanceof OutOfMemoryError) {
      return new ReportException(ErrorCode.OUT_OF_MEMORY, outOfMemory(source.path()), t);
    }
    if (t instanceof StackOverflowError) {
      return new ReportException(
          ErrorCode.CORRUPT, source.path() + ": the document nests too deeply to read", t);
    }
    if (interrupted(t)) {
      return new ReportException(ErrorCode.TIMEOUT, source.path() + ": reading was cancelled", t);
    }
    if (t instanceof LinkageError) {
      return new ReportException(
          ErrorCode.INTERNAL, source.path() + ": a parser library is missing a class: " + t, t);
    }
    return new ReportException(
        ErrorCode.CORRUPT, source.path() + ": the file is damaged or malformed (" + describe(t) + ")", t);
  }

  /**
   * Why a document that filled the heap is {@code out_of_memory}: the same words as a scan's worker
   * that died of it, so that {@code extract} and {@code scan} give the same cause. Not {@code
   * too_large}, which is a limit the user set (bytes, pages) and raises by another option.
   */
  public static String outOfMemory(String path) {
    return outOfMemory(path, (Runtime.getRuntime().maxMemory() + (1 << 20) - 1) >> 20);
  }

  /** {@link #outOfMemory(String)} for a heap of {@code megabytes}. */
  public static String outOfMemory(String path, long megabytes) {
    return String.format(Locale.ROOT, "%s: reading needed more memory than the heap of %d MB", path, megabytes);
  }

  /** Stops a reader whose task was cancelled (the batch's timeout interrupts it). */
  public static void checkInterrupted(Source source) throws ReportException {
    if (Thread.currentThread().isInterrupted()) {
      throw new ReportException(ErrorCode.TIMEOUT, source.path() + ": reading was cancelled");
    }
  }

  /** The innermost cause's class and message, on one line and bounded. */
  public static String describe(Throwable t) {
    Throwable deepest = t;
    Throwable explained = null;
    int depth = 0;
    for (Throwable c = t; c != null && depth < 32; c = c.getCause(), depth++) {
      deepest = c;
      if (c.getMessage() != null && !c.getMessage().isBlank()) {
        explained = c;
      }
    }
    String text =
        explained == null
            ? deepest.getClass().getSimpleName()
            : explained.getClass().getSimpleName() + ": " + explained.getMessage();
    text = text.replaceAll("\\s+", " ").strip();
    return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "…" : text;
  }

  /** Whether the cause chain holds an exception of this type. */
  public static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
    return find(t, type) != null;
  }

  public static <T extends Throwable> @Nullable T find(Throwable t, Class<T> type) {
    int depth = 0;
    for (Throwable c = t; c != null && depth < 32; c = c.getCause(), depth++) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
    }
    return null;
  }

  /** Whether a message in the cause chain contains the text (ignoring case). */
  public static boolean mentions(Throwable t, String text) {
    String needle = text.toLowerCase(Locale.ROOT);
    int depth = 0;
    for (Throwable c = t; c != null && depth < 32; c = c.getCause(), depth++) {
      String m = c.getMessage();
      if (m != null && m.toLowerCase(Locale.ROOT).contains(needle)) {
        return true;
      }
    }
    return false;
  }

  private static boolean interrupted(Throwable t) {
    return Thread.currentThread().isInterrupted()
        || causedBy(t, InterruptedException.class)
        || causedBy(t, ClosedByInterruptException.class)
        || (causedBy(t, InterruptedIOException.class)
            && !causedBy(t, java.net.SocketTimeoutException.class));
  }
}
