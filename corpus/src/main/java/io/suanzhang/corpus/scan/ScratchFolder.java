package io.suanzhang.corpus.scan;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A temporary folder of a scan in the system's temporary folder: a scan's without an output folder,
 * and the one its outputs are warmed in. The scan holds a lock on a file in it while it runs; the lock
 * goes with the process, even one killed with {@code kill -9}. So the next scan deletes every such
 * folder whose lock it can take: one left by a killed scan, never one of a scan still running (in this
 * JVM or another).
 */
public final class ScratchFolder implements AutoCloseable {

  static final String PREFIX = "suanzhang-scan-";
  private static final String LOCK = "lock";

  private final Path dir;
  private final FileChannel channel;

  private ScratchFolder(Path dir, FileChannel channel) {
    this.dir = dir;
    this.channel = channel;
  }

  /** A new folder in {@code system}, locked, after deleting those that killed scans left there. */
  public static ScratchFolder create(Path system) throws IOException {
    deleteLeftIn(system);
    // locked under another name, then given its own: no scan ever sees it unlocked
    Path made = Files.createTempDirectory(system, "suanzhang-new-");
    FileChannel channel =
        FileChannel.open(made.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      if (channel.tryLock() == null) {
        throw new IOException(made + ": cannot lock a new temporary folder");
      }
      Path dir = system.resolve(PREFIX + made.getFileName().toString().substring("suanzhang-new-".length()));
      Files.move(made, dir, StandardCopyOption.ATOMIC_MOVE);
      return new ScratchFolder(dir, channel);
    } catch (IOException | RuntimeException e) {
      channel.close();
      ResultStore.deleteTree(made);
      throw e;
    }
  }

  /** Deletes the scan folders under {@code system} that no scan holds. */
  static void deleteLeftIn(Path system) throws IOException {
    try (DirectoryStream<Path> all = Files.newDirectoryStream(system, PREFIX + "*")) {
      for (Path dir : all) {
        if (Files.isDirectory(dir) && Files.isRegularFile(dir.resolve(LOCK))) {
          deleteIfFree(dir);
        }
      }
    }
  }

  private static void deleteIfFree(Path dir) {
    try (FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        ResultStore.deleteTree(dir);
      }
    } catch (OverlappingFileLockException e) {
      // held by a scan in this JVM: in use
    } catch (IOException e) {
      // gone already, or another scan's to delete: not this scan's fault
    }
  }

  public Path dir() {
    return dir;
  }

  /** Deletes the folder and what is in it, and lets go of its lock. */
  @Override
  public void close() throws IOException {
    try {
      ResultStore.deleteTree(dir);
    } finally {
      channel.close();
    }
  }
}
