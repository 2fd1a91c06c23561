package io.suanzhang.corpus;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The class archive of a scan's own JVM, which {@code bin/suanzhang} names: {@code
 * scan-<key>.jsa} where a scan of this build has archived its classes, else {@code
 * scan-<key>.pid<N>.jsa}, which the JVM writes as it exits. At the start of a scan this takes in what
 * an earlier scan of the same build wrote (its process gone, so its archive whole), deletes an archive
 * the JVM would not map (a JDK changed in place), and keeps the two newest builds' archives. All of
 * it is best effort: without an archive a scan only starts slower.
 */
final class ScanArchive {

  private static final Pattern NAME = Pattern.compile("scan-(\\d+)(?:\\.pid(\\d+))?\\.jsa");

  private static final int KEEP = 2;

  private ScanArchive() {}

  /** Tidies the folder of the archive this JVM was started with, if it was started with one. */
  static void tidy() {
    tidy(ManagementFactory.getRuntimeMXBean().getInputArguments(),
        System.getProperty("java.vm.info", ""));
  }

  /** {@link #tidy()} for a JVM of these options whose {@code java.vm.info} is {@code vmInfo}. */
  static void tidy(List<String> jvmOptions, String vmInfo) {
    for (String arg : jvmOptions) {
      boolean mapped = arg.startsWith("-XX:SharedArchiveFile=");
      if (mapped || arg.startsWith("-XX:ArchiveClassesAtExit=")) {
        Path archive = Path.of(arg.substring(arg.indexOf('=') + 1));
        Matcher m = NAME.matcher(String.valueOf(archive.getFileName()));
        if (archive.getParent() != null && m.matches()) {
          try {
            if (mapped && !vmInfo.contains("sharing")) {
              Files.deleteIfExists(archive); // the next scan writes one this JVM can map
            }
            tidy(archive.getParent(), m.group(1));
          } catch (IOException | RuntimeException e) {
            // best effort, as the class comment says
          }
        }
      }
    }
  }

  private static void tidy(Path folder, String key) throws IOException {
    List<Path> archives;
    try (Stream<Path> files = Files.list(folder)) {
      archives = files.filter(p -> NAME.matcher(String.valueOf(p.getFileName())).matches()).toList();
    }
    Path whole = folder.resolve("scan-" + key + ".jsa");
    for (Path p : archives) {
      Matcher m = NAME.matcher(String.valueOf(p.getFileName()));
      if (m.matches() && m.group(1).equals(key) && m.group(2) != null && !alive(m.group(2))) {
        if (Files.exists(whole)) {
          Files.deleteIfExists(p);
        } else {
          Files.move(p, whole, StandardCopyOption.ATOMIC_MOVE);
        }
      }
    }
    List<Path> builds;
    try (Stream<Path> files = Files.list(folder)) {
      builds = files.filter(p -> NAME.matcher(String.valueOf(p.getFileName())).matches())
          .filter(p -> !p.getFileName().toString().startsWith("scan-" + key + "."))
          .sorted((a, b) -> Long.compare(modified(b), modified(a)))
          .toList();
    }
    for (Path old : builds.subList(Math.min(KEEP - 1, builds.size()), builds.size())) {
      Files.deleteIfExists(old);
    }
  }

  private static boolean alive(String pid) {
    try {
      long n = Long.parseLong(pid);
      Optional<ProcessHandle> p = ProcessHandle.of(n);
      return n == ProcessHandle.current().pid() || p.map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }
}
