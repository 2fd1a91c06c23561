package io.suanzhang.checks.cross;

import io.suanzhang.checks.cross.CrossDocuments.Candidate;
import io.suanzhang.checks.cross.CrossDocuments.Doc;
import io.suanzhang.checks.cross.CrossDocuments.Pair;
import io.suanzhang.checks.cross.CrossDocuments.Wording;
import io.suanzhang.checks.cross.Figures.Figure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Report sets: the files of one department, unit, year and kind are one report — a 说明 and its
 * tables-only file (江苏省政协办公厅2018年度部门预算.pdf and …2018度部门预算公开表.pdf), a text and its
 * workbook. The figures the text of one file states are cross-referenced against the tables of the
 * set's other files, as the {@code cross-reference} rule does within one file: the same item (by
 * classification path and name) at the report's own stage must have one value.
 *
 * <p>The rule itself needs a report's whole text, which the scan's JVM never holds; so the set is
 * compared by the figures the cross-document stage keeps ({@link Figures}). As in the rule, nothing is
 * guessed: a text figure whose item the other files' tables state with values that disagree among
 * themselves (an all-funds table and a 一般公共预算 one) and none of which agrees with it is not
 * reported; one that agrees with any of them holds. Evidence names the file and page of both numbers.
 */
final class ReportSets {

  private static final Wording WORDING = new Wording(
      "cross_document.set_mismatch",
      "%1$s：%2$s 的说明中为 %3$s，同一报告的表格 %4$s 中为 %5$s，相差 %6$s",
      "%1$s is %3$s in the text of %2$s but %5$s in the tables of the same report, %4$s"
          + " (difference %6$s)",
      "%1$s：%2$s 的说明中为 %3$s，同一报告的表格 %4$s 中为 %5$s，相差 %6$s，可由舍入解释",
      "%1$s is %3$s in the text of %2$s and %5$s in the tables of the same report, %4$s, %6$s"
          + " apart, which rounding of the written numbers explains");

  private ReportSets() {}

  /** The sets among one department's reports: two files or more of one unit, year and kind family. */
  static List<List<Doc>> of(List<Doc> docs) {
    Map<String, List<Doc>> groups = new LinkedHashMap<>();
    for (Doc d : docs) {
      groups.computeIfAbsent(key(d), k -> new ArrayList<>()).add(d);
    }
    return groups.values().stream().filter(g -> g.size() > 1).toList();
  }

  /** What makes files one report: department, unit, year and kind family. */
  static String key(Doc d) {
    return d.department() + "\u0000" + d.unit() + "\u0000" + d.report().year() + "\u0000"
        + d.family();
  }

  /** The set of {@code doc} among {@code docs}: itself and the files of the same report. */
  static List<Doc> setOf(Doc doc, List<Doc> docs) {
    String key = key(doc);
    return docs.stream().filter(d -> key(d).equals(key)).toList();
  }

  /** Adds, for every set, each text figure against the other files' tables ({@code found}: of a report). */
  static void pairs(List<Doc> docs, List<Pair> pairs, Function<Doc, List<Figure>> found) {
    for (List<Doc> set : of(docs)) {
      List<Figure> figures = new ArrayList<>();
      set.forEach(d -> figures.addAll(found.apply(d)));
      // Items of the same name are the only candidates (sameName compares the last names first):
      // indexed so that a set of many files is not compared figure by figure, in their order.
      Map<String, List<Figure>> tablesByName = new HashMap<>();
      for (Figure f : figures) {
        if (f.inTable()) {
          tablesByName.computeIfAbsent(f.item().name(), k -> new ArrayList<>()).add(f);
        }
      }
      for (Doc doc : set) {
        Set<Integer> seen = new HashSet<>();
        // the same item and value said twice (in the summary and again in its section) is one pair
        Set<String> said = new HashSet<>();
        for (Figure stated : figures) {
          if (stated.doc() == doc && !stated.inTable() && seen.add(stated.number().start())
              && said.add(stated.item().path() + "=" + stated.number().yuan().stripTrailingZeros())) {
            compare(stated, tablesByName.getOrDefault(stated.item().name(), List.of()), pairs);
          }
        }
      }
    }
  }

  /** Compares a text figure with the table figures of its name, in the set's other files. */
  private static void compare(Figure stated, List<Figure> named, List<Pair> pairs) {
    String sentence = CrossDocuments.normalise(stated.fact().quote());
    List<Figure> tables = named.stream()
        .filter(f -> f.doc() != stated.doc() && f.item().sameName(stated.item())
            && !Figures.narrower(f, sentence))
        .toList();
    Figure reference = reference(stated, tables);
    if (reference == null) {
      return;
    }
    String subject = String.join("·", stated.item().path());
    String relation = subject + "：" + stated.number().text() + "（" + stated.place() + "） = "
        + reference.number().text() + "（" + reference.place() + "）";
    Object[] args = {
      subject, stated.place(), stated.number().text(), reference.place(), reference.number().text()
    };
    pairs.add(CrossDocuments.compare(
        stated.doc(), stated.number(), stated.fact().id(), stated.fact().quote(), reference.doc(),
        new Candidate(reference.fact(), reference.number()), relation, pairs.size() + 1, WORDING,
        subject, args));
  }

  /**
   * The table figure a text figure is compared with: one that agrees with it, else the one value
   * all the tables give; null when there is none, or the tables disagree among themselves.
   */
  static @org.jspecify.annotations.Nullable Figure reference(Figure stated, List<Figure> tables) {
    if (tables.isEmpty()) {
      return null;
    }
    for (Figure t : tables) {
      if (Figures.agree(stated.number(), t.number())) {
        return t;
      }
    }
    Figure first = tables.get(0);
    boolean one = tables.stream().allMatch(t -> Figures.agree(first.number(), t.number())
        && Objects.equals(t.item().code(), first.item().code()));
    return one ? first : null;
  }
}
