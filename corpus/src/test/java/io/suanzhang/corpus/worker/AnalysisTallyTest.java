package io.suanzhang.corpus.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.Suanzhang;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.AnalysisParts;
import io.suanzhang.core.Json;
import io.suanzhang.core.mention.MentionKind;
import io.suanzhang.core.testing.SharedFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A tally that skims mentions and checks (reads their kind, span and whether they hold, and skips the
 * rest unparsed) counts what one that has them built counts, on real reports; a mention or a check
 * that lacks what the skim reads is not an analysis.
 */
class AnalysisTallyTest {

  @Test
  void aSkimmedTallyCountsWhatABuiltOneCounts() throws IOException {
    List<Path> reports = new ArrayList<>(SharedFiles.files(SharedFiles.seeds(), ".txt"));
    reports.addAll(SharedFiles.files(SharedFiles.external().resolve("pdf"), ".pdf").subList(0, 4));
    int mentions = 0;
    int checks = 0;
    for (Path report : reports) {
      Analysis a = Suanzhang.analyse(report);
      byte[] json = Json.mapper().writeValueAsBytes(a);
      AnalysisTally built = read(json, new AnalysisTally());
      AnalysisTally skimmed = read(json, AnalysisTally.counting());
      for (AnalysisTally t : List.of(skimmed, AnalysisTally.of(a))) {
        assertEquals(DocumentSummary.of(built), DocumentSummary.of(t), report.toString());
        for (MentionKind kind : MentionKind.values()) {
          assertEquals(built.mentions(kind), t.mentions(kind), report + " " + kind);
        }
      }
      assertEquals(a.mentions().size(), skimmed.mentions(), report.toString());
      assertEquals(a.checks().stream().filter(c -> c.holds()).count(), skimmed.holds(), report.toString());
      mentions += skimmed.mentions();
      checks += skimmed.checks();
    }
    assertTrue(mentions > 1000 && checks > 100, mentions + " mentions, " + checks + " checks");
  }

  @Test
  void aMentionOrCheckWithoutWhatTheSkimReadsIsNoAnalysis() {
    String mention = "{\"kind\":\"money\",\"text\":\"5\",\"start\":3,\"end\":4,\"value\":\"5\",\"unit\":\"元\"}";
    assertEquals(1, read(mentions(mention)).mentions(MentionKind.MONEY));
    for (String broken : List.of(
        mention.replace("\"kind\":\"money\",", ""),
        mention.replace("money", "volume"),
        mention.replace("\"start\":3", "\"start\":{\"at\":3}"),
        mention.replace("\"end\":4", "\"end\":2"),
        "[\"money\"]")) {
      assertThrows(IOException.class,
          () -> AnalysisParts.read(in(mentions(broken)), AnalysisTally.counting()), broken);
    }
    String check = "{\"rule\":\"sum\",\"relation\":\"a = b\",\"holds\":false,\"finding\":{\"x\":[1,2]},"
        + "\"numbers\":[]}";
    AnalysisTally t = read(("{\"checks\":[" + check + "," + check.replace("false", "true") + "]}")
        .getBytes(StandardCharsets.UTF_8), AnalysisTally.counting());
    assertEquals(2, t.checks());
    assertEquals(1, t.holds());
    assertThrows(IOException.class, () -> AnalysisParts.read(
        in(("{\"checks\":[" + check.replace("\"holds\":false,", "") + "]}").getBytes(StandardCharsets.UTF_8)),
        AnalysisTally.counting()));
  }

  private static byte[] mentions(String mention) {
    return ("{\"mentions\":[" + mention + "]}").getBytes(StandardCharsets.UTF_8);
  }

  private static AnalysisTally read(byte[] json) {
    return read(json, AnalysisTally.counting());
  }

  private static AnalysisTally read(byte[] json, AnalysisTally t) {
    try {
      AnalysisParts.read(in(json), t);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return t;
  }

  private static ByteArrayInputStream in(byte[] json) {
    return new ByteArrayInputStream(json);
  }
}
