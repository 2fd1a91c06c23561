package io.suanzhang.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.fact.Breakdown;
import io.suanzhang.core.fact.Rate;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.testing.Gold;
import io.suanzhang.core.text.CodePoints;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The sums and ratios that the gold files record, found among the facts: a breakdown whose total is
 * the stated value and whose parts are the inputs, or a rate of the stated value over the two
 * inputs, every number a mention inside one of the relation's quotes. Which relations are found is
 * pinned, as a ratchet: one lost fails, and one newly found must be added here.
 */
class GoldRelationsTest {

  /**
   * Every sum of the gold files, A5 (32万元 = 45202 + 272884 + 1914元, the total stated in another
   * section) and A7 (剩余的项目资金274798元, stated after its parts) among them.
   */
  private static final Set<String> SUMS = Set.of("A3", "A4", "A5", "A7", "A12", "A14", "B5", "B7", "C1");

  /** Not yet found: C2, whose numerator is the sum of two payments and whose denominator is unwritten. */
  private static final Set<String> RATIOS = Set.of("A1", "B1", "B2", "B3");

  @Test
  void sumsOfTheGoldFilesAreBreakdowns() {
    assertEquals(new TreeSet<>(SUMS), found("sum"));
  }

  @Test
  void ratiosOfTheGoldFilesAreRatesWithTheirOperands() {
    assertEquals(new TreeSet<>(RATIOS), found("ratio"));
  }

  private static Set<String> found(String kind) {
    Set<String> found = new TreeSet<>();
    for (Path file : Gold.files()) {
      Gold gold = Gold.read(file);
      String seed = gold.doc().substring(0, 3);
      Analysis a = SeedReports.analysis(seed);
      CodePoints text = SeedReports.text(seed);
      for (Gold.Relation r : gold.relations()) {
        if (r.kind().equals(kind) && r.stated() != null && r.inputs() != null
            && (kind.equals("sum") ? hasBreakdown(a, text, r) : hasRate(a, text, r))) {
          found.add(r.id());
        }
      }
    }
    return found;
  }

  private static boolean hasBreakdown(Analysis a, CodePoints text, Gold.Relation r) {
    for (Breakdown b : SeedReports.facts(a, Breakdown.class)) {
      if (b.total() == null || !matches(text, r, b.total(), r.stated())) {
        continue;
      }
      List<Mention> parts = new ArrayList<>(b.parts().stream().map(Breakdown.Part::value).toList());
      boolean all = parts.size() == r.inputs().size();
      for (String input : r.inputs()) {
        Mention hit = parts.stream().filter(p -> matches(text, r, p, input)).findFirst().orElse(null);
        all &= hit != null;
        parts.remove(hit);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasRate(Analysis a, CodePoints text, Gold.Relation r) {
    for (Rate rate : SeedReports.facts(a, Rate.class)) {
      // An operand may stand outside the quotes: 执行率达14%（45202/320000） divides by the 32万元 of 一、.
      if (r.inputs().size() == 2 && matches(text, r, rate.value(), r.stated())
          && is(rate.numerator(), r.inputs().get(0)) && is(rate.denominator(), r.inputs().get(1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a mention is the number (as written, or in 元) and stands inside one of the quotes. */
  private static boolean matches(CodePoints text, Gold.Relation r, @Nullable Mention m, String number) {
    return is(m, number) && quoted(text, r, m);
  }

  private static boolean is(@Nullable Mention m, String number) {
    if (m == null) {
      return false;
    }
    BigDecimal expected = new BigDecimal(number);
    return written(m).compareTo(expected) == 0
        || (m.yuan() != null && m.yuan().compareTo(expected) == 0);
  }

  private static BigDecimal written(Mention m) {
    String digits = m.text().replace(",", "").replaceAll("^[^0-9]*([0-9]+(\\.[0-9]+)?).*$", "$1");
    return digits.isEmpty() || !Character.isDigit(digits.charAt(0)) ? BigDecimal.ONE.negate() : new BigDecimal(digits);
  }

  private static boolean quoted(CodePoints text, Gold.Relation r, Mention m) {
    if (r.quotes() == null) {
      return true;
    }
    String all = text.text();
    for (String quote : r.quotes()) {
      for (int at = all.indexOf(quote); at >= 0; at = all.indexOf(quote, at + 1)) {
        int start = text.toCodePoint(at);
        int end = text.toCodePoint(at + quote.length());
        if (start <= m.start() && m.end() <= end) {
          return true;
        }
      }
    }
    return false;
  }
}
