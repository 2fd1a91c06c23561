package io.suanzhang.corpus.output;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Finds the lines of a JSON Lines file one at a time, remembering where each starts and how long it
 * is, so that it can be read ({@link #region}, {@link #reread}) without ever being held whole: one
 * document's line can be a hundred megabytes. Lines are UTF-8: a newline byte never occurs inside a
 * multi-byte character, so lines are split on bytes. Blank lines are skipped.
 */
final class JsonLines implements Closeable {

  /** One line: its 1-based number in the file, its byte offset and length, newline excluded. */
  record Line(long number, long offset, long length) {}

  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private long consumed; // bytes of the file before buffer[0]
  private long number;

  JsonLines(Path file) throws IOException {
    this.in = Files.newInputStream(file);
  }

  /** The next non-blank line, or {@code null} at the end of the file. */
  @Nullable Line next() throws IOException {
    while (true) {
      long offset = consumed + position;
      long length = 0;
      boolean any = false;
      boolean blank = true;
      byte last = 0;
      boolean ended = false;
      while (!ended) {
        if (position == limit && !fill()) {
          break;
        }
        any = true;
        // A buffer's worth at a time, on locals: byte by byte through the fields it took 0.7 s of
        // the scan's JVM (C1 alone) over the documents file of 1,000 reports, 260 MB.
        byte[] bytes = buffer;
        int from = position;
        int end = limit;
        int at = from;
        while (at < end && bytes[at] != '\n') {
          at++;
        }
        if (at > from) {
          length += at - from;
          last = bytes[at - 1];
          blank = blank && blank(bytes, from, at);
        }
        ended = at < end;
        position = ended ? at + 1 : at;
      }
      if (!any) {
        return null;
      }
      number++;
      if (!blank) {
        return new Line(number, offset, last == '\r' ? length - 1 : length);
      }
    }
  }

  /** Whether {@code bytes[from, to)} are spaces, tabs and carriage returns only. */
  private static boolean blank(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private boolean fill() throws IOException {
    consumed += limit;
    position = 0;
    limit = 0;
    int n = in.read(buffer);
    if (n <= 0) {
      return false;
    }
    limit = n;
    return true;
  }

  /**
   * The bytes of a line read before, as a stream over the file (which it does not close): for a
   * parser to read it part by part.
   */
  static InputStream region(FileChannel file, long offset, long length) {
    return new InputStream() {
      private long at = offset;
      private final long end = offset + length;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (at >= end) {
          return -1;
        }
        int n = file.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - at)), at);
        if (n < 0) {
          throw ended(at, offset);
        }
        at += n;
        return n;
      }
    };
  }

  private static EOFException ended(long at, long offset) {
    return new EOFException(
        String.format(
            Locale.ROOT,
            "documents file ended at byte %,d, inside a line that started at byte %,d: was it"
                + " changed while the results were written?",
            at, offset));
  }

  /** The bytes of a line read before, by its offset and length: for lines known to be short. */
  static byte[] reread(FileChannel file, long offset, int length) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(length);
    while (bytes.hasRemaining()) {
      if (file.read(bytes, offset + bytes.position()) < 0) {
        throw ended(offset + bytes.position(), offset);
      }
    }
    return bytes.array();
  }

  static FileChannel open(Path file) throws IOException {
    return FileChannel.open(file, StandardOpenOption.READ);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
