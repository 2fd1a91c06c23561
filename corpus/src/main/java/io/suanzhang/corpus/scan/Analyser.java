package io.suanzhang.corpus.scan;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.Source;
import io.suanzhang.corpus.worker.DocumentSummary;
import io.suanzhang.corpus.worker.Worker;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Reads one file after another: in a child JVM ({@link WorkerProcess}) or in this one. */
interface Analyser extends AutoCloseable {

  /**
   * Reads, extracts and checks a file, naming it {@code known.path()} in the analysis, and writes the
   * analysis as JSON (one line, as kept and as written to documents.jsonl) to {@code json}, unless it
   * is null. {@code known} is what the scan knows of it (name, hash, size): the source of a record for
   * a read that failed without an answer.
   *
   * @throws IOException when no worker can be started, or a worker was stopped by a signal (the scan
   *     is being interrupted): the scan cannot go on
   */
  Answer analyse(Path file, Source known, @Nullable Path json) throws IOException;

  /** What the scan keeps in memory of an analysis written to a file. */
  record Answer(DocumentSummary summary) {

    /** The answer for {@code analysis}, written to {@code json} (streamed) unless it is null. */
    static Answer of(Analysis analysis, @Nullable Path json) throws IOException {
      if (json != null) {
        Worker.write(analysis, json);
      }
      return new Answer(DocumentSummary.of(analysis));
    }
  }

  /** Gets ready ahead of the first document (a worker JVM starts); by default nothing to do. */
  default void start() throws IOException {}

  /** The largest heap a worker of this analyser used so far (0 where it is not measured). */
  long peakHeapBytes();

  @Override
  void close();
}
