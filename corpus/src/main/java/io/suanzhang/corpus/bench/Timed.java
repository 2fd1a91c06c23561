package io.suanzhang.corpus.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * A child process run to its end and what it cost: wall time, and CPU time of it and every process
 * it waited for, as {@code time} counts it.
 *
 * @param cpuNanos CPU time, or empty where the system does not say (it is read from Linux's
 *     {@code /proc/self/stat}: the children's times a process collects as it reaps them)
 */
record Timed(int status, long wallNanos, OptionalLong cpuNanos, String out, String err) {

  private static final Path STAT = Path.of("/proc/self/stat");

  static Timed run(List<String> command, Path scratch) throws IOException, InterruptedException {
    Path out = Files.createTempFile(scratch, "out", ".txt");
    Path err = Files.createTempFile(scratch, "err", ".txt");
    OptionalLong cpu0 = childrenCpu();
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(command)
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    int status = p.waitFor();
    long wall = System.nanoTime() - t0;
    OptionalLong cpu1 = childrenCpu();
    OptionalLong cpu = cpu0.isPresent() && cpu1.isPresent()
        ? OptionalLong.of(cpu1.getAsLong() - cpu0.getAsLong())
        : OptionalLong.empty();
    Timed timed = new Timed(status, wall, cpu,
        Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return timed;
  }

  /** Adds a run that followed this one (a sequence of processes timed as one). */
  Timed plus(Timed next) {
    OptionalLong cpu = cpuNanos.isPresent() && next.cpuNanos.isPresent()
        ? OptionalLong.of(cpuNanos.getAsLong() + next.cpuNanos.getAsLong())
        : OptionalLong.empty();
    return new Timed(status == 0 ? next.status : status, wallNanos + next.wallNanos, cpu, out + next.out,
        err + next.err);
  }

  /**
   * User and system time of the reaped children ({@code cutime + cstime}, fields 16 and 17 of
   * {@code /proc/self/stat}, in clock ticks of 10 ms on every Linux since 2.6).
   */
  private static OptionalLong childrenCpu() {
    try {
      String stat = Files.readString(STAT, StandardCharsets.US_ASCII);
      // The command name (field 2) may hold spaces; the fields after it are counted from its ')'.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
      long ticks = Long.parseLong(f[13]) + Long.parseLong(f[14]);
      return OptionalLong.of(ticks * 10_000_000L);
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }
}
