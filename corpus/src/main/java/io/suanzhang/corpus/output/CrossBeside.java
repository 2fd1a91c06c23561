package io.suanzhang.corpus.output;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ListMultimap;
import io.suanzhang.checks.cross.CrossDocuments;
import io.suanzhang.core.check.Check;
import io.suanzhang.core.check.Finding;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The cross-document checks of a documents file, run on a thread of their own while the result files
 * are written from the same file: a document's rows wait only until its department's pairs are known
 * (the checks read the documents in the same order), not for every department's. After the last
 * document, nothing of the checks is left to wait for but their last department.
 */
final class CrossBeside implements OutputRun.Amendments, CrossDocuments.Listener {

  private final ListMultimap<String, CrossDocuments.Pair> byDocument = ArrayListMultimap.create();
  private long @Nullable [] settledBy;
  private long read = -1;
  private boolean done;
  private @Nullable List<CrossDocuments.Pair> pairs;
  private @Nullable Throwable failure;

  private CrossBeside() {}

  /** Starts the checks of {@code documents}, whose documents are {@code listed} where not null. */
  static CrossBeside start(Path documents, @Nullable List<CrossDocuments.Listed> listed,
      CrossDocuments.Settings settings) {
    CrossBeside cross = new CrossBeside();
    Thread t = new Thread(() -> {
      List<CrossDocuments.Pair> found = null;
      Throwable failed = null;
      try {
        found = listed == null
            ? CrossDocuments.check(documents, settings, cross)
            : CrossDocuments.check(documents, listed, settings, cross);
      } catch (Throwable e) { // handed to the thread waiting for the pairs, which rethrows it
        failed = e;
      }
      cross.finish(found, failed);
    }, "suanzhang-cross-documents");
    t.setDaemon(true);
    t.start();
    return cross;
  }

  @Override
  public synchronized void planned(long[] settledBy) {
    this.settledBy = settledBy.clone();
    notifyAll();
  }

  @Override
  public synchronized void read(long index, List<CrossDocuments.Pair> found) {
    found.forEach(p -> byDocument.put(p.document(), p));
    read = index;
    notifyAll();
  }

  private synchronized void finish(@Nullable List<CrossDocuments.Pair> found, @Nullable Throwable e) {
    pairs = found;
    failure = e;
    done = true;
    notifyAll();
  }

  /** Waits until every pair of the document at {@code index} (the first is 0) is known. */
  @Override
  public synchronized void await(long index) throws IOException {
    while (!settled(index)) {
      waitOrThrow();
    }
    rethrow();
  }

  @Override
  public synchronized boolean settled(long index) {
    long[] plan = settledBy;
    return done || plan != null && index < plan.length && read >= plan[(int) index];
  }

  /** Every pair, once the checks are through; their failure, as it was. */
  @Override
  public synchronized List<CrossDocuments.Pair> pairs() throws IOException {
    while (!done) {
      waitOrThrow();
    }
    rethrow();
    return Objects.requireNonNull(pairs);
  }

  @Override
  public synchronized List<Finding> findings(String path) {
    return byDocument.get(path).stream()
        .map(CrossDocuments.Pair::finding).filter(Objects::nonNull).toList();
  }

  @Override
  public synchronized List<Check> checks(String path) {
    return byDocument.get(path).stream().map(CrossDocuments.Pair::check).toList();
  }

  private void waitOrThrow() throws InterruptedIOException {
    try {
      wait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while the cross-document checks ran");
    }
  }

  private void rethrow() throws IOException {
    if (failure != null) {
      OutputRun.rethrow(failure);
    }
  }
}
