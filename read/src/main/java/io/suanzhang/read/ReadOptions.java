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

  /**
   * A limit as a person would write it: whole seconds as {@code 120 s}, anything finer in
   * milliseconds ({@code 50 ms}), so that a message never says "0 s" for a limit that was not 0.
   */
  public static String describe(Duration limit) {
    return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
  }

  public ReadOptions withMaxBytes(long bytes) {
    return new ReadOptions(bytes, timeout);
  }

  public ReadOptions withTimeout(Duration limit) {
    return new ReadOptions(maxBytes, limit);
  }
}
