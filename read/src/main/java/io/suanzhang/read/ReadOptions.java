package io.suanzhang.read;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * Limits that protect a batch from one bad input: the largest file read, and how long one document
 * may take.
 */
public record ReadOptions(long maxBytes, Duration timeout) {

  /** 64 MB and 120 s: far above any published report, and small enough for a 512 MB heap. */
  public static final ReadOptions DEFAULT = new ReadOptions(64L * 1024 * 1024, Duration.ofSeconds(120));

  public ReadOptions {
    requireNonNull(timeout, "timeout");
    if (maxBytes <= 0 || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  public ReadOptions withMaxBytes(long bytes) {
    return new ReadOptions(bytes, timeout);
  }

  public ReadOptions withTimeout(Duration limit) {
    return new ReadOptions(maxBytes, limit);
  }
}
