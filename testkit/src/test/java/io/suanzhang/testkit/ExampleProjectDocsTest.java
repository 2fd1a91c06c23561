package io.suanzhang.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.core.testing.SharedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/testkit.md shows the example project as it is: each of its files, whole, in a fenced block.
 * A change to examples/testkit (which `mvn verify` builds and runs) must be made in the docs too.
 */
class ExampleProjectDocsTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "pom.xml",
      "src/test/java/com/example/reports/TestkitExampleProperties.java",
      "src/test/resources/junit-platform.properties"})
  void theDocsShowTheExampleFileWhole(String file) throws IOException {
    Path root = SharedFiles.repositoryRoot();
    String docs = Files.readString(root.resolve("docs/testkit.md"), UTF_8);
    String shown = Files.readString(root.resolve("examples/testkit").resolve(file), UTF_8).strip();

    assertTrue(docs.contains("\n" + shown + "\n```"),
        () -> "docs/testkit.md does not show examples/testkit/" + file + " as it is");
  }
}
