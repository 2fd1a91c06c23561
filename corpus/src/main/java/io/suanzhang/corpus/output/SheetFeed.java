package io.suanzhang.corpus.output;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * Hands the rows of the summary workbook's sheets to a thread of their own, in order. Writing a row
 * to the workbook (cells, styles, the sheet's temporary XML, compressed) costs as much as reading it
 * and writing its CSV line; when the outputs are written the workers are done, and a core is free.
 * Rows go in batches through a bounded queue, so that the rows waiting take little memory however
 * many there are. Only this feed's thread touches the workbook until {@link #finish()} returns.
 *
 * <p>Not thread-safe on the producing side: one thread adds rows.
 */
final class SheetFeed implements AutoCloseable {

  private static final int BATCH = 512;
  private static final List<Item> END = List.of();

  private record Item(SummaryWorkbook.Sheet sheet, List<@Nullable Object> row) {}

  private final BlockingQueue<List<Item>> queue = new ArrayBlockingQueue<>(16);
  private final Thread thread;
  private List<Item> batch = new ArrayList<>(BATCH);
  private volatile @Nullable Throwable failure;
  private boolean finished;

  SheetFeed() {
    thread = new Thread(this::drain, "suanzhang-summary-sheets");
    thread.setDaemon(true);
    thread.start();
  }

  /** Adds a row to a sheet, after every row added before it. */
  void add(SummaryWorkbook.Sheet sheet, List<@Nullable Object> row) throws IOException {
    batch.add(new Item(sheet, row));
    if (batch.size() == BATCH) {
      hand(batch);
      batch = new ArrayList<>(BATCH);
    }
  }

  /** Waits until every row is in its sheet; rethrows what writing one failed with. */
  void finish() throws IOException {
    if (finished) {
      return;
    }
    finished = true;
    if (!batch.isEmpty()) {
      hand(batch);
    }
    hand(END);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while the summary workbook's rows were written");
    }
    Throwable t = failure;
    if (t != null) {
      OutputRun.rethrow(t);
    }
  }

  /**
   * Stops the thread without writing the rows still waiting (the outputs failed on the producing
   * side), and waits for it, so that the workbook can be closed.
   */
  @Override
  public void close() {
    if (!finished) {
      finished = true;
      thread.interrupt();
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void hand(List<Item> items) throws IOException {
    try {
      queue.put(items);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while the summary workbook's rows were written");
    }
  }

  private void drain() {
    try {
      for (List<Item> items = queue.take(); items != END; items = queue.take()) {
        if (failure != null) {
          continue; // keep taking, so that the producer never waits on a full queue
        }
        try {
          for (Item item : items) {
            item.sheet().add(item.row());
          }
        } catch (RuntimeException | Error e) {
          failure = e;
        }
      }
    } catch (InterruptedException e) {
      // Closed: the outputs are not being written.
    }
  }
}
