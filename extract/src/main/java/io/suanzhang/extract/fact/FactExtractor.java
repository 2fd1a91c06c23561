package io.suanzhang.extract.fact;

import io.suanzhang.core.Document;
import io.suanzhang.core.ReportInfo;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Indicator;
import io.suanzhang.core.fact.Score;
import io.suanzhang.core.fact.Section;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the heading tree of a document and the facts of its prose and tables from its mentions.
 */
public final class FactExtractor {

  private FactExtractor() {}

  /** The heading tree: sections in document order, each knowing its parent. */
  public static List<Section> sections(Document document) {
    return Sections.of(document);
  }

  /** Every fact the document states, in reading order of the text each was read from. */
  public static List<Fact> facts(
      Document document, ReportInfo report, List<Mention> mentions, List<Section> sections) {
    FactContext context = new FactContext(document, report, mentions, sections);
    List<Fact> facts = new ArrayList<>();
    facts.addAll(TableFacts.of(context));
    // The funds block of a self-evaluation flattened to text lines is read before the sentences,
    // which would otherwise take its cells for amounts and its 执行率 for a rate of other operands.
    Set<Mention> used = new HashSet<>();
    List<Fact> funds = new ArrayList<>(FundsLines.of(context, used));
    List<Fact> points = PointsLines.of(context, funds, used);
    // An indicator row read by its points (PointsLines) is read right; the table reader's reading of
    // the same flattened lines (its indicator and its score) lost the cells of the rows above it
    // (产出指标 | 数量指标) and is shifted: one fact per number.
    facts.addAll(oneScorePerRow(facts, funds));
    facts.removeIf(f -> (f instanceof Indicator || f instanceof Score) && points.stream()
        .anyMatch(p -> p.getClass() == f.getClass() && overlap(p.span(), f.span())));
    facts.addAll(points);
    facts.addAll(FlatRows.of(context, used));
    // A table's rate column, row by row, before the sentences: a row read as a sentence would pair
    // its rate with the amounts of whatever line comes near it.
    facts.addAll(TableRates.of(context, facts, used));
    facts.addAll(ProseFacts.of(context, used));
    return List.copyOf(Passages.narrowed(context, facts));
  }

  /**
   * The funds facts without the execution rows a table reader has already scored: the row is one
   * fact, the table's (its place under a 合计), with the points the funds block read from it, which
   * knows the columns by their header words. {@code tableFacts} is changed in place.
   */
  private static List<Fact> oneScorePerRow(List<Fact> tableFacts, List<Fact> funds) {
    List<Fact> out = new ArrayList<>();
    for (Fact f : funds) {
      int same = -1;
      if (f instanceof Score s) {
        for (int i = 0; i < tableFacts.size() && same < 0; i++) {
          same = tableFacts.get(i) instanceof Score t && overlap(s, t) ? i : -1;
        }
        if (same >= 0) {
          Score t = (Score) tableFacts.get(same);
          // a parent the table gave it or the points of the text lines did (PointsLines)
          boolean tables = t.parent() != null;
          tableFacts.set(same, new Score(t.id(), t.section(), s.subject(),
              tables ? t.parent() : s.parent(), tables ? t.level() : s.level(),
              s.full() != null ? s.full() : t.full(), s.score() != null ? s.score() : t.score(),
              t.grade(), s.span(), s.quote()));
          continue;
        }
      }
      out.add(f);
    }
    return out;
  }

  private static boolean overlap(Score a, Score b) {
    return overlap(a.span(), b.span());
  }

  private static boolean overlap(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }
}
