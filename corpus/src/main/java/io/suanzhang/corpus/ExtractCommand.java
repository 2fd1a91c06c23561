package io.suanzhang.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.suanzhang.checks.Checks;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
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
    Checks checks = rules.checks();
    int status = 0;
    for (Path file : files) {
      Analysis analysis = checks.check(file);
      out.println(toJson(analysis));
      out.flush();
      if (!analysis.ok()) {
        status = 2;
      } else if (status == 0 && RuleOptions.hasErrors(analysis)) {
        status = 1;
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
