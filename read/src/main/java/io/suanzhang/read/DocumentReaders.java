package io.suanzhang.read;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import io.suanzhang.core.Document;
import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.Format;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.Source;
import io.suanzhang.read.internal.Failures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;

/**
 * The entry point for reading: chooses a reader by content (Tika's detector), runs it within the
 * limits, and turns whatever goes wrong into a {@link ReportException} whose code says why.
 *
 * <pre>{@code
 * Document d = DocumentReaders.read(Path.of("部门决算.pdf"));
 * System.out.println(d.text());
 * }</pre>
 */
public final class DocumentReaders {

  /** Tika's detector is thread-safe and costly to build: one for the process. */
  private static final Tika TIKA = new Tika();

  private static final Map<Format, DocumentReader> READERS = load();

  /**
   * Readers run on daemon threads so that a parser stuck in a loop cannot keep the JVM alive; a batch
   * run isolates such parsers in child processes as well. An idle thread ends after {@link
   * #KEEP_ALIVE}, not the 60 s of a cached pool: a program that calls {@code analyse} and returns
   * exits at once under {@code mvn exec:java} (which waits for the threads it started), and a
   * redeployed web application leaves no thread holding its class loader.
   */
  static final Duration KEEP_ALIVE = Duration.ofMillis(200);

  private static final ExecutorService WORKERS = workers();

  private static ExecutorService workers() {
    AtomicInteger count = new AtomicInteger();
    return new ThreadPoolExecutor(
        0, Integer.MAX_VALUE, KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS, new SynchronousQueue<>(),
        r -> {
          Thread t = new Thread(r, "suanzhang-reader-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  private DocumentReaders() {}

  private static Map<Format, DocumentReader> load() {
    Map<Format, DocumentReader> readers = new EnumMap<>(Format.class);
    for (DocumentReader reader : ServiceLoader.load(DocumentReader.class, DocumentReaders.class.getClassLoader())) {
      for (Format format : reader.formats()) {
        readers.putIfAbsent(format, reader);
      }
    }
    return readers;
  }

  /** Reads a file into its extracted text and structure, within the default limits. */
  public static Document read(Path file) throws ReportException {
    return read(file, ReadOptions.DEFAULT);
  }

  /** Reads a file within other limits than the defaults. */
  public static Document read(Path file, ReadOptions options) throws ReportException {
    return read(bytesOf(file, options), file.toString(), name(file), options, null);
  }

  /**
   * Reads a file whose content the caller has already hashed ({@code known}: its SHA-256 and length,
   * as a scan hashes every input to find duplicates before reading any): where the bytes read have
   * that length, {@link Source#sha256()} is the known hash, not computed again; otherwise (the file
   * changed since, or nothing is known) it is computed. The caller answers for the hash being that of
   * the bytes: SHA-256 costs more CPU than anything else between reading a file and parsing it.
   */
  public static Document read(Path file, ReadOptions options, Source known) throws ReportException {
    requireNonNull(known, "known");
    return read(bytesOf(file, options), file.toString(), name(file), options, known);
  }

  /**
   * Reads a document held in memory (from object storage, a database, an upload). {@code name} is
   * what errors and {@link Source#path()} call it; its extension helps tell plain text from binary
   * where the content is silent, as a file name does.
   */
  public static Document read(byte[] bytes, String name, ReadOptions options) throws ReportException {
    requireNonNull(bytes, "bytes");
    requireNonNull(name, "name");
    if (bytes.length > options.maxBytes()) {
      throw new ReportException(ErrorCode.TOO_LARGE, tooLarge(name, bytes.length, options));
    }
    if (bytes.length == 0) {
      throw new ReportException(ErrorCode.EMPTY, name + ": the document is empty");
    }
    return read(bytes, name, fileName(name), options, null);
  }

  /**
   * Reads a document from a stream, which is read to its end (at most {@link ReadOptions#maxBytes()}
   * bytes and one more, to tell a stream that is too large) but not closed: the caller owns it.
   */
  public static Document read(InputStream in, String name, ReadOptions options) throws ReportException {
    requireNonNull(in, "in");
    requireNonNull(name, "name");
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(options.maxBytes() + 1, Integer.MAX_VALUE - 8));
    } catch (IOException e) {
      throw new ReportException(ErrorCode.IO, name + ": cannot be read: " + e.getMessage(), e);
    }
    if (bytes.length > options.maxBytes()) {
      throw new ReportException(
          ErrorCode.TOO_LARGE,
          String.format(Locale.ROOT, "%s: more than the limit of %,d bytes", name, options.maxBytes()));
    }
    return read(bytes, name, options);
  }

  private static Document read(
      byte[] bytes, String label, String fileName, ReadOptions options, @Nullable Source known)
      throws ReportException {
    Format format = detect(bytes, fileName);
    Source source = new Source(label, sha256(bytes, known), format, bytes.length, null);
    DocumentReader reader = READERS.get(format);
    if (reader == null) {
      throw new ReportException(
          ErrorCode.UNSUPPORTED,
          format == Format.UNKNOWN
              ? label + ": not a format Suanzhang reads (detected as " + TIKA.detect(bytes, fileName) + ")"
              : label + ": no reader for " + format.jsonName() + " is installed");
    }
    return readWith(reader, label, bytes, source, options);
  }

  /** Runs one reader within the time limit and maps whatever escapes it to a typed error. */
  static Document readWith(
      DocumentReader reader, String file, byte[] bytes, Source source, ReadOptions options)
      throws ReportException {
    Future<Document> task = WORKERS.submit(() -> reader.read(bytes, source, options));
    try {
      return task.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      throw new ReportException(
          ErrorCode.TIMEOUT,
          file + ": reading took longer than the limit of " + ReadOptions.describe(options.timeout()),
          e);
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      throw new ReportException(ErrorCode.TIMEOUT, file + ": reading was interrupted", e);
    } catch (ExecutionException e) {
      throw failure(file, e.getCause() == null ? e : e.getCause());
    }
  }

  /** Maps what escaped a reader to a typed error; a reader should have done so itself. */
  private static ReportException failure(String file, Throwable cause) {
    if (cause instanceof ReportException) {
      return (ReportException) cause;
    }
    if (cause instanceof OutOfMemoryError) {
      return new ReportException(ErrorCode.OUT_OF_MEMORY, Failures.outOfMemory(file), cause);
    }
    if (cause instanceof StackOverflowError) {
      return new ReportException(ErrorCode.CORRUPT, file + ": the document nests too deeply to read", cause);
    }
    if (cause instanceof IOException || cause instanceof RuntimeException) {
      return new ReportException(
          ErrorCode.CORRUPT, file + ": the document is damaged or malformed (" + cause + ")", cause);
    }
    return new ReportException(ErrorCode.INTERNAL, file + ": reading failed unexpectedly: " + cause, cause);
  }

  /** The format of a file, decided from its content (and its name only where content is silent). */
  public static Format detect(Path file) throws ReportException {
    return detect(bytesOf(file, ReadOptions.DEFAULT), name(file));
  }

  /** A source for a document in memory that could not be read. */
  public static Source sourceOf(byte[] bytes, String name) {
    return new Source(name, bytes.length == 0 ? "" : sha256(bytes), Format.UNKNOWN, bytes.length, null);
  }

  /**
   * A source for a file that could not be read, whose content the caller has hashed ({@link
   * #read(Path, ReadOptions, Source)}): the known hash where the file still has the known length.
   */
  public static Source sourceOf(Path file, Source known) {
    try {
      if (!known.sha256().isEmpty() && Files.isRegularFile(file) && Files.size(file) == known.bytes()) {
        return new Source(file.toString(), known.sha256(), Format.UNKNOWN, known.bytes(), null);
      }
    } catch (IOException | SecurityException e) {
      // as sourceOf(file) says of a file it cannot stat
    }
    return sourceOf(file);
  }

  /** A source for a file that could not be read: hash and size where the bytes are available. */
  public static Source sourceOf(Path file) {
    try {
      if (Files.isRegularFile(file) && Files.size(file) <= ReadOptions.DEFAULT.maxBytes()) {
        byte[] bytes = Files.readAllBytes(file);
        return new Source(file.toString(), sha256(bytes), Format.UNKNOWN, bytes.length, null);
      }
      long size = Files.isRegularFile(file) ? Files.size(file) : 0;
      return new Source(file.toString(), "", Format.UNKNOWN, size, null);
    } catch (IOException | SecurityException e) {
      return new Source(file.toString(), "", Format.UNKNOWN, 0, null);
    }
  }

  private static byte[] bytesOf(Path file, ReadOptions options) throws ReportException {
    try {
      if (!Files.isRegularFile(file)) {
        // scan says the same of a path that names nothing
        throw new ReportException(ErrorCode.NOT_FOUND, file + (Files.isDirectory(file)
            ? ": a folder, not a file (scan reads folders)" : ": no such file or folder"));
      }
      long size = Files.size(file);
      if (size > options.maxBytes()) {
        throw new ReportException(ErrorCode.TOO_LARGE, tooLarge(file.toString(), size, options));
      }
      if (size == 0) {
        throw new ReportException(ErrorCode.EMPTY, file + ": the file is empty");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ReportException(ErrorCode.NOT_FOUND, file + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new ReportException(ErrorCode.IO, file + ": permission denied", e);
    } catch (ReportException e) {
      throw e;
    } catch (IOException e) {
      throw new ReportException(ErrorCode.IO, file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private static String tooLarge(String name, long size, ReadOptions options) {
    return String.format(
        Locale.ROOT, "%s: %,d bytes is more than the limit of %,d bytes", name, size, options.maxBytes());
  }

  private static String name(Path file) {
    return String.valueOf(file.getFileName());
  }

  /** The last segment of a name that may be a path or a storage key ({@code 2024/部门决算.pdf}). */
  private static String fileName(String name) {
    return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  }

  static Format detect(byte[] bytes, String name) {
    Format plain = plainText(bytes, name);
    if (plain != null) {
      return plain;
    }
    return namedPdf(bytes, name) ? Format.PDF : byTika(bytes, name);
  }

  /**
   * A file named .pdf that begins with a PDF header: Tika's answer (its magic looks at the first bytes
   * and the name), without the hundreds of patterns it tries first, 2 ms of a worker's CPU a report.
   */
  private static boolean namedPdf(byte[] bytes, String name) {
    return bytes.length >= PDF_HEADER.length
        && Arrays.equals(bytes, 0, PDF_HEADER.length, PDF_HEADER, 0, PDF_HEADER.length)
        && name.toLowerCase(Locale.ROOT).endsWith(".pdf");
  }

  private static final byte[] PDF_HEADER = {'%', 'P', 'D', 'F', '-'};

  /** The format Tika's detector gives the content and name. */
  static Format byTika(byte[] bytes, String name) {
    // Tika misreads a GBK .txt as binary unless it is given the file name. Its magic patterns look at
    // the first few kilobytes; only ZIP and OLE2 containers need the whole file to tell DOCX from XLSX.
    String type = TIKA.detect(isContainer(bytes) ? bytes : prefix(bytes, DETECT_PREFIX), name);
    switch (type) {
      case "application/pdf":
        return Format.PDF;
      case "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
        return Format.DOCX;
      case "application/msword":
      case "application/x-tika-msoffice":
        return name.toLowerCase(Locale.ROOT).endsWith(".xls") ? Format.XLS : Format.DOC;
      case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
        return Format.XLSX;
      case "application/vnd.ms-excel":
        return Format.XLS;
      case "application/x-tika-ooxml-protected":
        // A password-protected DOCX or XLSX: an OLE2 box whose content names no type. The reader
        // reports it as encrypted.
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xlsm") ? Format.XLSX : Format.DOCX;
      case "text/html":
      case "application/xhtml+xml":
        return Format.HTML;
      case "application/rtf":
        return Format.RTF;
      case "text/csv":
        return Format.CSV;
      case "text/x-web-markdown":
      case "text/markdown":
        return Format.MARKDOWN;
      default:
        break;
    }
    if (type.startsWith("text/")) {
      String lower = name.toLowerCase(Locale.ROOT);
      return lower.endsWith(".md") || lower.endsWith(".markdown") ? Format.MARKDOWN : Format.TEXT;
    }
    return Format.UNKNOWN;
  }

  private static final int DETECT_PREFIX = 16 * 1024;
  private static final int SNIFF = 8 * 1024;

  /**
   * Plain text named as such (.txt, .md, .csv) skips Tika's magic, which costs more than reading the
   * file: when its first 8 KB hold no NUL and no control bytes but tab, line breaks and escape, and
   * nothing that opens markup, PDF or RTF. Anything else is left to Tika.
   */
  private static @Nullable Format plainText(byte[] bytes, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    @Nullable Format byName =
        lower.endsWith(".txt") ? Format.TEXT
            : lower.endsWith(".md") || lower.endsWith(".markdown") ? Format.MARKDOWN
            : lower.endsWith(".csv") ? Format.CSV
            : null;
    if (byName == null) {
      return null;
    }
    int n = Math.min(bytes.length, SNIFF);
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x1b && b != '\f') {
        return null;
      }
    }
    String head =
        new String(bytes, 0, Math.min(n, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    for (String marker : new String[] {"%pdf", "{\\rtf", "<?xml", "<html", "<!doctype", "<head", "<body", "<table"}) {
      if (head.contains(marker)) {
        return null;
      }
    }
    return byName;
  }

  private static boolean isContainer(byte[] b) {
    boolean zip = b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    boolean ole = b.length >= 4 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && b[2] == 0x11
        && (b[3] & 0xff) == 0xE0;
    return zip || ole;
  }

  private static byte[] prefix(byte[] bytes, int length) {
    return bytes.length <= length ? bytes : Arrays.copyOf(bytes, length);
  }

  /** The known hash of {@code bytes} where {@code known} has one for their length, else computed. */
  static String sha256(byte[] bytes, @Nullable Source known) {
    return known != null && !known.sha256().isEmpty() && known.bytes() == bytes.length
        ? known.sha256()
        : sha256(bytes);
  }

  static String sha256(byte[] bytes) {
    return Hashing.sha256().hashBytes(bytes).toString();
  }
}
