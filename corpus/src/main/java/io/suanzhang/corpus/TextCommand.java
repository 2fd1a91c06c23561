package io.suanzhang.corpus;

import io.suanzhang.core.ReportException;
import io.suanzhang.extract.Reports;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints a document's extracted text: the text every offset of the JSON output points into. */
@Command(
    name = "text",
    description = "Print the extracted text of FILE; all offsets (code points) refer to it.")
final class TextCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "a report: .txt or .md for now")
  Path file;

  @Override
  public Integer call() {
    try {
      spec.commandLine().getOut().print(Reports.read(file).text());
      spec.commandLine().getOut().flush();
      return 0;
    } catch (ReportException e) {
      spec.commandLine().getErr().println("suanzhang: " + e.getMessage());
      return 2;
    }
  }
}
