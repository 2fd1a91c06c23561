package io.suanzhang.corpus.output;

import io.suanzhang.checks.cross.CrossDocuments;
import io.suanzhang.core.AnalysisParts;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Section;
import io.suanzhang.corpus.worker.AnalysisTally;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rows {@value ScanOutputs#FINDINGS_CSV} and {@value ScanOutputs#FACTS_CSV} hold for one
 * analysis, for writers of other tables (the Spark job's Parquet). A value is a {@link String}, an
 * exact {@link java.math.BigDecimal}, a {@link Long} or null, before the CSV turns it into text.
 */
public final class TableRows {

  private TableRows() {}

  /** Takes the rows of one analysis as they are read. */
  public interface Sink {
    void finding(List<@Nullable Object> row);

    void fact(List<@Nullable Object> row);
  }

  /** The column names of {@value ScanOutputs#FINDINGS_CSV}, in order. */
  public static List<String> findingColumns() {
    return Tables.FINDINGS.stream().map(Column::name).toList();
  }

  /** The column names of {@value ScanOutputs#FACTS_CSV}, in order. */
  public static List<String> factColumns() {
    return Tables.FACTS.stream().map(Column::name).toList();
  }

  /**
   * Reads an analysis (a line of {@code documents.jsonl}) part by part and hands its rows to {@code
   * sink}; {@code cross} are the cross-document pairs it carries, whose findings follow its own as
   * in {@value ScanOutputs#FINDINGS_CSV}.
   *
   * @return the analysis counted as it was read
   */
  public static AnalysisTally read(InputStream json, List<CrossDocuments.Pair> cross, Sink sink)
      throws IOException {
    Rows rows = new Rows(sink);
    OutputRun.Amendments amend = new OutputRun.Amendments() {
      @Override
      public List<Finding> findings(String path) {
        return cross.stream().map(CrossDocuments.Pair::finding)
            .filter(java.util.Objects::nonNull).toList();
      }

      @Override
      public List<Check> checks(String path) {
        return cross.stream().map(CrossDocuments.Pair::check).toList();
      }
    };
    AnalysisParts.read(OutputRun.buffered(json), new OutputRun.Amended(rows, amend));
    return rows;
  }

  private static final class Rows extends AnalysisTally {
    private final Sink sink;
    private final Map<String, String> sections = new HashMap<>();

    Rows(Sink sink) {
      super(true); // mentions and checks are only counted
      this.sink = sink;
    }

    @Override
    public boolean wants(AnalysisParts.Part part) {
      return true;
    }


    @Override
    public void section(Section s) {
      super.section(s);
      sections.put(s.id(), Tables.section(s));
    }

    @Override
    public void fact(Fact f) {
      super.fact(f);
      sink.fact(Tables.fact(source(), sections, f));
    }

    @Override
    public void finding(Finding f) {
      super.finding(f);
      sink.finding(Tables.finding(source(), report(), f));
    }
  }
}
