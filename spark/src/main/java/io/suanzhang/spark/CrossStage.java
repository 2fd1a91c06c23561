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
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
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
 * gives the pairs the whole corpus gives for it; a group is read part by part from a local file, as
 * {@code scan} reads its {@code documents.jsonl}.
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
    return documents
        .where(col("department_key").isNotNull())
        .select("department_key", "path", "json")
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .flatMapGroups(
            (FlatMapGroupsFunction<String, Row, Row>) (department, rows) ->
                department(department, rows, settings),
            Encoders.row(PAIR));
  }

  private static Iterator<Row> department(String department, Iterator<Row> rows, JobSettings settings)
      throws IOException {
    List<Row> reports = new ArrayList<>();
    rows.forEachRemaining(reports::add);
    reports.sort(Comparator.comparing((Row r) -> r.getString(1)));
    Path file = Files.createTempFile("suanzhang-department-", ".jsonl");
    try {
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (Row r : reports) {
          out.write(r.getString(2));
          out.write('\n');
        }
      }
      reports.clear(); // the JSON is on disk now: the group need not hold it while it is checked
      List<CrossDocuments.Pair> pairs =
          CrossDocuments.check(file, settings.options().rules().crossDocuments());
      List<Row> out = new ArrayList<>();
      for (int i = 0; i < pairs.size(); i++) {
        CrossDocuments.Pair p = pairs.get(i);
        out.add(RowFactory.create(p.document(), department, i, Json.mapper().writeValueAsString(p)));
      }
      return out.iterator();
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
