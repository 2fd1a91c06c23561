package io.suanzhang.extract;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.Document;
import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.Format;
import io.suanzhang.core.Problem;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.ReportInfo;
import io.suanzhang.core.Source;
import io.suanzhang.core.check.Coverage;
import io.suanzhang.core.document.Warning;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Section;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.extract.fact.FactExtractor;
import io.suanzhang.extract.number.MentionExtractor;
import io.suanzhang.extract.report.ReportInfos;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The entry point for reading reports.
 *
 * <pre>{@code
 * Analysis a = Reports.analyse(Path.of("部门决算.txt"));
 * for (Mention m : a.mentions()) System.out.println(m.text() + " = " + m.yuan() + " 元");
 * }</pre>
 *
 * <p>{@link #read} throws a {@link ReportException} whose code says why a file cannot be read; {@link
 * #analyse} never throws for bad input and records the problem in {@link Analysis#errors()} instead.
 */
public final class Reports {

  private Reports() {}

  /** Reads a file into its extracted text and structure. */
  public static Document read(Path file) throws ReportException {
    return DocumentReaders.read(file, ReadOptions.DEFAULT);
  }

  /** Reads a file with other limits than the defaults. */
  public static Document read(Path file, ReadOptions options) throws ReportException {
    return DocumentReaders.read(file, options);
  }

  /** Every money, percent and count mention of a document, with pages where the format has them. */
  public static List<Mention> mentions(Document document) {
    return paged(document, MentionExtractor.extract(document));
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

  /** Reads a file and extracts its mentions; a file that cannot be read gives an analysis with errors. */
  public static Analysis analyse(Path file) {
    return analyse(file, (document, analysis) -> analysis);
  }

  /**
   * Reads a file, extracts its mentions and facts, then hands the document and its analysis to a
   * further step (the rule engine). The step is fenced like the others: if it fails, the analysis
   * so far is kept with an error that says so.
   */
  public static Analysis analyse(Path file, BiFunction<Document, Analysis, Analysis> then) {
    return analyse(file, ReadOptions.DEFAULT, then);
  }

  /**
   * The most numbers one document may state to be checked as a report. A 500-page budget book states
   * about 25,000, a 20,000-row table 140,000; past this, the facts, checks and findings of one document
   * no longer fit the worker's 512 MB heap (7 MB of wrapped lines state 232,560 numbers and need about
   * 1.9 GB), and the document is {@code too_large} rather than out of memory.
   */
  public static final int MAX_NUMBERS = 200_000;

  /** As {@link #analyse(Path, BiFunction)}, reading within other limits than the defaults. */
  public static Analysis analyse(
      Path file, ReadOptions options, BiFunction<Document, Analysis, Analysis> then) {
    Document document;
    try {
      document = read(file, options);
    } catch (ReportException e) {
      return Analysis.failed(DocumentReaders.sourceOf(file), e.toProblem());
    } catch (RuntimeException | StackOverflowError e) {
      // A reader defect must cost one file, not the batch.
      return Analysis.failed(
          DocumentReaders.sourceOf(file),
          new Problem(ErrorCode.INTERNAL, file + ": reading failed unexpectedly: " + e));
    }
    // Each later step is fenced: a defect in one loses that step's result, never the document's.
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
        step(file, "reading the report's kind, year and department", () -> ReportInfos.of(document),
            ReportInfo.UNKNOWN, errors);
    List<Section> sections =
        step(file, "reading the heading tree", () -> FactExtractor.sections(document), List.of(),
            errors);
    List<Fact> facts =
        step(file, "building facts", () -> FactExtractor.facts(document, report, mentions, sections),
            List.of(), errors);
    Analysis analysis =
        new Analysis(
            document.source(), report, sections, mentions, facts, List.of(), List.of(),
            Coverage.NONE, errors, warnings);
    try {
      return then.apply(document, analysis);
    } catch (RuntimeException | StackOverflowError e) {
      return analysis.withError(
          new Problem(ErrorCode.INTERNAL, file + ": checking failed: " + e));
    }
  }

  private static <T> T step(
      Path file, String what, Supplier<T> body, T fallback, List<Problem> errors) {
    try {
      return body.get();
    } catch (RuntimeException | StackOverflowError e) {
      errors.add(new Problem(ErrorCode.INTERNAL, file + ": " + what + " failed: " + e));
      return fallback;
    }
  }

  /** The format of a file, decided from its content (and its name only where content is silent). */
  public static Format detect(Path file) throws ReportException {
    return DocumentReaders.detect(file);
  }
}
