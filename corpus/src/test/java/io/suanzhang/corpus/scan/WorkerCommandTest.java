package io.suanzhang.corpus.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.suanzhang.corpus.worker.Worker;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How worker JVMs are started: the JIT for the work, and the class archive they share. */
class WorkerCommandTest {

  @TempDir Path dir;

  @Test
  void twoJobsAJvm() {
    assertEquals(1, WorkerCommand.jvms(1));
    assertEquals(1, WorkerCommand.jvms(2));
    assertEquals(2, WorkerCommand.jvms(3));
    assertEquals(4, WorkerCommand.jvms(8));
  }

  @Test
  void workersCompileWithC1Alone() {
    List<String> command = WorkerCommand.of(ScanOptions.defaults().withJobs(2));

    assertTrue(command.contains("-XX:TieredStopAtLevel=1"), command::toString);
    assertEquals(Worker.class.getName(), command.get(command.indexOf("-cp") + 2));
  }

  @Test
  void theJvmLogGoesToStderrAndTheClassPathIsAbsolute() {
    // An archive written from a relative class path, mapped from another folder, made the JVM warn
    // on stdout before the worker's first message: every worker of such a scan "did not start".
    List<String> command = WorkerCommand.of(ScanOptions.defaults());
    int disable = command.indexOf("-Xlog:disable");
    assertTrue(disable > 0, command::toString);
    assertEquals("-Xlog:all=warning:stderr", command.get(disable + 1));
    for (String element : command.get(command.indexOf("-cp") + 1).split(File.pathSeparator)) {
      assertTrue(Path.of(element).isAbsolute(), element);
    }
    String relative = String.join(File.pathSeparator, "lib/a.jar", "", "b.jar");
    assertEquals(
        String.join(File.pathSeparator, Path.of("lib/a.jar").toAbsolutePath().toString(),
            Path.of("b.jar").toAbsolutePath().toString()),
        WorkerCommand.absolute(relative));
  }

  @Test
  void aClassPathWithAFolderHasNoArchive() throws Exception {
    Path jar = Files.writeString(dir.resolve("a.jar"), "jar");
    Path classes = Files.createDirectories(dir.resolve("classes"));

    assertNull(ClassArchive.of(List.of(jar, classes), dir.resolve("cache")));
  }

  @Test
  void oneWorkerWritesTheArchiveAndLaterOnesMapIt() throws Exception {
    Path jar = Files.writeString(dir.resolve("a.jar"), "jar");
    ClassArchive archive = ClassArchive.of(List.of(jar), dir.resolve("cache"));

    ClassArchive.Use first = archive.next();
    ClassArchive.Use meanwhile = archive.next();
    Path partial = first.writes();
    Files.writeString(partial, "classes"); // as the JVM leaves it on exit
    archive.ended(partial, true);
    ClassArchive.Use later = archive.next();

    assertEquals(List.of("-XX:ArchiveClassesAtExit=" + partial), first.options());
    assertEquals(ClassArchive.Use.NONE, meanwhile);
    assertEquals(List.of("-XX:SharedArchiveFile=" + archive.file()), later.options());
    assertNull(later.writes());
    assertFalse(Files.exists(partial));
  }

  @Test
  void workersGivenAnAgentMapTheArchiveButNeverWriteIt() throws Exception {
    Path jar = Files.writeString(dir.resolve("a.jar"), "jar");
    ClassArchive archive = ClassArchive.of(List.of(jar), dir.resolve("cache")).mappedOnly();

    ClassArchive.Use none = archive.next();
    Files.createDirectories(archive.file().getParent());
    Files.writeString(archive.file(), "classes"); // as an earlier scan left it
    ClassArchive.Use mapped = archive.next();

    assertEquals(ClassArchive.Use.NONE, none);
    assertEquals(List.of("-XX:SharedArchiveFile=" + archive.file()), mapped.options());
    assertTrue(WorkerCommand.hasAgent(List.of("-Xmx1g", "-javaagent:/opt/ap-loader.jar=start")));
    assertTrue(WorkerCommand.hasAgent(List.of("-agentpath:/opt/libasyncProfiler.so=start")));
    assertTrue(WorkerCommand.hasAgent(List.of("-agentlib:jdwp=transport=dt_socket")));
    assertFalse(WorkerCommand.hasAgent(List.of("-XX:TieredStopAtLevel=4", "-Dx=-javaagent:")));
  }

  @Test
  void anArchiveFromAWorkerThatDidNotExitCleanlyIsDroppedAndWrittenByAnother() throws Exception {
    Path jar = Files.writeString(dir.resolve("a.jar"), "jar");
    ClassArchive archive = ClassArchive.of(List.of(jar), dir.resolve("cache"));

    Path killed = archive.next().writes();
    Files.writeString(killed, "half");
    archive.ended(killed, false);
    ClassArchive.Use next = archive.next();

    assertFalse(Files.exists(killed));
    assertFalse(Files.exists(archive.file()));
    assertTrue(next.options().get(0).startsWith("-XX:ArchiveClassesAtExit="), next::toString);
  }

  @Test
  void whatAWorkerOfAScanThatIsGoneWasWritingIsDeleted() throws Exception {
    Path jar = Files.writeString(dir.resolve("a.jar"), "jar");
    ClassArchive archive = ClassArchive.of(List.of(jar), dir.resolve("cache"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process ended = new ProcessBuilder(java.toString(), "-version").start();
    ended.waitFor();
    Path cache = Files.createDirectories(dir.resolve("cache"));
    Path gone = Files.writeString(cache.resolve("worker-0a.jsa." + ended.pid() + "-1.tmp"), "left");
    Path running = Files.writeString(
        cache.resolve("worker-0b.jsa." + ProcessHandle.current().pid() + "-9.tmp"), "writing");

    archive.next();

    assertFalse(Files.exists(gone));
    assertTrue(Files.exists(running));
  }

  @Test
  void aWorkersSampleIsKeptBesideItsArchiveOnce() throws Exception {
    Path jar = Files.writeString(dir.resolve("a.jar"), "jar");
    ClassArchive archive = ClassArchive.of(List.of(jar), dir.resolve("cache"));
    assertNull(archive.sample(), "none before a worker has sent one");

    archive.keepSample("{\"source\":1}");
    archive.keepSample("{\"source\":2}");

    assertEquals("{\"source\":1}", archive.sample(), "the first kept; a worker of one build sends one sample");
    assertEquals(archive.file().getParent(), dir.resolve("cache"));
    assertNull(ClassArchive.of(List.of(Files.writeString(dir.resolve("b.jar"), "other")),
        dir.resolve("cache")).sample(), "another class path, another sample");
  }

  @Test
  void anotherJarIsAnotherArchive() throws Exception {
    Path jar = Files.writeString(dir.resolve("a.jar"), "jar");
    Path before = ClassArchive.of(List.of(jar), dir).file();
    Files.writeString(jar, "rebuilt");

    assertFalse(before.equals(ClassArchive.of(List.of(jar), dir).file()));
  }
}
