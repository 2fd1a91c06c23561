package io.suanzhang.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.answer.AnswerKey;
import io.suanzhang.core.testing.SharedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample corpus ({@code samples/generated}) is what {@link SampleCorpus} writes for its
 * seed: the same answer key and the same TXT and Markdown files. To write it anew:
 *
 * <pre>
 * mvn -B -q verify -pl core,testkit -Dtest=SampleCorpusTest -Dsuanzhang.regenerate=true
 * </pre>
 */
class SampleCorpusTest {

  static Path committed() {
    return SharedFiles.repositoryRoot().resolve("samples/generated");
  }

  @Test
  void theCommittedCorpusIsTheGeneratorsOutput(@TempDir Path dir) throws IOException {
    Assumptions.assumeTrue(Rendering.PDF.available(), Rendering.class.getName() + ": no CJK font");
    if (Boolean.getBoolean("suanzhang.regenerate")) {
      SampleCorpus.write(committed(), SampleCorpus.SEED);
    }
    AnswerKey fresh = SampleCorpus.write(dir, SampleCorpus.SEED);
    AnswerKey key = AnswerKey.read(committed().resolve(AnswerKey.FILE_NAME));
    assertEquals(fresh, key, "answers.json; regenerate with -Dsuanzhang.regenerate=true");
    for (AnswerKey.FileAnswers f : key.files()) {
      Path file = committed().resolve(f.file());
      assertTrue(Files.size(file) < 120_000, () -> file + " is over 120 KB");
      if (f.format().equals("txt") || f.format().equals("md")) {
        assertEquals(Files.readString(dir.resolve(f.file()), UTF_8), Files.readString(file, UTF_8), f.file());
      }
    }
  }
}
