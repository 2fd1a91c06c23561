package io.suanzhang.extract;

import io.suanzhang.core.Document;
import io.suanzhang.core.ErrorCode;
import io.suanzhang.core.Format;
import io.suanzhang.core.ReportException;
import io.suanzhang.core.Source;
import io.suanzhang.extract.text.TextDecoder;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.tika.Tika;

/** Chooses a reader by content and turns the file into a {@link Document}. */
final class DocumentReaders {

  /** Tika's detector is thread-safe and costly to build: one for the process. */
  private static final Tika TIKA = new Tika();

  private DocumentReaders() {}

  static Document read(Path file, ReadLimits limits) throws ReportException {
    byte[] bytes = bytesOf(file, limits);
    Format format = detect(bytes, file);
    Source source = new Source(file.toString(), sha256(bytes), format, bytes.length, null);
    switch (format) {
      case TEXT:
      case MARKDOWN:
        String name = String.valueOf(file.getFileName());
        return Document.ofText(source, TextDecoder.decode(bytes, name).text());
      default:
        throw new ReportException(
            ErrorCode.UNSUPPORTED,
            String.format(
                Locale.ROOT, "%s: %s documents cannot be read yet; only text and Markdown can",
                file, format.jsonName()));
    }
  }

  static Format detect(Path file) throws ReportException {
    return detect(bytesOf(file, ReadLimits.DEFAULT), file);
  }

  /** A source for a file that could not be read: hash and size where the bytes are available. */
  static Source sourceOf(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      return new Source(file.toString(), sha256(bytes), Format.UNKNOWN, bytes.length, null);
    } catch (IOException | OutOfMemoryError | SecurityException e) {
      return new Source(file.toString(), "", Format.UNKNOWN, 0, null);
    }
  }

  private static byte[] bytesOf(Path file, ReadLimits limits) throws ReportException {
    try {
      if (!Files.isRegularFile(file)) {
        throw new ReportException(
            ErrorCode.NOT_FOUND, file + ": no such file (or it is a folder)");
      }
      long size = Files.size(file);
      if (size > limits.maxBytes()) {
        throw new ReportException(
            ErrorCode.TOO_LARGE,
            String.format(
                Locale.ROOT, "%s: %,d bytes is more than the limit of %,d bytes", file, size,
                limits.maxBytes()));
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

  private static Format detect(byte[] bytes, Path file) {
    String name = String.valueOf(file.getFileName());
    // Tika misreads a GBK .txt as binary unless it is given the file name.
    String type = TIKA.detect(bytes, name);
    String lowerName = name.toLowerCase(Locale.ROOT);
    switch (type) {
      case "application/pdf":
        return Format.PDF;
      case "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
        return Format.DOCX;
      case "application/msword":
        return Format.DOC;
      case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
        return Format.XLSX;
      case "application/vnd.ms-excel":
        return Format.XLS;
      case "text/html":
      case "application/xhtml+xml":
        return Format.HTML;
      case "application/rtf":
        return Format.RTF;
      case "text/x-web-markdown":
      case "text/markdown":
        return Format.MARKDOWN;
      default:
        break;
    }
    if (type.startsWith("text/")) {
      return lowerName.endsWith(".md") || lowerName.endsWith(".markdown")
          ? Format.MARKDOWN
          : Format.TEXT;
    }
    return Format.UNKNOWN;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

}
