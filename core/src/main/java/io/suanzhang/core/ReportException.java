package io.suanzhang.core;

import static java.util.Objects.requireNonNull;

import java.io.IOException;

/**
 * A document could not be read. The {@link #code()} says why in a form a program can act on; the
 * message names the file and the cause for a person.
 */
public class ReportException extends IOException {

  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  public ReportException(ErrorCode code, String message) {
    super(message);
    this.code = requireNonNull(code, "code");
  }

  public ReportException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = requireNonNull(code, "code");
  }

  public ErrorCode code() {
    return code;
  }

  public Problem toProblem() {
    return new Problem(code, String.valueOf(getMessage()));
  }
}
