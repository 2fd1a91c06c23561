package io.suanzhang.spark;

import static org.apache.spark.sql.functions.col;

import io.suanzhang.corpus.scan.ScanSteps;
import io.suanzhang.corpus.worker.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * The results an earlier run left in OUT that this run may reuse, by the rules of {@code scan}'s
 * result store: made by the same build and rules ({@code origin.json}), and not having hit a limit
 * raised since. Records that no worker made (too large, unreadable) are never kept: they cost
 * nothing to make again.
 */
final class Resume {

  private final HashSet<String> keys;
  private final @Nullable Dataset<Row> kept;

  private Resume(HashSet<String> keys, @Nullable Dataset<Row> kept) {
    this.keys = keys;
    this.kept = kept;
  }

  static Resume open(SparkSession spark, FileSystem fs, Path out, JobSettings settings,
      PrintStream err) throws IOException {
    Path documents = new Path(out, "documents");
    String origin = SparkScan.readSmall(fs, new Path(out, "origin.json"));
    if (origin == null || !fs.exists(documents)) {
      return new Resume(new HashSet<>(), null);
    }
    String whyNot = ScanSteps.whyNot(origin, settings.options());
    if (whyNot != null) {
      err.println("suanzhang: " + out + " holds results " + whyNot + "; reading everything again");
      return new Resume(new HashSet<>(), null);
    }
    Dataset<Row> earlier = spark.read().schema(Rows.DOCUMENT).parquet(documents.toString())
        .where(col("key").isNotNull());
    HashSet<String> keys = new HashSet<>();
    for (Row r : earlier.select("key", "status", "timeout_millis", "max_bytes", "worker_heap_mb")
        .collectAsList()) {
      Status status = Objects.requireNonNull(Status.named(r.getString(1)));
      if (!ScanSteps.rereads(settings.options(), status, r.getLong(2), r.getLong(3), r.getInt(4))) {
        keys.add(r.getString(0));
      }
    }
    Dataset<Row> kept = earlier.dropDuplicates("key").select(
        col("key").as("kept_key"), col("path").as("kept_path"), col("json").as("kept_json"),
        col("timeout_millis"), col("max_bytes"), col("worker_heap_mb"));
    return new Resume(keys, kept);
  }

  /** The keys of the results that stand: their inputs are not read again. */
  HashSet<String> keys() {
    return keys;
  }

  /** The rows of inputs whose result was kept ({@link Rows#kept}), with the kept JSON under their name. */
  Dataset<Row> joined(Dataset<Row> wanting) {
    Dataset<Row> rows = wanting.select("path", "key");
    if (kept == null) {
      return wanting;
    }
    return rows.join(kept, rows.col("key").equalTo(kept.col("kept_key")))
        .map((MapFunction<Row, Row>) r -> Rows.document(
                renamed(r.getAs("kept_json"), r.getAs("kept_path"), r.getAs("path")),
                r.getAs("key"), Rows.Limits.of(r)),
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
