package io.suanzhang.example.embed;

import io.suanzhang.Suanzhang;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.Document;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.CodePoints;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Analyses the files named on the command line and prints, for each, a summary line (what the
 * report is, how many numbers it states, how many findings) and one indented line per error. Prints
 * nothing else, and returns from {@code main} with nothing to close.
 */
public final class Embed {

  private Embed() {}

  public static void main(String[] args) {
    for (String arg : args) {
      print(Path.of(arg), System.out);
    }
  }

  // README: begin
  static void print(Path file, PrintStream out) {
    Analysis a = Suanzhang.analyse(file); // read, extract, check; never throws for bad input
    if (!a.ok()) {
      out.println(file.getFileName() + ": not read: " + a.errors().get(0).message());
      return;
    }
    // a ReportKind prints its Chinese name: 部门预算, 部门决算, 项目支出绩效自评 …
    out.println(file.getFileName() + ": " + a.report().kind() + " " + a.report().year() + ", "
        + a.mentions().size() + " numbers, " + a.findings().size() + " findings");
    for (Finding f : a.findings()) {
      if (f.severity() == Severity.ERROR) {
        // stated, recomputed and difference are in the unit the report wrote (万元, 元, %, 人)
        out.println("  " + f.rule() + ": stated " + f.stated() + " " + f.unit() + ", recomputed "
            + f.recomputed() + ": " + f.zh());
      }
    }
  }
  // README: end

  // README: begin
  static String firstNumberInContext(byte[] bytes, String key) throws ReportException {
    // From memory or a stream: Suanzhang.analyse(bytes, key), Suanzhang.analyse(in, key). To have the
    // text that offsets point into, read first and check the document: the same analysis.
    Document document = Suanzhang.read(bytes, key);
    Analysis a = Suanzhang.check(document);
    Mention m = a.mentions().get(0);  // offsets are code points, end exclusive
    return CodePoints.of(document.text()).slice(Math.max(0, m.start() - 10), m.end());
  }
  // README: end
}
