package io.suanzhang.spark;

import io.suanzhang.checks.cross.CrossDocuments;
import io.suanzhang.core.ReportInfo;
import io.suanzhang.core.Source;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.corpus.output.TableRows;
import io.suanzhang.corpus.worker.AnalysisTally;
import io.suanzhang.corpus.worker.Status;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/** The tables of the job as Spark rows: their schemas, and a document's row from its analysis. */
final class Rows {

  private Rows() {}

  /** What a task makes of one input before its JSON is known: listed, and fetched or not. */
  static final StructType INPUT = new StructType()
      .add("path", DataTypes.StringType, false)
      .add("length", DataTypes.LongType, false)
      .add("modified", DataTypes.LongType, true)
      .add("known_sha256", DataTypes.StringType, true)
      .add("known_key", DataTypes.StringType, true);

  /**
   * One row per input: the key fields of its analysis as columns, the analysis itself as {@code
   * json} (the line {@code scan} writes to {@code documents.jsonl}, named by its Hadoop path), the
   * key its result is kept under and the limits it was made within (for a later run: {@code
   * scan}'s manifest). {@code json} is null where the task found the key among the kept results.
   */
  static final StructType DOCUMENT = new StructType()
      .add("path", DataTypes.StringType, false)
      .add("sha256", DataTypes.StringType, false)
      .add("key", DataTypes.StringType, true)
      .add("status", DataTypes.StringType, true)
      .add("error", DataTypes.StringType, true)
      .add("format", DataTypes.StringType, true)
      .add("bytes", DataTypes.LongType, true)
      .add("pages", DataTypes.IntegerType, true)
      .add("kind", DataTypes.StringType, true)
      .add("year", DataTypes.IntegerType, true)
      .add("department", DataTypes.StringType, true)
      .add("unit", DataTypes.StringType, true)
      .add("department_key", DataTypes.StringType, true)
      .add("mentions", DataTypes.IntegerType, true)
      .add("money", DataTypes.IntegerType, true)
      .add("percents", DataTypes.IntegerType, true)
      .add("counts", DataTypes.IntegerType, true)
      .add("facts", DataTypes.IntegerType, true)
      .add("checks", DataTypes.IntegerType, true)
      .add("holds", DataTypes.IntegerType, true)
      .add("findings_error", DataTypes.IntegerType, true)
      .add("findings_warning", DataTypes.IntegerType, true)
      .add("findings_info", DataTypes.IntegerType, true)
      .add("timeout_millis", DataTypes.LongType, false)
      .add("max_bytes", DataTypes.LongType, false)
      .add("worker_heap_mb", DataTypes.IntegerType, false)
      .add("modified", DataTypes.LongType, true)
      .add("json", DataTypes.StringType, true);

  /**
   * Columns of whole numbers; the others are text. Decimals stay text, exactly as written
   * ({@code 916.11}): a Parquet decimal has one scale for the whole column.
   */
  private static final Set<String> WHOLE = Set.of("year", "start", "end", "page");

  static final StructType FINDING = table(TableRows.findingColumns());
  static final StructType FACT = table(TableRows.factColumns());

  private static StructType table(List<String> columns) {
    List<StructField> fields = new ArrayList<>();
    for (String c : columns) {
      DataType type = WHOLE.contains(c) ? DataTypes.LongType : DataTypes.StringType;
      fields.add(DataTypes.createStructField(c, type, true));
    }
    return DataTypes.createStructType(fields);
  }

  /** A result row: what {@code findings.csv} or {@code facts.csv} holds, typed by {@code schema}. */
  static Row table(List<@Nullable Object> values, StructType schema) {
    Object[] cells = new Object[values.size()];
    for (int i = 0; i < cells.length; i++) {
      Object v = values.get(i);
      boolean whole = schema.fields()[i].dataType() == DataTypes.LongType;
      cells[i] = v == null ? null
          : whole ? ((Number) v).longValue()
          : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    }
    return RowFactory.create(cells);
  }

  /** The row of a document whose result is kept: its JSON is joined in later. */
  static Row kept(String path, String sha256, String key, @Nullable Long modified) {
    Object[] cells = new Object[DOCUMENT.size()];
    cells[0] = path;
    cells[1] = sha256;
    cells[2] = key;
    cells[DOCUMENT.fieldIndex("timeout_millis")] = 0L;
    cells[DOCUMENT.fieldIndex("max_bytes")] = 0L;
    cells[DOCUMENT.fieldIndex("worker_heap_mb")] = 0;
    cells[DOCUMENT.fieldIndex("modified")] = modified;
    return RowFactory.create(cells);
  }

  /**
   * A document's row from its analysis, made within {@code limits}; {@code modified}: when its file
   * was last modified as its file system listed it (null for an archive's entry or an unread input).
   */
  static Row document(String json, @Nullable String key, Limits limits, @Nullable Long modified)
      throws IOException {
    AnalysisTally t = new AnalysisTally();
    io.suanzhang.core.AnalysisParts.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), t);
    Source s = t.source();
    ReportInfo r = t.report();
    Status status = t.ok() ? Status.OK : Status.of(t.errors().get(0).code());
    return RowFactory.create(
        s.path(), s.sha256(), key, status.jsonName(),
        t.ok() ? null : t.errors().get(0).code().jsonName(), s.format().jsonName(), s.bytes(),
        s.pages(), r.kind() == null ? null : r.kind().label(), r.year(), r.department(), r.unit(),
        CrossDocuments.departmentKey(t.ok(), r), t.mentions(), t.mentions(MentionKind.MONEY),
        t.mentions(MentionKind.PERCENT), t.mentions(MentionKind.COUNT), t.facts(), t.checks(),
        t.holds(), t.findings(Severity.ERROR), t.findings(Severity.WARNING),
        t.findings(Severity.INFO), limits.timeoutMillis(), limits.maxBytes(),
        limits.workerHeapMegabytes(), modified, json);
  }

  /** The limits a result was made within, kept with it. */
  record Limits(long timeoutMillis, long maxBytes, int workerHeapMegabytes) {
    static Limits of(JobSettings s) {
      return new Limits(s.timeoutMillis(), s.maxBytes(), s.workerHeapMegabytes());
    }

    static Limits of(Row row) {
      return new Limits(row.getAs("timeout_millis"), row.getAs("max_bytes"), row.getAs("worker_heap_mb"));
    }
  }
}
