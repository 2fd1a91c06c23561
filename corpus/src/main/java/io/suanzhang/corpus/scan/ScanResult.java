package io.suanzhang.corpus.scan;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.Json;
import io.suanzhang.corpus.worker.DocumentSummary;
import io.suanzhang.corpus.worker.Status;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What a scan did.
 *
 * @param documents one summary per input, in input order
 * @param read distinct contents read in this run
 * @param resumed distinct contents whose result an earlier run had kept
 * @param duplicates inputs whose content an earlier input in the order has
 * @param elapsed wall time of the run
 * @param peakWorkerHeapBytes the largest heap a worker used (an upper bound; 0 without workers)
 * @param documentsFile {@code DIR/documents.jsonl}, or {@code null} when the scan had no output folder
 */
public record ScanResult(
    List<DocumentSummary> documents,
    int read,
    int resumed,
    int duplicates,
    Duration elapsed,
    long peakWorkerHeapBytes,
    @Nullable Path documentsFile) {

  public ScanResult {
    documents = List.copyOf(documents);
    requireNonNull(elapsed, "elapsed");
  }

  /** How many inputs ended with each status, in the order of {@link Status}; every status present. */
  public Map<Status, Integer> statuses() {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, 0);
    }
    documents.forEach(d -> counts.merge(d.status(), 1, Integer::sum));
    return counts;
  }

  /** Inputs that could not be read (whatever the status). */
  public int failed() {
    return (int) documents.stream().filter(d -> !d.read()).count();
  }

  /** Distinct contents read per second of this run. */
  public double documentsPerSecond() {
    return read / Math.max(1e-3, elapsed.toNanos() / 1e9);
  }

  /**
   * The full analyses, one per input in input order, as written to {@code documents.jsonl}; the
   * stream reads the file lazily and must be closed.
   */
  public Stream<Analysis> analyses() throws IOException {
    if (documentsFile == null) {
      throw new IllegalStateException("this scan had no output folder: run it with --out DIR");
    }
    BufferedReader in = Files.newBufferedReader(documentsFile, StandardCharsets.UTF_8);
    return in.lines().map(ScanResult::parse).onClose(() -> {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static Analysis parse(String line) {
    try {
      return Json.mapper().readValue(line, Analysis.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
