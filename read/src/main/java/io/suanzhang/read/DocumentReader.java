package io.suanzhang.read;

import io.suanzhang.core.Document;
import io.suanzhang.core.Format;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.Source;
import java.util.Set;

/**
 * Reads the bytes of one format into a {@link Document}. Implementations are found with {@link
 * java.util.ServiceLoader}, so a user can add a format by listing a class in {@code
 * META-INF/services/io.suanzhang.read.DocumentReader}.
 *
 * <p>A reader throws nothing but {@link ReportException}: a corrupt, truncated, encrypted or
 * oversized input becomes one with the matching {@link io.suanzhang.core.ErrorCode} and a message
 * naming the file and the cause. It must be safe to call from several threads at once.
 */
public interface DocumentReader {

  /** The formats this reader reads. */
  Set<Format> formats();

  /**
   * Reads a document.
   *
   * @param bytes the whole file, at most {@code options.maxBytes()} long
   * @param source where the bytes came from; its path names the file in error messages
   */
  Document read(byte[] bytes, Source source, ReadOptions options) throws ReportException;
}
