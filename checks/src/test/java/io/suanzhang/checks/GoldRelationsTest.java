package io.suanzhang.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Evidence;
import io.suanzhang.core.check.Severity;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.testing.Gold;
import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.core.text.Span;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every relation a person found in a gold file is evaluated by some rule: there is a check one of
 * whose numbers is the stated value inside the relation's first quote. Relations no rule reaches yet
 * are listed in {@link #NOT_YET}; the list may only shrink (a listed relation that is now evaluated
 * fails the test until it is taken off).
 */
class GoldRelationsTest {

  /** Relations of the gold files that no rule evaluates yet, each with the reason: none left. */
  private static final Set<String> NOT_YET = Set.of();

  /** The rules that evaluate a relation of each kind of the gold format. */
  private static final Map<String, Set<String>> RULES_OF_KIND = Map.of(
      "sum", Set.of("sum"),
      "score_sum", Set.of("sum"),
      "ratio", Set.of("ratio", "contradiction"),
      "share", Set.of("share"),
      "growth", Set.of("growth", "ratio"),
      // 剩余 274798 = 下达 320000 − 使用 45202 is checked as 320000 = 45202 + 274798
      "difference", Set.of("difference", "contradiction", "sum"),
      "cross_reference", Set.of("cross-reference", "unit"),
      "target", Set.of("target", "contradiction"));

  private static final Pattern WRITTEN = Pattern.compile("[0-9]+(\\.[0-9]+)?");

  static Stream<Path> goldFiles() {
    return Gold.files().stream();
  }

  @ParameterizedTest
  @MethodSource("goldFiles")
  void everyRelationIsEvaluated(Path goldFile) throws IOException {
    Gold gold = Gold.read(goldFile);
    Path seed = SharedFiles.seeds().resolve(gold.doc());
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    Analysis analysis = Checked.analyse(seed);
    assertTrue(analysis.ok(), () -> "analysis failed: " + analysis.errors());
    String prefix = gold.doc().substring(0, 3) + "/";
    List<String> missed = new ArrayList<>();
    Set<String> nowEvaluated = new TreeSet<>();
    for (Gold.Relation relation : gold.relations()) {
      if (!implemented(relation.kind())) {
        continue;
      }
      boolean evaluated = evaluated(analysis, text, relation);
      String id = prefix + relation.id();
      if (NOT_YET.contains(id)) {
        if (evaluated) {
          nowEvaluated.add(id);
        }
      } else if (!evaluated) {
        missed.add(id + " " + relation.kind() + ": " + relation.statement());
      }
    }
    assertEquals(List.of(), missed, "gold relations no rule evaluated");
    assertEquals(Set.of(), nowEvaluated, "now evaluated: take them off NOT_YET");
  }

  /**
   * Every evaluated relation gets the gold file's verdict: one that holds raises nothing above info
   * in the checks that evaluate it; one that does not is a finding above info of one of them.
   */
  @ParameterizedTest
  @MethodSource("goldFiles")
  void everyVerdictIsTheGoldOne(Path goldFile) throws IOException {
    Gold gold = Gold.read(goldFile);
    Path seed = SharedFiles.seeds().resolve(gold.doc());
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    Analysis analysis = Checked.analyse(seed);
    List<String> wrong = new ArrayList<>();
    int judged = 0;
    for (Gold.Relation relation : gold.relations()) {
      List<Check> checks = implemented(relation.kind()) ? evaluating(analysis, text, relation) : List.of();
      if (checks.isEmpty()) {
        continue;
      }
      judged++;
      boolean raised = checks.stream().anyMatch(c -> c.finding() != null && analysis.findings().stream()
          .anyMatch(f -> f.id().equals(c.finding()) && f.severity() != Severity.INFO));
      if (relation.holds() == raised) {
        wrong.add(relation.id() + " (gold: " + (relation.holds() ? "holds" : "does not hold") + "): "
            + relation.statement() + " — " + checks.stream().map(Check::relation).toList());
      }
    }
    assertTrue(judged > 0, "no gold relation of " + gold.doc() + " was judged");
    assertEquals(List.of(), wrong, "verdicts that differ from the gold files'");
  }

  @ParameterizedTest
  @MethodSource("goldFiles")
  void everyGoldErrorIsFound(Path goldFile) throws IOException {
    Gold gold = Gold.read(goldFile);
    Path seed = SharedFiles.seeds().resolve(gold.doc());
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    Analysis analysis = Checked.analyse(seed);
    List<String> missed = new ArrayList<>();
    for (Gold.Error error : gold.errors()) {
      if (error.borderline() || !implemented(error.kind())) {
        continue;
      }
      List<Span> quotes = quoteSpans(text, error.quotes());
      boolean found = analysis.findings().stream()
          .filter(f -> f.severity() != Severity.INFO)
          .anyMatch(f -> f.evidence().stream().map(Evidence::span)
              .anyMatch(e -> quotes.stream().anyMatch(q -> q.overlaps(e))));
      if (!found) {
        missed.add(error.id() + ": " + error.description());
      }
    }
    assertEquals(List.of(), missed, "gold errors not found");
  }

  /** The rule kinds of the gold format that the rules on the class path cover. */
  private static boolean implemented(String kind) {
    return RULES_OF_KIND.containsKey(kind);
  }

  /**
   * Whether a check uses the stated value at a place inside the relation's first quote and, when the
   * relation has inputs other than the stated value, one of them too: a check that only repeats the
   * stated value does not evaluate a sum or a difference.
   */
  private static boolean evaluated(Analysis analysis, String text, Gold.Relation relation) {
    return !evaluating(analysis, text, relation).isEmpty();
  }

  /** The checks that evaluate a relation, in the sense of {@link #evaluated}. */
  private static List<Check> evaluating(Analysis analysis, String text, Gold.Relation relation) {
    List<String> quotes = relation.quotes();
    List<Check> out = new ArrayList<>();
    if (quotes == null || quotes.isEmpty() || relation.stated() == null) {
      return out;
    }
    List<Span> first = quoteSpans(text, List.of(quotes.get(0)));
    BigDecimal stated = new BigDecimal(relation.stated());
    // A target's actual value may be words (全部完成整改): no input number to look for.
    List<BigDecimal> inputs = relation.inputs() == null || relation.kind().equals("target")
        ? List.of()
        : relation.inputs().stream().map(BigDecimal::new)
            .filter(i -> i.compareTo(stated) != 0).toList();
    Set<String> rules = RULES_OF_KIND.getOrDefault(relation.kind(), Set.of());
    for (Check check : analysis.checks()) {
      if (!rules.contains(check.rule())) {
        continue;
      }
      boolean statedHere = check.numbers().stream().anyMatch(n ->
          first.stream().anyMatch(q -> q.contains(n)) && values(analysis, n).stream()
              .anyMatch(v -> v.compareTo(stated) == 0));
      boolean usesInput = inputs.isEmpty() || check.numbers().stream().anyMatch(n ->
          values(analysis, n).stream().anyMatch(v -> inputs.stream().anyMatch(i -> i.compareTo(v) == 0)));
      if (statedHere && usesInput) {
        out.add(check);
      }
    }
    return out;
  }

  /**
   * The values a number at a span may be compared by: as written (365.59 of 365.59万人), as held (3655900
   * 人) and in 元 (320000 for 32万元).
   */
  private static List<BigDecimal> values(Analysis analysis, Span span) {
    List<BigDecimal> values = new ArrayList<>();
    for (Mention m : analysis.mentions()) {
      if (m.start() == span.start() && m.end() == span.end()) {
        Matcher written = WRITTEN.matcher(m.text().replace(",", ""));
        if (written.find()) {
          values.add(new BigDecimal(written.group()));
        }
        values.add(m.value());
        if (m.yuan() != null) {
          values.add(m.yuan());
        }
      }
    }
    return values;
  }

  /** Every occurrence of each quote, in code points. */
  private static List<Span> quoteSpans(String text, List<String> quotes) {
    List<Span> spans = new ArrayList<>();
    if (quotes == null) {
      return spans;
    }
    for (String quote : quotes) {
      int at = text.indexOf(quote);
      while (at >= 0) {
        int start = text.codePointCount(0, at);
        spans.add(Span.of(start, start + quote.codePointCount(0, quote.length())));
        at = text.indexOf(quote, at + 1);
      }
    }
    return spans;
  }

}
