package io.suanzhang.corpus;

import io.suanzhang.corpus.scan.Build;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code suanzhang}: read Chinese budget and performance reports and check their arithmetic. */
@Command(
    name = "suanzhang",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = 2,
    exitCodeOnExecutionException = 2,
    versionProvider = Main.Version.class,
    description = "Reads Chinese government budget and performance reports and checks their numbers.",
    subcommands = {TextCommand.class, ExtractCommand.class, ScanCommand.class, BenchCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status: 0 fine, 1 findings, 2 unreadable or misuse. */
  public static int run(String... args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    return execute(command(out, err), err, args);
  }

  /** Executes {@code cli}, saying in a line on {@code err} what escapes it. */
  static int execute(CommandLine cli, PrintWriter err, String... args) {
    try {
      return cli.execute(args);
    } catch (VirtualMachineError e) {
      // picocli hands a command's exceptions to the handler below but lets errors through: an
      // OutOfMemoryError of this JVM is still the run's failure, said in a line.
      cli.getOut().flush();
      err.println("suanzhang: " + failure(e));
      return 2;
    }
  }

  static CommandLine command(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    // What escapes a command is the run's failure, said in a line: never a stack trace to the user.
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      out.flush();
      err.println("suanzhang: " + failure(e));
      return 2;
    });
    return cli;
  }

  /** A failure in words: its message, or what it is where it has none (and the first frame). */
  static String failure(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      return String.format(Locale.ROOT, "ran out of memory (heap of %d MB): %s",
          Runtime.getRuntime().maxMemory() >> 20, e.getMessage());
    }
    String message = e.getMessage();
    if (message != null && !message.isBlank() && (e instanceof IOException)) {
      return message;
    }
    StackTraceElement[] frames = e.getStackTrace();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message)
        + (frames.length == 0 ? "" : " (at " + frames[0] + ")");
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      return new String[] {"suanzhang " + Build.current()};
    }
  }
}
