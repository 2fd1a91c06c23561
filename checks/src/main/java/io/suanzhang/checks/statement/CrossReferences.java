package io.suanzhang.checks.statement;

import io.suanzhang.checks.Interval;
import io.suanzhang.checks.Report;
import io.suanzhang.checks.Verdict;
import io.suanzhang.checks.arithmetic.Quantities;
import io.suanzhang.checks.statement.Statement.Stage;
import io.suanzhang.checks.statement.Statement.Strength;
import io.suanzhang.checks.statement.Statement.Subject;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.TableRow;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which statements of a report say the same thing, and whether they agree. Two statements are
 * linked when their subjects, stages, flows, years and qualifiers allow them to be one quantity; a
 * link is <em>eligible</em> to report a disagreement only when that is beyond doubt: the same named
 * subject (a table row, a classification item, a project) at the same explicit stage, in prose
 * against a table or under the same named item. Other links count only when the values agree: a
 * repetition.
 *
 * <p>Where statements disagree, the prose is reported against the table, unless another table agrees
 * with the prose; between two sentences or two tables, the one fewer others agree with, then the later. A difference by a factor of 10,000 is left
 * to the {@code unit} rule.
 */
public final class CrossReferences {

  static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  /** How two written values compare at their written precision. */
  public enum Agreement {
    SAME,
    ROUNDING,
    FACTOR,
    DIFFERENT
  }

  /** Two statements taken to be of one quantity, and how their values compare. */
  public record Link(
      Statement a, Statement b, boolean strong, boolean eligible, Agreement agreement,
      Severity severity) {

    public Statement other(Statement s) {
      return s == a ? b : a;
    }
  }

  /**
   * A statement that disagrees with statements of the same quantity.
   *
   * @param stated the statement reported
   * @param references the statements it disagrees with, the best first
   */
  public record Outlier(Statement stated, List<Statement> references, Severity severity) {}

  // Statements and links are keyed by identity: each is one object, and a record's equality would
  // hash the whole fact it stands in.
  private final List<Statement> statements;
  private final List<Link> links = new ArrayList<>();
  private int unlinked;
  private @Nullable Statement firstUnlinked;

  private CrossReferences(List<Statement> statements) {
    this.statements = statements;
  }

  public static CrossReferences of(Report report) {
    return of(Statements.of(report));
  }

  static CrossReferences of(List<Statement> statements) {
    CrossReferences x = new CrossReferences(statements);
    x.link();
    x.disambiguate();
    return x;
  }

  /** The links whose values agree exactly, as a spanning forest: each repetition once. */
  public List<Link> holding() {
    List<Link> same = new ArrayList<>();
    for (Link l : links) {
      if (l.agreement() == Agreement.SAME) {
        same.add(l);
      }
    }
    same.sort(Comparator.comparing((Link l) -> !l.eligible())
        .thenComparing(l -> !(l.a().inTable() || l.b().inTable()))
        .thenComparingInt(l -> l.a().index())
        .thenComparingInt(l -> l.b().index()));
    int[] parent = new int[statements.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    List<Link> forest = new ArrayList<>();
    Map<Statement, Stage> placed = new IdentityHashMap<>();
    for (Link l : same) {
      Statement vague = vague(l);
      if (vague != null) {
        Stage stage = l.other(vague).stage();
        if (placed.computeIfAbsent(vague, k -> stage) != stage) {
          continue; // 由区财政拨款 3 万元 is the 预算数 or the 执行数 of 3 万元, not both
        }
      }
      int ra = root(parent, l.a().index());
      int rb = root(parent, l.b().index());
      if (ra != rb) {
        parent[ra] = rb;
        forest.add(l);
      }
    }
    return forest;
  }

  /** The statement of unknown stage in a link to one of a known stage, if any. */
  private static @Nullable Statement vague(Link l) {
    boolean a = l.a().stage() == Stage.UNKNOWN;
    boolean b = l.b().stage() == Stage.UNKNOWN;
    return a == b ? null : a ? l.a() : l.b();
  }

  /** The eligible links whose values differ by less than their written precision allows. */
  public List<Link> rounding() {
    return links.stream()
        .filter(l -> l.eligible() && l.agreement() == Agreement.ROUNDING)
        .toList();
  }

  /** Statements that disagree with others of the same quantity (not by a factor of 10,000). */
  public List<Outlier> mismatches() {
    return outliers(Agreement.DIFFERENT);
  }

  /** Statements that are 10,000 times another of the same quantity: 元 written for 万元. */
  public List<Outlier> factors() {
    return outliers(Agreement.FACTOR);
  }

  private List<Outlier> outliers(Agreement kind) {
    int[] support = new int[statements.size()];
    int[] tables = new int[statements.size()];
    for (Link l : links) {
      if (l.strong()
          && (l.agreement() == Agreement.SAME || l.agreement() == Agreement.ROUNDING)) {
        support[l.a().index()]++;
        support[l.b().index()]++;
        if (l.eligible()) {
          tables[l.a().index()] += l.b().inTable() ? 1 : 0;
          tables[l.b().index()] += l.a().inTable() ? 1 : 0;
        }
      }
    }
    Map<Statement, List<Link>> against = new IdentityHashMap<>(); // ordered by index below
    for (Link l : links) {
      if (l.agreement() != kind || !(l.eligible() || kind == Agreement.FACTOR)) {
        continue;
      }
      Statement out = outlier(l, support, tables);
      against.computeIfAbsent(out, k -> new ArrayList<>()).add(l);
    }
    List<Outlier> outliers = new ArrayList<>();
    for (Map.Entry<Statement, List<Link>> e : against.entrySet()) {
      Statement stated = e.getKey();
      List<Link> by = new ArrayList<>(e.getValue());
      by.sort(Comparator.comparing((Link l) -> !l.other(stated).inTable())
          .thenComparing(l -> l.severity())
          .thenComparingInt(l -> -support[l.other(stated).index()])
          .thenComparingInt(l -> l.other(stated).index()));
      List<Statement> references = new ArrayList<>();
      by.forEach(l -> references.add(l.other(stated)));
      outliers.add(new Outlier(stated, references, by.get(0).severity()));
    }
    outliers.sort(Comparator.comparingInt(o -> o.stated().index()));
    return outliers;
  }

  /**
   * Which of two disagreeing statements is reported: prose against a table (a table is the
   * report's own account; a figure repeated in one paragraph is no better for being repeated) unless
   * more tables agree with the prose than with that table, else the one fewer others agree with, else
   * the later.
   *
   * @param tables for each statement, how many table values agree with it by eligible links
   */
  private static Statement outlier(Link l, int[] support, int[] tables) {
    Statement a = l.a();
    Statement b = l.b();
    if (a.inTable() != b.inTable()) {
      Statement prose = a.inTable() ? b : a;
      Statement table = l.other(prose);
      return tables[prose.index()] > tables[table.index()] ? table : prose;
    }
    if (support[a.index()] != support[b.index()]) {
      return support[a.index()] < support[b.index()] ? a : b;
    }
    return a.index() > b.index() ? a : b;
  }

  /**
   * The most statements of one subject (same kind of number, year and name) that are linked: a real
   * report repeats an amount a few dozen times at most, while a text of thousands of amounts under one
   * name would make the pairs, and the time and memory they take, grow with the square of the text.
   */
  public static final int MOST_OF_ONE_SUBJECT = 200;

  /** How many statements were left unlinked past {@link #MOST_OF_ONE_SUBJECT}. */
  public int unlinked() {
    return unlinked;
  }

  /** The first statement left unlinked, if any: the evidence of the count. */
  public @Nullable Statement firstUnlinked() {
    return firstUnlinked;
  }

  private void link() {
    Map<String, Integer> ofSubject = new HashMap<>();
    List<Statement> linkable = new ArrayList<>(statements.size());
    for (Statement s : statements) {
      String key = s.number().kind() + "|" + s.year() + "|" + s.subject().name();
      if (ofSubject.merge(key, 1, Integer::sum) <= MOST_OF_ONE_SUBJECT) {
        linkable.add(s);
      } else {
        firstUnlinked = unlinked++ == 0 ? s : firstUnlinked;
      }
    }
    for (int i = 0; i < linkable.size(); i++) {
      Statement a = linkable.get(i);
      for (int j = i + 1; j < linkable.size(); j++) {
        Statement b = linkable.get(j);
        Link l = link(a, b);
        if (l != null) {
          links.add(l);
        }
      }
    }
  }

  private static @Nullable Link link(Statement a, Statement b) {
    if (!comparable(a, b)) {
      return null;
    }
    Level level = level(a.subject(), b.subject());
    if (level == Level.NONE || (level == Level.FUZZY && a.inTable() && b.inTable())) {
      return null;
    }
    Agreement agreement = agreement(a.number(), b.number());
    boolean strong = level == Level.STRONG;
    boolean eligible = strong && eligible(a, b);
    if (!eligible) {
      boolean repeat = agreement == Agreement.SAME && distinctive(a, b);
      boolean sameDigits = agreement == Agreement.FACTOR && strong && sameDigits(a, b);
      if (!repeat && !sameDigits) {
        return null;
      }
    }
    return new Link(a, b, strong, eligible, agreement, severity(a, b, eligible));
  }

  /** Whether two statements can be of one quantity at all, whatever their subjects. */
  private static boolean comparable(Statement a, Statement b) {
    Mention x = a.number();
    Mention y = b.number();
    if (x.kind() != y.kind() || a.year() != b.year() || a.sentence() == b.sentence()) {
      return false;
    }
    // Most pairs of a PDF are two table cells: the code test is the cheap one that rules them out.
    if (a.inTable() && b.inTable() && !sameRowElsewhere(a, b)) {
      return false;
    }
    if (x.span().equals(y.span()) || !a.flow().compatible(b.flow())) {
      return false;
    }
    if (x.kind() != MentionKind.MONEY && !x.unit().equals(y.unit())) {
      return false;
    }
    if (a.stage() != b.stage() && a.stage() != Stage.UNKNOWN && b.stage() != Stage.UNKNOWN) {
      return false;
    }
    return Subjects.compatible(a.subject().path(), b.subject().path());
  }

  /** Two table rows are one quantity when another table repeats the same code, or the same total. */
  private static boolean sameRowElsewhere(Statement a, Statement b) {
    if (!(a.fact() instanceof TableRow ra) || !(b.fact() instanceof TableRow rb)) {
      return false;
    }
    boolean coded = ra.code() != null || rb.code() != null;
    if (coded && (ra.code() == null || !ra.code().equals(rb.code()))) {
      return false;
    }
    if (ra.table() == null || rb.table() == null
        || ra.table().equals(rb.table()) || !a.qualifiers().equals(b.qualifiers())
        || a.stage() != b.stage() || a.flow() != b.flow()) {
      return false;
    }
    return !coded || a.subject().name().equals(b.subject().name());
  }

  /** How sure we are that two statements are of one subject. */
  private enum Level {
    STRONG,
    FUZZY,
    NONE
  }

  private static Level level(Subject a, Subject b) {
    for (String x : a.names()) {
      for (String y : b.names()) {
        if (x.equals(y)) {
          return Level.STRONG;
        }
      }
    }
    // One name inside the other: 剩余指标 and 项目资金剩余指标; a two-character name only as the head
    // noun at the end (救助 and 城乡医疗救助).
    for (String x : a.names()) {
      for (String y : b.names()) {
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        int n = shorter.codePointCount(0, shorter.length());
        if ((n >= 3 && longer.contains(shorter)) || (n == 2 && longer.endsWith(shorter))) {
          return Level.FUZZY;
        }
      }
    }
    return Level.NONE;
  }

  /** Whether a disagreement between two linked statements can be reported. */
  private static boolean eligible(Statement a, Statement b) {
    if (!a.subject().specific() || !b.subject().specific()) {
      return false;
    }
    if (a.stage() != b.stage() || a.stage() == Stage.UNKNOWN
        || !a.qualifiers().equals(b.qualifiers())) {
      return false;
    }
    if (a.inTable() || b.inTable()) {
      return true;
    }
    // Two sentences: only when both are of an item or project the report names.
    return a.subject().strength() != Strength.TEXT && b.subject().strength() != Strength.TEXT;
  }

  /**
   * An error when both subjects are formally named; a warning when the prose names its subject only
   * in words while the table row is a classified one (the same words may name another classification).
   */
  private static Severity severity(Statement a, Statement b, boolean eligible) {
    if (!eligible) {
      return Severity.WARNING;
    }
    Statement prose = a.inTable() ? b : a;
    Statement table = a.inTable() ? a : b;
    if (table.inTable() && !prose.inTable() && prose.subject().path().isEmpty()
        && table.subject().path().size() > 1) {
      return Severity.WARNING;
    }
    return Severity.ERROR;
  }

  /**
   * Whether a repetition between weakly linked statements is telling: never for zero; for subjects
   * that name nothing, only for a value of three significant digits or more (45202元 five times is one
   * amount; 3万元 twice may be two); for numbers labelled by different words, two digits or more.
   */
  private static boolean distinctive(Statement a, Statement b) {
    BigDecimal v = a.number().value();
    if (v.signum() == 0) {
      return false;
    }
    boolean weak = a.subject().strength() == Strength.WEAK || b.subject().strength() == Strength.WEAK;
    if (weak) {
      return v.stripTrailingZeros().precision() >= 3;
    }
    // Words before a number that differ (下属1家 and 包括本部以及下属1家) tell little for a one-digit value.
    boolean labels = a.subject().strength() == Strength.LABEL || b.subject().strength() == Strength.LABEL;
    return !labels || a.subject().names().equals(b.subject().names())
        || v.stripTrailingZeros().precision() >= 2;
  }

  private static boolean sameDigits(Statement a, Statement b) {
    BigDecimal x = a.number().value().stripTrailingZeros();
    BigDecimal y = b.number().value().stripTrailingZeros();
    return x.precision() >= 2 && x.unscaledValue().equals(y.unscaledValue())
        && a.number().kind() == MentionKind.MONEY;
  }

  /**
   * Prose that agrees with one table and not with another (an all-funds table and a 一般公共预算 one)
   * does not say which it means: its disagreements are not reported. Two tables that state the same
   * subject under the same title (a project's row in the list of projects and its own table, both
   * untitled) are one account, not two: one of them is wrong, and the prose tells which.
   */
  private void disambiguate() {
    Map<Statement, List<Link>> byProse = new IdentityHashMap<>();
    for (Link l : links) {
      if (l.eligible() && l.a().inTable() != l.b().inTable()) {
        Statement prose = l.a().inTable() ? l.b() : l.a();
        byProse.computeIfAbsent(prose, k -> new ArrayList<>()).add(l);
      }
    }
    Set<Link> ambiguous = Collections.newSetFromMap(new IdentityHashMap<>());
    for (List<Link> tableLinks : byProse.values()) {
      for (int i = 0; i < tableLinks.size(); i++) {
        for (int j = i + 1; j < tableLinks.size(); j++) {
          Statement x = tableLinks.get(i).a().inTable() ? tableLinks.get(i).a() : tableLinks.get(i).b();
          Statement y = tableLinks.get(j).a().inTable() ? tableLinks.get(j).a() : tableLinks.get(j).b();
          Agreement between = agreement(x.number(), y.number());
          if (between != Agreement.SAME && between != Agreement.ROUNDING && !oneAccount(x, y)) {
            ambiguous.addAll(tableLinks);
          }
        }
      }
    }
    if (ambiguous.isEmpty()) {
      return;
    }
    List<Link> kept = new ArrayList<>();
    for (Link l : links) {
      if (!ambiguous.contains(l)) {
        kept.add(l);
      } else if (l.agreement() == Agreement.SAME) {
        kept.add(new Link(l.a(), l.b(), l.strong(), false, l.agreement(), l.severity()));
      }
    }
    links.clear();
    links.addAll(kept);
  }

  /**
   * Two table values of one subject, stage and qualifiers whose titles say nothing different (the
   * same words once 表, 决算 … are dropped, or no title at all): nothing makes them two quantities.
   */
  private static boolean oneAccount(Statement x, Statement y) {
    return title(x).equals(title(y)) && x.subject().names().equals(y.subject().names())
        && x.stage() == y.stage() && x.qualifiers().equals(y.qualifiers()) && x.flow() == y.flow()
        && x.year() == y.year();
  }

  private static String title(Statement s) {
    String table = s.table();
    return table == null ? "" : Statements.stem(table);
  }

  /** How two written values compare: the finer is rounded to the coarser's precision. */
  public static Agreement agreement(Mention x, Mention y) {
    Optional<String> common = Quantities.commonUnit(List.of(x, y));
    if (common.isEmpty()) {
      return Agreement.DIFFERENT;
    }
    String unit = common.get();
    Verdict v = verdict(x, y, unit, BigDecimal.ONE);
    if (v.outcome() == Verdict.Outcome.HOLDS) {
      return Agreement.SAME;
    }
    if (v.outcome() == Verdict.Outcome.ROUNDING) {
      return Agreement.ROUNDING;
    }
    if (x.kind() == MentionKind.MONEY && digits(x) >= 2 && digits(y) >= 2
        && (verdict(x, y, unit, TEN_THOUSAND).outcome() != Verdict.Outcome.BREAKS
            || verdict(y, x, unit, TEN_THOUSAND).outcome() != Verdict.Outcome.BREAKS)) {
      return Agreement.FACTOR;
    }
    return Agreement.DIFFERENT;
  }

  /**
   * Significant digits as written: a one-digit value (0.3万元) fits a value 10,000 times another too
   * loosely (any of 2500 to 3500) to tell a slip of unit from a wrong number.
   */
  private static int digits(Mention m) {
    // As written: 10.00 has four (its zeros were written), 0.3 and 100 one and three.
    BigDecimal v = m.value();
    return v.signum() == 0 ? 0 : v.precision();
  }

  /** {@code y × factor} against {@code x}, the coarser of the two taken as the statement. */
  private static Verdict verdict(Mention x, Mention y, String unit, BigDecimal factor) {
    BigDecimal xv = Quantities.value(x, unit);
    BigDecimal yv = Quantities.value(y, unit).multiply(factor);
    int xs = Quantities.scale(x, unit);
    int ys = Quantities.scale(y, unit) - (factor.precision() - 1);
    Interval xi = Quantities.interval(x, unit);
    Interval yi = Quantities.interval(y, unit).times(factor);
    return xs <= ys ? Verdict.of(xv, xs, yv, yi) : Verdict.of(yv, ys, xv, xi);
  }

  /** The stated statement against a reference, for a finding's values (the stated as written). */
  public static Verdict against(Statement stated, Statement reference, String unit) {
    Mention s = stated.number();
    Mention r = reference.number();
    return Verdict.of(Quantities.value(s, unit), Quantities.scale(s, unit),
        Quantities.value(r, unit), Quantities.interval(r, unit));
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
