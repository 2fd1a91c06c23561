package io.suanzhang.spark;

import io.suanzhang.core.Analysis;
import io.suanzhang.corpus.scan.ScanSteps;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The worker JVMs of one executor, shared by its tasks and kept from one task to the next, so that a
 * partition pays no JVM start-up and partitions can be small. As in {@code scan}, a worker JVM reads
 * two documents at once ({@code WorkerCommand.JOBS_PER_JVM}); a task holds a slot of a JVM while it
 * runs, so that no JVM is given more documents than it has threads (a document waiting in a worker
 * would have its time-out running). Slots are made as tasks come: as many as the executor runs tasks
 * at once. The JVMs end with the executor (and stop by themselves when it dies).
 */
final class Workers {

  private static final int JOBS_PER_JVM = 2;

  /** One worker JVM and the slot (0 or 1) a task holds of it. */
  record Slot(ScanSteps steps, int index) {}

  private static final Object LOCK = new Object();
  private static @Nullable JobSettings settings; // guarded by LOCK
  private static final List<ScanSteps> jvms = new ArrayList<>(); // guarded by LOCK
  private static final Deque<Slot> free = new ArrayDeque<>(); // guarded by LOCK
  private static int slots; // guarded by LOCK

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Workers::closeAll, "suanzhang-workers-close"));
  }

  private Workers() {}

  /** A free slot for a task of a job with {@code job}'s settings. */
  static Slot take(JobSettings job) {
    synchronized (LOCK) {
      if (!job.equals(settings)) {
        closeAll(); // another job in this JVM (a test, a notebook): other limits, other workers
        settings = job;
      }
      Slot slot = free.pollFirst();
      if (slot != null) {
        return slot;
      }
      int n = slots++;
      if (n % JOBS_PER_JVM == 0) {
        jvms.add(ScanSteps.start(job.options(), JOBS_PER_JVM, jar()));
      }
      return new Slot(jvms.get(n / JOBS_PER_JVM), n % JOBS_PER_JVM);
    }
  }

  static void release(Slot slot) {
    synchronized (LOCK) {
      if (jvms.contains(slot.steps())) {
        free.addFirst(slot);
      }
    }
  }

  private static void closeAll() {
    List<ScanSteps> all;
    synchronized (LOCK) {
      all = List.copyOf(jvms);
      jvms.clear();
      free.clear();
      slots = 0;
    }
    all.forEach(ScanSteps::close);
  }

  /**
   * The jar this job runs from, where it holds the whole pipeline (and no Spark), as the shaded
   * {@code suanzhang-spark.jar} does: what a worker is started with. Null where the classes are not
   * all in that one jar (tests, an IDE): the workers then take this JVM's class path.
   */
  static @Nullable String jar() {
    Path job = location(Workers.class);
    boolean whole = job != null && Files.isRegularFile(job)
        && job.equals(location(ScanSteps.class)) && job.equals(location(Analysis.class));
    return whole ? job.toString() : null;
  }

  private static @Nullable Path location(Class<?> c) {
    CodeSource source = c.getProtectionDomain().getCodeSource();
    try {
      return source == null ? null : Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
