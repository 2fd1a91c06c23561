package io.suanzhang.extract;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.Document;
import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.Problem;
import io.suanzhang.core.ReportInfo;
import io.suanzhang.core.check.Coverage;
import io.suanzhang.core.document.Warning;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Section;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.extract.fact.FactExtractor;
import io.suanzhang.extract.number.MentionExtractor;
import io.suanzhang.extract.report.ReportInfoReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What a document states, found in its text: every money, percent and count mention with its
 * provenance, the report's kind, year and department, the heading tree, and the facts the numbers
 * state (sums, rates, changes, shares, funds blocks, indicators). Works on a {@link Document} from
 * any reader, so it needs none of the format libraries.
 *
 * <pre>{@code
 * Analysis a = Extraction.of(document);
 * for (Mention m : a.mentions()) System.out.println(m.text() + " = " + m.yuan() + " 元");
 * }</pre>
 */
public final class Extraction {

  /**
   * The most numbers one document may state to be checked as a report. A 500-page budget book states
   * about 25,000, a 20,000-row table 140,000; past this, the facts, checks and findings of one document
   * no longer fit the worker's 512 MB heap (7 MB of wrapped lines state 232,560 numbers and need about
   * 1.9 GB), and the document is {@code too_large} rather than out of memory.
   */
  public static final int MAX_NUMBERS = 200_000;

  private Extraction() {}

  /** Every money, percent and count mention of a document, with pages where the format has them. */
  public static List<Mention> mentions(Document document) {
    return paged(document, MentionExtractor.extract(document));
  }

  /**
   * The mentions, report metadata, sections and facts of a document, not yet checked. Never throws:
   * each step is fenced, and a defect in one loses that step's result, recorded as an {@code
   * internal} error, never the document's. A document stating more than {@link #MAX_NUMBERS} numbers
   * is {@code too_large}.
   */
  public static Analysis of(Document document) {
    String file = document.source().path();
    List<Problem> errors = new ArrayList<>();
    MentionExtractor.Scan scan =
        step(file, "finding numbers", () -> pagedScan(document),
            new MentionExtractor.Scan(List.of(), List.of()), errors);
    List<Mention> mentions = scan.mentions();
    if (mentions.size() > MAX_NUMBERS) {
      return Analysis.failed(document.source(), new Problem(ErrorCode.TOO_LARGE, String.format(
          Locale.ROOT, "%s: %,d numbers is more than the limit of %,d for one report", file,
          mentions.size(), MAX_NUMBERS)));
    }
    // Numbers left as text (too long to be amounts) are warned of with what the reader warned of.
    List<Warning> warnings = new ArrayList<>(document.warnings());
    warnings.addAll(scan.warnings());
    ReportInfo report =
        step(file, "reading the report's kind, year and department", () -> ReportInfoReader.of(document),
            ReportInfo.UNKNOWN, errors);
    List<Section> sections =
        step(file, "reading the heading tree", () -> FactExtractor.sections(document), List.of(),
            errors);
    List<Fact> facts =
        step(file, "building facts", () -> FactExtractor.facts(document, report, mentions, sections),
            List.of(), errors);
    return new Analysis(
        document.source(), report, sections, mentions, facts, List.of(), List.of(), Coverage.NONE,
        errors, warnings);
  }

  private static MentionExtractor.Scan pagedScan(Document document) {
    MentionExtractor.Scan scan = MentionExtractor.scan(document);
    return new MentionExtractor.Scan(paged(document, scan.mentions()), scan.warnings());
  }

  private static List<Mention> paged(Document document, List<Mention> found) {
    if (document.pages().isEmpty()) {
      return found;
    }
    List<Mention> paged = new ArrayList<>(found.size());
    for (Mention m : found) {
      paged.add(m.withPage(document.pageAt(m.start())));
    }
    return List.copyOf(paged);
  }

  private static <T> T step(
      String file, String what, Supplier<T> body, T fallback, List<Problem> errors) {
    try {
      return body.get();
    } catch (RuntimeException | StackOverflowError e) {
      errors.add(new Problem(ErrorCode.INTERNAL, file + ": " + what + " failed: " + e));
      return fallback;
    }
  }
}
