package io.suanzhang.read.office;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.jspecify.annotations.Nullable;

/**
 * The zip entries of an OOXML package read from memory, each inflated through a guard that refuses a
 * zip bomb.
 *
 * <p>POI's own guard ({@code ZipSecureFile}) is configured by static fields, and Tika's {@code
 * OOXMLParser} switches it off for the whole JVM when its class loads ({@code new Tika()} loads it).
 * This guard applies POI's default limits itself, so it holds whatever else runs in the process.
 */
final class GuardedZip implements ZipEntrySource {

  /** POI's default: an entry may inflate to at most 100 times its compressed size … */
  static final double MIN_INFLATE_RATIO = 0.01;
  /** … once it is past this size, below which small, repetitive parts are fine. */
  static final long GRACE_ENTRY_SIZE = 100 * 1024L;
  /** POI's default ceiling for one entry. */
  static final long MAX_ENTRY_SIZE = 0xFFFFFFFFL;

  /** A zip entry inflated beyond the limits. */
  static final class BombException extends IOException {
    private static final long serialVersionUID = 1L;

    BombException(String message) {
      super(message);
    }
  }

  private final ZipFile zip;
  private boolean closed;
  private volatile @Nullable String bomb;

  GuardedZip(byte[] bytes) throws IOException {
    this.zip =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
  }

  /** What the guard refused, or null if it refused nothing. */
  @Nullable String bomb() {
    return bomb;
  }

  @Override
  public Enumeration<? extends ZipArchiveEntry> getEntries() {
    return zip.getEntries();
  }

  @Override
  public @Nullable ZipArchiveEntry getEntry(String path) {
    String normalized = path.replace('\\', '/');
    ZipArchiveEntry entry = zip.getEntry(normalized);
    if (entry != null) {
      return entry;
    }
    // OPC part names match case-insensitively (POI bug 49609).
    Enumeration<ZipArchiveEntry> entries = zip.getEntries();
    while (entries.hasMoreElements()) {
      ZipArchiveEntry e = entries.nextElement();
      if (normalized.equalsIgnoreCase(e.getName().replace('\\', '/'))) {
        return e;
      }
    }
    return null;
  }

  @Override
  public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
    InputStream in = zip.getInputStream(entry);
    if (in == null) {
      throw new IOException("zip entry " + entry.getName() + " cannot be read");
    }
    return new Guard(in, entry);
  }

  @Override
  public void close() throws IOException {
    closed = true;
    zip.close();
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  private final class Guard extends FilterInputStream {

    private final ZipArchiveEntry entry;
    private long inflated;

    Guard(InputStream in, ZipArchiveEntry entry) {
      super(in);
      this.entry = entry;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      // Skipping inflates too; read so that the count stays true.
      byte[] buffer = new byte[(int) Math.min(8192, Math.max(1, n))];
      long left = n;
      while (left > 0) {
        int k = read(buffer, 0, (int) Math.min(buffer.length, left));
        if (k < 0) {
          break;
        }
        left -= k;
      }
      return n - left;
    }

    private void count(int n) throws IOException {
      inflated += n;
      if (inflated > MAX_ENTRY_SIZE) {
        refuse(String.format(Locale.ROOT, "part %s inflates beyond %,d bytes", entry.getName(),
            MAX_ENTRY_SIZE));
      }
      if (inflated <= GRACE_ENTRY_SIZE) {
        return;
      }
      long compressed = Math.max(0, entry.getCompressedSize());
      if (in instanceof InputStreamStatistics) {
        try {
          compressed = ((InputStreamStatistics) in).getCompressedCount();
        } catch (RuntimeException e) {
          // COMPRESS-598: crafted entries can break the statistics; the directory's size stands.
        }
      }
      if ((double) compressed / inflated < MIN_INFLATE_RATIO) {
        refuse(String.format(Locale.ROOT,
            "part %s inflates %,d bytes from %,d, more than %.0f times", entry.getName(), inflated,
            compressed, 1 / MIN_INFLATE_RATIO));
      }
    }

    private void refuse(String why) throws BombException {
      bomb = why;
      throw new BombException("zip bomb: " + why);
    }
  }
}
