package io.suanzhang.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.Json;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.text.Quotes;
import io.suanzhang.extract.PathologicalTexts.Body;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 15: a text whose lines end in a lone CR made every quote the whole text (1,000 lines: 29 MB of
 * JSON), and lines that look wrapped did the same whatever their breaks. Here the output, not the
 * time, must grow in proportion to the input: per byte of input, a 1 MB text gives as many mentions,
 * quoted characters and bytes of JSON as a 0.1 MB one, and no quote passes the bound. Times per MB
 * are measured by {@code PathologicalTextThroughput}.
 */
class LinearTextTest {

  private static final int SMALL = 100_000;
  private static final int LARGE = 1_000_000;
  /** Per byte of input, the large text may give this much more than the small one. */
  private static final double SLACK = 1.15;
  /** Per byte of input, lines that end no sentence may give this much more than the same sentences. */
  private static final double UNENDED = 2;

  @TempDir Path dir;

  record Output(long inputBytes, int mentions, long quoted, int longestQuote, long json) {
    double per(long amount) {
      return (double) amount / inputBytes;
    }
  }

  @ParameterizedTest
  @EnumSource(PathologicalTexts.class)
  void signedAmountsGiveOutputInProportionToTheText(PathologicalTexts kind) throws IOException {
    assertLinear(kind, Body.SIGNED);
  }

  @ParameterizedTest
  @EnumSource(PathologicalTexts.class)
  void wrappedLinesGiveOutputInProportionToTheText(PathologicalTexts kind) throws IOException {
    assertLinear(kind, Body.WRAPPED);
  }

  /**
   * A 7 MB text of wrapped lines timed out: its lines joined into sentences of 2,000 code points, and
   * each of their facts quoted the whole of one (JSON 260 times the input). Now the lines may run on,
   * but a fact of a long run quotes the clauses around its numbers: per byte, the quotes and the JSON
   * are at most twice those of the same lines ended by a stop, each its own sentence (with no line
   * break at all, a clause runs on into the next line's words).
   */
  @ParameterizedTest
  @EnumSource(PathologicalTexts.class)
  void wrappedLinesGiveAboutTheOutputOfTheSameSentences(PathologicalTexts kind) throws IOException {
    Output sentences = analyse(PathologicalTexts.LF, Body.STOPPED, SMALL);
    Output wrapped = analyse(kind, Body.WRAPPED, SMALL);
    String what = String.format(Locale.ROOT, "%s: %s against %s", kind, wrapped, sentences);
    assertTrue(wrapped.per(wrapped.quoted()) <= UNENDED * sentences.per(sentences.quoted()), what);
    assertTrue(wrapped.per(wrapped.json()) <= UNENDED * sentences.per(sentences.json()), what);
  }

  @Test
  void everyKindOfLineBreakEndsSentencesAsLineFeedDoes() throws IOException {
    String text = PathologicalTexts.LF.text(Body.SIGNED, SMALL);
    Output lf = analyse("lf", text);
    for (String lineBreak : new String[] {"\r", "\u2028", "\u2029", "\u0085"}) {
      // The same lines, one character per break: the same mentions and quotes, line for line.
      Output other = analyse("other", text.replace("\n", lineBreak));
      String what = String.format(Locale.ROOT, "U+%04X", (int) lineBreak.charAt(0));
      assertEquals(lf.mentions(), other.mentions(), what);
      assertEquals(lf.quoted(), other.quoted(), what);
      assertEquals(lf.longestQuote(), other.longestQuote(), what);
    }
  }

  private void assertLinear(PathologicalTexts kind, Body body) throws IOException {
    Output small = analyse(kind, body, SMALL);
    Output large = analyse(kind, body, LARGE);
    String what = String.format(Locale.ROOT, "%s/%s: %s then %s", kind, body, small, large);
    assertTrue(large.longestQuote() <= Quotes.MAX_LENGTH, what);
    assertTrue(small.mentions() > 0 && large.per(large.mentions()) <= SLACK * small.per(small.mentions()), what);
    assertTrue(large.per(large.quoted()) <= SLACK * small.per(small.quoted()), what);
    assertTrue(large.per(large.json()) <= SLACK * small.per(small.json()), what);
  }

  private Output analyse(PathologicalTexts kind, Body body, int bytes) throws IOException {
    return analyse(kind + "-" + body + "-" + bytes, kind.text(body, bytes));
  }

  private Output analyse(String name, String text) throws IOException {
    Path file = dir.resolve(name + ".txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Analysis analysis = ReadAndExtract.analyse(file);
    assertTrue(analysis.ok(), analysis.errors().toString());
    long quoted = 0;
    int longest = 0;
    for (Fact f : analysis.facts()) {
      int length = f.quote().codePointCount(0, f.quote().length());
      quoted += length;
      longest = Math.max(longest, length);
    }
    PathologicalTexts.ByteCount json = new PathologicalTexts.ByteCount();
    Json.mapper().writeValue(json, analysis);
    return new Output(Files.size(file), analysis.mentions().size(), quoted, longest, json.count);
  }
}
