package io.suanzhang.checks.cross;

import io.suanzhang.checks.cross.CrossDocuments.Doc;
import io.suanzhang.checks.cross.CrossDocuments.Pair;
import io.suanzhang.checks.rule.StructureRule.SectionFound;
import io.suanzhang.checks.rule.StructureRule;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.fact.Section;
import io.suanzhang.core.text.Span;
import java.util.Comparator;
import java.util.List;

/**
 * The structure of a report published as several files ({@link ReportSets}): a 说明 in one file, its
 * tables in another (江苏省政协办公厅2019年度部门预算.pdf and …2019年预算公开表.pdf). Each file alone is
 * a part: the {@code structure} rule judges the tables of the file that prints them and leaves the
 * 说明 file alone, so a table the tables file holds is never missing from the 说明 file, and one in
 * neither is found once, on the tables file. What no single file can show is judged here, on the set:
 * the sections of the template's 说明, looked for in the headings of all the set's files, and found
 * missing on the file that holds the 说明.
 *
 * <p>The set is judged only where one of its files was judged as whole tables (the rule found most of
 * its template's tables there), none had its 说明 judged already, and the 说明 file has half its
 * template's sections or more, as the rule asks of one file.
 */
final class SetStructure {

  private SetStructure() {}

  /** Adds a pair for each 说明 section the template of a set requires: listed, or missing. */
  static void pairs(List<Doc> docs, List<Pair> pairs) {
    for (List<Doc> set : ReportSets.of(docs)) {
      Doc tables = set.stream().filter(SetStructure::tablesJudged).findFirst().orElse(null);
      if (tables == null || set.stream().anyMatch(SetStructure::sectionsJudged)) {
        continue;
      }
      // the 说明: the other file with the most headings
      Doc text = set.stream().filter(d -> d != tables)
          .max(Comparator.comparingInt(d -> d.sections().size())).orElse(null);
      if (text == null || text.sections().isEmpty()) {
        continue;
      }
      List<Section> headings = text.sections();
      List<SectionFound> found = StructureRule.sections(
          text.report().kind(), text.department() + " " + text.report().department(),
          text.report().year(), headings);
      // as in one file: a 说明 with fewer than half its template's sections is no 说明 to judge
      long present = found.stream().filter(f -> f.heading() != null).count();
      if (found.isEmpty() || present * 2 < found.size()) {
        continue;
      }
      for (int i = 0; i < found.size(); i++) {
        SectionFound s = found.get(i);
        boolean listed = s.heading() != null;
        String relation = StructureRule.sectionRelation(s.template(), s.name(), listed)
            + "（" + text.path() + " + " + tables.path() + "）";
        if (listed) {
          Span at = s.heading().heading();
          pairs.add(new Pair(text.path(), tables.path(),
              new Check("structure", relation, true, null, List.of(at)), null));
          continue;
        }
        Section near = java.util.Objects.requireNonNullElse(
            StructureRule.near(found, i), text.sections().get(0));
        String id = "X" + (pairs.size() + 1);
        Evidence evidence = Evidence.ofText("near", near.title(), near.heading(), near.title());
        pairs.add(new Pair(text.path(), tables.path(),
            new Check("structure", relation, false, id, List.of(near.heading())),
            StructureRule.missingSection(id, s.template(), s.name(), evidence)));
      }
    }
  }

  /** Whether the rule judged a file's tables: it found most of its template's there. */
  private static boolean tablesJudged(Doc d) {
    return d.structure().stream().anyMatch(
        c -> c.holds() && c.relation().endsWith("已列出") && !c.relation().contains("：说明 "));
  }

  /** Whether the rule judged a file's 说明 itself. */
  private static boolean sectionsJudged(Doc d) {
    return d.structure().stream().anyMatch(c -> c.relation().contains("：说明 "));
  }

}
