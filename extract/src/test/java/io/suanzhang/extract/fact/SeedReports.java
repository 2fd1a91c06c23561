package io.suanzhang.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.core.text.CodePoints;
import io.suanzhang.extract.ReadAndExtract;
import io.suanzhang.read.DocumentReaders;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** The seed reports, each read and analysed once for all the fact tests of a run. */
final class SeedReports {

  private static final Map<String, Analysis> ANALYSES = new ConcurrentHashMap<>();
  private static final Map<String, CodePoints> TEXTS = new ConcurrentHashMap<>();

  private SeedReports() {}

  /** The seed whose file name starts with the prefix (000 … 004). */
  static Path file(String prefix) {
    return SharedFiles.files(SharedFiles.seeds(), ".txt").stream()
        .filter(f -> f.getFileName().toString().startsWith(prefix))
        .findFirst()
        .orElseThrow();
  }

  static Analysis analysis(String prefix) {
    return ANALYSES.computeIfAbsent(
        prefix,
        p -> {
          Analysis a = ReadAndExtract.analyse(file(p));
          assertTrue(a.errors().isEmpty(), () -> "analysis errors: " + a.errors());
          return a;
        });
  }

  /** The seed's document text, by code point as spans count. */
  static CodePoints text(String prefix) {
    return TEXTS.computeIfAbsent(
        prefix,
        p -> {
          try {
            return CodePoints.of(DocumentReaders.read(file(p)).text());
          } catch (ReportException e) {
            throw new IllegalStateException(p + " cannot be read", e);
          }
        });
  }

  static <T extends Fact> List<T> facts(Analysis a, Class<T> type) {
    return a.facts().stream().filter(type::isInstance).map(type::cast).toList();
  }

  static <T extends Fact> T only(Analysis a, Class<T> type, Predicate<T> test) {
    List<T> found = facts(a, type).stream().filter(test).toList();
    assertEquals(1, found.size(), () -> "expected one " + type.getSimpleName() + ", found " + found);
    return found.get(0);
  }

  /** Whether a mention's value as written is the given number. */
  static boolean is(@Nullable Mention m, String value) {
    return m != null && m.value().compareTo(new BigDecimal(value)) == 0;
  }

  static @Nullable String value(@Nullable Mention m) {
    return m == null ? null : m.value().toPlainString();
  }

  /** The text just before a mention and the mention itself: 其中实际支出45202元 for 45202元. */
  static String withLead(String prefix, Mention m, int lead) {
    return text(prefix).slice(Math.max(0, m.start() - lead), m.end());
  }
}
