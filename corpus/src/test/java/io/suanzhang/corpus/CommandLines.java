package io.suanzhang.corpus;

import java.io.PrintWriter;

/** The command line as a user runs it, for tests outside this package (the fuzz tests). */
public final class CommandLines {

  private CommandLines() {}

  /** Runs {@code suanzhang args…} with its output to these writers; returns the exit status. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return Main.command(out, err).execute(args);
  }
}
