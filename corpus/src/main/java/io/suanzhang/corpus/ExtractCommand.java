package io.suanzhang.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.Json;
import io.suanzhang.extract.Reports;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** One JSON object per file (JSON Lines): source, report, mentions, facts, findings, errors. */
@Command(
    name = "extract",
    description = "Print one JSON object per FILE (JSON Lines) with its mentions and errors.")
final class ExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "reports to read")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int status = 0;
    for (Path file : files) {
      Analysis analysis = Reports.analyse(file);
      out.println(toJson(analysis));
      out.flush();
      if (!analysis.ok()) {
        status = 2;
      }
    }
    return status;
  }

  static String toJson(Analysis analysis) {
    try {
      return Json.mapper().writeValueAsString(analysis);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
