package io.suanzhang.extract.fact;

import io.suanzhang.core.Document;
import io.suanzhang.core.ReportInfo;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Section;
import io.suanzhang.core.mention.Mention;
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
    facts.addAll(FundsLines.of(context, used));
    facts.addAll(FlatRows.of(context, used));
    facts.addAll(ProseFacts.of(context, used));
    return List.copyOf(facts);
  }
}
