package io.suanzhang.extract.render;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.extract.Extraction;
import io.suanzhang.read.DocumentReaders;
import io.suanzhang.testkit.render.DocxRenderer;
import io.suanzhang.testkit.render.PdfRenderer;
import io.suanzhang.testkit.render.PlainReport;
import io.suanzhang.testkit.render.XlsxRenderer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seed reports rendered by the testkit ({@code suanzhang-testkit}) and read back by Suanzhang. The same report read from its text and from a DOCX, XLSX or PDF rendering of it must yield the
 * same money values (in 元) and percentages: agreement = matched / max(count in text, count in the
 * rendering), compared as multisets, at least {@value #REQUIRED} for each kind.
 */
class FormatAgreementTest {

  private static final double REQUIRED = 0.98;
  private static final int SHOWN_DIFFERENCES = 8;

  enum Rendering {
    DOCX("docx"),
    XLSX("xlsx"),
    PDF("pdf");

    final String extension;

    Rendering(String extension) {
      this.extension = extension;
    }

    void render(PlainReport report, Path out) throws IOException {
      switch (this) {
        case DOCX -> DocxRenderer.render(report, out);
        case XLSX -> XlsxRenderer.render(report, out);
        case PDF -> PdfRenderer.render(report, out);
        default -> throw new IllegalStateException(name());
      }
    }
  }

  static Stream<Arguments> seedsAndRenderings() {
    return SharedFiles.files(SharedFiles.seeds(), ".txt").stream()
        .flatMap(seed -> Stream.of(Rendering.values()).map(r -> Arguments.of(seed, r)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("seedsAndRenderings")
  void readsTheSameNumbersFromEachFormat(Path seed, Rendering rendering, @TempDir Path dir)
      throws Exception {
    if (rendering == Rendering.PDF) {
      Assumptions.assumeTrue(PdfRenderer.cjkFont().isPresent(), PdfRenderer.MISSING_FONT);
    }
    String name = seed.getFileName().toString().replaceFirst("\\.txt$", "." + rendering.extension);
    Path rendered = dir.resolve(name);
    rendering.render(PlainReport.read(seed), rendered);

    List<Mention> fromText = Extraction.mentions(DocumentReaders.read(seed));
    List<Mention> fromRendering = Extraction.mentions(DocumentReaders.read(rendered));

    Agreement money =
        Agreement.of(values(fromText, MentionKind.MONEY), values(fromRendering, MentionKind.MONEY));
    Agreement percent =
        Agreement.of(values(fromText, MentionKind.PERCENT), values(fromRendering, MentionKind.PERCENT));
    System.out.printf(
        Locale.ROOT, "%s as %s: money %s; percent %s%n", seed.getFileName(), rendering, money, percent);
    assertAll(
        () -> assertTrue(money.value() >= REQUIRED, "money " + money),
        () -> assertTrue(percent.value() >= REQUIRED, "percent " + percent));
  }

  /** Each value (元 for money, the number before % for a percent) and how often it is mentioned. */
  private static Map<String, Integer> values(List<Mention> mentions, MentionKind kind) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Mention m : mentions) {
      if (m.kind() != kind) {
        continue;
      }
      BigDecimal v = kind == MentionKind.MONEY ? m.yuan() : m.value();
      if (v != null) {
        counts.merge(v.stripTrailingZeros().toPlainString(), 1, Integer::sum);
      }
    }
    return counts;
  }

  record Agreement(
      int matched, int inText, int inRendering, List<String> onlyInText, List<String> onlyInRendering) {

    static Agreement of(Map<String, Integer> text, Map<String, Integer> rendering) {
      int matched = 0;
      List<String> onlyText = new ArrayList<>();
      List<String> onlyRendering = new ArrayList<>();
      Map<String, Integer> all = new TreeMap<>(text);
      rendering.forEach((k, v) -> all.putIfAbsent(k, 0));
      for (String value : all.keySet()) {
        int a = text.getOrDefault(value, 0);
        int b = rendering.getOrDefault(value, 0);
        matched += Math.min(a, b);
        if (a > b) {
          onlyText.add(value + "×" + (a - b));
        } else if (b > a) {
          onlyRendering.add(value + "×" + (b - a));
        }
      }
      int inText = text.values().stream().mapToInt(Integer::intValue).sum();
      int inRendering = rendering.values().stream().mapToInt(Integer::intValue).sum();
      return new Agreement(matched, inText, inRendering, onlyText, onlyRendering);
    }

    double value() {
      int most = Math.max(inText, inRendering);
      return most == 0 ? 1.0 : (double) matched / most;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT, "%.3f (%d matched; %d in text, %d in rendering)%s%s", value(), matched, inText,
          inRendering,
          onlyInText.isEmpty() ? "" : ", only in text " + shown(onlyInText),
          onlyInRendering.isEmpty() ? "" : ", only in rendering " + shown(onlyInRendering));
    }

    private static List<String> shown(List<String> values) {
      return values.size() <= SHOWN_DIFFERENCES ? values : values.subList(0, SHOWN_DIFFERENCES);
    }
  }
}
