package io.suanzhang.corpus.scan;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.Source;
import java.io.IOException;
import java.nio.file.Path;

/** Reads one file after another: in a child JVM ({@link WorkerProcess}) or in this one. */
interface Analyser extends AutoCloseable {

  /**
   * Reads, extracts and checks a file. {@code known} is what the scan knows of it (path as read, hash,
   * size): the source of a record for a read that failed without an answer.
   *
   * @throws IOException only when no worker can be started: the scan cannot go on
   */
  Analysis analyse(Path file, Source known) throws IOException;

  /** The largest heap a worker of this analyser used so far (0 where it is not measured). */
  long peakHeapBytes();

  @Override
  void close();
}
