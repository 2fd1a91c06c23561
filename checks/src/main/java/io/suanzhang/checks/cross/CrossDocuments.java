package io.suanzhang.checks.cross;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.Multimaps;
import io.suanzhang.checks.Interval;
import io.suanzhang.checks.Verdict;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.AnalysisParts;
import io.suanzhang.core.Json;
import io.suanzhang.core.ReportInfo;
import io.suanzhang.core.ReportKind;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Amount;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Section;
import io.suanzhang.core.fact.TableRow;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.text.Span;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * {@code cross-document}: what one report states that another report of the scan states too.
 *
 * <ul>
 *   <li><b>Previous year.</b> A figure of a past year quoted in a comparison (与2019年36.57万元相比)
 *       against that year's report of the same department, see {@link PreviousYear};
 *   <li><b>Same year.</b> A department's 预算, 决算 and 绩效自评 of one year against each other: the
 *       same subject's 年初预算数, 全年预算数, 预算数 or 执行数, see {@link SameYear}.
 *   <li><b>Execution across years.</b> Year Y+1's 预算's 上年执行数 against year Y's 决算, see {@link
 *       PriorExecution}.
 * </ul>
 *
 * <p>Reports are compared only within one department (names compared after NFKC and without
 * blanks) and one unit. Nothing is guessed: a pair is evaluated only when exactly one report and one
 * value are found on each side. The two values are compared at their written precision; a difference
 * is a warning — figures are sometimes restated on purpose, a reviewer decides — and one rounding
 * explains is info.
 */
public final class CrossDocuments {

  /** The rule id of the checks and findings. */
  public static final String RULE = "cross-document";

  /** The file beside {@code documents.jsonl}. */
  public static final String FILE_NAME = "cross-documents.jsonl";

  /** Compiled once: {@link #normalise} runs for every name compared, thousands of times a scan. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * One evaluated pair: the report quoting the figure, the report of the base year, the check and,
   * when it does not hold, its finding.
   */
  @JsonPropertyOrder({"document", "other", "check", "finding", "compared"})
  public record Pair(String document, String other, Check check, @Nullable Finding finding,
      @Nullable Compared compared) {
    public Pair {
      requireNonNull(document, "document");
      requireNonNull(other, "other");
      requireNonNull(check, "check");
    }

    Pair(String document, String other, Check check, @Nullable Finding finding) {
      this(document, other, check, finding, null);
    }

    public boolean holds() {
      return check.holds();
    }
  }

  /**
   * What a pair compared, for a reader putting a department's years side by side: the item, and the
   * figure each report gives, as written (一般公共服务, 96.00万元, 95.00万元).
   *
   * @param stated the figure of the pair's document, or what its sentence says (比上年增加12.00万元)
   * @param reference the figure of the other report
   */
  public record Compared(String item, String stated, String reference) {
    public Compared {
      requireNonNull(item, "item");
      requireNonNull(stated, "stated");
      requireNonNull(reference, "reference");
    }
  }

  /**
   * The facts of one report that cross-document checks use, its headings and the {@code structure}
   * rule's checks of it (for {@link SetStructure}); the rest is not kept.
   */
  record Doc(String path, String sha256, ReportInfo report, String department, List<Fact> facts,
      List<Section> sections, List<Check> structure) {

    /** The report's kind family, see {@link CrossDocuments#family}. */
    String family() {
      return CrossDocuments.family(report.kind());
    }

    @Nullable String unit() {
      return normaliseOrNull(report.unit());
    }

    /** The same report with the year another file of its set gives it. */
    Doc withYear(int year) {
      return new Doc(path, sha256, CrossDocuments.withYear(report, year), department, facts, sections,
          structure);
    }
  }

  /** A statement of another report: the fact and the number that gives the value. */
  record Candidate(Fact fact, Mention number) {}

  private CrossDocuments() {}

  /**
   * How the scan runs these checks ({@code rule.cross-document.enabled}, {@code
   * rule.cross-document.severity} or {@code --disable cross-document}).
   *
   * @param severity the severity that replaces the warnings, or null to keep them
   */
  public record Settings(boolean enabled, @Nullable Severity severity) {
    public static final Settings DEFAULT = new Settings(true, null);
  }

  /** Analyses that can be read more than once, each time from the start: a scan's documents file. */
  @FunctionalInterface
  public interface Analyses {
    Stream<Analysis> open() throws IOException;
  }

  /**
   * Every pair of a scan's analyses, configured: none when switched off. Reports are only ever
   * compared within one department, so they are held one department at a time: a first pass notes
   * where each department's last report is, a second keeps a department's reports until then. Memory
   * follows the largest department's reports (and departments read side by side, which a scan's
   * path order keeps few), not the corpus.
   */
  public static List<Pair> check(Analyses analyses, Settings settings) throws IOException {
    return check(each -> {
      try (Stream<Analysis> all = analyses.open()) {
        all.forEachOrdered(a -> {
          // made at once: holding the analysis instead would hold all of it
          String key = departmentKey(a);
          Doc doc = key == null ? null : doc(a);
          each.accept(key, a.report(), a.source().sha256(), () -> requireNonNull(doc));
        });
      }
    }, null, settings, Listener.NONE);
  }

  /**
   * The pairs of a documents file ({@code documents.jsonl}), read as {@link #check(Analyses,
   * Settings)} reads analyses but part by part ({@link AnalysisParts}): of each report only what the
   * checks compare is kept — its source, its report and its comparisons, amounts and table rows —
   * never its mentions, sections, findings or coverage. A report of a hundred megabytes of JSON costs
   * the scan the facts it can be compared by, not the hundred megabytes. Those facts are read when
   * its department's reports are compared, from where the report is in the file: until then it is
   * held as its place, so that memory follows the largest department, not the departments read side
   * by side (in an archive of year folders, every department runs to the last folder).
   */
  public static List<Pair> check(Path documents, Settings settings) throws IOException {
    return check(documents, settings, Listener.NONE);
  }

  /**
   * Told of a documents file's pairs as they are found, for a caller that uses each document's pairs
   * as soon as they are all known: a scan writes a report's rows while the reports after it are still
   * being compared.
   */
  public interface Listener {
    Listener NONE = new Listener() {
      @Override
      public void planned(long[] settledBy) {}

      @Override
      public void read(long index, List<Pair> found) {}
    };

    /**
     * Once the documents are listed (before any pair is found): for each document, in file order
     * (the first is 0), the index of the document whose reading settles every pair it is in — its
     * department's last, or its own for one that takes part in none.
     */
    void planned(long[] settledBy);

    /**
     * The document at {@code index} has been read; {@code found} are the pairs that settled, as
     * {@link #check(Path, Settings, Listener)} returns them, in its order.
     */
    void read(long index, List<Pair> found);
  }

  /** {@link #check(Path, Settings)}, telling {@code listener} of the pairs as they are found. */
  public static List<Pair> check(Path documents, Settings settings, Listener listener)
      throws IOException {
    return check(DocumentsFile.reading(documents), null, settings, listener);
  }

  /**
   * What a scan knows of a document of its documents file before reading the file again: whether
   * it was read without error, and its report.
   */
  public record Listed(boolean ok, ReportInfo report) {
    public Listed {
      requireNonNull(report, "report");
    }
  }

  /**
   * {@link #check(Path, Settings, Listener)} for a documents file whose documents the caller has
   * {@code listed}, one for each line in order (a scan knows them as it writes the file): the file
   * is read once, not twice. A document that is not of the department it was listed with is an
   * {@link IOException}: the list is not the file's.
   */
  public static List<Pair> check(Path documents, List<Listed> listed, Settings settings,
      Listener listener) throws IOException {
    return check(DocumentsFile.reading(documents), Plan.of(listed), settings, listener);
  }

  /**
   * A document as the checks see it: its department (null: it takes part in no pair), its report and
   * SHA-256, and the document with its facts, made when asked (at most once).
   */
  @FunctionalInterface
  interface Each {
    void accept(@Nullable String department, ReportInfo report, String sha256, Supplier<Doc> doc);
  }

  /** The documents, in order. */
  @FunctionalInterface
  interface Reading {
    void each(Each each) throws IOException;
  }

  /**
   * The pairs of the documents, in two passes: the first notes where each department's last report
   * is and what each report is (year, kind, unit), so that the second keeps the facts of none that
   * has nothing to be compared with. A {@code plan} made from what the scan listed stands for the
   * first pass, and each document the second reads is held to it.
   */
  private static List<Pair> check(Reading documents, @Nullable Plan listed, Settings settings,
      Listener listener) throws IOException {
    if (!settings.enabled()) {
      return List.of();
    }
    Plan plan = listed == null ? Plan.read(documents) : listed;
    listener.planned(plan.settledBy());
    SecondPass second = new SecondPass(plan.last(), plan.reports());
    long[] at = {0};
    try {
      documents.each((key, report, sha256, doc) -> {
        long index = at[0]++;
        plan.expect(index, key);
        int before = second.pairs.size();
        second.read(key, report, sha256, doc);
        listener.read(index, configured(second.pairs.subList(before, second.pairs.size()), settings));
      });
    } catch (UncheckedIOException e) {
      throw e.getCause(); // the documents are not those listed
    }
    plan.expectSize(at[0]);
    return configured(second.pairs, settings);
  }

  /**
   * Whether another report of the department can be compared with {@code report}: one of the same
   * unit and kind family of another year ({@link PreviousYear}), or of the same year and another
   * family ({@link SameYear}), or another file of the same report ({@link ReportSets}); one without a
   * year as the year its set gives it. A report that cannot is not held: a lone 2,000-page budget costs the
   * checks nothing.
   */
  static boolean comparable(ReportInfo report, List<ReportInfo> department) {
    if (report.year() == null) {
      Integer year = adoptedYear(report, department);
      return year != null && comparable(new ReportInfo(report.kind(), year, report.department(),
          report.unit(), report.filed(), report.published()), department);
    }
    String unit = normaliseOrNull(report.unit());
    String family = family(report.kind());
    int others = 0;
    int set = 0;
    for (ReportInfo r : department) {
      if (Objects.equals(normaliseOrNull(r.unit()), unit)) {
        boolean sameYear = Objects.equals(r.year(), report.year());
        boolean sameFamily = family(r.kind()).equals(family);
        if (sameYear != sameFamily
            || PriorExecution.pairsWith(report.year(), family, r.year(), family(r.kind()))) {
          others++;
        } else if (sameYear) {
          set++; // itself, and any other file of the same report (ReportSets)
        }
      }
    }
    return others > 0 || set > 1;
  }

  /**
   * The year of a report whose own title misses it (a cover that says "2018度部门预算公开表"): the one
   * year of the department's other reports of the same unit and kind family, the other files of its
   * set. Null when they give none or several.
   */
  static @Nullable Integer adoptedYear(ReportInfo report, List<ReportInfo> department) {
    Set<Integer> years = new HashSet<>();
    for (ReportInfo r : department) {
      if (r.year() != null && Objects.equals(normaliseOrNull(r.unit()), normaliseOrNull(report.unit()))
          && family(r.kind()).equals(family(report.kind()))) {
        years.add(r.year());
      }
    }
    return years.size() == 1 ? years.iterator().next() : null;
  }

  /** The doc with its year, adopted from its set where it has none; null when none can be told. */
  static @Nullable Doc dated(Doc doc, @Nullable List<ReportInfo> department) {
    ReportInfo report = dated(doc.report(), department);
    return report == null ? null : report == doc.report() ? doc : doc.withYear(report.year());
  }

  /** The report with its year, adopted from its set where it has none; null when none can be told. */
  static @Nullable ReportInfo dated(ReportInfo report, @Nullable List<ReportInfo> department) {
    if (report.year() != null) {
      return report;
    }
    Integer year = department == null ? null : adoptedYear(report, department);
    return year == null ? null : withYear(report, year);
  }

  static ReportInfo withYear(ReportInfo r, int year) {
    return new ReportInfo(r.kind(), year, r.department(), r.unit(), r.filed(), r.published());
  }

  /** The pairs with their findings' severity as configured. */
  private static List<Pair> configured(List<Pair> pairs, Settings settings) {
    Severity severity = settings.severity();
    if (severity == null) {
      return pairs;
    }
    return pairs.stream().map(p -> p.finding() == null || p.finding().severity() == Severity.INFO ? p
        : new Pair(p.document(), p.other(), p.check(), p.finding().withSeverity(severity),
            p.compared())).toList();
  }

  /** Every pair of the analyses that can be evaluated, by department in the order first read. */
  public static List<Pair> check(Stream<Analysis> analyses) {
    Map<String, List<Doc>> byDepartment = new java.util.LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    analyses.forEachOrdered(a -> {
      String key = departmentKey(a);
      if (key != null && (a.source().sha256().isEmpty() || seen.add(a.source().sha256()))) {
        byDepartment.computeIfAbsent(key, k -> new ArrayList<>()).add(doc(a));
      }
    });
    List<Pair> pairs = new ArrayList<>();
    for (List<Doc> docs : byDepartment.values()) {
      List<ReportInfo> reports = docs.stream().map(Doc::report).toList();
      List<Doc> dated = new ArrayList<>();
      for (Doc d : docs) {
        Doc withYear = dated(d, reports);
        if (withYear != null) {
          dated.add(withYear);
        }
      }
      pairs(dated, pairs);
    }
    return pairs;
  }

  /** The department reports are grouped by, or null for a report that takes part in no pair. */
  private static @Nullable String departmentKey(Analysis a) {
    return departmentKey(a.ok(), a.report());
  }

  /**
   * The department a report is compared within (its name after NFKC, without blanks), or null for
   * one that takes part in no pair: a caller that splits a corpus by it (the Spark job) gets the
   * same pairs group by group as from the whole.
   */
  public static @Nullable String departmentKey(boolean ok, ReportInfo r) {
    // a report without a year still takes part: the other files of its set may give it one
    return !ok || r.department() == null ? null : normalise(r.department());
  }

  /** Whether the checks use a fact: comparisons, amounts and table rows. */
  static boolean kept(Fact f) {
    return f instanceof Comparison || f instanceof Amount || f instanceof TableRow;
  }

  /** What the checks keep of a report. */
  private static Doc doc(Analysis a) {
    List<Fact> kept = a.facts().stream().filter(CrossDocuments::kept).toList();
    ReportInfo r = a.report();
    return new Doc(
        a.source().path(), a.source().sha256(), r, normalise(requireNonNull(r.department())), kept,
        a.sections(), a.checks().stream().filter(CrossDocuments::structural).toList());
  }

  /** The rule of the checks that {@link SetStructure} reads. */
  static final String STRUCTURE = "structure";

  /** A check of the {@code structure} rule, which {@link SetStructure} reads. */
  static boolean structural(Check c) {
    return c.rule().equals(STRUCTURE);
  }

  /**
   * The pairs among the reports of one department. A report's figures are found once for the three
   * rules that compare them (by identity: a department's reports are distinct objects).
   */
  static void pairs(List<Doc> docs, List<Pair> pairs) {
    Map<Doc, List<Figures.Figure>> found = new IdentityHashMap<>();
    Function<Doc, List<Figures.Figure>> figures = d -> found.computeIfAbsent(d, Figures::of);
    PreviousYear.pairs(docs, pairs);
    SameYear.pairs(docs, pairs);
    ReportSets.pairs(docs, pairs, figures);
    YearOnYear.pairs(docs, pairs, figures);
    SetStructure.pairs(docs, pairs);
    PriorExecution.pairs(docs, pairs, figures);
  }

  /**
   * Adds to an analysis the checks of the pairs whose {@link Pair#document() document} it is, and
   * their findings: the result files list cross-document findings with the report that carries them.
   * Analyses of no pair are returned as they are.
   */
  public static UnaryOperator<Analysis> amending(List<Pair> pairs) {
    ListMultimap<String, Pair> byDocument = Multimaps.index(pairs, Pair::document);
    return a -> {
      List<Pair> mine = byDocument.get(a.source().path());
      if (mine.isEmpty()) {
        return a;
      }
      List<Finding> findings = new ArrayList<>(a.findings());
      List<Check> checks = new ArrayList<>(a.checks());
      for (Pair p : mine) {
        checks.add(p.check());
        if (p.finding() != null) {
          findings.add(p.finding());
        }
      }
      return a.withChecks(findings, checks, a.coverage());
    };
  }

  /** Writes one JSON object per pair, a line each, to {@code file}. */
  public static void write(List<Pair> pairs, Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Pair p : pairs) {
        out.write(Json.mapper().writeValueAsString(p));
        out.write('\n');
      }
    }
  }

  /**
   * The keys and messages of one kind of pair. The messages are formats whose arguments are the
   * pair's own, then the difference with its unit as the last.
   */
  record Wording(String key, String zh, String en, String roundingZh, String roundingEn) {}

  /**
   * A number of {@code doc} against the same figure in {@code other}, at the precision each was written
   * with: holding, explained by rounding (info) or not (warning, a reviewer decides: a figure may be
   * restated on purpose).
   */
  static Pair compare(
      Doc doc, Mention stated, String statedFact, String statedQuote, Doc other, Candidate reference,
      String relation, int number, Wording wording, String subject, Object[] args) {
    Mention ref = reference.number();
    String unit = stated.unit().equals(ref.unit()) ? stated.unit() : "元";
    Verdict v = Verdict.of(
        value(stated, unit), scale(stated, unit), value(ref, unit),
        Interval.written(value(ref, unit), scale(ref, unit)));
    List<Span> spans = List.of(span(stated), span(ref));
    Compared compared = new Compared(subject, written(stated), written(ref));
    if (v.holds()) {
      return new Pair(doc.path(), other.path(), new Check(RULE, relation, true, null, spans), null,
          compared);
    }
    boolean rounding = v.outcome() == Verdict.Outcome.ROUNDING;
    Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = v.difference().stripTrailingZeros().toPlainString() + unit;
    String id = "X" + number;
    Finding finding = new Finding(
        id, RULE, rounding ? "cross_document.rounding" : wording.key(),
        rounding ? Severity.INFO : Severity.WARNING, subject,
        String.format(Locale.ROOT, rounding ? wording.roundingZh() : wording.zh(), all),
        String.format(Locale.ROOT, rounding ? wording.roundingEn() : wording.en(), all),
        // the other report's figure as written, not recomputed: no decimals either number lacks
        v.stated(), value(ref, unit), v.difference().setScale(
            Math.max(0, Math.max(scale(stated, unit), scale(ref, unit))), RoundingMode.HALF_UP),
        v.tolerance(), unit,
        List.of(statedFact, other.path() + "#" + reference.fact().id()),
        List.of(
            Evidence.of("stated", stated, statedQuote),
            Evidence.of("reference:" + other.path(), ref, reference.fact().quote())));
    return new Pair(doc.path(), other.path(), new Check(RULE, relation, false, id, spans), finding,
        compared);
  }

  /** A money figure as written, with its unit where the text left it off (a table's 95.00 in 万元). */
  static String written(Mention m) {
    String unit = m.unit();
    return m.text().endsWith(unit) || unit.isEmpty() ? m.text() : m.text() + unit;
  }

  private static Span span(Mention m) {
    return new Span(m.start(), m.end(), m.page());
  }

  /** The value of a money mention in {@code unit} (its own unit, or 元). */
  static BigDecimal value(Mention m, String unit) {
    return unit.equals(m.unit()) ? m.value() : requireNonNull(m.yuan(), m.text());
  }

  /** The decimals the mention was written to, counted in {@code unit}: 36.57万元 in 元 is −2. */
  static int scale(Mention m, String unit) {
    if (unit.equals(m.unit())) {
      return m.value().scale();
    }
    BigDecimal factor = m.moneyUnit().orElseThrow().toYuan(BigDecimal.ONE).stripTrailingZeros();
    return m.value().scale() - (factor.precision() - factor.scale() - 1);
  }

  static final String BUDGET = "budget";
  static final String FINAL = "final";
  static final String PERFORMANCE = "performance";

  /** 预算 with 预算, 决算 with 决算, every 绩效自评 together; any other kind only with itself. */
  static String family(@Nullable ReportKind kind) {
    if (kind == null) {
      return "unknown";
    }
    return switch (kind) {
      case DEPARTMENT_BUDGET, UNIT_BUDGET -> BUDGET;
      case DEPARTMENT_FINAL_ACCOUNTS, UNIT_FINAL_ACCOUNTS -> FINAL;
      case DEPARTMENT_PERFORMANCE, PROJECT_PERFORMANCE, TRANSFER_PERFORMANCE,
          LIVELIHOOD_PERFORMANCE, PERFORMANCE -> PERFORMANCE;
      default -> kind.name();
    };
  }

  static String normalise(String name) {
    return SPACES.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
  }

  static @Nullable String normaliseOrNull(@Nullable String name) {
    return name == null ? null : normalise(name);
  }
}
