package io.suanzhang.spark;

import static org.apache.spark.sql.functions.col;

import io.suanzhang.core.Json;
import io.suanzhang.corpus.scan.ScanSteps;
import io.suanzhang.corpus.worker.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * The results an earlier run left in OUT that this run may reuse, by the rules of {@code scan}'s
 * result store: made by the same build and rules ({@code origin.json}), and not having hit a limit
 * raised since: the documents of the last run's outputs, and the results a run that did not finish
 * kept as its tasks read them ({@link #keep}). Records that no worker made (too large, unreadable)
 * are never kept: they cost nothing to make again.
 */
final class Resume {

  static final String ORIGIN = "origin.json";
  private static final String KEPT = "_kept";
  private static final String SUFFIX = ".kept";
  private static final List<String> KEPT_COLUMNS_NAMES =
      List.of("path", "sha256", "bytes", "modified", "key", "status", "timeout_millis", "max_bytes",
          "worker_heap_mb", "json");
  private static final Column[] KEPT_COLUMNS =
      KEPT_COLUMNS_NAMES.stream().map(functions::col).toArray(Column[]::new);
  /** A result kept by a run that did not finish: the columns of its document row that resume needs. */
  private static final StructType KEPT_ROW = new StructType(
      KEPT_COLUMNS_NAMES.stream().map(c -> Rows.DOCUMENT.apply(c)).toArray(StructField[]::new));

  private final HashSet<String> keys;
  private final Map<String, Known> listed;
  private final @Nullable Dataset<Row> kept;

  /** What a reused result's file was as listed when it was read: its length and time, its content. */
  private record Known(long length, long modified, String sha256, String key) {}

  private Resume(HashSet<String> keys, Map<String, Known> listed, @Nullable Dataset<Row> kept) {
    this.keys = keys;
    this.listed = listed;
    this.kept = kept;
  }

  /**
   * The inputs ({@link Rows#INPUT}) with the content key of each whose file is listed as it was when a
   * reused result was read from it (same path, length and modification time): such a file is not
   * fetched again, as {@code rsync} trusts a listing; a file rewritten in place with its length and
   * time kept would keep its old result.
   */
  List<Row> known(List<Row> inputs) {
    List<Row> out = new ArrayList<>(inputs.size());
    for (Row r : inputs) {
      Known k = listed.get(r.getString(0));
      boolean same = k != null && !r.isNullAt(2) && k.length() == r.getLong(1)
          && k.modified() == r.getLong(2);
      out.add(same ? RowFactory.create(r.get(0), r.get(1), r.get(2), k.sha256(), k.key()) : r);
    }
    return out;
  }

  static Resume open(SparkSession spark, FileSystem fs, Path out, JobSettings settings,
      PrintStream err) throws IOException {
    Dataset<Row> earlier = null;
    String origin = SparkScan.readSmall(fs, new Path(out, ORIGIN));
    Path documents = new Path(out, "documents");
    if (origin != null && fs.exists(documents) && reusable(origin, out, settings, err)) {
      earlier = spark.read().schema(Rows.DOCUMENT).parquet(documents.toString())
          .where(col("key").isNotNull()).select(KEPT_COLUMNS);
    }
    Path stopped = new Path(out, KEPT);
    String stoppedOrigin = SparkScan.readSmall(fs, new Path(stopped, ORIGIN));
    if (stoppedOrigin != null && !reusable(stoppedOrigin, stopped, settings, err)) {
      fs.delete(stopped, true);
      stoppedOrigin = null;
    }
    if (stoppedOrigin == null) {
      fs.delete(stopped, true);
      fs.mkdirs(stopped);
      try (OutputStream o = fs.create(new Path(stopped, ORIGIN), true)) {
        o.write(ScanSteps.origin(settings.options()).getBytes(StandardCharsets.UTF_8));
      }
    } else {
      String[] files = Arrays.stream(fs.globStatus(new Path(stopped, "*" + SUFFIX)))
          .map(f -> f.getPath().toString()).toArray(String[]::new);
      if (files.length > 0) {
        Dataset<Row> kept = spark.read().schema(KEPT_ROW).json(files)
            .where(col("json").isNotNull()).select(KEPT_COLUMNS);
        earlier = earlier == null ? kept : earlier.unionByName(kept);
      }
    }
    if (earlier == null) {
      return new Resume(new HashSet<>(), Map.of(), null);
    }
    HashSet<String> keys = new HashSet<>();
    Map<String, Known> listed = new HashMap<>();
    for (Row r : earlier.select("key", "status", "timeout_millis", "max_bytes", "worker_heap_mb",
        "path", "bytes", "modified", "sha256").collectAsList()) {
      Status status = Objects.requireNonNull(Status.named(r.getString(1)));
      if (!ScanSteps.rereads(settings.options(), status, r.getLong(2), r.getLong(3), r.getInt(4))) {
        keys.add(r.getString(0));
        if (!r.isNullAt(6) && !r.isNullAt(7)) {
          listed.put(r.getString(5), new Known(r.getLong(6), r.getLong(7), r.getString(8), r.getString(0)));
        }
      }
    }
    Dataset<Row> kept = earlier.dropDuplicates("key").select(
        col("key").as("kept_key"), col("path").as("kept_path"), col("json").as("kept_json"),
        col("timeout_millis"), col("max_bytes"), col("worker_heap_mb"));
    return new Resume(keys, listed, kept);
  }

  /** Whether results made by {@code origin} may be reused now; says why not where they may not. */
  private static boolean reusable(String origin, Path where, JobSettings settings, PrintStream err)
      throws IOException {
    String whyNot = ScanSteps.whyNot(origin, settings.options());
    if (whyNot != null) {
      err.println("suanzhang: " + where + " holds results " + whyNot + "; reading everything again");
    }
    return whyNot == null;
  }

  /**
   * Keeps a document's row as soon as a worker has read it, in {@code OUT/_kept}, one file a result
   * (written whole, then renamed into place), so that a run stopped before it wrote its outputs (a
   * killed job, a lost driver) loses none of what its tasks read: the next run reuses them. The
   * folder goes once a run has written its outputs.
   */
  static void keep(FileSystem fs, String out, Row document, String attempt) throws IOException {
    Map<String, Object> kept = new LinkedHashMap<>();
    for (String c : KEPT_COLUMNS_NAMES) {
      kept.put(c, document.get(Rows.DOCUMENT.fieldIndex(c))); // a row made in a task has no schema
    }
    Path folder = new Path(out, KEPT);
    String key = (String) kept.get("key");
    Path partial = new Path(folder, key + "." + attempt + ".partial");
    try (OutputStream o = fs.create(partial, true)) {
      o.write(Json.mapper().writeValueAsBytes(kept));
    }
    Path done = new Path(folder, key + SUFFIX);
    if (!fs.rename(partial, done)) {
      fs.delete(partial, false); // another attempt kept it first: the same result
    }
  }

  /** After a run has written its outputs, what it kept on the way is in them. */
  static void forget(FileSystem fs, Path out) throws IOException {
    fs.delete(new Path(out, KEPT), true);
  }

  /** The keys of the results that stand: their inputs are not read again. */
  HashSet<String> keys() {
    return keys;
  }

  /** The rows of inputs whose result was kept ({@link Rows#kept}), with the kept JSON under their name. */
  Dataset<Row> joined(Dataset<Row> wanting) {
    Dataset<Row> rows = wanting.select("path", "key", "modified");
    if (kept == null) {
      return wanting;
    }
    return rows.join(kept, rows.col("key").equalTo(kept.col("kept_key")))
        .map((MapFunction<Row, Row>) r -> Rows.document(
                renamed(r.getAs("kept_json"), r.getAs("kept_path"), r.getAs("path")),
                r.getAs("key"), Rows.Limits.of(r), r.getAs("modified")),
            Encoders.row(Rows.DOCUMENT));
  }

  /** A kept analysis under the name of the input that has its content now. */
  private static String renamed(String json, String from, String to) throws IOException {
    if (from.equals(to)) {
      return json;
    }
    java.nio.file.Path file = Files.createTempFile("suanzhang-kept-", ".json");
    try {
      Files.writeString(file, json, StandardCharsets.UTF_8);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ScanSteps.renamed(file, from, to, out);
      return out.toString(StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
