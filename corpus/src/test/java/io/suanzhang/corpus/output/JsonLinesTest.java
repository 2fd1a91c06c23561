package io.suanzhang.corpus.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
    assertEquals("{\"a\":1}", new String(lines.get(0).bytes(), StandardCharsets.UTF_8));
    assertEquals(longLine, new String(lines.get(1).bytes(), StandardCharsets.UTF_8));
    assertEquals("{\"b\":\"二\"}", new String(lines.get(2).bytes(), StandardCharsets.UTF_8));
    try (FileChannel channel = JsonLines.open(file)) {
      for (JsonLines.Line l : lines) {
        assertArrayEquals(l.bytes(), JsonLines.reread(channel, l.offset(), l.bytes().length));
      }
    }
  }
}
