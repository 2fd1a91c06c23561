package io.suanzhang.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Document;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.testing.Gold;
import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.core.text.CodePoints;
import io.suanzhang.core.text.Span;
import io.suanzhang.read.DocumentReaders;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Money and percent mentions of each annotated seed against its hand-checked gold file: a match is
 * an overlapping span with an equal value (in 元, or in %). Precision and recall must reach 0.98.
 */
class GoldMentionsTest {

  private static final double REQUIRED = 0.98;

  static Stream<Path> goldFiles() {
    return Gold.files().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldFiles")
  void findsTheGoldMentionsOfEachSeed(Path goldFile) throws Exception {
    Gold gold = Gold.read(goldFile);
    Document doc = DocumentReaders.read(SharedFiles.seeds().resolve(gold.doc()));
    List<Mention> found = Extraction.mentions(doc);

    List<Expected> money = new ArrayList<>();
    gold.money().forEach(m -> money.add(new Expected(Span.of(m.start(), m.end()), m.text(), m.yuan())));
    List<Expected> percent = new ArrayList<>();
    gold.percent().forEach(p -> percent.add(new Expected(Span.of(p.start(), p.end()), p.text(), p.value())));

    Score moneyScore = score(doc, MentionKind.MONEY, money, found);
    Score percentScore = score(doc, MentionKind.PERCENT, percent, found);
    System.out.printf(
        Locale.ROOT, "%s money: %s; percent: %s%n", gold.doc(), moneyScore, percentScore);

    CodePoints text = CodePoints.of(doc.text());
    assertAll(
        () -> found.forEach(m -> assertEquals(m.text(), text.slice(m.span()), "text of " + m)),
        () -> assertTrue(moneyScore.precision() >= REQUIRED, "money " + moneyScore),
        () -> assertTrue(moneyScore.recall() >= REQUIRED, "money " + moneyScore),
        () -> assertTrue(percentScore.precision() >= REQUIRED, "percent " + percentScore),
        () -> assertTrue(percentScore.recall() >= REQUIRED, "percent " + percentScore));
  }

  private record Expected(Span span, String text, BigDecimal value) {}

  record Score(int truePositives, int found, int expected, List<String> missed, List<String> spurious) {
    double precision() {
      return found == 0 ? 1.0 : (double) truePositives / found;
    }

    double recall() {
      return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT, "precision %.3f (%d/%d), recall %.3f (%d/%d)%s%s", precision(), truePositives,
          found, recall(), truePositives, expected,
          missed.isEmpty() ? "" : ", missed " + missed,
          spurious.isEmpty() ? "" : ", spurious " + spurious);
    }
  }

  private static Score score(Document doc, MentionKind kind, List<Expected> gold, List<Mention> all) {
    List<Mention> found = all.stream().filter(m -> m.kind() == kind).toList();
    CodePoints text = CodePoints.of(doc.text());
    int hits = 0;
    List<String> missed = new ArrayList<>();
    for (Expected e : gold) {
      boolean hit = found.stream().anyMatch(m -> matches(kind, m, e));
      if (hit) {
        hits++;
      } else {
        missed.add(e.text() + "@" + e.span().start());
      }
    }
    List<String> spurious = new ArrayList<>();
    int correct = 0;
    for (Mention m : found) {
      if (gold.stream().anyMatch(e -> matches(kind, m, e))) {
        correct++;
      } else {
        String context = text.slice(Math.max(0, m.start() - 8), m.start());
        spurious.add(context + "[" + m.text() + "]@" + m.start());
      }
    }
    return new Score(Math.min(hits, correct), found.size(), gold.size(), missed, spurious);
  }

  private static boolean matches(MentionKind kind, Mention m, Expected e) {
    BigDecimal value = kind == MentionKind.MONEY ? m.yuan() : m.value();
    return m.span().overlaps(e.span()) && value != null && value.compareTo(e.value()) == 0;
  }
}
