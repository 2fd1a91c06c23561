package io.suanzhang.spark;

import static org.apache.spark.sql.functions.col;

import io.suanzhang.corpus.scan.ScanSteps;
import io.suanzhang.corpus.worker.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;
import org.jspecify.annotations.Nullable;

/**
 * {@code suanzhang scan} as a Spark job: {@code spark-submit --class io.suanzhang.spark.SparkScan
 * suanzhang-spark.jar [options] IN… OUT}. Each IN is a path or glob of any Hadoop file system
 * (a folder is searched recursively, every file in it an input); inputs are named by the full path
 * the file system lists ({@code file:/…}, {@code hdfs://…}, {@code s3a://…}). OUT receives:
 *
 * <ul>
 *   <li>{@code documents/} (Parquet) and {@code documents.jsonl/} (JSON lines, in path order): one row
 *       per input, its analysis byte for byte as {@code scan} writes it in {@code documents.jsonl};
 *   <li>{@code findings/} and {@code facts/} (Parquet): the columns of {@code findings.csv} and
 *       {@code facts.csv};
 *   <li>{@code cross-documents.jsonl/}: the cross-document pairs, as {@code scan} writes them;
 *   <li>{@code origin.json}: the build and rules the results were made by.
 * </ul>
 *
 * <p>A result OUT already holds for the same content (by SHA-256 and extension, made by the same build
 * and rules, within limits that were not raised since) is reused: that input is not read again.
 * The new outputs are written to a folder of their own under {@code OUT/_run} first and replace the
 * old ones once all are done.
 */
public final class SparkScan {

  private static final String RUN = "_run";
  private static final String ORIGIN = Resume.ORIGIN;
  private static final List<String> OUTPUTS =
      List.of("documents", "documents.jsonl", "findings", "facts", "cross-documents.jsonl", ORIGIN);

  private SparkScan() {}

  /** What a run did. */
  public record Result(long inputs, long read, long kept, Map<String, Long> statuses, long findings,
      long facts, long pairs) {}

  public static void main(String[] args) throws IOException {
    JobCommand command = JobCommand.parse(args, System.err);
    if (!command.ready()) {
      System.exit(command.status());
      return;
    }
    SparkConf conf = new SparkConf().setAppName("suanzhang scan");
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]"); // launched with java -cp rather than spark-submit: this machine
    }
    int status = 0;
    try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
      Result r = run(spark, command.inputs(), command.out(), command.settings(), System.err);
      System.out.println(describe(r, command.out()));
    } catch (IOException e) {
      // Not a document's fault (those are rows): the output folder, the workers, a file system.
      System.err.println("suanzhang-spark: " + e.getMessage());
      status = 2;
    }
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the job over {@code inputs} (paths or globs) into {@code out}.
   *
   * @param err where notes go (results of {@code out} that cannot be reused, and why)
   */
  public static Result run(SparkSession spark, List<String> inputs, String out, JobSettings settings,
      PrintStream err) throws IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path outPath = new Path(out);
    FileSystem outFs = outPath.getFileSystem(conf);
    // A folder of this run's own: tasks of a run stopped midway may go on writing into theirs for a
    // while (a document under way finishes first), and would otherwise write into this run's.
    Path runs = new Path(outPath, RUN);
    outFs.delete(runs, true);
    Path run = new Path(runs, UUID.randomUUID().toString());
    outFs.mkdirs(run);

    Resume resume = Resume.open(spark, outFs, outPath, settings, err);
    List<Row> listed = resume.known(list(inputs, conf));
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int partitions = settings.partitions() > 0
        ? settings.partitions() : Math.max(1, Math.min(listed.size(), 16 * jsc.defaultParallelism()));
    Dataset<Row> fetched = spark
        .createDataFrame(jsc.parallelize(dealt(listed, partitions), partitions), Rows.INPUT)
        .mapPartitions(new Fetch(settings,
            jsc.broadcast(new SerializableConfiguration(conf)),
            jsc.broadcast(resume.keys()), out), Encoders.row(Rows.DOCUMENT));
    // The first stage is run once: what follows reads what it wrote.
    String fetchedDir = new Path(run, "fetched").toString();
    fetched.write().parquet(fetchedDir);
    fetched = spark.read().schema(Rows.DOCUMENT).parquet(fetchedDir);
    Dataset<Row> documents = fetched.where(col("json").isNotNull())
        .unionByName(resume.joined(fetched.where(col("json").isNull())))
        .orderBy("path");
    String documentsDir = new Path(run, "documents").toString();
    documents.write().parquet(documentsDir);
    documents = spark.read().schema(Rows.DOCUMENT).parquet(documentsDir);
    long count = documents.count();
    long inputsFetched = fetched.count(); // the listed files, archives counted by their entries
    if (count != inputsFetched) {
      throw new IOException(String.format(Locale.ROOT,
          "%d inputs but %d documents: the results of %s changed under this run", inputsFetched,
          count, outPath));
    }
    documents.orderBy("path").select("json").write().text(new Path(run, "documents.jsonl").toString());

    Dataset<Row> pairs = CrossStage.pairs(documents, settings);
    String pairsDir = new Path(run, "pairs").toString();
    pairs.write().parquet(pairsDir);
    pairs = spark.read().schema(CrossStage.PAIR).parquet(pairsDir);
    pairs.orderBy("department_key", "index").select("json")
        .write().text(new Path(run, "cross-documents.jsonl").toString());
    ResultTables.findings(documents, pairs).write().parquet(new Path(run, "findings").toString());
    ResultTables.facts(documents).write().parquet(new Path(run, "facts").toString());
    try (OutputStream o = outFs.create(new Path(run, ORIGIN), true)) {
      o.write(ScanSteps.origin(settings.options()).getBytes(StandardCharsets.UTF_8));
    }

    Map<String, Long> statuses = new TreeMap<>();
    for (Row r : documents.groupBy("status").count().collectAsList()) {
      statuses.put(r.getString(0), r.getLong(1));
    }
    long kept = fetched.where(col("json").isNull()).count();
    Result result = new Result(count, fetched.where(col("key").isNotNull()).count() - kept, kept,
        statuses, spark.read().parquet(new Path(run, "findings").toString()).count(),
        spark.read().parquet(new Path(run, "facts").toString()).count(), pairs.count());
    outFs.delete(new Path(run, "fetched"), true);
    outFs.delete(new Path(run, "pairs"), true);
    replace(outFs, outPath, run);
    outFs.delete(runs, true);
    Resume.forget(outFs, outPath);
    return result;
  }

  /**
   * The files of the inputs, sorted by path, each once; a path or glob that names nothing is an input
   * of its own (length -1), which its task records as {@code not_found}, as {@code scan} does.
   */
  static List<Row> list(List<String> inputs, Configuration conf) throws IOException {
    Map<String, Row> files = new TreeMap<>();
    for (String input : inputs) {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(path);
      if (matches == null || matches.length == 0) {
        files.putIfAbsent(input, RowFactory.create(input, -1L, null, null, null));
        continue;
      }
      for (FileStatus m : matches) {
        if (!m.isDirectory()) {
          files.putIfAbsent(m.getPath().toString(), listed(m));
          continue;
        }
        for (RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true); it.hasNext(); ) {
          LocatedFileStatus f = it.next();
          files.putIfAbsent(f.getPath().toString(), listed(f));
        }
      }
    }
    return new ArrayList<>(files.values());
  }

  /** A file as listed ({@link Rows#INPUT}): path, length and modification time. */
  private static Row listed(FileStatus f) {
    return RowFactory.create(f.getPath().toString(), f.getLen(), f.getModificationTime(), null, null);
  }

  /**
   * The inputs dealt to {@code partitions} tasks like cards, largest first, so that each task has a
   * share of the large files and starts with them: the tasks end close together.
   */
  static List<Row> dealt(List<Row> inputs, int partitions) {
    List<Row> bySize = new ArrayList<>(inputs);
    bySize.sort(Comparator.comparingLong((Row r) -> -r.getLong(1)));
    List<List<Row>> hands = new ArrayList<>();
    for (int i = 0; i < partitions; i++) {
      hands.add(new ArrayList<>());
    }
    for (int i = 0; i < bySize.size(); i++) {
      hands.get(i % partitions).add(bySize.get(i));
    }
    // parallelize slices a list into contiguous runs of these sizes, one a partition
    List<Row> dealt = new ArrayList<>();
    hands.forEach(dealt::addAll);
    return dealt;
  }

  /** The new outputs take the place of the old ones, one by one. */
  private static void replace(FileSystem fs, Path out, Path run) throws IOException {
    for (String name : OUTPUTS) {
      fs.delete(new Path(out, name), true);
      if (!fs.rename(new Path(run, name), new Path(out, name))) {
        throw new IOException("could not move " + new Path(run, name) + " to " + out);
      }
    }
    fs.delete(run, true);
  }

  /** The totals, as {@code scan} ends its table. */
  static String describe(Result r, String out) {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "%d inputs: %d read, %d kept from an earlier run; findings:"
        + " %d; facts: %d; cross-document pairs: %d%n", r.inputs(), r.read(), r.kept(),
        r.findings(), r.facts(), r.pairs()));
    List<String> statuses = new ArrayList<>();
    for (Status st : Status.values()) {
      Long n = r.statuses().get(st.jsonName());
      if (n != null) {
        statuses.add(n + " " + st.jsonName());
      }
    }
    s.append("by status: ").append(String.join(", ", statuses)).append(System.lineSeparator());
    s.append("wrote documents, documents.jsonl, findings, facts and cross-documents.jsonl to ").append(out);
    return s.toString();
  }

  /** Reads a small file of a Hadoop file system whole, or null if there is none. */
  static @Nullable String readSmall(FileSystem fs, Path file) throws IOException {
    if (!fs.exists(file)) {
      return null;
    }
    try (InputStream in = fs.open(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
