package io.suanzhang.extract;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.Json;
import io.suanzhang.extract.PathologicalTexts.Body;
import io.suanzhang.extract.ReadAndExtract;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Seconds per MB of {@link ReadAndExtract#analyse} plus JSON writing (to no file) on each
 * pathological text, at 0.1, 1 and 10 MB, in wall time and in the CPU time of the analysing thread:
 * linear work shows as the same time per MB at every size. Issue 15's figures were taken with it. The whole analysis is
 * kept in memory, so give the 10 MB texts a large heap, or leave them out.
 *
 * <pre>{@code
 * mvn -B -o -q install -DskipTests -pl core,extract
 * mvn -B -o -q dependency:build-classpath -pl extract -Dmdep.outputFile=target/classpath.txt
 * java -Xmx4g -cp extract/target/test-classes:extract/target/classes:$(cat extract/target/classpath.txt) \
 *     io.suanzhang.extract.PathologicalTextThroughput [MB …] [BODY …] [KIND …]
 * }</pre>
 *
 * <p>Arguments: sizes in MB (default 0.1 1 10), bodies ({@code SIGNED}, {@code WRAPPED}, {@code
 * STOPPED}) and kinds of line break ({@code LF}, {@code CR} …), each by default all of them.
 */
public final class PathologicalTextThroughput {

  /**
   * The analysing thread's own CPU time: on cores shared with other builds the wall time says more of
   * them than of the work done.
   */
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private PathologicalTextThroughput() {}

  public static void main(String[] args) throws Exception {
    List<Double> sizes = new ArrayList<>();
    List<Body> bodies = new ArrayList<>();
    List<PathologicalTexts> kinds = new ArrayList<>();
    for (String a : args) {
      if (Character.isDigit(a.charAt(0))) {
        sizes.add(Double.parseDouble(a));
      } else if (Arrays.stream(Body.values()).anyMatch(b -> b.name().equals(a))) {
        bodies.add(Body.valueOf(a));
      } else {
        kinds.add(PathologicalTexts.valueOf(a));
      }
    }
    sizes = sizes.isEmpty() ? List.of(0.1, 1.0, 10.0) : sizes;
    bodies = bodies.isEmpty() ? List.of(Body.values()) : bodies;
    kinds = kinds.isEmpty() ? List.of(PathologicalTexts.values()) : kinds;
    Path dir = Files.createTempDirectory("pathological");
    run(dir, PathologicalTexts.LF, Body.SIGNED, 0.1); // warm-up, not printed
    System.out.println("kind,body,MB,mentions,facts,JSON MB per MB,seconds per MB,CPU seconds per MB");
    for (Body body : bodies) {
      for (PathologicalTexts kind : kinds) {
        for (double mb : sizes) {
          System.out.println(run(dir, kind, body, mb));
        }
      }
    }
  }

  private static String run(Path dir, PathologicalTexts kind, Body body, double mb) throws Exception {
    Path file = dir.resolve("text.txt");
    Files.writeString(file, kind.text(body, (int) (mb * 1_000_000)), StandardCharsets.UTF_8);
    double size = Files.size(file) / 1e6;
    try {
      long t0 = System.nanoTime();
      long cpu0 = THREADS.getCurrentThreadCpuTime();
      Analysis a = ReadAndExtract.analyse(file);
      PathologicalTexts.ByteCount json = new PathologicalTexts.ByteCount();
      Json.mapper().writeValue(json, a);
      double seconds = (System.nanoTime() - t0) / 1e9;
      double cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
      return String.format(Locale.ROOT, "%s,%s,%.2f,%d,%d,%.1f,%.2f,%.2f", kind, body, size,
          a.mentions().size(), a.facts().size(), json.count / 1e6 / size, seconds / size, cpu / size);
    } catch (OutOfMemoryError e) {
      return String.format(Locale.ROOT, "%s,%s,%.2f,out of memory", kind, body, size);
    } finally {
      Files.delete(file);
    }
  }
}
