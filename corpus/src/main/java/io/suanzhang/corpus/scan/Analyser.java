package io.suanzhang.corpus.scan;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.Json;
import io.suanzhang.core.Source;
import java.io.IOException;
import java.nio.file.Path;

/** Reads one file after another: in a child JVM ({@link WorkerProcess}) or in this one. */
interface Analyser extends AutoCloseable {

  /**
   * Reads, extracts and checks a file, naming it {@code known.path()} in the analysis. {@code known}
   * is what the scan knows of it (name, hash, size): the source of a record for a read that failed
   * without an answer.
   *
   * @throws IOException when no worker can be started, or a worker was stopped by a signal (the scan
   *     is being interrupted): the scan cannot go on
   */
  Answer analyse(Path file, Source known) throws IOException;

  /** An analysis as JSON (one line, as kept and as written to documents.jsonl) and its summary. */
  record Answer(DocumentSummary summary, byte[] json) {

    static Answer of(Analysis analysis) throws IOException {
      return new Answer(DocumentSummary.of(analysis), Json.mapper().writeValueAsBytes(analysis));
    }
  }

  /** Gets ready ahead of the first document (a worker JVM starts); by default nothing to do. */
  default void start() throws IOException {}

  /** The largest heap a worker of this analyser used so far (0 where it is not measured). */
  long peakHeapBytes();

  @Override
  void close();
}
