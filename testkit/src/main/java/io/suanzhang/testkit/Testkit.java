package io.suanzhang.testkit;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Generated reports for tests, with their answer keys. Each method is a jqwik {@link Arbitrary} to
 * use from a {@code @Provide} method of a property, or a fixed-seed value:
 *
 * <pre>{@code
 * @Property(tries = 5)
 * void injectedErrorsAreFound(@ForAll("errors") InjectedError e) throws IOException {
 *   try (TempFolder dir = Testkit.tempFolder()) {
 *     Path file = Rendering.DOCX.renderInto(e.report(), dir.path());
 *     Analysis a = Suanzhang.analyse(file);
 *     assertTrue(e.foundIn(Rendering.DOCX, a.findings()), e::toString);
 *   }
 * }
 *
 * @Provide Arbitrary<InjectedError> errors() { return Testkit.injectedErrors(); }
 * }</pre>
 *
 * <p>{@code Suanzhang} is the facade of the {@code suanzhang} artifact; {@code examples/testkit} in
 * the sources is a whole project built this way. A folder per try comes from {@link #tempFolder()}:
 * jqwik properties do not support JUnit's {@code @TempDir}.
 *
 * <p>Reports are made from a seed ({@code long}), so jqwik shrinks a failing case to a small seed,
 * not to a smaller report; every report of a seed is the same on every machine.
 */
public final class Testkit {

  private Testkit() {}

  /** Amounts of money in every written form (元, 万元, 亿元; grouped, spaced, full-width, Chinese, ¥). */
  public static Arbitrary<Numeral> amounts() {
    return Numerals.amounts();
  }

  /** Percentages in every written form: 85%, 85.5%, 85％, 百分之八十五. */
  public static Arbitrary<Numeral> percents() {
    return Numerals.percents();
  }

  /** Amounts and percentages. */
  public static Arbitrary<Numeral> numerals() {
    return Arbitraries.oneOf(amounts(), percents());
  }

  /** Passages of one fact type, every number with its span. */
  public static Arbitrary<Passage> factSentences(Passage.Type type) {
    return seeds().map(seed -> new Generator(new Random(seed)).passage(type));
  }

  /** Passages of every fact type. */
  public static Arbitrary<Passage> factSentences() {
    return Arbitraries.of(Passage.Type.class).flatMap(Testkit::factSentences);
  }

  /** Whole consistent reports: no relation in them fails. */
  public static Arbitrary<GeneratedReport> reports() {
    return seeds().map(Testkit::report);
  }

  /** A consistent report with one error of a kind injected. */
  public static Arbitrary<InjectedError> injectedErrors(ErrorKind kind) {
    if (kind.acrossReports()) {
      throw new IllegalArgumentException(kind + " goes between reports: use crossDocumentErrors()");
    }
    return seeds().map(seed -> inject(report(seed), kind, seed));
  }

  /**
   * The error kinds {@link #injectedErrors(ErrorKind)} accepts: all but those that go between reports.
   * {@code @ForAll ErrorKind} draws from these too ({@link ErrorKindProvider}).
   */
  public static Arbitrary<ErrorKind> errorKinds() {
    return Arbitraries.of(ErrorKind.withinReports());
  }

  /**
   * A new empty folder, deleted with its files when closed: one per try, in try-with-resources, so
   * that a property of a thousand tries leaves nothing behind.
   */
  public static TempFolder tempFolder() throws IOException {
    return TempFolder.create();
  }

  /** A consistent report with one error of any kind that goes into one report. */
  public static Arbitrary<InjectedError> injectedErrors() {
    return errorKinds().flatMap(Testkit::injectedErrors);
  }

  /** A department's 预算, 决算 and self-evaluations of one year whose shared figures agree. */
  public static Arbitrary<ReportSet> reportSets() {
    return seeds().map(Testkit::reportSet);
  }

  /** A report set with one {@link ErrorKind#CROSS_DOCUMENT} error between its reports. */
  public static Arbitrary<ReportSet.Injected> crossDocumentErrors() {
    return seeds().map(Testkit::crossDocumentError);
  }

  /** The report set of a seed with a {@link ErrorKind#CROSS_DOCUMENT} error, chosen by the seed. */
  public static ReportSet.Injected crossDocumentError(long seed) {
    return new Injector(new Random(seed ^ ErrorKind.CROSS_DOCUMENT.ordinal())).inject(reportSet(seed));
  }

  /**
   * The tables part of a report set's 部门决算, a file of its own: the national template's nine tables
   * with the 决算's figures ({@link TemplateTables}); {@link TemplateTables#without} leaves one out.
   */
  public static TemplateTables templateTables(ReportSet set) {
    return TemplateTables.of(set.finalAccounts());
  }

  /** The report set of a seed, its reports named {@code set-<seed>-预算, -决算, -自评1 …}. */
  public static ReportSet reportSet(long seed) {
    return new Siblings(new Generator(new Random(seed))).reportSet("set-" + Long.toUnsignedString(seed, 36));
  }

  /** The consistent report of a seed, named {@code report-<seed>}. */
  public static GeneratedReport report(long seed) {
    return new Generator(new Random(seed)).report("report-" + Long.toUnsignedString(seed, 36));
  }

  /** {@code report} with an error of {@code kind}, chosen by {@code seed}. */
  public static InjectedError inject(GeneratedReport report, ErrorKind kind, long seed) {
    return new Injector(new Random(seed ^ kind.ordinal())).inject(report, kind);
  }

  /**
   * {@code report} with the number of {@code role} written as {@code value} in the same form, as an
   * error of {@code kind}: an error the injection does not choose (a project's own table changed
   * rather than its summary). Empty when the value is not positive or its digits occur in the report
   * already, where a finding could not be told to point at it.
   */
  public static Optional<InjectedError> change(
      GeneratedReport report, ErrorKind kind, String role, BigDecimal value) {
    Stated s = report.number(role);
    Numeral n = s.numeral().withValue(value);
    if (value.signum() <= 0 || !Injector.unique(report, n)) {
      return Optional.empty();
    }
    return Optional.of(Injector.change(report, kind, s, n));
  }

  /** Numbered 项目 lists of a budget in the template's words, consistent: see {@link ItemList}. */
  public static Arbitrary<ItemList> itemLists() {
    return seeds().map(ItemList::of);
  }

  /**
   * Item lists with one heading amount, base, budget or rate changed beyond rounding, in any item:
   * a finding should point at {@link ItemList.Injected#changed()}.
   */
  public static Arbitrary<ItemList.Injected> itemListErrors() {
    return seeds().map(seed -> {
      ItemList list = ItemList.of(seed);
      Random random = new Random(seed ^ 0x17E5L);
      ItemList.Place place = ItemList.Place.values()[random.nextInt(ItemList.Place.values().length)];
      return list.inject(random.nextInt(list.items().size()), place, random.nextLong());
    });
  }

  /**
   * Self-evaluation tables of the national template flattened to text, consistent, with their
   * layout: see {@link SelfEvaluationTable}.
   */
  public static Arbitrary<SelfEvaluationTable> selfEvaluations() {
    return seeds().map(SelfEvaluationTable::of);
  }

  /**
   * Self-evaluation tables with one error of each {@link SelfEvaluationTable.Kind} in turn, in either
   * layout: a finding should point at {@link SelfEvaluationTable.Injected#changed()}.
   */
  public static Arbitrary<SelfEvaluationTable.Injected> selfEvaluationErrors() {
    return seeds().map(seed -> {
      Random random = new Random(seed ^ 0x5E1FL);
      SelfEvaluationTable.Kind kind = SelfEvaluationTable.Kind.values()[
          random.nextInt(SelfEvaluationTable.Kind.values().length)];
      SelfEvaluationTable.Layout layout = SelfEvaluationTable.Layout.values()[random.nextInt(2)];
      return SelfEvaluationTable.of(seed).inject(layout, kind, random.nextLong());
    });
  }

  private static Arbitrary<Long> seeds() {
    return Arbitraries.longs().between(0, Long.MAX_VALUE).withoutEdgeCases();
  }
}
