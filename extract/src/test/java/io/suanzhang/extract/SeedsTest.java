package io.suanzhang.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Document;
import io.suanzhang.core.Format;
import io.suanzhang.core.mention.Approximation;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.core.text.CodePoints;
import io.suanzhang.read.DocumentReaders;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every seed and shared text report reads whole, and its mentions quote their spans exactly. */
class SeedsTest {

  static Stream<Path> texts() {
    return Stream.concat(
        SharedFiles.files(SharedFiles.seeds(), ".txt").stream(),
        SharedFiles.files(SharedFiles.external().resolve("txt"), ".txt").stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void readsTheWholeFileAndQuotesEverySpan(Path file) throws Exception {
    Document doc = DocumentReaders.read(file);
    assertEquals(Format.TEXT, doc.source().format());
    assertEquals(Files.readString(file), doc.text());
    List<Mention> mentions = Extraction.mentions(doc);
    assertFalse(mentions.isEmpty());
    CodePoints cp = CodePoints.of(doc.text());
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      assertEquals(m.text(), cp.slice(m.span()));
      if (i > 0) {
        assertTrue(mentions.get(i - 1).end() <= m.start(), () -> "overlapping mentions at " + m);
      }
    }
  }

  @Test
  void readsTheFinalAccountsOfSeed002() throws Exception {
    List<Mention> m = mentionsOf("002_7fbbccf8b4cea76e.txt");
    assertHas(m, MentionKind.MONEY, "91.68 万元", "916800");
    assertHas(m, MentionKind.PERCENT, "150.70%", "150.70");
    assertHas(m, MentionKind.PERCENT, "19.94%", "19.94");
    assertHas(m, MentionKind.MONEY, "1.92万元", "19200");
    assertHas(m, MentionKind.COUNT, "33.4万人次", "334000");
    // "0 万元%": the amount is read; the stray % sign makes no percent of its own.
    assertTrue(m.stream().noneMatch(x -> x.kind() == MentionKind.PERCENT && x.text().contains("万元")));
    // Each of the five project tables states 预算数 and 执行数 on two rows, units in the cells.
    Document doc = DocumentReaders.read(SharedFiles.seeds().resolve("002_7fbbccf8b4cea76e.txt"));
    CodePoints cp = CodePoints.of(doc.text());
    long tableAmounts =
        m.stream()
            .filter(x -> x.kind() == MentionKind.MONEY)
            .map(x -> lineOf(cp, x))
            .filter(line -> line.matches(".*预算数[:：].*执行数[:：].*") || line.contains("其中-财政拨款"))
            .count();
    assertEquals(5 * 2 * 2, tableAmounts);
  }

  private static String lineOf(CodePoints cp, Mention m) {
    String text = cp.text();
    int at = cp.toUtf16(m.start());
    int from = text.lastIndexOf('\n', at) + 1;
    int to = text.indexOf('\n', at);
    return text.substring(from, to < 0 ? text.length() : to).strip();
  }

  @Test
  void readsApproximateCountsOfSeed003() throws Exception {
    List<Mention> m = mentionsOf("003_c2045cda01fc3179.txt");
    Mention copies = assertHas(m, MentionKind.COUNT, "3万多份", "30000");
    assertEquals(Approximation.MORE, copies.approx());
    Mention relief = assertHas(m, MentionKind.MONEY, "455.84万元", "4558400");
    assertEquals(Approximation.OVER, relief.approx());
    assertHas(m, MentionKind.MONEY, "385.67万元", "3856700");
    assertHas(m, MentionKind.PERCENT, "98.01%", "98.01");
  }

  private static List<Mention> mentionsOf(String seed) throws Exception {
    return Extraction.mentions(DocumentReaders.read(SharedFiles.seeds().resolve(seed)));
  }

  private static Mention assertHas(List<Mention> mentions, MentionKind kind, String text, String value) {
    BigDecimal expected = new BigDecimal(value);
    return mentions.stream()
        .filter(x -> x.kind() == kind && x.text().equals(text))
        .filter(x -> (kind == MentionKind.MONEY ? x.yuan() : x.value()).compareTo(expected) == 0)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + text + " = " + value));
  }
}
