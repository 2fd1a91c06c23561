package io.suanzhang.checks;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.ReportException;
import io.suanzhang.read.DocumentReaders;
import java.nio.file.Path;

/** Reads a file and checks it, as the tests of rules on real and generated reports need. */
public final class Checked {

  private Checked() {}

  /** The file read, extracted and checked with the standard rules. */
  public static Analysis analyse(Path file) {
    return analyse(Checks.standard(), file);
  }

  /** The file read, extracted and checked with these rules; a file that cannot be read gives its error. */
  public static Analysis analyse(Checks checks, Path file) {
    try {
      return checks.check(DocumentReaders.read(file));
    } catch (ReportException e) {
      return Analysis.failed(DocumentReaders.sourceOf(file), e.toProblem());
    }
  }
}
