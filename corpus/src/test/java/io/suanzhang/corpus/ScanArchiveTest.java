package io.suanzhang.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a scan does at its start with the class archives {@code bin/suanzhang} names. */
class ScanArchiveTest {

  @TempDir Path folder;

  private long mine() {
    return ProcessHandle.current().pid();
  }

  /** The pid of a process that has ended. */
  private static long gone() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    return p.pid();
  }

  @Test
  void theArchiveOfAScanThatEndedIsTakenInAndOneBeingWrittenIsLeft() throws Exception {
    Path written = folder.resolve("scan-7.pid" + gone() + ".jsa");
    Files.writeString(written, "archive", StandardCharsets.UTF_8);
    Path own = folder.resolve("scan-7.pid" + mine() + ".jsa"); // this JVM writes it as it exits
    Files.writeString(own, "", StandardCharsets.UTF_8);

    ScanArchive.tidy(List.of("-Xmx512m", "-XX:ArchiveClassesAtExit=" + own), "mixed mode");

    assertEquals("archive", Files.readString(folder.resolve("scan-7.jsa"), StandardCharsets.UTF_8));
    assertFalse(Files.exists(written));
    assertTrue(Files.exists(own));
  }

  @Test
  void anArchiveTheJvmDidNotMapIsDeletedForTheNextScanToWriteAnew() throws Exception {
    Path archive = folder.resolve("scan-7.jsa");
    Files.writeString(archive, "not an archive", StandardCharsets.UTF_8);

    ScanArchive.tidy(List.of("-XX:SharedArchiveFile=" + archive), "mixed mode, sharing");
    assertTrue(Files.exists(archive), "mapped: kept");

    ScanArchive.tidy(List.of("-XX:SharedArchiveFile=" + archive), "mixed mode");
    assertFalse(Files.exists(archive), "not mapped: deleted");
  }

  @Test
  void theNewestOtherBuildsArchiveIsKeptAndOlderOnesGo() throws Exception {
    Path older = folder.resolve("scan-1.jsa");
    Path newer = folder.resolve("scan-2.jsa");
    Path current = folder.resolve("scan-7.jsa");
    Path unrelated = folder.resolve("notes.txt");
    for (Path p : List.of(older, newer, current, unrelated)) {
      Files.writeString(p, "x", StandardCharsets.UTF_8);
    }
    Files.setLastModifiedTime(older, FileTime.fromMillis(1_000_000));
    Files.setLastModifiedTime(newer, FileTime.fromMillis(2_000_000));

    ScanArchive.tidy(List.of("-XX:SharedArchiveFile=" + current), "mixed mode, sharing");

    assertFalse(Files.exists(older));
    assertTrue(Files.exists(newer));
    assertTrue(Files.exists(current));
    assertTrue(Files.exists(unrelated));
  }

  @Test
  void aJvmWithoutAnArchiveLeavesEverythingAsItIs() throws Exception {
    Path written = folder.resolve("scan-7.pid" + gone() + ".jsa");
    Files.writeString(written, "archive", StandardCharsets.UTF_8);

    ScanArchive.tidy(List.of("-Xmx512m"), "mixed mode");

    assertTrue(Files.exists(written));
  }
}
