package io.suanzhang.spark;

import io.suanzhang.core.Analysis;
import io.suanzhang.core.Json;
import io.suanzhang.corpus.scan.Input;
import io.suanzhang.corpus.scan.ScanSteps;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.SerializableConfiguration;
import org.apache.spark.util.TaskCompletionListener;
import org.jspecify.annotations.Nullable;

/**
 * The first stage, in the executors: each input of a task is fetched from its file system to a
 * local temporary file (hashed as it is copied, never held in memory, never fetched at all when its
 * listed size is over the limit) and read by a worker JVM of the executor ({@link Workers}), as
 * {@code scan} reads a file. Its row carries the analysis {@code scan} writes for it, named by its
 * Hadoop path. A content already read in the task is not read again (its analysis is copied under
 * the other name, as {@code scan} does for a duplicate); a content whose result an earlier run kept
 * is not read either, and its row's JSON is joined in on the driver's side. A zip archive is fetched
 * whole and each of its entries is an input of its own ({@code a.zip!/report.pdf}), as in {@code scan}.
 */
final class Fetch implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  private final JobSettings settings;
  private final Broadcast<SerializableConfiguration> hadoop;
  private final Broadcast<Set<String>> kept;
  private final String out;

  /**
   * @param out the job's output folder, where each result is kept as soon as it is read
   */
  Fetch(JobSettings settings, Broadcast<SerializableConfiguration> hadoop,
      Broadcast<Set<String>> kept, String out) {
    this.settings = settings;
    this.hadoop = hadoop;
    this.kept = kept;
    this.out = out;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> inputs) throws IOException {
    TaskContext context = TaskContext.get();
    Task task = new Task(Files.createTempDirectory("suanzhang-spark-"),
        context == null ? UUID.randomUUID().toString() : String.valueOf(context.taskAttemptId()));
    if (context != null) {
      context.addTaskCompletionListener((TaskCompletionListener) c -> task.close());
    }
    return new Iterator<>() {
      private @Nullable Row ready;

      @Override
      public boolean hasNext() {
        if (ready == null) {
          try {
            ready = task.next(inputs);
          } catch (IOException e) {
            throw new UncheckedIOException(e); // no worker, or it was stopped: the task fails
          }
          if (ready == null) {
            task.close();
          }
        }
        return ready != null;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row row = ready;
        ready = null;
        return row;
      }
    };
  }

  /** Opens the bytes of an input: a file of a Hadoop file system, or an entry of an archive. */
  @FunctionalInterface
  private interface Opener {
    InputStream open() throws IOException;
  }

  /** One task's inputs: its temporary folder, its worker slot and the contents it has read. */
  private final class Task {
    private final Path dir;
    private final String attempt;
    private final Map<String, Read> read = new HashMap<>();
    private final Rows.Limits limits = Rows.Limits.of(settings);
    private Workers.@Nullable Slot slot;
    private @Nullable Iterator<Input> entries;
    private int count;
    private boolean closed;

    /** A content read in this task: the input that had it first, and its analysis. */
    private record Read(String name, Path json) {}

    Task(Path dir, String attempt) {
      this.dir = dir;
      this.attempt = attempt;
    }

    /**
     * The row of the next input, or of the next entry of the archive being read; null when there is
     * none left. A zip archive is fetched whole and its entries are inputs, as in {@code scan}.
     */
    @Nullable Row next(Iterator<Row> inputs) throws IOException {
      while (true) {
        if (entries != null && entries.hasNext()) {
          Input entry = entries.next();
          return entry.problem() != null
              ? unread(ScanSteps.unread(entry))
              : document(entry.name(), entry.baseName(), entry.size(), () -> ScanSteps.open(entry),
                  false, null);
        }
        entries = null; // its folder goes with the task's
        if (!inputs.hasNext()) {
          return null;
        }
        Row input = inputs.next();
        String name = input.getString(0);
        long length = input.getLong(1);
        Long modified = input.isNullAt(2) ? null : input.getLong(2);
        if (!input.isNullAt(4)) {
          // listed as an earlier run's result was: not fetched again (Resume#known)
          return Rows.kept(name, input.getString(3), input.getString(4), modified);
        }
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(name);
        Opener hadoopFile = () -> path.getFileSystem(hadoop.value().value()).open(path);
        if (length >= 0 && ScanSteps.isArchive(path.getName())) {
          Row failed = archive(name, path.getName(), length, hadoopFile);
          if (failed != null) {
            return failed;
          }
          continue;
        }
        Row row = document(name, path.getName(), length, hadoopFile, true, modified);
        if (row != null) {
          return row;
        }
      }
    }

    /**
     * Fetches a zip archive and lists its entries for {@link #next}; the record of the archive when it
     * cannot be fetched, else null.
     */
    private @Nullable Row archive(String name, String baseName, long length, Opener opener)
        throws IOException {
      Path folder = Files.createDirectory(dir.resolve(String.valueOf(++count)));
      Path copy = folder.resolve(ScanSteps.copyName(baseName));
      try (InputStream in = opener.open(); OutputStream out = Files.newOutputStream(copy)) {
        in.transferTo(out);
      } catch (FileNotFoundException e) {
        return unread(ScanSteps.unreadable(name, length, new NoSuchFileException(name)));
      } catch (IOException e) {
        return unread(ScanSteps.unreadable(name, length, e));
      }
      entries = ScanSteps.entries(copy, name, Files.createDirectory(folder.resolve("unpacked")))
          .iterator();
      return null;
    }

    /**
     * The row of one input: fetched to a local copy while hashed, then read by a worker unless it is
     * too large, kept from an earlier run, or a content this task read already; null for a generated
     * corpus's answer key, which {@code scan} does not count as an input.
     */
    private @Nullable Row document(String name, String baseName, long length, Opener opener,
        boolean maybeKey, @Nullable Long modified) throws IOException {
      long max = settings.maxBytes();
      if (length > max) {
        return unread(ScanSteps.tooLarge(name, length, max));
      }
      Path folder = Files.createDirectory(dir.resolve(String.valueOf(++count)));
      Path copy = folder.resolve(ScanSteps.copyName(baseName));
      long bytes;
      String sha;
      try {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(opener.open(), digest);
            OutputStream out = Files.newOutputStream(copy)) {
          bytes = copy(in, out, max + 1);
        }
        sha = HexFormat.of().formatHex(digest.digest());
      } catch (FileNotFoundException e) {
        return unread(ScanSteps.unreadable(name, length, new NoSuchFileException(name)));
      } catch (IOException e) {
        return unread(ScanSteps.unreadable(name, length, e));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
      try {
        if (bytes > max) {
          return unread(ScanSteps.tooLarge(name, -1, max));
        }
        if (maybeKey && ScanSteps.isAnswerKey(copy)) {
          return null;
        }
        String key = ScanSteps.key(sha, baseName);
        if (kept.value().contains(key)) {
          return Rows.kept(name, sha, key, modified);
        }
        Read first = read.get(key);
        if (first != null) {
          ByteArrayOutputStream renamed = new ByteArrayOutputStream();
          ScanSteps.renamed(first.json(), first.name(), name, renamed);
          return Rows.document(renamed.toString(StandardCharsets.UTF_8), key, limits, modified);
        }
        Path json = folder.resolve("analysis.json");
        slot().steps().read(copy, name, sha, bytes, json);
        read.put(key, new Read(name, json));
        Row row = Rows.document(Files.readString(json, StandardCharsets.UTF_8), key, limits, modified);
        org.apache.hadoop.fs.Path outPath = new org.apache.hadoop.fs.Path(out);
        Resume.keep(outPath.getFileSystem(hadoop.value().value()), out, row, attempt);
        return row;
      } finally {
        Files.deleteIfExists(copy);
      }
    }

    /** An input no worker reads: its record, as {@code scan} writes it; such records are not kept. */
    private Row unread(Analysis analysis) throws IOException {
      return Rows.document(Json.mapper().writeValueAsString(analysis), null, limits, null);
    }

    private Workers.Slot slot() {
      if (slot == null) {
        slot = Workers.take(settings);
      }
      return slot;
    }

    /** Gives the slot back and deletes the folder; at the end of the inputs and when the task ends. */
    synchronized void close() {
      if (closed) {
        return;
      }
      closed = true;
      if (slot != null) {
        Workers.release(slot);
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException e) {
        // A temporary folder left behind costs nothing but the space: the results are written.
      }
    }
  }

  /** Copies to the end or past {@code limit} bytes, whichever is first; returns the bytes copied. */
  private static long copy(InputStream in, OutputStream out, long limit) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n = in.read(buffer); n >= 0 && total < limit; n = in.read(buffer)) {
      out.write(buffer, 0, n);
      total += n;
    }
    return total;
  }
}
