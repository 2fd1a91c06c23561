package io.suanzhang.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import io.suanzhang.checks.cross.CrossDocuments;
import io.suanzhang.core.Json;
import io.suanzhang.corpus.output.TableRows;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;

/**
 * The findings and facts tables: the rows of {@code findings.csv} and {@code facts.csv}, made by the
 * same code ({@link TableRows}) from each document's JSON, a document's cross-document findings
 * after its own.
 */
final class ResultTables {

  private ResultTables() {}

  /** Rows of {@link Rows#FINDING}: each document's findings and those of the pairs it carries. */
  static Dataset<Row> findings(Dataset<Row> documents, Dataset<Row> pairs) {
    Dataset<Row> carried = pairs
        .groupBy("document")
        .agg(sort_array(collect_list(struct(col("index"), col("json")))).as("pairs"));
    return documents.select("path", "json")
        .join(carried, documents.col("path").equalTo(carried.col("document")), "left")
        .select("json", "pairs")
        .flatMap((FlatMapFunction<Row, Row>) r -> rows(r.getString(0), cross(r), true).iterator(),
            Encoders.row(Rows.FINDING));
  }

  /** Rows of {@link Rows#FACT}. */
  static Dataset<Row> facts(Dataset<Row> documents) {
    return documents.select("json")
        .flatMap((FlatMapFunction<Row, Row>) r -> rows(r.getString(0), List.of(), false).iterator(),
            Encoders.row(Rows.FACT));
  }

  private static List<CrossDocuments.Pair> cross(Row r) throws IOException {
    List<CrossDocuments.Pair> pairs = new ArrayList<>();
    if (!r.isNullAt(1)) {
      for (Iterator<Row> it = r.<Row>getList(1).iterator(); it.hasNext(); ) {
        pairs.add(Json.mapper().readValue(it.next().getString(1), CrossDocuments.Pair.class));
      }
    }
    return pairs;
  }

  private static List<Row> rows(String json, List<CrossDocuments.Pair> cross, boolean findings)
      throws IOException {
    List<Row> rows = new ArrayList<>();
    TableRows.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), cross,
        new TableRows.Sink() {
          @Override
          public void finding(List<@Nullable Object> row) {
            if (findings) {
              rows.add(Rows.table(row, Rows.FINDING));
            }
          }

          @Override
          public void fact(List<@Nullable Object> row) {
            if (!findings) {
              rows.add(Rows.table(row, Rows.FACT));
            }
          }
        });
    return rows;
  }
}
