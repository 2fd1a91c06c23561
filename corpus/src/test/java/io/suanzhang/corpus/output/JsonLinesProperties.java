package io.suanzhang.corpus.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** {@link JsonLines} finds the lines a plain split on newline bytes finds, wherever buffers end. */
class JsonLinesProperties {

  @Property(tries = 300)
  void linesAreThoseOfASplitOnNewlines(
      @ForAll("lines") List<String> lines, @ForAll boolean finalNewline) throws Exception {
    String text = String.join("\n", lines) + (finalNewline ? "\n" : "");
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Path file = Files.createTempFile("json-lines", ".jsonl");
    try {
      Files.write(file, bytes);
      List<JsonLines.Line> found = new ArrayList<>();
      try (JsonLines in = new JsonLines(file)) {
        for (JsonLines.Line l = in.next(); l != null; l = in.next()) {
          found.add(l);
        }
      }
      assertEquals(split(bytes), found);
    } finally {
      Files.delete(file);
    }
  }

  /** The lines by the definition: split on '\n', one CR before it dropped, blank ones left out. */
  private static List<JsonLines.Line> split(byte[] bytes) {
    List<JsonLines.Line> lines = new ArrayList<>();
    long number = 0;
    int start = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      number++;
      boolean blank = true;
      for (int i = start; i < end; i++) {
        blank &= bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r';
      }
      if (!blank) {
        int length = end - start;
        lines.add(new JsonLines.Line(number, start, bytes[end - 1] == '\r' ? length - 1 : length));
      }
      start = end + 1;
    }
    return lines;
  }

  @Provide
  Arbitrary<List<String>> lines() {
    Arbitrary<String> blank = Arbitraries.strings().withChars(" \t\r").ofMaxLength(4);
    Arbitrary<String> shortLine = Arbitraries.strings().withChars("{}\":,ab预算 \t\r0").ofMaxLength(40);
    // Long enough to cross the reader's 64 KB buffers, in one- and three-byte characters, ending in
    // a run of blanks that a buffer's end may cut (a line is not blank for its blank last part).
    Arbitrary<String> longLine = Combinators.combine(
            Arbitraries.integers().between(0, 45_000), Arbitraries.integers().between(0, 70_000),
            Arbitraries.of("", "\r"))
        .as((n, spaces, cr) -> "{\"q\":\"" + "预a".repeat(n) + "\"}" + " ".repeat(spaces) + cr);
    Arbitrary<String> crLine = shortLine.map(s -> s + "\r");
    return Arbitraries.frequencyOf(
            Tuple.of(3, blank), Tuple.of(6, shortLine),
            Tuple.of(1, longLine), Tuple.of(2, crLine))
        .list().ofMaxSize(12);
  }
}
