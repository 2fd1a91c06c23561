package io.suanzhang.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where a document came from: the path as given, the SHA-256 of its bytes (lower-case hex), its
 * format, its size in bytes and, for paged formats, its page count.
 */
@JsonPropertyOrder({"path", "sha256", "format", "bytes", "pages"})
public record Source(String path, String sha256, Format format, long bytes, @Nullable Integer pages) {

  public Source {
    requireNonNull(path, "path");
    requireNonNull(sha256, "sha256");
    requireNonNull(format, "format");
    if (!sha256.isEmpty() && !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "sha256 '%s' is not 64 lower-case hex digits", sha256));
    }
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes must not be negative");
    }
    if (pages != null && pages < 0) {
      throw new IllegalArgumentException("pages must not be negative");
    }
  }
}
