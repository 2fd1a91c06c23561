package io.suanzhang.corpus.scan;

import io.suanzhang.corpus.worker.Status;

/**
 * The limits a result was made within, kept with it in the manifest. A result that hit a limit
 * ({@code timeout}, {@code too_large}, {@code out_of_memory}) is read again once that limit has been
 * raised; any other result stands whatever the limits, since they only ever stop a read.
 *
 * @param timeoutMillis {@code --timeout}
 * @param maxBytes {@code --max-size}
 * @param workerHeapMegabytes {@code --worker-heap}
 */
record Limits(long timeoutMillis, long maxBytes, int workerHeapMegabytes) {

  static Limits of(ScanOptions options) {
    return new Limits(options.timeout().toMillis(), options.maxBytes(), options.workerHeapMegabytes());
  }

  /** Whether a result of {@code status} made within {@code then} may come out otherwise within these. */
  boolean rereads(Status status, Limits then) {
    return switch (status) {
      case TIMEOUT -> timeoutMillis > then.timeoutMillis;
      case TOO_LARGE -> maxBytes > then.maxBytes;
      case OUT_OF_MEMORY -> workerHeapMegabytes > then.workerHeapMegabytes;
      default -> false;
    };
  }
}
