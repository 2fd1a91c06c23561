package io.suanzhang;

import io.suanzhang.checks.Checks;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.Document;
import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.Problem;
import io.suanzhang.core.ReportException;
import io.suanzhang.read.DocumentReaders;
import io.suanzhang.read.ReadOptions;
import java.nio.file.Path;

/**
 * The front door: reads a report, extracts what it states and checks it, in a straight line.
 *
 * <pre>{@code
 * Analysis a = Suanzhang.analyse(Path.of("部门决算.pdf"));   // never throws for bad input
 * for (Finding f : a.findings()) System.out.println(f.severity() + " " + f.zh());
 * }</pre>
 *
 * <p>Each stage has its own module for a caller who wants one: {@code suanzhang-read} ({@link
 * DocumentReaders}: a file into a {@link Document}), {@code suanzhang-extract} ({@code Extraction}:
 * mentions and facts), {@code suanzhang-checks} ({@link Checks}: the rules).
 */
public final class Suanzhang {

  private Suanzhang() {}

  /** Reads, extracts and checks one file with the standard rules and the default limits. */
  public static Analysis analyse(Path file) {
    return analyse(file, ReadOptions.DEFAULT, Checks.standard());
  }

  /**
   * Reads one file within the given limits (largest file, time to read), extracts and checks it with
   * the given rules. Never throws for bad input: a file that cannot be read gives an analysis whose
   * error says why, and a defect of a later stage costs that stage's results only.
   */
  public static Analysis analyse(Path file, ReadOptions options, Checks checks) {
    Document document;
    try {
      document = DocumentReaders.read(file, options);
    } catch (ReportException e) {
      return Analysis.failed(DocumentReaders.sourceOf(file), e.toProblem());
    } catch (RuntimeException | StackOverflowError e) {
      // A reader defect must cost one file, not the batch.
      return Analysis.failed(DocumentReaders.sourceOf(file),
          new Problem(ErrorCode.INTERNAL, file + ": reading failed unexpectedly: " + e));
    }
    return checks.check(document);
  }

  /** Extracts and checks a document from a caller's own reader, with the standard rules. */
  public static Analysis check(Document document) {
    return Checks.standard().check(document);
  }
}
