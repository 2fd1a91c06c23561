package io.suanzhang.extract;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.ReportException;
import io.suanzhang.read.DocumentReaders;
import java.nio.file.Path;

/** Reads a file and extracts it, as the tests of extraction on real reports need. */
public final class ReadAndExtract {

  private ReadAndExtract() {}

  /** The file's analysis before checks; a file that cannot be read gives one with its error. */
  public static Analysis analyse(Path file) {
    try {
      return Extraction.of(DocumentReaders.read(file));
    } catch (ReportException e) {
      return Analysis.failed(DocumentReaders.sourceOf(file), e.toProblem());
    }
  }
}
