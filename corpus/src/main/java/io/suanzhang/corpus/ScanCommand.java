package io.suanzhang.corpus;

import io.suanzhang.checks.Checks;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.Problem;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Reads every file under a folder and prints a summary line per file and a total. */
@Command(
    name = "scan",
    description = "Read every file under DIR and print a per-file summary of what was found.")
final class ScanCommand implements Callable<Integer> {

  private static final int FILE_WIDTH = 56;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "a folder of reports (searched recursively)")
  Path dir;

  @Mixin RuleOptions rules = new RuleOptions();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Checks checks = rules.checks();
    if (!Files.isDirectory(dir)) {
      spec.commandLine().getErr().println("suanzhang: " + dir + ": not a folder");
      return 2;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
    out.printf(
        Locale.ROOT, "%s %-8s %6s %7s %6s %7s %6s %5s %5s %5s %6s%n", pad("file", FILE_WIDTH),
        "format", "money", "percent", "count", "checks", "holds", "error", "warn", "info",
        "unread");
    int mentions = 0;
    int checked = 0;
    int holding = 0;
    int[] bySeverity = new int[Severity.values().length];
    int failed = 0;
    for (Path file : files) {
      Analysis a = checks.check(file);
      mentions += a.mentions().size();
      checked += a.checks().size();
      int holds = (int) a.checks().stream().filter(Check::holds).count();
      holding += holds;
      int[] severities = new int[Severity.values().length];
      a.findings().forEach(f -> severities[f.severity().ordinal()]++);
      for (int i = 0; i < severities.length; i++) {
        bySeverity[i] += severities[i];
      }
      if (!a.ok()) {
        failed++;
      }
      out.printf(
          Locale.ROOT, "%s %-8s %6d %7d %6d %7d %6d %5d %5d %5d %6d%n",
          pad(display(dir.relativize(file)), FILE_WIDTH), a.source().format().jsonName(),
          count(a, MentionKind.MONEY), count(a, MentionKind.PERCENT), count(a, MentionKind.COUNT),
          a.checks().size(), holds, severities[Severity.ERROR.ordinal()],
          severities[Severity.WARNING.ordinal()], severities[Severity.INFO.ordinal()],
          a.errors().size());
      for (Problem p : a.errors()) {
        out.printf(Locale.ROOT, "    %s: %s%n", p.code().jsonName(), p.message());
      }
    }
    out.printf(
        Locale.ROOT,
        "%d files: %d read, %d unreadable; %d mentions; %d relations checked, %d hold; findings: %d"
            + " errors, %d warnings, %d info%n",
        files.size(), files.size() - failed, failed, mentions, checked, holding,
        bySeverity[Severity.ERROR.ordinal()], bySeverity[Severity.WARNING.ordinal()],
        bySeverity[Severity.INFO.ordinal()]);
    out.flush();
    return failed > 0 ? 2 : bySeverity[Severity.ERROR.ordinal()] > 0 ? 1 : 0;
  }

  private static long count(Analysis a, MentionKind kind) {
    return a.mentions().stream().map(Mention::kind).filter(kind::equals).count();
  }

  /** Shortens a path from the left to fit the file column. */
  private static String display(Path relative) {
    String s = relative.toString();
    if (width(s) <= FILE_WIDTH) {
      return s;
    }
    int start = 0;
    while (width(s.substring(start)) > FILE_WIDTH - 1) {
      start = s.offsetByCodePoints(start, 1);
    }
    return "…" + s.substring(start);
  }

  /** Pads to a width in terminal columns, where a CJK character takes two. */
  static String pad(String s, int columns) {
    return s + " ".repeat(Math.max(0, columns - width(s)));
  }

  static int width(String s) {
    return s.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115f)
        || (cp >= 0x2e80 && cp <= 0xa4cf)
        || (cp >= 0xac00 && cp <= 0xd7a3)
        || (cp >= 0xf900 && cp <= 0xfaff)
        || (cp >= 0xfe30 && cp <= 0xfe4f)
        || (cp >= 0xff00 && cp <= 0xff60)
        || (cp >= 0xffe0 && cp <= 0xffe6)
        || (cp >= 0x20000 && cp <= 0x3fffd);
  }
}
