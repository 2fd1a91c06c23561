package io.suanzhang.core;

import static java.util.Objects.requireNonNull;

/** An error or warning about a document as a whole: a stable code and a message naming file and cause. */
public record Problem(ErrorCode code, String message) {

  public Problem {
    requireNonNull(code, "code");
    requireNonNull(message, "message");
  }
}
