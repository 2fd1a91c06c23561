package io.suanzhang.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.answer.AnswerKey;
import io.suanzhang.core.testing.SharedFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The generated sample corpus ({@code samples/generated}, written by the testkit's {@code
 * SampleCorpus}): every injected error is found by its rule at the changed number, and no other error
 * or warning is raised, in each of TXT, Markdown, DOCX, XLSX and PDF. The cross-document error of
 * the corpus's report set is left to the scan.
 */
class GeneratedCorpusTest {

  @Test
  void findsEveryInjectedErrorAndNoOther() throws IOException {
    Path dir = SharedFiles.repositoryRoot().resolve("samples/generated");
    // Errors between reports are found by a scan of the whole folder (corpus: CommandLineTest).
    AnswerKey key = AnswerKey.read(dir.resolve(AnswerKey.FILE_NAME)).withoutRule("cross-document");
    List<Analysis> analyses = key.files().stream()
        .map(f -> Checked.analyse(dir.resolve(f.file())))
        .toList();
    AnswerKey.Score score = key.score(analyses);
    System.out.println(score.summary());
    String detail = String.format(Locale.ROOT, "%s%nmissed: %s%nfalse: %s", score.summary(),
        score.missed(), score.falseFindings().stream()
            .map(u -> u.file() + ": " + u.finding().key() + " " + u.finding().zh()).toList());
    assertEquals(List.of(), score.missed(), detail);
    assertEquals(List.of(), score.falseFindings(), detail);
    assertEquals(key.files().stream().mapToInt(f -> f.errors().size()).sum(), score.found().size());
  }
}
