package io.suanzhang.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What the command line says when its own JVM fails rather than a document. */
class MainTest {

  @CommandLine.Command(name = "exhausting")
  static final class Exhausting implements Runnable {
    @Override
    public void run() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  @Test
  void anOutOfMemoryErrorOfTheCommandIsOneLineAndStatus2NotAStackTrace() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new Exhausting());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));

    int status = Main.execute(cli, new PrintWriter(err, true));

    assertEquals(2, status);
    assertEquals("", out.toString());
    String said = err.toString();
    assertTrue(said.startsWith("suanzhang: ran out of memory (heap of "), said);
    assertTrue(said.endsWith("MB): Java heap space" + System.lineSeparator()), said);
    assertEquals(1, said.lines().count(), said);
  }
}
