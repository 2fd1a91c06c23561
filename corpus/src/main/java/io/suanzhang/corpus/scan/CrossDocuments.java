package io.suanzhang.corpus.scan;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.suanzhang.checks.Interval;
import io.suanzhang.checks.Verdict;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.Json;
import io.suanzhang.core.ReportInfo;
import io.suanzhang.core.ReportKind;
import io.suanzhang.core.Span;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Finding;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.fact.Amount;
import io.suanzhang.core.fact.Comparison;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.fact.Measure;
import io.suanzhang.core.fact.TableRow;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * {@code cross-document}: a previous year's figure quoted in a report (与2019年36.57万元相比) against
 * that year's report of the same department, when the scan has it.
 *
 * <p>A {@link Comparison} whose base year and base amount are written is paired with the one report
 * of the same department and unit (names compared after NFKC and without blanks) for the base year,
 * of the same kind (预算 with 预算, 决算 with 决算); in it, the statement of the same subject is an
 * {@link Amount} of that exact subject (a 支出, 执行数 or 决算数; a 预算数 in a budget) or a {@link
 * TableRow} of that name with one fitting column. Nothing is guessed: the pair is evaluated only when
 * exactly one report and exactly one value are found (the same value written twice counts once). The
 * two values are compared at their written precision; a difference is a warning — figures of a past
 * year are sometimes restated on purpose, a reviewer decides — and one rounding explains is info.
 */
public final class CrossDocuments {

  /** The rule id of the checks and findings. */
  public static final String RULE = "cross-document";

  /** The file beside {@code documents.jsonl}. */
  public static final String FILE_NAME = "cross-documents.jsonl";

  private static final String MISMATCH_ZH = "%1$s%2$d年数（%3$s）此处引用为 %4$s，该年报告 %5$s 中为 %6$s，相差 %7$s";
  private static final String MISMATCH_EN =
      "%1$s of %2$d (%3$s) is quoted here as %4$s but is %6$s in that year's report %5$s"
          + " (difference %7$s)";
  private static final String ROUNDING_ZH =
      "%1$s%2$d年数（%3$s）此处引用为 %4$s，该年报告 %5$s 中为 %6$s，相差 %7$s，可由舍入解释";
  private static final String ROUNDING_EN =
      "%1$s of %2$d (%3$s) is quoted here as %4$s and is %6$s in that year's report %5$s,"
          + " %7$s apart, which rounding of the written numbers explains";

  /**
   * One evaluated pair: the report quoting the figure, the report of the base year, the check and,
   * when it does not hold, its finding.
   */
  @JsonPropertyOrder({"document", "other", "check", "finding"})
  public record Pair(String document, String other, Check check, @Nullable Finding finding) {
    public Pair {
      requireNonNull(document, "document");
      requireNonNull(other, "other");
      requireNonNull(check, "check");
    }

    public boolean holds() {
      return check.holds();
    }
  }

  /** The facts of one report that cross-document checks use; the rest is not kept. */
  private record Doc(
      String path, String sha256, ReportInfo report, String department, List<Fact> facts) {}

  /** A statement of the base year's report: the fact and the number that gives the value. */
  private record Candidate(Fact fact, Mention number) {}

  private CrossDocuments() {}

  /** Every pair of the analyses that can be evaluated, in input order of the quoting reports. */
  public static List<Pair> check(Stream<Analysis> analyses) {
    List<Doc> docs = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    analyses.forEachOrdered(a -> {
      ReportInfo r = a.report();
      if (!a.ok() || r.department() == null || r.year() == null) {
        return;
      }
      if (!a.source().sha256().isEmpty() && !seen.add(a.source().sha256())) {
        return; // the same content under another name is the same report
      }
      List<Fact> kept = a.facts().stream()
          .filter(f -> f instanceof Comparison || f instanceof Amount || f instanceof TableRow)
          .toList();
      docs.add(new Doc(a.source().path(), a.source().sha256(), r, normalise(r.department()), kept));
    });
    List<Pair> pairs = new ArrayList<>();
    for (Doc doc : docs) {
      for (Fact f : doc.facts()) {
        if (f instanceof Comparison c && c.baseYear() != null && c.base() != null
            && c.base().kind() == MentionKind.MONEY && c.base().yuan() != null) {
          Doc other = baseReport(doc, c.baseYear(), docs);
          if (other == null) {
            continue;
          }
          Candidate candidate = statement(other, c.subject());
          if (candidate != null) {
            pairs.add(pair(doc, c, other, candidate, pairs.size() + 1));
          }
        }
      }
    }
    return pairs;
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

  /** The one report of the department, unit and kind family for {@code year}, or null. */
  private static @Nullable Doc baseReport(Doc doc, int year, List<Doc> docs) {
    if (Objects.equals(doc.report().year(), year)) {
      return null;
    }
    List<Doc> found = docs.stream()
        .filter(d -> d != doc && Objects.equals(d.report().year(), year)
            && d.department().equals(doc.department())
            && Objects.equals(normaliseOrNull(d.report().unit()), normaliseOrNull(doc.report().unit()))
            && family(d.report().kind()).equals(family(doc.report().kind())))
        .toList();
    return found.size() == 1 ? found.get(0) : null;
  }

  /** The one value the base year's report states for {@code subject}, or null. */
  private static @Nullable Candidate statement(Doc other, String subject) {
    boolean budget = family(other.report().kind()).equals("budget");
    List<Candidate> found = new ArrayList<>();
    for (Fact f : other.facts()) {
      if (f instanceof Amount a && a.subject().equals(subject) && fits(a.measure(), budget)) {
        found.add(new Candidate(a, a.value()));
      } else if (f instanceof TableRow row && row.subject().equals(subject)) {
        List<TableRow.Value> columns = columns(row, budget);
        if (columns.size() > 1) {
          return null; // which column was quoted cannot be told
        }
        columns.forEach(v -> found.add(new Candidate(row, v.value())));
      }
    }
    if (found.isEmpty()) {
      return null;
    }
    BigDecimal first = found.get(0).number().yuan();
    boolean oneValue = first != null && found.stream().allMatch(
        c -> c.number().yuan() != null && c.number().yuan().compareTo(first) == 0
            && c.number().value().scale() == found.get(0).number().value().scale()
            && c.number().unit().equals(found.get(0).number().unit()));
    return oneValue ? found.get(0) : null;
  }

  private static boolean fits(Measure m, boolean budget) {
    return budget
        ? m == Measure.BUDGET
        : m == Measure.EXECUTION || m == Measure.FINAL_ACCOUNT || m == Measure.EXPENDITURE;
  }

  /**
   * The money columns of a row that can hold the figure of the year: 预算数 in a budget; otherwise
   * 决算数, 执行数 or 实际支出, and failing those a 合计 or 支出 column.
   */
  private static List<TableRow.Value> columns(TableRow row, boolean budget) {
    List<TableRow.Value> money = row.values().stream()
        .filter(v -> v.value().kind() == MentionKind.MONEY && v.value().yuan() != null)
        .toList();
    List<TableRow.Value> named = money.stream()
        .filter(v -> budget
            ? v.column().contains("预算") && !v.column().contains("调整")
            : v.column().contains("决算") || v.column().contains("执行") || v.column().contains("实际"))
        .toList();
    if (!named.isEmpty()) {
      return named;
    }
    return money.stream()
        .filter(v -> {
          String last = v.column().substring(v.column().lastIndexOf('/') + 1);
          return !v.column().contains("预算") && (last.equals("合计") || last.equals("支出"));
        })
        .toList();
  }

  private static Pair pair(Doc doc, Comparison c, Doc other, Candidate candidate, int number) {
    Mention stated = requireNonNull(c.base());
    Mention reference = candidate.number();
    String unit = stated.unit().equals(reference.unit()) ? stated.unit() : "元";
    Verdict v = Verdict.of(
        value(stated, unit), scale(stated, unit), value(reference, unit),
        Interval.written(value(reference, unit), scale(reference, unit)));
    int year = requireNonNull(c.baseYear());
    String kind = other.report().kind() == null ? "报告" : other.report().kind().label();
    String relation = c.subject() + "（" + year + "年）：" + stated.text() + " = " + reference.text()
        + "（" + other.path() + "）";
    List<Span> spans = List.of(span(stated), span(reference));
    if (v.holds()) {
      return new Pair(doc.path(), other.path(), new Check(RULE, relation, true, null, spans), null);
    }
    boolean rounding = v.outcome() == Verdict.Outcome.ROUNDING;
    String difference = v.difference().stripTrailingZeros().toPlainString() + unit;
    Object[] args = {
      c.subject(), year, kind, stated.text(), other.path(), reference.text(), difference
    };
    String id = "X" + number;
    Finding finding = new Finding(
        id, RULE, rounding ? "cross_document.rounding" : "cross_document.mismatch",
        rounding ? Severity.INFO : Severity.WARNING, c.subject(),
        String.format(Locale.ROOT, rounding ? ROUNDING_ZH : MISMATCH_ZH, args),
        String.format(Locale.ROOT, rounding ? ROUNDING_EN : MISMATCH_EN, args),
        v.stated(), v.recomputed(), v.difference(), v.tolerance(), unit,
        List.of(c.id(), other.path() + "#" + candidate.fact().id()),
        List.of(
            Evidence.of("stated", stated, c.quote()),
            Evidence.of("reference:" + other.path(), reference, candidate.fact().quote())));
    return new Pair(doc.path(), other.path(), new Check(RULE, relation, false, id, spans), finding);
  }

  private static Span span(Mention m) {
    return new Span(m.start(), m.end(), m.page());
  }

  /** The value of a money mention in {@code unit} (its own unit, or 元). */
  private static BigDecimal value(Mention m, String unit) {
    return unit.equals(m.unit()) ? m.value() : requireNonNull(m.yuan(), m.text());
  }

  /** The decimals the mention was written to, counted in {@code unit}: 36.57万元 in 元 is −2. */
  private static int scale(Mention m, String unit) {
    if (unit.equals(m.unit())) {
      return m.value().scale();
    }
    BigDecimal factor = m.moneyUnit().orElseThrow().toYuan(BigDecimal.ONE).stripTrailingZeros();
    return m.value().scale() - (factor.precision() - factor.scale() - 1);
  }

  /** 预算 with 预算, 决算 with 决算; any other kind only with itself. */
  private static String family(@Nullable ReportKind kind) {
    if (kind == null) {
      return "unknown";
    }
    return switch (kind) {
      case DEPARTMENT_BUDGET, UNIT_BUDGET -> "budget";
      case DEPARTMENT_FINAL_ACCOUNTS, UNIT_FINAL_ACCOUNTS -> "final";
      default -> kind.name();
    };
  }

  private static String normalise(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }

  private static @Nullable String normaliseOrNull(@Nullable String name) {
    return name == null ? null : normalise(name);
  }
}
