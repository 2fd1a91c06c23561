package io.suanzhang.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.Document;
import io.suanzhang.core.fact.Fact;
import io.suanzhang.core.mention.Mention;
import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.extract.Extraction;
import io.suanzhang.extract.report.ReportInfoReader;
import io.suanzhang.read.DocumentReaders;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shared report: table facts come out without failing, each number inside its fact's row. */
class TableFactsCorpusTest {

  static Stream<Path> reports() {
    return Stream.of(
            SharedFiles.files(SharedFiles.seeds(), ".txt"),
            SharedFiles.files(SharedFiles.external().resolve("txt"), ".txt"),
            SharedFiles.files(SharedFiles.external().resolve("pdf"), ".pdf"))
        .flatMap(List::stream);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void everyNumberLiesInTheRowItIsReadFrom(Path file) throws Exception {
    Document document = DocumentReaders.read(file);
    FactContext context = new FactContext(
        document, ReportInfoReader.of(document), Extraction.mentions(document), List.of());
    List<Fact> facts = TableFacts.of(context);
    for (Fact f : facts) {
      assertEquals(context.quote(f.span().start(), f.span().end()), f.quote());
      for (Mention m : f.numbers()) {
        assertTrue(f.span().start() <= m.start() && m.end() <= f.span().end(),
            () -> m + " outside " + f);
      }
    }
    assertEquals(facts.size(), facts.stream().map(Fact::id).collect(Collectors.toSet()).size());
  }
}
