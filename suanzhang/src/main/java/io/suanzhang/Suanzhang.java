package io.suanzhang;

import io.suanzhang.checks.Checks;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.Document;
import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.Problem;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.Source;
import io.suanzhang.read.DocumentReaders;
import io.suanzhang.read.ReadOptions;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The front door: reads a report, extracts what it states and checks it, in a straight line.
 *
 * <pre>{@code
 * Analysis a = Suanzhang.analyse(Path.of("部门决算.pdf"));   // never throws for bad input
 * for (Finding f : a.findings()) System.out.println(f.severity() + " " + f.zh());
 * }</pre>
 *
 * <p>A document that is not a file (object storage, a database, an upload) is analysed from its
 * bytes or a stream, with a name that errors and {@code source.path} call it by. The offsets of
 * mentions, facts and evidence are code points into the extracted text, which an {@link Analysis}
 * does not carry: a caller who wants it reads the document first ({@link #read(Path)}) and checks
 * that ({@link #check(Document)}), which is what {@code analyse} does in one step.
 *
 * <p>Bad input never throws: it gives an analysis whose {@code errors} say why. Misuse does: a
 * {@code null} argument or a folder is an {@link IllegalArgumentException} that says what to pass.
 * Reading runs on daemon threads named {@code suanzhang-reader-N} that end a moment after the last
 * document, so nothing is left to close and nothing keeps a program from exiting.
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
   *
   * @throws IllegalArgumentException if an argument is {@code null} or {@code file} is a folder
   */
  public static Analysis analyse(Path file, ReadOptions options, Checks checks) {
    aFile(file);
    given(options, "options");
    return analyse(
        () -> DocumentReaders.read(file, options), () -> DocumentReaders.sourceOf(file),
        file.toString(), given(checks, "checks"));
  }

  /**
   * {@link #analyse(Path, ReadOptions, Checks)} of a file whose content the caller has already hashed
   * ({@code known}: its SHA-256 and length; an archive scan hashes every input to find duplicates
   * before it reads any). Where the file still has that length, the known hash is its {@code
   * source.sha256}, not computed again; the caller answers for it.
   */
  public static Analysis analyse(Path file, Source known, ReadOptions options, Checks checks) {
    aFile(file);
    given(known, "known");
    given(options, "options");
    return analyse(
        () -> DocumentReaders.read(file, options, known), () -> DocumentReaders.sourceOf(file, known),
        file.toString(), given(checks, "checks"));
  }

  /**
   * Reads, extracts and checks a document held in memory. {@code name} (a file name or a storage key
   * such as {@code 2024/部门决算.pdf}) is what {@code source.path} and errors call it; its extension
   * helps tell plain text from binary where the content does not.
   */
  public static Analysis analyse(byte[] bytes, String name) {
    return analyse(bytes, name, ReadOptions.DEFAULT, Checks.standard());
  }

  /** {@link #analyse(byte[], String)} within other limits and with other rules. */
  public static Analysis analyse(byte[] bytes, String name, ReadOptions options, Checks checks) {
    given(bytes, "bytes");
    given(name, "name");
    given(options, "options");
    return analyse(
        () -> DocumentReaders.read(bytes, name, options), () -> DocumentReaders.sourceOf(bytes, name),
        name, given(checks, "checks"));
  }

  /**
   * Reads a stream to its end (it is not closed: the caller owns it), then analyses what it held as
   * {@link #analyse(byte[], String)} does. A stream that fails gives an analysis with an {@code io}
   * error; one longer than the limit, a {@code too_large} error.
   */
  public static Analysis analyse(InputStream in, String name) {
    return analyse(in, name, ReadOptions.DEFAULT, Checks.standard());
  }

  /** {@link #analyse(InputStream, String)} within other limits and with other rules. */
  public static Analysis analyse(InputStream in, String name, ReadOptions options, Checks checks) {
    given(in, "in");
    given(name, "name");
    given(options, "options");
    return analyse(
        () -> DocumentReaders.read(in, name, options), () -> DocumentReaders.sourceOf(new byte[0], name),
        name, given(checks, "checks"));
  }

  /**
   * Reads a file into its extracted text and structure, for a caller who wants the text that the
   * offsets of an analysis point into: {@code check(read(file))} is {@code analyse(file)}, with the
   * document in hand.
   *
   * <pre>{@code
   * Document document = Suanzhang.read(file);
   * Analysis analysis = Suanzhang.check(document);
   * CodePoints text = CodePoints.of(document.text());
   * for (Mention m : analysis.mentions()) {
   *   String around = text.slice(Math.max(0, m.start() - 20), m.end());  // the number in context
   * }
   * }</pre>
   *
   * @throws ReportException (an {@code IOException}) if the file cannot be read; its {@code code()}
   *     says why
   * @throws IllegalArgumentException if {@code file} is {@code null} or a folder
   */
  public static Document read(Path file) throws ReportException {
    return DocumentReaders.read(aFile(file));
  }

  /**
   * Reads a document held in memory, as {@link #read(Path)} reads a file; {@code name} is as for
   * {@link #analyse(byte[], String)}.
   *
   * @throws ReportException if the bytes cannot be read as a report; its {@code code()} says why
   */
  public static Document read(byte[] bytes, String name) throws ReportException {
    return DocumentReaders.read(given(bytes, "bytes"), given(name, "name"), ReadOptions.DEFAULT);
  }

  /** Extracts and checks a document from a caller's own reader, with the standard rules. */
  public static Analysis check(Document document) {
    return Checks.standard().check(given(document, "document"));
  }

  private interface Reading {
    Document read() throws ReportException;
  }

  private static Analysis analyse(Reading reading, Supplier<Source> unread, String name, Checks checks) {
    Document document;
    try {
      document = reading.read();
    } catch (ReportException e) {
      return Analysis.failed(unread.get(), e.toProblem());
    } catch (RuntimeException | StackOverflowError e) {
      // A reader defect must cost one file, not the batch.
      return Analysis.failed(unread.get(),
          new Problem(ErrorCode.INTERNAL, name + ": reading failed unexpectedly: " + e));
    }
    return checks.check(document);
  }

  private static Path aFile(@Nullable Path file) {
    if (Files.isDirectory(given(file, "file"))) {
      throw new IllegalArgumentException(
          "'" + file + "' is a folder: analyse reads one file; walk the folder (Files.walk) and"
              + " analyse each file, or run `suanzhang scan` on it");
    }
    return file;
  }

  private static <T> T given(@Nullable T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is null: " + switch (name) {
        case "file" -> "pass the path of a report file";
        case "name" -> "pass the document's file name or storage key, e.g. \"部门决算.pdf\"";
        case "options" -> "pass ReadOptions.DEFAULT for the default limits";
        case "checks" -> "pass Checks.standard() for the standard rules";
        case "known" -> "pass the content's SHA-256 and length as a Source, or call analyse(file, options, checks)";
        default -> "pass the document";
      });
    }
    return value;
  }
}
