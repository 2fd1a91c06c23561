package io.suanzhang.corpus.scan;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The identity of a build: its code, not when or where it was built. */
class BuildTest {

  @TempDir Path dir;

  @Test
  void aRebuildOfTheSameCodeIsTheSameBuildAndAnyChangeIsAnother() throws Exception {
    Path classes = Files.createDirectories(dir.resolve("classes/io/x"));
    Files.writeString(classes.resolve("A.class"), "A1", UTF_8);
    Files.writeString(classes.resolve("B.properties"), "b=1", UTF_8);
    Path lib = jar(dir.resolve("lib.jar"), "L1", 1_000_000L);
    List<Path> classPath = List.of(dir.resolve("classes"), lib);
    Build built = Build.of("1.0", classPath);

    Files.setLastModifiedTime(classes.resolve("A.class"), FileTime.fromMillis(42));
    jar(lib, "L1", 2_000_000L); // entry times differ
    Build rebuilt = Build.of("1.0", classPath);
    Files.writeString(classes.resolve("A.class"), "A2", UTF_8);
    Build changedClass = Build.of("1.0", classPath);
    Files.writeString(classes.resolve("A.class"), "A1", UTF_8);
    jar(lib, "L2", 1_000_000L);
    Build changedDependency = Build.of("1.0", classPath);

    assertEquals(built, rebuilt);
    assertNotEquals(built.id(), changedClass.id());
    assertNotEquals(built.id(), changedDependency.id());
    assertEquals(64, built.id().length());
  }

  @Test
  void thisBuildHasTheMavenVersionAndAnId() throws Exception {
    Build current = Build.current();

    assertTrue(current.version().matches("\\d+\\.\\d+\\.\\d+.*"), current::toString);
    assertEquals(current.version() + " (build " + current.id().substring(0, 12) + ")", current.toString());
  }

  private static Path jar(Path file, String content, long time) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      ZipEntry entry = new ZipEntry("io/y/L.class");
      entry.setTime(time);
      zip.putNextEntry(entry);
      zip.write(content.getBytes(UTF_8));
      zip.closeEntry();
    }
    return file;
  }
}
