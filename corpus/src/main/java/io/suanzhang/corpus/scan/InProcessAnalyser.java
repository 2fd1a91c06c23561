package io.suanzhang.corpus.scan;

import io.suanzhang.Suanzhang;
import io.suanzhang.checks.Checks;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.Source;
import io.suanzhang.corpus.worker.Worker;
import io.suanzhang.read.ReadOptions;
import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Reads in the scan's own JVM ({@code --jobs 0}): no start-up cost, but a parser that loops keeps a
 * thread busy for good and an OutOfMemoryError can end the scan. For tests and small trusted inputs.
 */
final class InProcessAnalyser implements Analyser {

  private final Checks checks;
  private final ReadOptions options;

  InProcessAnalyser(Checks checks, ReadOptions options) {
    this.checks = checks;
    this.options = options;
  }

  @Override
  public Answer analyse(Path file, Source known, @Nullable Path json) throws IOException {
    Analysis analysis = Suanzhang.analyse(file, known, options, checks);
    return Answer.of(Worker.renamed(analysis, file.toString(), known.path()), json);
  }

  @Override
  public long peakHeapBytes() {
    return 0;
  }

  @Override
  public void close() {}
}
