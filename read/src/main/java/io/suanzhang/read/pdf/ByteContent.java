package io.suanzhang.read.pdf;

import java.io.IOException;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * A page's decoded content read from an array, answering every call as PDFBox's streamed reader
 * ({@code NonSeekableRandomAccessReadInputStream}) answers it, so that the content parser takes the
 * same path through the same bytes: the end is reached when a read finds nothing more (not when the
 * last byte has been read), a step back clears it, and seeking or views are refused.
 */
final class ByteContent implements RandomAccessRead {

  private final byte[] bytes;
  private final int length;
  private int position;
  private boolean ended;
  private boolean closed;

  ByteContent(byte[] bytes, int length) {
    this.bytes = bytes;
    this.length = length;
  }

  /** The array the content is read from; its first {@link #limit()} bytes are the content. */
  byte[] bytes() {
    return bytes;
  }

  int limit() {
    return length;
  }

  /** Stands at {@code to} as a step back there would (an end reached is cleared). */
  void moveTo(int to) {
    if (to < 0 || to > length) {
      throw new IndexOutOfBoundsException("position " + to + " of " + length);
    }
    position = to;
    ended = false;
  }

  @Override
  public int read() throws IOException {
    open();
    return atEnd() ? -1 : bytes[position++] & 0xFF;
  }

  @Override
  public int peek() throws IOException {
    open();
    return atEnd() ? -1 : bytes[position] & 0xFF;
  }

  /** Whether there is no byte to give: the end was reached before, or is reached now. */
  private boolean atEnd() {
    if (!ended && position >= length) {
      ended = true;
    }
    return ended;
  }

  @Override
  public int read(byte[] b, int offset, int count) throws IOException {
    open();
    if (offset < 0 || count < 0 || offset + count > b.length) {
      throw new IndexOutOfBoundsException(
          "buffer length=" + b.length + " offset=" + offset + " length=" + count);
    }
    if (count == 0) {
      return 0;
    }
    if (ended) {
      return -1;
    }
    int n = take(count);
    System.arraycopy(bytes, position - n, b, offset, n);
    return n > 0 ? n : -1;
  }

  @Override
  public void skip(int count) throws IOException {
    open();
    if (!ended && count > 0) {
      take(count);
    }
  }

  /** Moves past up to count bytes; asking for more than are left reaches the end. */
  private int take(int count) {
    int n = Math.min(count, length - position);
    position += n;
    if (n < count) {
      ended = true;
    }
    return n;
  }

  @Override
  public void rewind(int count) throws IOException {
    open();
    if (count > position) {
      throw new IOException("not enough bytes available to perform the rewind operation");
    }
    position -= count;
    ended = false;
  }

  @Override
  public long getPosition() throws IOException {
    open();
    return position;
  }

  @Override
  public boolean isEOF() throws IOException {
    open();
    return ended;
  }

  @Override
  public long length() throws IOException {
    open();
    return length;
  }

  @Override
  public void seek(long to) throws IOException {
    throw new IOException("a page's content is read in order; seek isn't supported");
  }

  @Override
  public RandomAccessReadView createView(long start, long count) throws IOException {
    throw new IOException("a page's content is read in order; createView isn't supported");
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public void close() {
    closed = true;
  }

  private void open() throws IOException {
    if (closed) {
      throw new IOException("ByteContent already closed");
    }
  }
}
