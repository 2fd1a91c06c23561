package io.suanzhang.corpus.scan;

import static java.util.Objects.requireNonNull;

import io.suanzhang.corpus.worker.RuleSettings;
import io.suanzhang.corpus.worker.Worker;
import io.suanzhang.read.ReadOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * How a scan runs.
 *
 * @param jobs documents read at once, two to a worker JVM; 0 reads one at a time in this
 *     JVM, without isolation
 * @param timeout the longest one document may take; its worker is killed after that
 * @param maxBytes the largest input read; a larger one is recorded as {@code too_large} unread
 * @param workerHeapMegabytes each worker's {@code -Xmx}
 * @param rules the rule settings
 * @param out where results, the manifest and {@code documents.jsonl} go, or {@code null} for the
 *     table alone
 * @param progress how progress is shown on stderr
 * @param progressInterval how often a plain progress line is printed
 * @param workerProperties system properties passed to each worker (the test hooks of {@link Worker})
 */
public record ScanOptions(
    int jobs,
    Duration timeout,
    long maxBytes,
    int workerHeapMegabytes,
    RuleSettings rules,
    @Nullable Path out,
    Progress.Mode progress,
    Duration progressInterval,
    Map<String, String> workerProperties) {

  /** As many jobs as cores, the limits of {@link ReadOptions#DEFAULT}, 512 MB per worker, no output. */
  public static ScanOptions defaults() {
    return new ScanOptions(
        Runtime.getRuntime().availableProcessors(), ReadOptions.DEFAULT.timeout(),
        ReadOptions.DEFAULT.maxBytes(), 512, RuleSettings.DEFAULT, null, Progress.Mode.OFF,
        Duration.ofSeconds(5), Map.of());
  }

  public ScanOptions {
    requireNonNull(timeout, "timeout");
    requireNonNull(rules, "rules");
    requireNonNull(progress, "progress");
    requireNonNull(progressInterval, "progressInterval");
    require(jobs >= 0, "jobs must be 0 (in this process) or more, not %d", jobs);
    require(!timeout.isNegative() && !timeout.isZero(), "the timeout must be positive, not %s", timeout);
    require(maxBytes > 0, "the largest input must be positive, not %d bytes", maxBytes);
    // Measured: a worker of 64 MB dies of its warm-up (the readers, the number grammar, the rules).
    require(workerHeapMegabytes >= 96, "a worker needs a heap of 96 MB or more, not %d MB",
        workerHeapMegabytes);
    workerProperties = Map.copyOf(new TreeMap<>(workerProperties));
  }

  private static void require(boolean condition, String format, Object arg) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, format, arg));
    }
  }

  public ScanOptions withJobs(int n) {
    return new ScanOptions(n, timeout, maxBytes, workerHeapMegabytes, rules, out, progress,
        progressInterval, workerProperties);
  }

  public ScanOptions withTimeout(Duration limit) {
    return new ScanOptions(jobs, limit, maxBytes, workerHeapMegabytes, rules, out, progress,
        progressInterval, workerProperties);
  }

  public ScanOptions withMaxBytes(long bytes) {
    return new ScanOptions(jobs, timeout, bytes, workerHeapMegabytes, rules, out, progress,
        progressInterval, workerProperties);
  }

  public ScanOptions withWorkerHeap(int megabytes) {
    return new ScanOptions(jobs, timeout, maxBytes, megabytes, rules, out, progress,
        progressInterval, workerProperties);
  }

  public ScanOptions withRules(RuleSettings settings) {
    return new ScanOptions(jobs, timeout, maxBytes, workerHeapMegabytes, settings, out, progress,
        progressInterval, workerProperties);
  }

  public ScanOptions withOut(@Nullable Path dir) {
    return new ScanOptions(jobs, timeout, maxBytes, workerHeapMegabytes, rules, dir, progress,
        progressInterval, workerProperties);
  }

  public ScanOptions withProgress(Progress.Mode mode, Duration every) {
    return new ScanOptions(jobs, timeout, maxBytes, workerHeapMegabytes, rules, out, mode, every,
        workerProperties);
  }

  public ScanOptions withWorkerProperties(Map<String, String> properties) {
    return new ScanOptions(jobs, timeout, maxBytes, workerHeapMegabytes, rules, out, progress,
        progressInterval, properties);
  }

  ReadOptions readOptions() {
    return new ReadOptions(maxBytes, timeout);
  }
}
