package io.suanzhang.extract.fact;

import io.suanzhang.core.Document;
import io.suanzhang.core.ReportInfo;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Section;
import io.suanzhang.core.mention.Mention;
import java.util.ArrayList;
import java.util.List;

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
    facts.addAll(ProseFacts.of(context));
    return List.copyOf(facts);
  }
}
