package io.suanzhang.spark;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The job's command line: the options of {@code scan} that apply to it, the inputs and OUT. */
@Command(
    name = "suanzhang-spark",
    mixinStandardHelpOptions = true,
    description = {
      "Read every file under the INs (paths or globs of any Hadoop file system; folders are searched"
          + " recursively) as `suanzhang scan` does, in worker JVMs on the executors, and write"
          + " OUT/documents (Parquet), OUT/documents.jsonl, OUT/findings, OUT/facts (Parquet) and"
          + " OUT/cross-documents.jsonl. Results OUT already holds for the same content are reused."
    })
final class JobCommand implements Callable<Integer> {

  @Parameters(paramLabel = "IN… OUT", arity = "2..*", description = "inputs, then the output folder")
  List<String> paths = new ArrayList<>();

  @Option(names = "--max-size", paramLabel = "MB", description = "the largest input read (default: ${DEFAULT-VALUE})")
  long maxSizeMegabytes = JobSettings.defaults().maxBytes() / (1024 * 1024);

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "the longest one document may take (default: ${DEFAULT-VALUE})")
  long timeoutSeconds = JobSettings.defaults().timeoutMillis() / 1000;

  @Option(names = "--worker-heap", paramLabel = "MB", description = "the heap of each worker JVM (default: ${DEFAULT-VALUE})")
  int workerHeapMegabytes = JobSettings.defaults().workerHeapMegabytes();

  @Option(names = "--rules", paramLabel = "FILE", description = "rule settings, at this path on every node")
  @Nullable String rules;

  @Option(names = "--disable", paramLabel = "RULE", split = ",", description = "rules to switch off")
  List<String> disabled = new ArrayList<>();

  @Option(names = "--partitions", paramLabel = "N", description = "tasks the inputs are dealt to (default: 16 a core)")
  int partitions;

  private @Nullable JobSettings settings;
  private int status;

  @Override
  public Integer call() {
    settings = new JobSettings(Math.multiplyExact(maxSizeMegabytes, 1024L * 1024),
        Math.multiplyExact(timeoutSeconds, 1000L), workerHeapMegabytes, rules, disabled, partitions,
        Map.of());
    return 0;
  }

  List<String> inputs() {
    return paths.subList(0, paths.size() - 1);
  }

  String out() {
    return paths.get(paths.size() - 1);
  }

  JobSettings settings() {
    return java.util.Objects.requireNonNull(settings);
  }

  /** Whether the job is to run: not after help, the version or a wrong argument ({@link #status}). */
  boolean ready() {
    return settings != null;
  }

  /** The exit status where the job is not to run: 0 after help or the version, 2 after misuse. */
  int status() {
    return status;
  }

  /** The parsed command line; help, the version and what is wrong are printed on {@code err}. */
  static JobCommand parse(String[] args, PrintStream err) {
    JobCommand command = new JobCommand();
    CommandLine line = new CommandLine(command);
    PrintWriter w = new PrintWriter(err, true, StandardCharsets.UTF_8);
    line.setErr(w);
    line.setOut(w);
    line.setExecutionExceptionHandler((e, l, p) -> {
      w.println("suanzhang-spark: " + e.getMessage());
      return 2;
    });
    command.status = line.execute(args);
    if (command.status != 0) {
      command.settings = null;
    }
    return command;
  }
}
