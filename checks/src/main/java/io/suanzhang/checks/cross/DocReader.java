package io.suanzhang.checks.cross;

import static java.util.Objects.requireNonNull;

import io.suanzhang.core.AnalysisParts;
import io.suanzhang.core.Problem;
import io.suanzhang.core.ReportInfo;
import io.suanzhang.core.Source;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Keeps, of one analysis read part by part, what {@link CrossDocuments} compares of a report: its
 * source and report, and, where told to ({@code withFacts}) and it has a department, its compared
 * facts, headings and structure checks.
 */
final class DocReader implements AnalysisParts.Visitor {
  private static final Set<String> STRUCTURE = Set.of(CrossDocuments.STRUCTURE);
  private final boolean withFacts;
  private @Nullable Source source;
  private ReportInfo report = ReportInfo.UNKNOWN;
  private final List<Fact> facts = new ArrayList<>();
  private final List<Section> sections = new ArrayList<>();
  private final List<Check> structure = new ArrayList<>();
  private boolean failed;

  DocReader(boolean withFacts) {
    this.withFacts = withFacts;
  }

  @Override
  public boolean wants(AnalysisParts.Part part) {
    if (part == AnalysisParts.Part.FACTS || part == AnalysisParts.Part.SECTIONS
        || part == AnalysisParts.Part.CHECKS) {
      return withFacts && CrossDocuments.departmentKey(true, report) != null;
    }
    return part == AnalysisParts.Part.ERRORS;
  }

  @Override
  public void section(Section s) {
    sections.add(s);
  }

  @Override
  public Set<String> checksOf() {
    return STRUCTURE;
  }

  @Override
  public void check(Check c) {
    if (CrossDocuments.structural(c)) {
      structure.add(c);
    }
  }

  @Override
  public void source(Source s) {
    source = s;
  }

  @Override
  public void report(ReportInfo r) {
    report = r;
  }

  @Override
  public void fact(Fact f) {
    if (CrossDocuments.kept(f)) {
      facts.add(f);
    }
  }

  @Override
  public void error(Problem p) {
    failed = true;
  }

  @Nullable String key() {
    return CrossDocuments.departmentKey(!failed, report);
  }

  ReportInfo report() {
    return report;
  }

  String sha256() {
    return source == null ? "" : source.sha256();
  }

  CrossDocuments.Doc doc() {
    Source s = requireNonNull(source, "an analysis without its source");
    String department = CrossDocuments.normalise(requireNonNull(report.department()));
    return new CrossDocuments.Doc(s.path(), s.sha256(), report, department, List.copyOf(facts),
        List.copyOf(sections), List.copyOf(structure));
  }
}
