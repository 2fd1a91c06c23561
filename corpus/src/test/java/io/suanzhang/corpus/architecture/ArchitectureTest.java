package io.suanzhang.corpus.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.suanzhang.Suanzhang;
import io.suanzhang.checks.Checks;
import io.suanzhang.core.Analysis;
import io.suanzhang.core.testing.SharedFiles;
import io.suanzhang.corpus.Main;
import io.suanzhang.extract.Extraction;
import io.suanzhang.read.DocumentReaders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module and package rules of {@code docs/architecture.md}, checked over the compiled classes of
 * every module: the pipeline's stages depend only on those before them, the format libraries stay in
 * {@code read}, and no two packages depend on each other.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        // Test jars too: core's test-jar (shared-corpus helpers) is on this module's test class path.
        .withImportOption(location -> !location.contains("-tests.jar"))
        .importPackages("io.suanzhang");
    // Every module's classes are there: a rule over a class path that lost one would hold vacuously.
    for (Class<?> c : List.of(Analysis.class, DocumentReaders.class, Extraction.class, Checks.class,
        Suanzhang.class, Main.class)) {
      assertTrue(classes.contain(c), () -> c + " was not imported");
    }
  }

  @Test
  void eachStageDependsOnlyOnTheStagesBeforeIt() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("core").definedBy("io.suanzhang.core..")
        .layer("read").definedBy("io.suanzhang.read..")
        .layer("extract").definedBy("io.suanzhang.extract..")
        .layer("checks").definedBy("io.suanzhang.checks..")
        .layer("front door").definedBy("io.suanzhang")
        .layer("command line").definedBy("io.suanzhang.corpus..")
        .whereLayer("command line").mayNotBeAccessedByAnyLayer()
        .whereLayer("front door").mayOnlyBeAccessedByLayers("command line")
        .whereLayer("checks").mayOnlyBeAccessedByLayers("front door", "command line")
        .whereLayer("extract").mayOnlyBeAccessedByLayers("checks", "front door", "command line")
        .whereLayer("read").mayOnlyBeAccessedByLayers("front door", "command line")
        .check(classes);
  }

  @Test
  void theFormatLibrariesStayInRead() {
    noClasses().that().resideInAnyPackage("io.suanzhang.core..", "io.suanzhang.extract..", "io.suanzhang.checks..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.apache.tika..", "org.apache.pdfbox..", "org.apache.fontbox..", "org.apache.poi..")
        .check(classes);
  }

  @Test
  void theTestkitIsNoDependencyOfAnyModule() {
    noClasses().that().resideOutsideOfPackage("io.suanzhang.testkit..")
        .should().dependOnClassesThat().resideInAPackage("io.suanzhang.testkit..")
        .check(classes);
  }

  @Test
  void noTwoPackagesDependOnEachOther() {
    slices().matching("io.suanzhang.(**)").should().beFreeOfCycles().check(classes);
  }

  /** The longest a source file may grow before it is split: past it, a reader loses the thread. */
  private static final int MOST_LINES = 600;

  @Test
  void noSourceFileIsLongerThanSixHundredLines() throws IOException {
    Path root = SharedFiles.repositoryRoot();
    List<String> tooLong = new ArrayList<>();
    int files = 0;
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.filter(ArchitectureTest::isSource).toList()) {
        files++;
        long lines;
        try (Stream<String> l = Files.lines(p)) {
          lines = l.count();
        }
        if (lines > MOST_LINES) {
          tooLong.add(root.relativize(p) + ": " + lines + " lines");
        }
      }
    }
    int found = files;
    assertTrue(found > 500, () -> "only " + found + " sources found under " + root);
    assertEquals(List.of(), tooLong);
  }

  private static boolean isSource(Path p) {
    String s = p.toString().replace('\\', '/');
    return s.endsWith(".java") && s.contains("/src/") && !s.contains("/target/") && !s.contains("/.git/");
  }
}
