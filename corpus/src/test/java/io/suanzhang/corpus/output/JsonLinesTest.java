package io.suanzhang.corpus.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {

  @Test
  void linesKeepTheirNumbersAndOffsetsAndCanBeReadAgain(@TempDir Path dir) throws Exception {
    String longLine = "{\"q\":\"" + "预算".repeat(70_000) + "\"}";
    String text = "{\"a\":1}\r\n\n  \n" + longLine + "\n{\"b\":\"二\"}";
    Path file = Files.writeString(dir.resolve("d.jsonl"), text, StandardCharsets.UTF_8);

    List<JsonLines.Line> lines = new ArrayList<>();
    try (JsonLines in = new JsonLines(file)) {
      for (JsonLines.Line l = in.next(); l != null; l = in.next()) {
        lines.add(l);
      }
      assertNull(in.next());
    }

    assertEquals(List.of(1L, 4L, 5L), lines.stream().map(JsonLines.Line::number).toList());
    try (FileChannel channel = JsonLines.open(file)) {
      assertEquals("{\"a\":1}", read(channel, lines.get(0)));
      assertEquals(longLine, read(channel, lines.get(1)));
      assertEquals("{\"b\":\"二\"}", read(channel, lines.get(2)));
      for (JsonLines.Line l : lines) {
        try (InputStream region = JsonLines.region(channel, l.offset(), l.length())) {
          assertArrayEquals(read(channel, l).getBytes(StandardCharsets.UTF_8), region.readAllBytes());
        }
      }
    }
  }

  @Test
  void aCarriageReturnOrBlankTailCutOffByTheBufferStaysWithItsLine(@TempDir Path dir)
      throws Exception {
    // The reader takes the file 64 KB at a time: the line's end falls on every side of that cut.
    for (int n = (1 << 16) - 4; n <= (1 << 16) + 2; n++) {
      for (String tail : List.of("\r", " ", " \r", "x\r")) {
        String first = "{" + "a".repeat(n - 1);
        Path file = Files.writeString(
            dir.resolve("d.jsonl"), first + tail + "\n" + "  \r\n{}\n", StandardCharsets.US_ASCII);
        List<JsonLines.Line> lines = new ArrayList<>();
        try (JsonLines in = new JsonLines(file)) {
          for (JsonLines.Line l = in.next(); l != null; l = in.next()) {
            lines.add(l);
          }
        }
        int length = n + tail.length() - (tail.endsWith("\r") ? 1 : 0);
        String at = n + " " + tail.replace("\r", "CR");
        assertEquals(List.of(new JsonLines.Line(1, 0, length),
            new JsonLines.Line(3, n + tail.length() + 5L, 2)), lines, at);
      }
    }
  }

  private static String read(FileChannel channel, JsonLines.Line l) throws Exception {
    return new String(
        JsonLines.reread(channel, l.offset(), (int) l.length()), StandardCharsets.UTF_8);
  }
}
