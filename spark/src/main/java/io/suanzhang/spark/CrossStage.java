package io.suanzhang.spark;

import static org.apache.spark.sql.functions.col;

import io.suanzhang.checks.cross.CrossDocuments;
import io.suanzhang.core.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The second stage: the cross-document and report-set checks of {@code scan}, department by
 * department. {@link CrossDocuments} only ever compares reports of one department ({@link
 * CrossDocuments#departmentKey}), so each group, its reports in path order as {@code scan} has them,
 * gives the pairs the whole corpus gives for it; a group is written to a local file as its rows come
 * and read part by part from there, as {@code scan} reads its {@code documents.jsonl}.
 */
final class CrossStage {

  /** One pair: the document that carries it, its department, its place there, and its JSON line. */
  static final StructType PAIR = new StructType()
      .add("document", DataTypes.StringType, false)
      .add("department_key", DataTypes.StringType, false)
      .add("index", DataTypes.IntegerType, false)
      .add("json", DataTypes.StringType, false);

  private CrossStage() {}

  /** The pairs of the documents (rows of {@link Rows#DOCUMENT}), each a line of {@code cross-documents.jsonl}. */
  static Dataset<Row> pairs(Dataset<Row> documents, JobSettings settings) {
    // A department's reports meet in one partition, in path order, and go by one after another: a
    // task holds one department's JSON on disk, never in memory.
    return documents
        .where(col("department_key").isNotNull())
        .select("department_key", "path", "json")
        .repartition(col("department_key"))
        .sortWithinPartitions("department_key", "path")
        .mapPartitions(
            (MapPartitionsFunction<Row, Row>) rows -> departments(rows, settings),
            Encoders.row(PAIR));
  }

  /** The pairs of the departments of one partition, its rows sorted by department and path. */
  private static Iterator<Row> departments(Iterator<Row> rows, JobSettings settings)
      throws IOException {
    List<Row> out = new ArrayList<>();
    Path file = Files.createTempFile("suanzhang-department-", ".jsonl");
    try {
      String department = null;
      BufferedWriter reports = null;
      try {
        while (rows.hasNext()) {
          Row r = rows.next();
          if (!r.getString(0).equals(department)) {
            if (reports != null) {
              reports.close();
              check(department, file, settings, out);
            }
            department = r.getString(0);
            reports = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
          }
          reports.write(r.getString(2));
          reports.write('\n');
        }
      } finally {
        if (reports != null) {
          reports.close();
        }
      }
      if (department != null) {
        check(department, file, settings, out);
      }
      return out.iterator();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Adds the pairs of one department, whose reports are the lines of {@code file}. */
  private static void check(String department, Path file, JobSettings settings, List<Row> out)
      throws IOException {
    List<CrossDocuments.Pair> pairs =
        CrossDocuments.check(file, settings.options().rules().crossDocuments());
    for (int i = 0; i < pairs.size(); i++) {
      CrossDocuments.Pair p = pairs.get(i);
      out.add(RowFactory.create(p.document(), department, i, Json.mapper().writeValueAsString(p)));
    }
  }
}
