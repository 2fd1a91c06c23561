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
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON Lines file one line at a time, remembering where each line starts so that it can be
 * read again later ({@link #reread}) without keeping it in memory. Lines are UTF-8: a newline byte
 * never occurs inside a multi-byte character, so lines are split on bytes. Blank lines are skipped.
 */
final class JsonLines implements Closeable {

  /** One line: its 1-based number in the file, its byte offset and its bytes, newline excluded. */
  record Line(long number, long offset, byte[] bytes) {}

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
      byte[] bytes = readLine();
      if (bytes == null) {
        return null;
      }
      number++;
      if (!isBlank(bytes)) {
        return new Line(number, offset, bytes);
      }
    }
  }

  private byte @Nullable [] readLine() throws IOException {
    byte[] line = new byte[256];
    int length = 0;
    boolean any = false;
    while (true) {
      if (position == limit && !fill()) {
        return any ? trimCarriageReturn(line, length) : null;
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      int n = position - start;
      if (length + n > line.length) {
        line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
      }
      System.arraycopy(buffer, start, line, length, n);
      length += n;
      if (position < limit) {
        position++; // the newline
        return trimCarriageReturn(line, length);
      }
    }
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

  private static byte[] trimCarriageReturn(byte[] line, int length) {
    int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
    return Arrays.copyOf(line, end);
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** The bytes of a line read before, by its offset and length. */
  static byte[] reread(FileChannel file, long offset, int length) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(length);
    while (bytes.hasRemaining()) {
      if (file.read(bytes, offset + bytes.position()) < 0) {
        throw new EOFException(
            String.format(
                Locale.ROOT,
                "documents file ended at byte %,d, inside a line that started at byte %,d: was it"
                    + " changed while the results were written?",
                offset + bytes.position(), offset));
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
