package io.suanzhang.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.answer.AnswerKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerKeyTest {

  @Test
  void writesAndReadsTheSameKey(@TempDir Path dir) throws IOException {
    InjectedError e = Testkit.inject(Testkit.report(7), ErrorKind.RATE, 7);
    AnswerKey key = new AnswerKey(7, List.of(
        new AnswerKey.FileAnswers("a.txt", "txt", List.of(e.answer(Rendering.TXT))),
        new AnswerKey.FileAnswers("b.docx", "docx", List.of())));
    Path file = dir.resolve(AnswerKey.FILE_NAME);
    key.write(file);
    assertEquals(key, AnswerKey.read(file));
  }

  @Test
  void aFileThatIsNoKeyIsAnIoExceptionNamingIt(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("answers.json"), "[1, 2");
    IOException e = assertThrows(IOException.class, () -> AnswerKey.read(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void markdownSpansPointAtTheSameNumbers() {
    GeneratedReport r = Testkit.report(11);
    String md = r.markdown();
    for (Stated s : r.numbers()) {
      int at = r.markdownOffset(s.span().start());
      String there = md.substring(md.offsetByCodePoints(0, at)).substring(0, s.text().length());
      assertEquals(s.text(), there, s.role());
    }
  }
}
