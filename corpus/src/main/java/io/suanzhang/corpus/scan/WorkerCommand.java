package io.suanzhang.corpus.scan;

import io.suanzhang.corpus.worker.Worker;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The command line of a worker JVM: {@code java -Xmx… -cp <this class path>
 * io.suanzhang.corpus.worker.Worker …}, with C1 alone and the serial collector, and {@code
 * SUANZHANG_WORKER_OPTS} last so that its options win.
 */
final class WorkerCommand {

  private WorkerCommand() {}

  /** The command of a worker JVM. */
  static List<String> of(ScanOptions options) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + options.workerHeapMegabytes() + "m");
    command.add("-XX:+ExitOnOutOfMemoryError");
    // The JVM's own words must not land in the answer stream: its last ones (OutOfMemoryError) go
    // to stderr with this flag, but its unified log (a class archive it cannot map, say) goes to
    // stdout unless sent elsewhere, and a worker that says anything before its first message is
    // taken for one that did not start.
    command.add("-XX:+DisplayVMOutputToStderr");
    command.add("-Xlog:disable");
    command.add("-Xlog:all=warning:stderr");
    command.add("-XX:+UseSerialGC");
    // C1 alone: C2 never paid for its compiling here. Over the shared reports as 1,000 and 2,000
    // files, two jobs took 24 % and 14 % more CPU with C2 than with C1 alone, and 16 % and 6 % more
    // wall time (3 and 1 alternated pairs); a thousand documents more cost C2 88 s of CPU and C1
    // 84 s, so it does not catch up later either. One job over 200 files: 31.9 s of CPU with C2 and
    // 20.9 s with C1, in the same wall time (the compiling on the core one job leaves free is not
    // free: the user left it to other work, and the scan's JVM works there).
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Djava.awt.headless=true");
    command.add("-Dfile.encoding=UTF-8");
    command.addAll(extraOptions());
    Map<String, String> properties = new TreeMap<>();
    for (String name : System.getProperties().stringPropertyNames()) {
      if (name.startsWith(Worker.TEST_HOOKS)) {
        properties.put(name, System.getProperty(name));
      }
    }
    properties.putAll(options.workerProperties());
    properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
    command.add("-cp");
    command.add(absolute(System.getProperty("java.class.path", "")));
    command.add(Worker.class.getName());
    command.add("--max-bytes");
    command.add(String.valueOf(options.maxBytes()));
    command.add("--timeout-millis");
    command.add(String.valueOf(options.timeout().toMillis()));
    command.addAll(options.rules().arguments());
    return command;
  }

  /**
   * Jobs one worker JVM takes at most. Documents read side by side in one JVM share its compiled
   * code, classes and dictionaries: on the shared reports as 200 files, two jobs in one JVM took
   * 32.6 s of CPU and 18.0 s where two JVMs of one job took 36.5 s and 20.5 s. More than two in one
   * heap of 512 MB would leave a large report too little of it.
   */
  static final int JOBS_PER_JVM = 2;

  /** The worker JVMs for {@code jobs} jobs. */
  static int jvms(int jobs) {
    return Math.max(1, (jobs + JOBS_PER_JVM - 1) / JOBS_PER_JVM);
  }

  /**
   * The class archive of the workers, unless {@code SUANZHANG_WORKER_OPTS} says how to share classes;
   * only mapped, never written, where it gives them an agent.
   */
  static @Nullable ClassArchive archive() {
    List<String> extra = extraOptions();
    boolean own = extra.stream().anyMatch(o -> o.contains("Xshare") || o.contains("Archive"));
    ClassArchive archive = own ? null : ClassArchive.forThisJvm();
    return archive != null && hasAgent(extra) ? archive.mappedOnly() : archive;
  }

  /** Whether JVM options load an agent, which keeps the JVM from writing a class archive. */
  static boolean hasAgent(List<String> options) {
    return options.stream().anyMatch(o -> o.startsWith("-javaagent:") || o.startsWith("-agentpath:")
        || o.startsWith("-agentlib:"));
  }

  /**
   * The class path with every element made absolute. The class archive is keyed by absolute paths
   * and records the paths the worker was given: a relative one written from one folder would not map
   * from another.
   */
  static String absolute(String classPath) {
    List<String> elements = new ArrayList<>();
    for (String element : classPath.split(File.pathSeparator)) {
      if (!element.isEmpty()) {
        elements.add(Path.of(element).toAbsolutePath().toString());
      }
    }
    return String.join(File.pathSeparator, elements);
  }

  private static List<String> extraOptions() {
    String extra = System.getenv("SUANZHANG_WORKER_OPTS");
    return extra == null || extra.isBlank() ? List.of() : List.of(extra.trim().split("\\s+"));
  }
}
