package io.suanzhang.corpus;

import com.fasterxml.jackson.core.JsonGenerator;
import io.suanzhang.Suanzhang;
import io.suanzhang.checks.Checks;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.Format;
import io.suanzhang.core.Json;
import io.suanzhang.core.Problem;
import io.suanzhang.core.Source;
import io.suanzhang.corpus.scan.Input;
import io.suanzhang.read.ReadOptions;
import io.suanzhang.read.internal.Failures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** One JSON object per file (JSON Lines): source, report, mentions, facts, findings, errors. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "Print one JSON object per FILE (JSON Lines): report, mentions, facts, findings, errors.")
final class ExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "reports to read")
  List<Path> files;

  // The limits of a scan, with its defaults: a file is too_large or timeout in both alike.
  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "the longest one document may take, read and checked (default: ${DEFAULT-VALUE})")
  long timeoutSeconds = ReadOptions.DEFAULT.timeout().toSeconds();

  @Option(
      names = "--max-size",
      paramLabel = "MB",
      description = "the largest file read; larger ones are too_large (default: ${DEFAULT-VALUE})")
  long maxSizeMegabytes = ReadOptions.DEFAULT.maxBytes() / (1024 * 1024);

  @Mixin RuleOptions rules = new RuleOptions();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Checks checks = rules.checks();
    ReadOptions options;
    try {
      options = ReadOptions.DEFAULT.withTimeout(Duration.ofSeconds(timeoutSeconds))
          .withMaxBytes(Math.multiplyExact(maxSizeMegabytes, 1024L * 1024));
    } catch (IllegalArgumentException | ArithmeticException e) {
      err.println("suanzhang: " + e.getMessage());
      return 2;
    }
    int status = 0;
    for (Path file : files) {
      Analysis analysis = analyse(checks, options, file, err);
      write(analysis, out);
      out.println();
      out.flush();
      if (!analysis.ok()) {
        status = 2;
      } else if (status == 0 && RuleOptions.hasErrors(analysis)) {
        status = 1;
      }
    }
    return status;
  }

  /**
   * The analysis of a file, with the status a scan gives the same file: a link that leads nowhere or
   * a named pipe is {@code skipped}, not read (a pipe would block); a document that needs more
   * memory than this JVM has is {@code out_of_memory}, as a scan's worker that dies of it, not a
   * stack trace.
   */
  private static Analysis analyse(Checks checks, ReadOptions options, Path file, PrintWriter err) {
    Problem skipped = Input.skipped(file);
    if (skipped != null) {
      return Analysis.failed(unknown(file), skipped);
    }
    if (Files.isDirectory(file)) {
      // The library calls a folder misuse; the command answers it as a scan answers a path that
      // names no file, and says which command reads folders.
      return Analysis.failed(unknown(file),
          new Problem(ErrorCode.NOT_FOUND, file + ": a folder, not a file (scan reads folders)"));
    }
    // The limit bounds the whole analysis, as a scan's deadline bounds its worker: a document read
    // in time whose checks run long is timeout in both.
    ExecutorService one = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "suanzhang-extract");
      t.setDaemon(true);
      return t;
    });
    Future<Analysis> task = one.submit(() -> Suanzhang.analyse(file, options, checks));
    try {
      return task.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      return Analysis.failed(unknown(file), new Problem(ErrorCode.TIMEOUT, String.format(
          Locale.ROOT, "%s: reading took longer than the limit of %s", file,
          ReadOptions.describe(options.timeout()))));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof OutOfMemoryError) {
        Problem p = new Problem(ErrorCode.OUT_OF_MEMORY, Failures.outOfMemory(file.toString()));
        err.println("suanzhang: " + p.message());
        return Analysis.failed(unknown(file), p);
      }
      throw new IllegalStateException(file + ": analysis failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(file + ": interrupted", e);
    } finally {
      one.shutdownNow();
    }
  }

  private static Source unknown(Path file) {
    return new Source(file.toString(), "", Format.UNKNOWN, 0, null);
  }

  /**
   * Writes an analysis as one line of JSON, streamed: the JSON of a 2,000-page PDF is a hundred
   * megabytes, which a string of it would need twice over.
   */
  static void write(Analysis analysis, Writer out) throws IOException {
    Json.mapper().writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValue(out, analysis);
  }
}
