package io.suanzhang.core.document;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/** A warning about part of a document, naming the page where it applies. */
public record Warning(WarningCode code, @Nullable Integer page, String message) {

  public Warning {
    requireNonNull(code, "code");
    requireNonNull(message, "message");
  }
}
