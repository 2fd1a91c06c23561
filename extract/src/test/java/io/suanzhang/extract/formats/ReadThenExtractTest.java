package io.suanzhang.extract.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.Document;
import io.suanzhang.core.ErrorCode;
import io.suanzhang.extract.Extraction;
import io.suanzhang.extract.ReadAndExtract;
import io.suanzhang.read.DocumentReaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What extraction makes of what a reader gives, and of a file no reader could read. */
class ReadThenExtractTest {

  @TempDir Path dir;

  @Test
  void aTextOfMoreNumbersThanOneReportHoldsIsTooLargeNotOutOfMemory() throws Exception {
    // 1.4 MB of one repeated clause: every number a mention, more than any report states
    Path many = Files.writeString(dir.resolve("many.txt"),
        "支出1万元，".repeat(Extraction.MAX_NUMBERS + 1), StandardCharsets.UTF_8);
    Analysis a = ReadAndExtract.analyse(many);
    assertEquals(List.of(ErrorCode.TOO_LARGE), a.errors().stream().map(p -> p.code()).toList());
    assertTrue(a.errors().get(0).message().contains("200,001 numbers"), a.errors()::toString);
    assertTrue(a.facts().isEmpty());
  }

  @Test
  void analyseTurnsEveryFailureIntoAnErrorRecord() throws Exception {
    Analysis a = ReadAndExtract.analyse(Files.createFile(dir.resolve("empty.md")));
    assertEquals(1, a.errors().size());
    assertEquals(ErrorCode.EMPTY, a.errors().get(0).code());
    assertTrue(a.mentions().isEmpty());
  }

  @Test
  void aCsvTableGivesItsAmountsTheUnitOfItsColumn() throws Exception {
    Path csv = Files.writeString(dir.resolve("a.csv"),
        "项目,金额（元）\n\"公务接待费, 国内\",\"1,614\"\n差旅费,938\n", StandardCharsets.UTF_8);
    Document doc = DocumentReaders.read(csv);
    assertEquals(List.of("1614", "938"),
        Extraction.mentions(doc).stream().map(m -> m.yuan().toPlainString()).toList());
  }
}
