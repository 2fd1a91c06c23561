package io.suanzhang.corpus;

import com.fasterxml.jackson.core.JsonGenerator;
import io.suanzhang.checks.Checks;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.Format;
import io.suanzhang.core.Json;
import io.suanzhang.core.Problem;
import io.suanzhang.core.Source;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** One JSON object per file (JSON Lines): source, report, mentions, facts, findings, errors. */
@Command(
    name = "extract",
    description =
        "Print one JSON object per FILE (JSON Lines): report, mentions, facts, findings, errors.")
final class ExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "reports to read")
  List<Path> files;

  @Mixin RuleOptions rules = new RuleOptions();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Checks checks = rules.checks();
    int status = 0;
    for (Path file : files) {
      Analysis analysis = analyse(checks, file, err);
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
   * The analysis of a file; a document that needs more memory than this JVM has is {@code
   * too_large}, as a scan's worker calls it, not a stack trace.
   */
  private static Analysis analyse(Checks checks, Path file, PrintWriter err) {
    try {
      return checks.check(file);
    } catch (OutOfMemoryError e) {
      long heap = Runtime.getRuntime().maxMemory() >> 20;
      Problem p = new Problem(ErrorCode.TOO_LARGE, String.format(Locale.ROOT,
          "%s: the document needs more memory than this JVM's heap of %d MB", file, heap));
      err.println("suanzhang: " + p.message());
      return Analysis.failed(new Source(file.toString(), "", Format.UNKNOWN, 0, null), p);
    }
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
