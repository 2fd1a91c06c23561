package io.suanzhang.spark;

import io.suanzhang.corpus.scan.ScanOptions;
import io.suanzhang.corpus.worker.RuleSettings;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The limits and rules of a job, as {@code scan} takes them, in a form Spark sends to the executors
 * ({@link ScanOptions} holds paths and durations, which are not serializable).
 *
 * @param maxBytes the largest input read; a larger one is {@code too_large} and never fetched
 * @param timeoutMillis the longest one document may take; its worker JVM is killed after that
 * @param workerHeapMegabytes each worker JVM's {@code -Xmx}
 * @param rules a rule settings file, at this path on every node, or null
 * @param disabled rules switched off
 * @param partitions how many tasks the inputs are dealt to; 0: sixteen per core of the cluster
 * @param workerProperties system properties for the workers (the test hooks of {@code Worker})
 */
public record JobSettings(
    long maxBytes,
    long timeoutMillis,
    int workerHeapMegabytes,
    @Nullable String rules,
    List<String> disabled,
    int partitions,
    Map<String, String> workerProperties)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public JobSettings {
    disabled = List.copyOf(disabled);
    workerProperties = new TreeMap<>(workerProperties); // a TreeMap is serializable, Map.copyOf's is not
    options(maxBytes, timeoutMillis, workerHeapMegabytes, rules, disabled, workerProperties); // validates
  }

  /** The limits of {@code scan} by default. */
  public static JobSettings defaults() {
    ScanOptions d = ScanOptions.defaults();
    return new JobSettings(
        d.maxBytes(), d.timeout().toMillis(), d.workerHeapMegabytes(), null, List.of(), 0, Map.of());
  }

  public JobSettings withWorkerProperties(Map<String, String> properties) {
    return new JobSettings(
        maxBytes, timeoutMillis, workerHeapMegabytes, rules, disabled, partitions, properties);
  }

  public JobSettings withLimits(long bytes, long millis, int heapMegabytes) {
    return new JobSettings(bytes, millis, heapMegabytes, rules, disabled, partitions, workerProperties);
  }

  /** The scan options these settings stand for (the jobs and the output folder are Spark's). */
  ScanOptions options() {
    return options(maxBytes, timeoutMillis, workerHeapMegabytes, rules, disabled, workerProperties);
  }

  private static ScanOptions options(long maxBytes, long timeoutMillis, int workerHeapMegabytes,
      @Nullable String rules, List<String> disabled, Map<String, String> workerProperties) {
    return ScanOptions.defaults()
        .withMaxBytes(maxBytes)
        .withTimeout(Duration.ofMillis(timeoutMillis))
        .withWorkerHeap(workerHeapMegabytes)
        .withRules(new RuleSettings(rules == null ? null : Path.of(rules), disabled))
        .withWorkerProperties(workerProperties);
  }
}
