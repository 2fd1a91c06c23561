package io.suanzhang.corpus.worker;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.ErrorCode;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What became of one input in a scan: exactly one per input. Derived from the first error of its
 * analysis, so that {@code documents.jsonl} (the extract JSON) carries it without a field of its own.
 */
public enum Status {
  /** Read and checked. */
  OK,
  /** Empty, truncated, corrupt, of a format Suanzhang does not read, or gone when it was read. */
  PARSE_ERROR,
  /** Encrypted, and no password was given. */
  ENCRYPTED,
  /** Larger than {@code --max-size}, or expanding beyond the parser's limits. */
  TOO_LARGE,
  /** Took longer than {@code --timeout}; the worker reading it was killed. */
  TIMEOUT,
  /** Needed more than {@code --worker-heap}; the worker reading it died and was replaced. */
  OUT_OF_MEMORY,
  /** The worker reading it died, or Suanzhang failed on it: a defect to report. */
  CRASHED,
  /**
   * Not read on purpose: a symbolic link that leads nowhere, round in a loop or to a folder, a named
   * pipe, a socket or a device.
   */
  SKIPPED;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status of a {@link #jsonName()}, or {@code null} for a name that is none. */
  public static @Nullable Status named(String jsonName) {
    for (Status s : values()) {
      if (s.jsonName().equals(jsonName)) {
        return s;
      }
    }
    return null;
  }

  public static Status of(Analysis analysis) {
    return analysis.errors().isEmpty() ? OK : of(analysis.errors().get(0).code());
  }

  public static Status of(ErrorCode code) {
    switch (code) {
      case ENCRYPTED:
        return ENCRYPTED;
      case TOO_LARGE:
      case ZIP_BOMB:
        return TOO_LARGE;
      case TIMEOUT:
        return TIMEOUT;
      case OUT_OF_MEMORY:
        return OUT_OF_MEMORY;
      case CRASHED:
      case INTERNAL:
        return CRASHED;
      case SKIPPED:
        return SKIPPED;
      case NOT_FOUND:
      case EMPTY:
      case UNSUPPORTED:
      case CORRUPT:
      case TRUNCATED:
      case IO:
      default:
        return PARSE_ERROR;
    }
  }
}
