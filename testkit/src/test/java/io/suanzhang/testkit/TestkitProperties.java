package io.suanzhang.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/** Laws of the helpers a user's own properties lean on: what they draw is what they may pass on. */
class TestkitProperties {

  private static final Set<ErrorKind> DRAWN = EnumSet.noneOf(ErrorKind.class);

  @Property(tries = 200)
  void aDrawnErrorKindIsOneInjectedErrorsAccepts(@ForAll ErrorKind kind) {
    DRAWN.add(kind);
    assertFalse(kind.acrossReports(), kind::toString);
    assertEquals(kind, Testkit.injectedErrors(kind).sample().kind());
  }

  @AfterContainer
  static void everyKindWithinReportsWasDrawn() {
    // 200 tries over a dozen kinds: a kind never drawn means the provider narrows too much
    assertEquals(Set.copyOf(ErrorKind.withinReports()), DRAWN);
  }

  @Property(tries = 10)
  void aTempFolderIsGoneWithItsRenderingsWhenClosed(@ForAll("reports") GeneratedReport report)
      throws IOException {
    Path folder;
    try (TempFolder dir = Testkit.tempFolder()) {
      folder = dir.path();
      Path nested = Files.createDirectories(folder.resolve("a/b"));
      Rendering.TXT.renderInto(report, nested);
      assertTrue(Files.isRegularFile(Rendering.DOCX.renderInto(report, folder)));
    }
    assertFalse(Files.exists(folder), folder::toString);
  }

  @Provide
  Arbitrary<GeneratedReport> reports() {
    return Testkit.reports();
  }
}
